// The diagnosis rule set (data/diagnosis/rule-set.ts) as core sees it: registered by whoever runs core, so that
// core imports none of it and a bundle that never diagnoses does not carry it. The npm package, the CLI and the
// tests register it by plain import (./standalone.ts); the Worker loads its prebuilt module on the first request
// that needs it (worker/lazy-modules.ts, awaited by middleware/rule-set.ts) and core itself stays synchronous.
import type { PatternIndex } from '../../data/diagnosis/pattern-index.ts'
import type { RuleSet } from '../../data/diagnosis/rule-set.ts'
import type { DiagnosisRule } from '../../data/diagnosis/types.ts'

/** The rule set as a loader may give it: with the word index precomputed (the Worker's module) or without. */
export type RuleSetInput = RuleSet & { patternIndex?: PatternIndex }

export interface LoadedRuleSet extends RuleSetInput {
  /** Every rule in the order the engine tries them: provider rules first, as data/diagnosis/rules/index.ts. */
  rules: readonly DiagnosisRule[]
}

let current: LoadedRuleSet | undefined
let loader: (() => Promise<RuleSetInput>) | undefined
let pending: Promise<void> | undefined

/** Registers the rule set (once; the engine compiles it on its first call). */
export function useRuleSet(set: RuleSetInput): void {
  if (current) return
  current = { ...set, rules: [...set.providerRules, ...set.genericRules] }
}

/** Where loadRuleSet() gets the rule set when none is registered yet. */
export function setRuleSetLoader(load: () => Promise<RuleSetInput>): void {
  loader = load
}

/** Resolves once the rule set is registered; undefined when it already is (the steady state, no allocation). */
export function loadRuleSet(): Promise<void> | undefined {
  if (current) return undefined
  if (!loader) return Promise.reject(new Error(NOT_LOADED))
  pending ??= loader().then(useRuleSet, (err: unknown) => {
    pending = undefined // a failed import is retried by the next caller, not cached
    throw err
  })
  return pending
}

const NOT_LOADED =
  'The diagnosis rule set is not loaded: import worker/core/standalone.ts (the npm package does), or await loadRuleSet() after setRuleSetLoader().'

/** The registered rule set, for the synchronous functions that diagnose. Throws when none is registered. */
export function ruleSet(): LoadedRuleSet {
  if (!current) throw new Error(NOT_LOADED)
  return current
}
