// Core outside the Worker (the npm package, the CLI, tests, benchmarks, a browser bundle): the diagnosis rule set
// by plain import and postal-mime from npm, imported on the first whole message. The Worker does not use this; it
// loads its own prebuilt copies on first use instead (worker/lazy-modules.ts).
import { RULE_SET } from '../../data/diagnosis/rule-set.ts'
import { setMimeParserLoader } from './mime-parser.ts'
import { useRuleSet } from './rule-set.ts'

/** Registers both with core. A function, not an import for its side effect, so that no bundler drops it. */
export function useStandaloneCore(): void {
  useRuleSet(RULE_SET)
  setMimeParserLoader(() => import('postal-mime'))
}
