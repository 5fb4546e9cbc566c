// Shape of a catalog translation: per code, any subset of the English entry's prose. Missing fields fall back to
// English one by one, and the page says so. Codes, classes, stages and references are never translated here:
// they are facts, not prose.
export interface EntryTranslation {
  title?: string
  summary?: string
  description?: string
  whenSeen?: string
  fix?: { sender?: string; admin?: string }
  retryNote?: string
  /** Same order and length as the English entry's contexts. */
  contexts?: Array<{ title?: string; description?: string }>
}

export interface ContentTranslation {
  /** Keyed by basic code: "535". */
  basic: Record<string, EntryTranslation>
  /** Keyed by registry key: "X.7.8". */
  enhanced: Record<string, EntryTranslation>
  /** Curated pair notes keyed "a|b" exactly as in data/confusable-pairs.ts. */
  pairs: Record<string, string>
  /** Class names and meanings, keyed "basic-5", "enhanced-4". */
  classes: Record<string, { name?: string; meaning?: string }>
}
