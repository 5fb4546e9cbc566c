// The JSON API under /v1, its cross-cutting HTTP behaviour, and its OpenAPI document.
import { OpenAPIHono } from '@hono/zod-openapi'
import { cors } from 'hono/cors'
import { edgeCache } from '../middleware/http-cache.ts'
import { problem } from '../middleware/problem.ts'
import { batch } from './batch.ts'
import { codes } from './codes.ts'
import { compare } from './compare.ts'
import { explain } from './explain.ts'

export const api = new OpenAPIHono({
  // Validation failures are the client's: answer them as problems, not as zod's raw error.
  defaultHook: (result, c) => {
    if (!result.success) {
      const detail = result.error.issues
        .map((i) => `${i.path.join('.') || 'request'}: ${i.message}`)
        .join('; ')
      return problem(c, 'invalid-parameter', 400, detail)
    }
  },
})

api.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 }))
api.use('/openapi.json', cors({ origin: '*' }))
api.use('/v1/*', edgeCache())
api.use('/openapi.json', edgeCache())

for (const routes of [codes, compare, batch, explain]) api.route('/', routes)

api.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'smtp-code-compare API',
    version: '1.0.0',
    description:
      'SMTP reply codes (RFC 5321 and extensions) and enhanced status codes (RFC 3463, IANA registry): lookups, comparisons and explanations of raw server replies. Errors are RFC 9457 problem details.',
  },
})
