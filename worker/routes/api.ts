// The JSON API under /v1 (each route declared in worker/api/routes.ts) and CORS. Its OpenAPI document is a static
// asset (assets/openapi.json, written by scripts/build-openapi.ts), served without invoking the Worker.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { batch } from './batch.ts'
import { codes } from './codes.ts'
import { compare } from './compare.ts'
import { explain } from './explain.ts'
import { oembed } from './oembed.ts'

export const api = new Hono()

/** Every path under it is answered for CORS preflights, known or not. */
export const API_PREFIX = '/v1/'

api.use(`${API_PREFIX}*`, cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 }))

for (const routes of [codes, compare, batch, explain, oembed]) api.route('/', routes)
