// Curated notes for pairs of codes people confuse: what tells them apart in practice, with sources.
import type { ConfusablePair } from './schema.ts'

export const CONFUSABLE_PAIRS: readonly ConfusablePair[] = [
  {
    a: '530',
    b: '535',
    note:
      '530 means the server requires authentication before it will accept this command (the client has not authenticated yet); 535 means the client did authenticate and the credentials were rejected. Fix 530 by configuring the client to log in; fix 535 by correcting the credentials.',
    references: [{ rfc: 4954, section: '6' }],
  },
]
