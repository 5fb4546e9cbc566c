// GET /v1/compare/{a}/{b} and GET /v1/compare?codes=…
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { ComparisonSchema, MatrixSchema } from '../api/schemas.ts'
import { MATRIX_MAX, MATRIX_MIN, compareCodes, compareMatrix, type CompareOutcome } from '../core/compare.ts'
import { problem } from '../middleware/problem.ts'
import { negotiated } from '../middleware/negotiate.ts'
import { comparisonText, matrixText } from '../views/plain-text.ts'
import { FormatQuery, LangQuery, apiLocale, jsonAndText, problemResponse } from './openapi-shared.ts'

export const compare = new OpenAPIHono()

const codeParam = (name: 'a' | 'b') =>
  z.string().openapi({ param: { name, in: 'path' }, examples: [name === 'a' ? '252' : '535'], description: 'Basic or enhanced code.' })

const pairRoute = createRoute({
  method: 'get',
  path: '/v1/compare/{a}/{b}',
  summary: 'Compare two codes side by side',
  request: { params: z.object({ a: codeParam('a'), b: codeParam('b') }), query: z.object({ lang: LangQuery, format: FormatQuery }) },
  responses: {
    200: jsonAndText(ComparisonSchema, 'Both entries, a summary and the aspects, differences first'),
    400: problemResponse('One side is malformed (`side` says which)'),
    404: problemResponse('One side is unassigned (`side` says which)'),
  },
})

/** Turns a failed comparison into its problem, naming the side. */
export function compareFailure(c: Context, outcome: Extract<CompareOutcome, { ok: false }>): never {
  const f = outcome.failure
  if (f.status === 400) return problem(c, 'malformed-code', 400, `Code ${f.side}: ${f.detail}`, { side: f.side })
  return problem(c, 'unknown-code', 404, `Code ${f.side}: ${f.detail}`, { side: f.side, classInfo: f.classInfo })
}

compare.openapi(pairRoute, (c) => {
  const { a, b } = c.req.valid('param')
  const outcome = compareCodes(a, b, apiLocale(c))
  if (!outcome.ok) return compareFailure(c, outcome)
  return negotiated(c, outcome.comparison, () => comparisonText(outcome.comparison))
})

const matrixRoute = createRoute({
  method: 'get',
  path: '/v1/compare',
  summary: 'Compare a group of 2 to 6 codes pairwise',
  request: {
    query: z.object({
      codes: z.string().openapi({ examples: ['252,535,550'], description: 'Comma-separated codes, 2 to 6.' }),
      lang: LangQuery,
      format: FormatQuery,
    }),
  },
  responses: {
    200: jsonAndText(MatrixSchema, 'Every pair with its summary and the aspects that differ'),
    400: problemResponse('Too few or too many codes, or a malformed one'),
    404: problemResponse('An unassigned code'),
  },
})

compare.openapi(matrixRoute, (c) => {
  const list = c.req.valid('query').codes.split(',').map((s) => s.trim()).filter(Boolean)
  if (list.length < MATRIX_MIN || list.length > MATRIX_MAX)
    return problem(c, 'invalid-parameter', 400, `codes must list ${MATRIX_MIN} to ${MATRIX_MAX} codes separated by commas; got ${list.length}.`)
  const outcome = compareMatrix(list, apiLocale(c))
  if (!outcome.ok) {
    const f = outcome.failure
    return f.status === 400
      ? problem(c, 'malformed-code', 400, f.detail)
      : problem(c, 'unknown-code', 404, f.detail, { classInfo: f.classInfo })
  }
  return negotiated(c, outcome.matrix, () => matrixText(outcome.matrix))
})
