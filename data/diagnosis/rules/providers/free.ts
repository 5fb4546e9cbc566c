// Free: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const FREE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'free-inactive-mailbox',
    reason: 'mailbox-disabled',
    pattern: 'mailbox has been blocked due to inactivity',
    provider: 'free',
    source: { url: 'https://postmaster.free.fr/index_en.html', title: 'Free postmaster' },
    examples: ['550 5.2.1 This mailbox has been blocked due to inactivity'],
  },
  {
    id: 'free-user-quota',
    reason: 'mailbox-full',
    pattern: '\\buser quota exceeded',
    provider: 'free',
    source: { url: 'https://postmaster.free.fr/index_en.html', title: 'Free postmaster' },
    examples: ['550 5.2.2 user quota exceeded', '552 5.2.2 user quota exceeded (UserSearch)'],
  },
]
