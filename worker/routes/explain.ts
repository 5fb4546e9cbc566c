// POST /v1/explain and GET /v1/explain?reply=…: what a raw server reply means.
import { Hono, type Context } from 'hono'
import { EXPLAIN_BODY, EXPLAIN_QUERY } from '../api/routes.ts'
import { SHORT_REPLY_MAX } from '../api/limits.ts'
import { explainReply } from '../core/explain.ts'
import { NO_STORE } from '../http/cache-policy.ts'
import { negotiated } from '../http/negotiate.ts'
import { problem } from '../http/problem.ts'
import { mediaType, mount } from '../http/route.ts'
import { explanationText } from '../views/plain-text.ts'
import { requestLanguage } from '../middleware/language.ts'

export const explain = new Hono()

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

mount(explain, EXPLAIN_QUERY, (c, { query }) => answer(c, query.reply, query.reply.length <= SHORT_REPLY_MAX))

// The declaration puts the throttle, the size limit and the media-type check first; the body is read by hand so
// that a JSON failure becomes a precise problem.
mount(explain, EXPLAIN_BODY, async (c) => {
  const raw = await c.req.text()
  if (mediaType(c) !== 'application/json') return answer(c, raw, false)
  let reply: unknown
  try {
    reply = (JSON.parse(raw) as { reply?: unknown } | null)?.reply
  } catch {
    return problem(c, 'invalid-body', 400, 'The body is not valid JSON. Expected {"reply": "550 5.1.1 ..."}.')
  }
  if (typeof reply !== 'string') return problem(c, 'invalid-body', 400, 'Expected a JSON object with a string "reply" member.')
  return answer(c, reply, false)
})
