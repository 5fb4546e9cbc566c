// The npm package's entry point: the API's answers as function calls, offline. `lookup`, `compare` and `explain`
// return the very objects GET /v1/codes, GET /v1/compare and POST /v1/explain return, and throw SmtpCodeError
// with the API's problem (status, type, detail) where the API answers 4xx.
import { isLocale, DEFAULT_LOCALE, LOCALES, type Locale } from '../../data/i18n/locales.ts'
import type { CodeEntry, CodeLookup, CodeSummary, Comparison, Explanation, Matrix } from '../api/schemas.ts'
import { listCodes as listAll, resolveQuery } from './codes.ts'
import { compareCodes, compareMatrix } from './compare.ts'
import { explainPaste, PASTE_MAX_BYTES, type DeliveryReport, type DeliverySummary, type PasteKind, type RecipientResult } from './explain-paste.ts'
import { useStandaloneCore } from './standalone.ts'

export type { CodeEntry, CodeLookup, CodeSummary, Comparison, DeliveryReport, DeliverySummary, Explanation, Locale, Matrix, RecipientResult }
export { LOCALES, PASTE_MAX_BYTES }

// The diagnosis rule set by plain import, postal-mime from npm on the first message.
useStandaloneCore()

export interface Options {
  /** One of LOCALES; English by default. Catalog prose exists in English and Vietnamese (import its locale module). */
  lang?: Locale
}

type ClassInfo = Explanation['classInfo']
type ProblemType = 'malformed-code' | 'unknown-code' | 'no-reply-code' | 'unreadable-message' | 'invalid-parameter'

/** A 4xx answer of the API, thrown: `status` and `type` as in the API's problem+json body. */
export class SmtpCodeError extends Error {
  override name = 'SmtpCodeError'
  readonly type: `/problems/${ProblemType}`
  readonly status: 400 | 404 | 422
  readonly detail: string
  /** For a well-formed but unassigned code: what its class would mean. */
  readonly classInfo?: ClassInfo
  /** For compare: which side is unknown or malformed. */
  readonly side?: 'a' | 'b'

  constructor(type: ProblemType, status: 400 | 404 | 422, detail: string, extra: { classInfo?: ClassInfo; side?: 'a' | 'b' } = {}) {
    super(detail)
    this.type = `/problems/${type}`
    this.status = status
    this.detail = detail
    if (extra.classInfo) {
      const { class: cls, name, meaning, retry } = extra.classInfo
      this.classInfo = { class: cls, name, meaning, retry }
    }
    if (extra.side) this.side = extra.side
  }
}

function langOf(options: Options | undefined): Locale {
  const lang = options?.lang ?? DEFAULT_LOCALE
  if (!isLocale(lang))
    throw new SmtpCodeError('invalid-parameter', 400, `lang must be one of ${LOCALES.join(', ')}; got ${JSON.stringify(String(lang)).slice(0, 40)}.`)
  return lang
}

/** One code ("535", "5.7.8") or a basic and an enhanced code together ("535 5.7.8"), as GET /v1/codes/{code}. */
export function lookup(query: string, options?: Options): CodeLookup {
  const lang = langOf(options)
  const r = resolveQuery(String(query), lang)
  if (r.ok) return { query: r.query, lang, entries: r.entries }
  if (r.status === 400) throw new SmtpCodeError('malformed-code', 400, r.detail)
  throw new SmtpCodeError('unknown-code', 404, r.detail, { classInfo: r.classInfo })
}

/** Two codes side by side, as GET /v1/compare/{a}/{b}. */
export function compare(a: string, b: string, options?: Options): Comparison {
  const lang = langOf(options)
  const outcome = compareCodes(String(a), String(b), lang)
  if (outcome.ok) return outcome.comparison
  const f = outcome.failure
  if (f.status === 400) throw new SmtpCodeError('malformed-code', 400, `Code ${f.side}: ${f.detail}`, { side: f.side })
  throw new SmtpCodeError('unknown-code', 404, `Code ${f.side}: ${f.detail}`, { side: f.side, classInfo: f.classInfo })
}

/** Every pair of 2-6 codes, as GET /v1/compare?codes=…. */
export function compareAll(codes: readonly string[], options?: Options): Matrix {
  const lang = langOf(options)
  if (codes.length < 2 || codes.length > 6) throw new SmtpCodeError('invalid-parameter', 400, `Give 2 to 6 codes; got ${codes.length}.`)
  const outcome = compareMatrix(codes.map(String), lang)
  if (outcome.ok) return outcome.matrix
  const f = outcome.failure
  if (f.status === 400) throw new SmtpCodeError('malformed-code', 400, f.detail)
  throw new SmtpCodeError('unknown-code', 404, f.detail, { classInfo: f.classInfo })
}

export interface ExplainOptions extends Options {
  /** What the text is, when the caller knows: skips the guessing (as Content-Type: message/rfc822 does in the API). */
  kind?: PasteKind
}

/**
 * What a pasted text says, as POST /v1/explain: a reply (or a log or DSN line quoting one) gives its Explanation;
 * a whole bounce message or a log excerpt gives a DeliveryReport, `recipients[]` with an explanation each, and a
 * `summary`. Asynchronous because a message's MIME parts are read with postal-mime. The API's 256 KiB limit is not
 * applied here: a script may pass a whole message of any size.
 */
export async function explain(text: string, options?: ExplainOptions): Promise<Explanation | DeliveryReport> {
  const lang = langOf(options)
  const outcome = await explainPaste(String(text), lang, options?.kind ? { kind: options.kind } : {})
  if (!outcome.ok) throw new SmtpCodeError(outcome.reason === 'no-code' ? 'no-reply-code' : 'unreadable-message', 422, outcome.detail)
  return outcome.kind === 'reply' ? outcome.explanation : outcome.report
}

/** True for the answer to a whole message or log (recipients and summary), false for a single reply's. */
export function isDeliveryReport(answer: Explanation | DeliveryReport): answer is DeliveryReport {
  return 'recipients' in answer
}

/** The catalog as a compact list, as GET /v1/codes. */
export function listCodes(filter: { kind?: 'basic' | 'enhanced'; class?: 2 | 3 | 4 | 5 } = {}): CodeSummary[] {
  return listAll(filter)
}
