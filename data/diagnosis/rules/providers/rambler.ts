// Rambler Mail: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const RAMBLER_RULES: readonly DiagnosisRule[] = [
  {
    id: 'rambler-recipient-inactive-or-blocked',
    reason: 'mailbox-disabled',
    pattern: 'recipient address rejected: (?:Inactive|Blocked)$',
    provider: 'rambler',
    source: { url: 'https://help.rambler.ru/mail/mail-soobsheniya-ob-oshibkah/1326/', title: 'Rambler Mail: error messages' },
    examples: [
      '540 5.7.1 <example@rambler.ru>: recipient address rejected: Inactive',
      '540 5.7.1 <example@rambler.ru>: recipient address rejected: Blocked',
    ],
  },
]
