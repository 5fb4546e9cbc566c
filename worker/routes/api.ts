// The JSON API under /v1, its cross-cutting HTTP behaviour, and its OpenAPI document.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import openApiDocument from '../generated/openapi.json'
import { apiCacheControl } from '../middleware/http-cache.ts'
import { taggedJson } from '../http/negotiate.ts'
import { batch } from './batch.ts'
import { codes } from './codes.ts'
import { compare } from './compare.ts'
import { explain } from './explain.ts'

export const api = new Hono()

api.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 }))
api.use('/openapi.json', cors({ origin: '*' }))
api.use('/v1/*', apiCacheControl())
api.use('/openapi.json', apiCacheControl())

for (const routes of [codes, compare, batch, explain]) api.route('/', routes)

// Serialised and tagged on first use rather than at startup: most isolates never serve the document.
api.get('/openapi.json', (c) => taggedJson(c, () => openApiDocument, 'openapi'))
