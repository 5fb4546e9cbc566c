// Proton Mail: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const PROTON_RULES: readonly DiagnosisRule[] = [
  {
    id: 'proton-viral-traffic',
    reason: 'virus',
    pattern: 'We do not accept viral traffic',
    provider: 'proton',
    source: { collection: 'smtp-codes', where: 'data/codes/550.json, 554.json (protonmail)' },
    examples: ['554 5.7.1 We do not accept viral traffic'],
  },
]
