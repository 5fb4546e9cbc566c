// Indexes over the catalog, built once at module load: every request is a Map lookup, never a scan.
import { BASIC_CODES } from '../../data/basic-codes.ts'
import { CONFUSABLE_PAIRS } from '../../data/confusable-pairs.ts'
import { ENHANCED_CODES } from '../../data/enhanced-codes.ts'
import type { BasicCode, ConfusablePair, EnhancedCode } from '../../data/schema.ts'

export const BASIC_BY_CODE: ReadonlyMap<string, BasicCode> = new Map(BASIC_CODES.map((e) => [e.code, e]))
/** Keyed by registry key, "X.7.8". */
export const ENHANCED_BY_KEY: ReadonlyMap<string, EnhancedCode> = new Map(ENHANCED_CODES.map((e) => [e.code, e]))

/** Order-independent key for a pair of codes. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

export const PAIR_NOTES: ReadonlyMap<string, ConfusablePair> = new Map(CONFUSABLE_PAIRS.map((p) => [pairKey(p.a, p.b), p]))

export { BASIC_CODES, CONFUSABLE_PAIRS, ENHANCED_CODES }
