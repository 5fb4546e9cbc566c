// Query parameters checked by hand against the rules worker/api/openapi.ts documents: the Worker ships without a
// schema library, and a bad parameter still gets a 400 problem that names it.
import type { Context } from 'hono'
import { LOCALES } from '../../data/i18n/locales.ts'
import { problem } from '../http/problem.ts'

type Rule = { oneOf: readonly string[] } | { required: true; maxLength?: number }

const COMMON: Record<string, Rule> = { lang: { oneOf: LOCALES }, format: { oneOf: ['json', 'text'] } }

/** A 400 problem for the first parameter that breaks its rule, or undefined when all are fine. */
export function invalidQuery(c: Context, rules: Record<string, Rule> = {}): Response | undefined {
  const all = { ...COMMON, ...rules }
  const problems: string[] = []
  for (const [name, rule] of Object.entries(all)) {
    const values = c.req.queries(name) ?? []
    if ('oneOf' in rule) {
      if (values.length > 1) problems.push(`${name}: give it once`)
      else if (values.length === 1 && !rule.oneOf.includes(values[0]!)) problems.push(`${name}: must be one of ${rule.oneOf.join(', ')}`)
    } else {
      if (values.length === 0) problems.push(`${name}: required`)
      else if (values.length > 1) problems.push(`${name}: give it once`)
      else if (rule.maxLength !== undefined && values[0]!.length > rule.maxLength) problems.push(`${name}: at most ${rule.maxLength} characters`)
    }
  }
  return problems.length ? problem(c, 'invalid-parameter', 400, problems.join('; ')) : undefined
}
