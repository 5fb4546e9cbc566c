// Cisco Secure Email: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const CISCO_RULES: readonly DiagnosisRule[] = [
  {
    id: 'cisco-access-rejected',
    reason: 'blocklisted',
    pattern: 'Your access to (?:submit messages to )?this (?:e-)?mail system has been rejected',
    provider: 'cisco',
    source: { collection: 'smtp-codes', where: 'data/codes/550.json (cisco)' },
    confidence: 'medium',
    examples: ['550 5.7.1 Your access to submit messages to this e-mail system has been rejected.'],
  },
]
