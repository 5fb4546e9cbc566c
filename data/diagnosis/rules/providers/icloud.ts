// Apple iCloud Mail: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const ICLOUD_RULES: readonly DiagnosisRule[] = [
  {
    id: 'icloud-local-policy',
    reason: 'policy',
    pattern: '\\[(?:CS|HM|BS)0[0-9]\\] Message rejected due to local policy',
    provider: 'icloud',
    source: { url: 'https://support.apple.com/en-us/HT204137', title: 'Apple: postmaster information for iCloud Mail' },
    examples: [
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
      '554 5.7.1 [CS01] Message rejected due to local policy.',
      '554 5.7.1 [HM08] Message rejected due to local policy.',
      '554 5.7.1 [BS01] Message rejected due to local policy.',
    ],
  },
  {
    id: 'icloud-excessive-volume',
    reason: 'rate-limited',
    pattern: 'deferred due to excessive volume',
    provider: 'icloud',
    source: { url: 'https://support.apple.com/en-us/HT204137', title: 'Apple: postmaster information for iCloud Mail' },
    examples: [
      '421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
    ],
  },
]
