// The search box: one field for a code, two codes, or a pasted reply. A code or a comparison goes to its page;
// pasted text is explained right here, never moved into a URL.
import type { Context } from 'hono'
import { EXPLAIN_MAX_BYTES } from '../../api/limits.ts'
import { compareCodes } from '../../core/compare.ts'
import { localizedPath } from '../../core/locale.ts'
import { loadRuleSet } from '../../core/rule-set.ts'
import { parseSearch } from '../../core/search.ts'
import { pageContext } from '../../http/page-cache.ts'
import { codePath } from '../../views/code-views.tsx'
import { explainResponse, formText } from './explain.tsx'

export async function search(c: Context): Promise<Response> {
  const ctx = pageContext(c)
  const q = (await formText(c, 'q')).trim().slice(0, EXPLAIN_MAX_BYTES)
  const target = parseSearch(q)
  const status = c.req.method === 'POST' ? 303 : 302
  if (target.kind === 'empty') return c.redirect(localizedPath(ctx.lang, '/'), status)
  if (target.kind === 'code') return c.redirect(codePath(ctx.lang, target.canonical), status)
  if (target.kind === 'compare') {
    const outcome = compareCodes(target.a, target.b)
    if (outcome.ok) return c.redirect(localizedPath(ctx.lang, outcome.comparison.page), status)
  }
  // Only pasted text is diagnosed; a code or a pair is redirected without loading the rule set.
  await loadRuleSet()
  return explainResponse(c, ctx, { text: q, redact: false })
}
