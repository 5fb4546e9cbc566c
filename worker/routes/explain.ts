// POST /v1/explain and GET /v1/explain?reply=…: what a raw server reply means.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ExplanationSchema } from '../api/schemas.ts'
import { explainReply } from '../core/explain.ts'
import { problem } from '../middleware/problem.ts'
import { explainRateLimit } from '../middleware/rate-limit.ts'
import { negotiated } from '../middleware/negotiate.ts'
import { explanationText } from '../views/plain-text.ts'
import { FormatQuery, LangQuery, apiLocale, jsonAndText, problemResponse } from './openapi-shared.ts'

export const explain = new OpenAPIHono()

export const EXPLAIN_MAX_BYTES = 64 * 1024

const EXAMPLE = '550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check the address.'

function answer(c: Context, raw: string): never {
  const outcome = explainReply(raw, apiLocale(c))
  if (!outcome.ok) return problem(c, 'no-reply-code', 422, outcome.detail)
  return negotiated(c, outcome.explanation, () => explanationText(outcome.explanation))
}

const getRoute = createRoute({
  method: 'get',
  path: '/v1/explain',
  summary: 'Explain a raw server reply given in the query string',
  request: {
    query: z.object({
      reply: z.string().max(EXPLAIN_MAX_BYTES).openapi({ examples: ['535 5.7.8 Authentication credentials invalid'] }),
      lang: LangQuery,
      format: FormatQuery,
    }),
  },
  responses: {
    200: jsonAndText(ExplanationSchema, 'What the reply means'),
    400: problemResponse('Missing or over-long reply parameter'),
    422: problemResponse('The text holds no SMTP reply code'),
  },
})

explain.openapi(getRoute, (c) => answer(c, c.req.valid('query').reply))

const postRoute = createRoute({
  method: 'post',
  path: '/v1/explain',
  summary: 'Explain a raw server reply, log line or bounce excerpt',
  middleware: [
    bodyLimit({
      maxSize: EXPLAIN_MAX_BYTES,
      onError: (c) => problem(c, 'payload-too-large', 413, `The body may hold at most ${EXPLAIN_MAX_BYTES} bytes (64 KiB).`),
    }),
  ] as const,
  request: {
    query: z.object({ lang: LangQuery, format: FormatQuery }),
    body: {
      required: true,
      content: {
        'text/plain': { schema: z.string().openapi({ examples: [EXAMPLE] }) },
        'application/json': { schema: z.object({ reply: z.string() }) },
      },
    },
  },
  responses: {
    200: jsonAndText(ExplanationSchema, 'What the reply means'),
    400: problemResponse('Invalid JSON body'),
    413: problemResponse('Body over 64 KiB'),
    415: problemResponse('Body is neither text/plain nor application/json'),
    422: problemResponse('The text holds no SMTP reply code'),
    429: problemResponse('Rate limit exceeded'),
  },
})

// Registered for the OpenAPI document only: the body is read by hand below so that every content type, size and
// encoding failure becomes a precise problem instead of a validator's generic one.
explain.openAPIRegistry.registerPath(postRoute)

// The limiter runs first: a refused client should not get its body read at all.
explain.post('/v1/explain', explainRateLimit(), postRoute.middleware[0], async (c) => {
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
