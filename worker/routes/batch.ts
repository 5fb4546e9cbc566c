// GET /v1/batch: many lookups and comparisons in one cacheable request, for pages with many widgets.
import { Hono } from 'hono'
import type { Locale } from '../../data/i18n/locales.ts'
import { BATCH_MAX } from '../api/limits.ts'
import { BATCH } from '../api/routes.ts'
import type { Batch, BatchResult } from '../api/schemas.ts'
import { resolveQuery } from '../core/codes.ts'
import { compareCodes } from '../core/compare.ts'
import { negotiated } from '../http/negotiate.ts'
import { batchText } from '../views/plain-text.ts'
import { problem, problemBody } from '../http/problem.ts'
import { mount } from '../http/route.ts'
import { requestLanguage } from '../middleware/language.ts'

export const batch = new Hono()

function lookupItem(query: string, lang: Locale): BatchResult {
  const key = `code:${query}`
  const r = resolveQuery(query, lang)
  if (r.ok) return { key, ok: true, lookup: { query: r.query, lang, entries: r.entries } }
  return {
    key,
    ok: false,
    problem: r.status === 400 ? problemBody('malformed-code', 400, r.detail) : problemBody('unknown-code', 404, r.detail, { classInfo: r.classInfo }),
  }
}

function compareItem(pair: string, lang: Locale): BatchResult {
  const key = `compare:${pair}`
  const sep = pair.indexOf(':')
  if (sep < 0) return { key, ok: false, problem: problemBody('invalid-parameter', 400, 'A comparison is written a:b, e.g. 252:535.') }
  const outcome = compareCodes(pair.slice(0, sep), pair.slice(sep + 1), lang)
  if (outcome.ok) return { key, ok: true, comparison: outcome.comparison }
  const f = outcome.failure
  return {
    key,
    ok: false,
    problem:
      f.status === 400
        ? problemBody('malformed-code', 400, `Code ${f.side}: ${f.detail}`, { side: f.side })
        : problemBody('unknown-code', 404, `Code ${f.side}: ${f.detail}`, { side: f.side, classInfo: f.classInfo }),
  }
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

mount(batch, BATCH, (c, { query }) => {
  const pairs = list(query.compare)
  const lookups = list(query.code)
  const total = pairs.length + lookups.length
  if (total === 0) return problem(c, 'invalid-parameter', 400, 'Give at least one compare=a:b or code=… parameter.')
  if (total > BATCH_MAX) return problem(c, 'invalid-parameter', 400, `At most ${BATCH_MAX} items per batch; got ${total}.`)
  const lang = requestLanguage(c)
  // The same page asks for the same batch on every view: keep its answer, unless the item list is unusually long.
  const items = JSON.stringify([pairs, lookups])
  let built: Batch | undefined
  const body = () => (built ??= { lang, results: [...pairs.map((p) => compareItem(p, lang)), ...lookups.map((l) => lookupItem(l, lang))] })
  return negotiated(c, body, () => batchText(body()), items.length <= 2048 ? `batch|${lang}|${items}` : undefined)
})
