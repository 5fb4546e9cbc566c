// Zoho Mail: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const ZOHO_RULES: readonly DiagnosisRule[] = [
  {
    id: 'zoho-rejected-by-destination',
    reason: 'policy',
    pattern: 'Mail rejected by destination domain',
    provider: 'zoho',
    source: { collection: 'smtp-field-manual', where: 'data/codes/452.json, 541.json, 552.json, 554.json (zoho)' },
    examples: ['541 5.4.1 Mail rejected by destination domain'],
  },
  {
    id: 'zoho-mailbox-policy',
    reason: 'policy',
    pattern: 'Mailbox delivery (?:restricted by|failure) policy error|MailPolicy violation',
    provider: 'zoho',
    source: { collection: 'smtp-field-manual', where: 'data/codes/452.json, 541.json, 552.json, 554.json (zoho)' },
    examples: [
      '452 <example@zoho.com> Mailbox delivery restricted by policy error',
      '552 5.1.1 <example@zoho.com> Mailbox delivery failure policy error',
      '554 5.2.3 MailPolicy violation Error delivering to mailboxes,mx.zoho.com',
    ],
  },
  {
    id: 'zoho-virus',
    reason: 'virus',
    pattern: 'virus .{1,60} detected by Zoho Mail',
    provider: 'zoho',
    source: { url: 'https://www.zoho.com/mail/help/spam-reason.html', title: 'Zoho Mail: why mail is rejected' },
    examples: ['552 5.7.1 virus [name] detected by Zoho Mail'],
  },
  {
    id: 'zoho-flagged-spam',
    reason: 'spam',
    pattern: 'Email flagged as Spam',
    provider: 'zoho',
    source: { url: 'https://www.zoho.com/mail/help/spam-reason.html', title: 'Zoho Mail: why mail is rejected' },
    examples: ['554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.'],
  },
  {
    id: 'zoho-relaying-disallowed',
    reason: 'relay-denied',
    pattern: 'Relaying disallowed',
    provider: 'zoho',
    source: { collection: 'smtp-field-manual', where: 'data/codes/452.json, 541.json, 552.json, 554.json (zoho)' },
    examples: ['failed,5.1.1 (bad destination mailbox address),smtp;553 Relaying disallowed,mx.zoho.com'],
  },
]
