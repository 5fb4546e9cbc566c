// The JSON API under /v1 (each route declared in worker/api/routes.ts), CORS, and the OpenAPI document.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import openApiDocument from '../generated/openapi.json'
import { API_CACHE } from '../http/cache-policy.ts'
import { taggedJson } from '../http/negotiate.ts'
import { batch } from './batch.ts'
import { codes } from './codes.ts'
import { compare } from './compare.ts'
import { explain } from './explain.ts'

export const api = new Hono()

/** Every path under it is answered for CORS preflights, known or not. */
export const API_PREFIX = '/v1/'

api.use(`${API_PREFIX}*`, cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 }))
api.use('/openapi.json', cors({ origin: '*' }))

for (const routes of [codes, compare, batch, explain]) api.route('/', routes)

// Serialised and tagged on first use rather than at startup: most isolates never serve the document.
api.get('/openapi.json', (c) => taggedJson(c, () => openApiDocument, 'openapi', { 'Cache-Control': API_CACHE }))
