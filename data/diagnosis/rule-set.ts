// What the diagnosis engine needs beyond the reasons and their English words: the rules, the providers and the
// reasons each code implies. Most requests (lookups, comparisons) never diagnose, so the Worker keeps this out of
// its entry module and loads it on first use (scripts/build-lazy-modules.ts writes it as one JSON module); the
// npm package and the tests register it by plain import (worker/core/standalone.ts). Plain data: it survives JSON.
import { BASIC_REASONS, BASIC_STAGE_REASONS, ENHANCED_REASONS } from './code-reasons.ts'
import { PROVIDERS } from './providers.ts'
import { GENERIC_RULES } from './rules/generic/index.ts'
import { PROVIDER_RULES } from './rules/providers/index.ts'

export const RULE_SET = {
  providerRules: PROVIDER_RULES,
  genericRules: GENERIC_RULES,
  providers: PROVIDERS,
  basicReasons: BASIC_REASONS,
  basicStageReasons: BASIC_STAGE_REASONS,
  enhancedReasons: ENHANCED_REASONS,
}

export type RuleSet = typeof RULE_SET
