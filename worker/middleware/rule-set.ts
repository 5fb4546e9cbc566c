// For the routes that diagnose (explanations, code and reason pages): the rule set is registered before their
// handler runs, so core stays synchronous and the routes that never diagnose never load it (where from: worker/lazy-modules.ts).
// Once loaded, a single check.
import type { MiddlewareHandler } from 'hono'
import { loadRuleSet } from '../core/rule-set.ts'

export const withRuleSet: MiddlewareHandler = async (_c, next) => {
  const pending = loadRuleSet()
  if (pending) await pending
  await next()
}
