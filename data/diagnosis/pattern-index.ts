// The word index of every pattern the diagnosis engine indexes (each one's anchors, and whether every match starts
// at one), in the order the engine compiles them: the rules (provider rules first), then each provider's code
// tokens and hints. The Worker's rule-set module carries it precomputed (scripts/build-lazy-modules.ts), so a cold
// isolate's first diagnosis does not parse some 400 patterns; elsewhere the engine computes it on its first call.
import { analyzePattern } from './pattern.ts'
import type { DiagnosisRule, Provider } from './types.ts'

/** Per pattern: its anchors and whether it is anchored at them (PatternAnalysis's `anchors` and `leading`). */
export type PatternIndex = ReadonlyArray<readonly [anchors: readonly string[], leading: boolean]>

interface Indexed {
  providerRules: readonly DiagnosisRule[]
  genericRules: readonly DiagnosisRule[]
  providers: readonly Provider[]
}

/** The pattern sources, in the engine's order. */
export function indexedPatterns(set: Indexed): string[] {
  const sources = [...set.providerRules, ...set.genericRules].map((r) => r.pattern)
  for (const p of set.providers) sources.push(...(p.codes ?? []), ...(p.hints ?? []))
  return sources
}

export function buildPatternIndex(set: Indexed): PatternIndex {
  return indexedPatterns(set).map((source) => {
    const { anchors, leading } = analyzePattern(source)
    return [anchors, leading] as const
  })
}
