// Broadcom Email Security.cloud (MessageLabs): replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const SYMANTEC_RULES: readonly DiagnosisRule[] = [
  {
    id: 'symantec-message-filtered',
    reason: 'spam',
    pattern: '^Message filtered\\.',
    provider: 'symantec',
    source: {
      url: 'https://knowledge.broadcom.com/external/article/165144/smtp-bounce-back-error-codes-for-email-s.html',
      title: 'Broadcom: SMTP bounce-back error codes for Email Security.cloud',
    },
    examples: ['553 Message filtered. (#5.7.1)'],
  },
  {
    id: 'symantec-not-a-relay',
    reason: 'relay-denied',
    pattern: 'you are trying to use me \\[[^\\]]{1,60}\\] as a relay',
    provider: 'symantec',
    source: {
      url: 'https://knowledge.broadcom.com/external/article/165144/smtp-bounce-back-error-codes-for-email-s.html',
      title: 'Broadcom: SMTP bounce-back error codes for Email Security.cloud',
    },
    examples: [
      '553 you are trying to use me [xx.messagelabs.com] as a relay, but I have not been configured to let you [x.xx.xx.xx, example.com] do this. (#5.7.1)',
    ],
  },
]
