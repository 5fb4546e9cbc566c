// GET /v1/compare/{a}/{b} and GET /v1/compare?codes=…
import { Hono, type Context } from 'hono'
import { MATRIX_MAX, MATRIX_MIN } from '../api/limits.ts'
import { COMPARE_GROUP, COMPARE_PAIR } from '../api/routes.ts'
import { compareCodes, compareMatrix, type CompareOutcome } from '../core/compare.ts'
import { negotiated } from '../http/negotiate.ts'
import { problem } from '../http/problem.ts'
import { mount } from '../http/route.ts'
import { comparisonText, matrixText } from '../views/plain-text.ts'
import { nearestCodes } from '../core/suggestions.ts'
import { requestLanguage } from '../middleware/language.ts'

export const compare = new Hono()

/** Turns a failed comparison into its problem, naming the side. */
function compareFailure(c: Context, outcome: Extract<CompareOutcome, { ok: false }>): Response {
  const f = outcome.failure
  if (f.status === 400) return problem(c, 'malformed-code', 400, `Code ${f.side}: ${f.detail}`, { side: f.side })
  return problem(c, 'unknown-code', 404, `Code ${f.side}: ${f.detail}`, {
    side: f.side,
    classInfo: f.classInfo,
    nearest: nearestCodes(f.parsed.code),
  })
}

mount(compare, COMPARE_PAIR, (c, { params }) => {
  const lang = requestLanguage(c)
  const outcome = compareCodes(params.a, params.b, lang)
  if (!outcome.ok) return compareFailure(c, outcome)
  const { a, b } = outcome.comparison
  return negotiated(c, outcome.comparison, () => comparisonText(outcome.comparison), `compare|${lang}|${a.code}|${b.code}`)
})

mount(compare, COMPARE_GROUP, (c, { query }) => {
  const list = query.codes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.length < MATRIX_MIN || list.length > MATRIX_MAX)
    return problem(c, 'invalid-parameter', 400, `codes must list ${MATRIX_MIN} to ${MATRIX_MAX} codes separated by commas; got ${list.length}.`)
  const lang = requestLanguage(c)
  const outcome = compareMatrix(list, lang)
  if (!outcome.ok) {
    const f = outcome.failure
    return f.status === 400
      ? problem(c, 'malformed-code', 400, f.detail)
      : problem(c, 'unknown-code', 404, f.detail, { classInfo: f.classInfo, nearest: nearestCodes(f.parsed.code) })
  }
  const codes = outcome.matrix.codes.map((x) => x.code).join(',')
  return negotiated(c, outcome.matrix, () => matrixText(outcome.matrix), `matrix|${lang}|${codes}`)
})
