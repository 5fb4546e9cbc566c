// Scoring a labelled corpus of replies (test/corpus/*.json) against the diagnosis: what the written-corpus and the
// provider-corpus tests share. Each entry is diagnosed once, and the rates and the list of misses come from those
// results, so a failing bar prints the replies that missed it.
import type { Diagnosis } from '../../worker/core/diagnose.ts'

/** What every corpus entry has: the reply and the answers a reader gave it. */
export interface LabelledReply {
  id: string
  text: string
  reason: string
  bounce: 'hard' | 'soft'
  provider?: string
  providerCode?: string
}

export interface Scored<E extends LabelledReply> {
  entry: E
  /** Undefined when the reply holds no code (explainReply refused it). */
  d: Diagnosis | undefined
}

export function scoreCorpus<E extends LabelledReply>(entries: readonly E[], diagnoseReply: (text: string) => Diagnosis | undefined): Scored<E>[] {
  return entries.map((entry) => ({ entry, d: diagnoseReply(entry.text) }))
}

/** The share of `list` for which `ok` holds. */
export const rate = <E extends LabelledReply>(list: readonly Scored<E>[], ok: (r: Scored<E>) => boolean): number =>
  list.filter(ok).length / list.length

export const pct = (x: number): string => `${(100 * x).toFixed(1)} %`

export const rightReason = (r: Scored<LabelledReply>): boolean => r.d?.reason === r.entry.reason
export const rightBounce = (r: Scored<LabelledReply>): boolean => r.d?.bounce === r.entry.bounce
export const providerNamed = (r: Scored<LabelledReply>): boolean => r.d?.provider?.id === r.entry.provider

/** One line per reply whose reason is wrong: expected, given, the rule or basis that gave it, the reply's start. */
export function misses(list: readonly Scored<LabelledReply>[], width = 100): string[] {
  return list
    .filter((r) => !rightReason(r))
    .map(
      (r) =>
        `${r.entry.id}: ${r.entry.reason} expected, ${r.d?.reason ?? 'no diagnosis'} given (${r.d?.rule ?? r.d?.basis}): ${r.entry.text.slice(0, width)}`,
    )
}
