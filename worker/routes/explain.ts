// POST /v1/explain and GET /v1/explain?reply=…: what a raw server reply means.
import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { EXPLAIN_MAX_BYTES } from '../api/limits.ts'
import { explainReply } from '../core/explain.ts'
import { negotiated } from '../http/negotiate.ts'
import { problem } from '../http/problem.ts'
import { explainRateLimit } from '../middleware/rate-limit.ts'
import { explanationText } from '../views/plain-text.ts'
import { apiLocale } from './locale.ts'
import { invalidQuery } from './params.ts'

export const explain = new Hono()

/** Replies up to this size have their rendered answer reused; longer ones are rare and rendered each time. */
const REUSE_MAX = 2048

function answer(c: Context, raw: string): Response {
  const lang = apiLocale(c)
  const outcome = explainReply(raw, lang)
  if (!outcome.ok) return problem(c, 'no-reply-code', 422, outcome.detail)
  const key = raw.length <= REUSE_MAX ? `explain|${lang}|${raw}` : undefined
  return negotiated(c, outcome.explanation, () => explanationText(outcome.explanation), key)
}

explain.get('/v1/explain', (c) => {
  const bad = invalidQuery(c, { reply: { required: true, maxLength: EXPLAIN_MAX_BYTES } })
  if (bad) return bad
  return answer(c, c.req.query('reply')!)
})

const limitBody = bodyLimit({
  maxSize: EXPLAIN_MAX_BYTES,
  onError: (c) => problem(c, 'payload-too-large', 413, `The body may hold at most ${EXPLAIN_MAX_BYTES} bytes (64 KiB).`),
})

// The limiter runs first: a refused client should not get its body read at all. The body is read by hand so that
// every content type, size and encoding failure becomes a precise problem.
explain.post('/v1/explain', explainRateLimit(), limitBody, async (c) => {
  const bad = invalidQuery(c)
  if (bad) return bad
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'text/plain' && type !== 'application/json' && type !== '')
    return problem(c, 'unsupported-media-type', 415, 'Send the reply as text/plain, or as application/json {"reply": "..."}.')
  const raw = await c.req.text()
  if (type === 'application/json') {
    let reply: unknown
    try {
      reply = (JSON.parse(raw) as { reply?: unknown } | null)?.reply
    } catch {
      return problem(c, 'invalid-body', 400, 'The body is not valid JSON. Expected {"reply": "550 5.1.1 ..."}.')
    }
    if (typeof reply !== 'string') return problem(c, 'invalid-body', 400, 'Expected a JSON object with a string "reply" member.')
    return answer(c, reply)
  }
  return answer(c, raw)
})
