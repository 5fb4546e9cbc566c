// EarthLink: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const EARTHLINK_RULES: readonly DiagnosisRule[] = [
  {
    id: 'earthlink-ip-blocked',
    reason: 'blocklisted',
    pattern: 'is blocked by EarthLink',
    provider: 'earthlink',
    source: { url: 'https://www.earthlink.net/block', title: 'EarthLink: blocked mail' },
    examples: ['550 IP 192.0.2.212 is blocked by EarthLink. Go to earthlink.net/block for details.'],
  },
]
