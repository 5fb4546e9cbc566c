// GET /v1/codes and GET /v1/codes/{code}.
import { Hono } from 'hono'
import { LIST_CODES, LOOKUP_CODE } from '../api/routes.ts'
import type { CodeLookup } from '../api/schemas.ts'
import { listCodes, resolveQuery } from '../core/codes.ts'
import { nearestCodes } from '../core/suggestions.ts'
import { negotiated } from '../http/negotiate.ts'
import { problem } from '../http/problem.ts'
import { mount } from '../http/route.ts'
import { listText, lookupText } from '../views/plain-text.ts'
import { requestLanguage } from '../middleware/language.ts'

export const codes = new Hono()

mount(codes, LIST_CODES, (c, { query }) => {
  const { kind, class: cls } = query
  const list = listCodes({ ...(kind ? { kind } : {}), ...(cls ? { class: Number(cls) as 2 | 3 | 4 | 5 } : {}) })
  const body = { count: list.length, codes: list }
  return negotiated(c, body, () => listText(body), `list|${kind ?? ''}|${cls ?? ''}`)
})

mount(codes, LOOKUP_CODE, (c, { params }) => {
  const lang = requestLanguage(c)
  const r = resolveQuery(params.code, lang)
  if (!r.ok)
    return r.status === 400
      ? problem(c, 'malformed-code', 400, r.detail)
      : problem(c, 'unknown-code', 404, r.detail, { classInfo: r.classInfo, nearest: nearestCodes(r.parsed.code) })
  const body: CodeLookup = { query: r.query, lang, entries: r.entries }
  return negotiated(c, body, () => lookupText(body), `lookup|${lang}|${body.query}`)
})
