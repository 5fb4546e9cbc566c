// Trend Micro Email Security: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const TRENDMICRO_RULES: readonly DiagnosisRule[] = [
  {
    id: 'trendmicro-invalid-recipient',
    reason: 'user-unknown',
    pattern: 'Recipient address rejected: Invalid-Recipient',
    provider: 'trendmicro',
    source: { collection: 'smtp-codes', where: 'data/codes/554.json (trendmicro)' },
    examples: ['554 5.7.1 <example@example.com>: Recipient address rejected: Invalid-Recipient.'],
  },
  {
    id: 'trendmicro-no-domain',
    reason: 'relay-denied',
    pattern: 'Recipient address rejected: NO-DOMAIN',
    provider: 'trendmicro',
    source: { collection: 'smtp-codes', where: 'data/codes/554.json (trendmicro)' },
    examples: ['554 5.7.1 <example@example.com>: Recipient address rejected: NO-DOMAIN.'],
  },
  {
    id: 'trendmicro-email-reputation',
    reason: 'blocklisted',
    pattern: 'blocked using Trend Micro (?:Email Reputation|RBL)|\\bmail-abuse\\.com\\/cgi-bin\\/lookup',
    provider: 'trendmicro',
    source: { url: 'https://www.ers.trendmicro.com/reputations/index', title: 'Trend Micro Email Reputation Services: lookup' },
    examples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.253] blocked using ASHB2VH2LBAJDLPVLNZ7XFLPCMMA4HP.r.mail-abuse.com; Mail from 192.0.2.253 blocked using Trend Micro Email Reputation database. Please see <http://www.mail-abuse.com/cgi-bin/lookup?192.0.2.253>',
    ],
  },
  {
    id: 'trendmicro-admin-block',
    reason: 'policy',
    pattern: 'Recipient address rejected: (?:BLOCK-SEND-ER|BLOCK-RCPT|ERS-Customized-Block)',
    provider: 'trendmicro',
    source: {
      url: 'https://success.trendmicro.com/solution/1055758-blocking-an-email-address-or-domain-in-hosted-email-security-hes',
      title: 'Trend Micro Hosted Email Security: blocking senders',
    },
    examples: [
      '550 5.7.1 <example@example.com>: Recipient address rejected: ERS-Customized-Block.',
      '554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-SEND-ER.',
      '554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-RCPT.',
    ],
  },
]
