// The JSON API under /v1 (each route declared in worker/api/routes.ts) and CORS. Its OpenAPI document is a static
// asset (assets/openapi.json, written by scripts/build-openapi.ts), served without invoking the Worker.
import { Hono } from 'hono'
import { batch } from './batch.ts'
import { codes } from './codes.ts'
import { compare } from './compare.ts'
import { explain } from './explain.ts'
import { oembed } from './oembed.ts'

export const api = new Hono()

/** Every path under it is answered for CORS preflights, known or not. */
export const API_PREFIX = '/v1/'

// CORS for a public API without credentials: any origin may read every answer, and preflights are answered here.
// The header goes onto the handler's response once it exists: hono/cors sets it on a placeholder response before
// the handler runs, which makes Hono build a second response and copy every header into it on each request.
const PREFLIGHT = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET,HEAD,POST,OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
}
api.use(`${API_PREFIX}*`, async (c, next) => {
  if (c.req.method === 'OPTIONS') return c.body(null, 204, PREFLIGHT)
  await next()
  c.res.headers.set('Access-Control-Allow-Origin', '*')
})

for (const routes of [codes, compare, batch, explain, oembed]) api.route('/', routes)
