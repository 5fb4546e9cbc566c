// POST /v1/explain and GET /v1/explain?reply=…: what a raw server reply means.
import { Hono, type Context } from 'hono'
import { EXPLAIN_BODY, EXPLAIN_QUERY } from '../api/routes.ts'
import { EXPLAIN_MAX_BYTES, SHORT_REPLY_MAX } from '../api/limits.ts'
import { explainPaste, type PasteKind } from '../core/explain-paste.ts'
import { explainReply } from '../core/explain.ts'
import { NO_STORE } from '../http/cache-policy.ts'
import { negotiated } from '../http/negotiate.ts'
import { problem } from '../http/problem.ts'
import { mediaType, mount } from '../http/route.ts'
import { deliveryReportText, explanationText } from '../views/plain-text.ts'
import { requestLanguage } from '../middleware/language.ts'
import { withRuleSet } from '../middleware/rule-set.ts'

export const explain = new Hono()
explain.use(EXPLAIN_QUERY.path, withRuleSet)

/** Replies up to this size have their rendered answer reused; longer ones are rare and rendered each time. */
const REUSE_MAX = 2048

/**
 * Answers about pasted text are `no-store`: it carries people's addresses and must not sit in shared caches. A short
 * GET lookup of one reply line is as cacheable as a code lookup.
 */
function answer(c: Context, raw: string, cacheable: boolean): Response {
  const lang = requestLanguage(c)
  const outcome = explainReply(raw, lang)
  if (!outcome.ok) return problem(c, 'no-reply-code', 422, outcome.detail)
  const key = cacheable && raw.length <= REUSE_MAX ? `explain|${lang}|${raw}` : undefined
  const res = negotiated(c, outcome.explanation, () => explanationText(outcome.explanation), key)
  if (!cacheable) res.headers.set('Cache-Control', NO_STORE)
  return res
}

const utf8Length = (text: string) => (text.length * 3 <= EXPLAIN_MAX_BYTES ? text.length : new TextEncoder().encode(text).length)

/**
 * A POSTed body: one reply (answered exactly as a single reply always was, within its 64 KiB), or a whole message
 * or log excerpt (within the route's 256 KiB) answered with its recipients. Always no-store; nothing is logged.
 */
async function pasted(c: Context, raw: string, kind?: PasteKind): Promise<Response> {
  const lang = requestLanguage(c)
  const outcome = await explainPaste(raw, lang, kind ? { kind } : {})
  if (!outcome.ok && outcome.reason === 'unreadable-message') return problem(c, 'unreadable-message', 422, outcome.detail)
  const isReply = !outcome.ok || outcome.kind === 'reply'
  if (isReply && utf8Length(raw) > EXPLAIN_MAX_BYTES)
    return problem(
      c,
      'payload-too-large',
      413,
      `One reply may hold at most ${EXPLAIN_MAX_BYTES} bytes (64 KiB); a whole bounce message or a log excerpt up to 256 KiB.`,
    )
  if (!outcome.ok) return problem(c, 'no-reply-code', 422, outcome.detail, outcome.notBounce ? { notBounce: outcome.notBounce } : {})
  const res =
    outcome.kind === 'reply'
      ? negotiated(c, outcome.explanation, () => explanationText(outcome.explanation))
      : negotiated(c, outcome.report, () => deliveryReportText(outcome.report))
  res.headers.set('Cache-Control', NO_STORE)
  return res
}

mount(explain, EXPLAIN_QUERY, (c, { query }) => answer(c, query.reply, query.reply.length <= SHORT_REPLY_MAX))

// The declaration puts the throttle, the size limit and the media-type check first; the body is read by hand so
// that a JSON failure becomes a precise problem.
mount(explain, EXPLAIN_BODY, async (c) => {
  const raw = await c.req.text()
  const type = mediaType(c)
  if (type === 'message/rfc822' || type === 'message/global') return pasted(c, raw, 'message')
  if (type !== 'application/json') return pasted(c, raw)
  let reply: unknown
  try {
    reply = (JSON.parse(raw) as { reply?: unknown } | null)?.reply
  } catch {
    return problem(c, 'invalid-body', 400, 'The body is not valid JSON. Expected {"reply": "550 5.1.1 ..."}.')
  }
  if (typeof reply !== 'string') return problem(c, 'invalid-body', 400, 'Expected a JSON object with a string "reply" member.')
  return pasted(c, reply)
})
