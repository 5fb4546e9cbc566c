// La Poste: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const LAPOSTE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'laposte-ip-reputation',
    reason: 'blocklisted',
    pattern: '\\bLPN007_102\\b',
    provider: 'laposte',
    source: { url: 'https://postmaster.laposte.net/', title: 'La Poste postmaster' },
    examples: ['521 5.7.1 Service unavailable LPN007_102'],
  },
  {
    id: 'laposte-unsolicited',
    reason: 'spam',
    pattern: 'contenu non sollicite|\\bLPN007_510\\b',
    provider: 'laposte',
    source: { url: 'https://postmaster.laposte.net/', title: 'La Poste postmaster' },
    examples: [
      "550 5.7.1 Suspicion de contenu non sollicite. Afin de preserver la qualite du service et limiter les volumes de spam sur la plateforme, ce message n'a pas ete transmis. Likely unsolicited email. LPN007_510",
    ],
  },
  {
    id: 'laposte-dkim-missing',
    reason: 'sender-authentication',
    pattern: 'DKIM is not configured on your sending domain|\\bLPN007_402\\b',
    provider: 'laposte',
    source: {
      url: 'https://postmaster.laposte.net/contents/mails-rejetes-pour-absence-de-signature-dkim-valide',
      title: 'La Poste postmaster: mails rejected for lack of a valid DKIM signature',
    },
    examples: [
      "550 5.7.20 Message refuse, DKIM n'est pas configure sur votre domaine d'expedition. Message refused, DKIM is not configured on your sending domain. LPN007_402",
    ],
  },
]
