// Content most requests never need, loaded on the first request that does: the diagnosis rule set (explanations,
// code and reason pages) and postal-mime (whole messages). Each is its own module in the upload, built by
// scripts/build-lazy-modules.ts (wrangler.toml: find_additional_modules), so a cold isolate does not parse them.
// Like language-packs.ts, this file sits at the root of worker/ because wrangler keeps these specifiers as written,
// relative to the upload's root.
import { setMimeParserLoader } from './core/mime-parser.ts'
import { setRuleSetLoader, type RuleSetInput } from './core/rule-set.ts'
import { readGzipJson } from './gzip-json.ts'

// The rule set is gzip-compressed JSON in a Data module, postal-mime a module exporting a function that builds it
// (scripts/build-lazy-modules.ts says why); core calls each loader once per isolate.
export const loadRuleSetModule = () => import('./generated/lazy/rule-set.bin').then((m) => readGzipJson<RuleSetInput>(m.default))
export const loadMimeParserModule = () => import('./generated/lazy/postal-mime.mjs').then((m) => m.default())

/** Points core at these modules (a call, not an import for its side effect, which a bundler may drop). */
export function useLazyModules(): void {
  setRuleSetLoader(loadRuleSetModule)
  setMimeParserLoader(loadMimeParserModule)
}
