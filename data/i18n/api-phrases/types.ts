// The shape of the API phrases, shared by English (api-phrases.ts) and each language's overrides (api-phrases/*.ts).
import type { Actor, RetryAdvice, Stage } from '../../schema.ts'

export interface ApiPhrases {
  aspects: Record<'class' | 'retry' | 'actor' | 'stage' | 'rfc' | 'pairings' | 'kind', string>
  retry: Record<RetryAdvice, string>
  actor: Record<Actor, string>
  /** How a stage reads after "a reply …": "to VRFY", "at the greeting". */
  stage: Record<Stage, string>
  kind: Record<'basic' | 'enhanced', string>
  none: string
  or: string
  /** {code} is {classPhrase} {stages, listed}{pairingPhrase}; `stages` are this locale's stage phrases, at most 3. */
  codeSentence: (p: { code: string; classPhrase: string; stages: string[]; pairing: string }) => string
  /** "usually sent with 5.7.8" */
  pairing: (codes: string) => string
  /** The class as the comparison table names it: "5xx Permanent Negative Completion" */
  className: (p: { digits: string; name: string; kind: 'basic' | 'enhanced' }) => string
  /** "2xx positive completion reply", "5.x.x permanent failure" */
  classPhrase: (p: { digits: string; name: string; kind: 'basic' | 'enhanced' }) => string
  same: (a: string, b: string) => string
  join: (first: string, second: string) => string
}

/** "a, b or c", with the given word for "or". */
export function listWithOr(items: string[], or: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`
}

export type PhraseOverrides = Partial<{
  [K in keyof ApiPhrases]: ApiPhrases[K] extends Record<string, string> ? Partial<ApiPhrases[K]> : ApiPhrases[K]
}>
