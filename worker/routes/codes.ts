// GET /v1/codes and GET /v1/codes/{code}.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { CodeListSchema, CodeLookupSchema, type CodeLookup } from '../api/schemas.ts'
import { classInfoFor, listCodes, lookupParsed, parseCodeQuery, unassignedDetail } from '../core/codes.ts'
import { problem } from '../middleware/problem.ts'
import { negotiated } from '../middleware/negotiate.ts'
import { lookupText } from '../views/plain-text.ts'
import { FormatQuery, LangQuery, apiLocale, jsonAndText, problemResponse } from './openapi-shared.ts'

export const codes = new OpenAPIHono()

const listRoute = createRoute({
  method: 'get',
  path: '/v1/codes',
  summary: 'List every code in the catalog',
  request: {
    query: z.object({
      kind: z.enum(['basic', 'enhanced']).optional().openapi({ description: 'Only basic or only enhanced codes.' }),
      class: z.enum(['2', '3', '4', '5']).optional().openapi({ description: 'Only codes of this class.' }),
    }),
  },
  responses: {
    200: { description: 'Compact list', content: { 'application/json': { schema: CodeListSchema } } },
    400: problemResponse('Invalid filter'),
  },
})

codes.openapi(listRoute, (c) => {
  const { kind, class: cls } = c.req.valid('query')
  const list = listCodes({ ...(kind ? { kind } : {}), ...(cls ? { class: Number(cls) as 2 | 3 | 4 | 5 } : {}) })
  return c.json({ count: list.length, codes: list }, 200)
})

const lookupRoute = createRoute({
  method: 'get',
  path: '/v1/codes/{code}',
  summary: 'Look up one code, or a basic and an enhanced code together',
  request: {
    params: z.object({
      code: z.string().openapi({
        param: { name: 'code', in: 'path' },
        examples: ['535', '5.7.8', '535-5.7.8', '535 5.7.8'],
        description: 'A basic code (535), an enhanced code (5.7.8), or both ("535 5.7.8", 535-5.7.8, 535+5.7.8).',
      }),
    }),
    query: z.object({ lang: LangQuery, format: FormatQuery }),
  },
  responses: {
    200: jsonAndText(CodeLookupSchema, 'The entries: one, or two for a combined query'),
    400: problemResponse('Malformed code'),
    404: problemResponse('Well-formed but unassigned code; the problem says what its class means'),
  },
})

codes.openapi(lookupRoute, (c) => {
  const query = c.req.valid('param').code
  const lang = apiLocale(c)
  const parsed = parseCodeQuery(query)
  if (!parsed.ok) return problem(c, 'malformed-code', 400, parsed.detail)
  const entries = []
  for (const code of parsed.codes) {
    const entry = lookupParsed(code, lang)
    if (!entry) return problem(c, 'unknown-code', 404, unassignedDetail(code), { classInfo: classInfoFor(code) })
    entries.push(entry)
  }
  const body: CodeLookup = { query: parsed.codes.map((p) => p.code).join(' '), lang, entries }
  return negotiated(c, body, () => lookupText(body))
})
