// GMX / WEB.DE (United Internet): replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const GMX_WEBDE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'united-internet-policy-header',
    reason: 'content-rejected',
    pattern: 'policy restrictions \\(header based\\)',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: Reject due to policy restrictions (header based)'],
  },
  {
    id: 'united-internet-policy-domain',
    reason: 'blocklisted',
    pattern: 'policy restrictions \\(domain based\\)',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: Reject due to policy restrictions (domain based)'],
  },
  {
    id: 'united-internet-policy-ip',
    reason: 'blocklisted',
    pattern: 'policy restrictions \\(IP based\\)',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: Reject due to policy restrictions (IP based)'],
  },
  {
    id: 'united-internet-spf',
    reason: 'sender-authentication',
    pattern: 'Reject due to SPF policy',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner'],
  },
  {
    id: 'united-internet-ptr',
    reason: 'reverse-dns',
    pattern: 'Bad DNS PTR resource record',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: Bad DNS PTR resource record'],
  },
  {
    id: 'united-internet-sender-dns',
    reason: 'sender-rejected',
    pattern: 'Invalid DNS MX or A\\/AAAA resource record',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: Invalid DNS MX or A/AAAA resource record'],
  },
  {
    id: 'united-internet-ip-block-listed',
    reason: 'blocklisted',
    pattern: '\\bIP address is block listed',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.web.de/en/error-messages', title: 'WEB.DE postmaster: error messages' },
    examples: ['550 <example@example.com>: IP address is block listed'],
  },
  {
    id: 'united-internet-policy',
    reason: 'policy',
    pattern: 'Reject due to policy restrictions',
    provider: 'gmx-webde',
    source: { url: 'https://postmaster.gmx.net/en/error-messages', title: 'GMX postmaster: error messages' },
    examples: ['550 Requested action not taken: mailbox unavailable Reject due to policy restrictions.'],
  },
]
