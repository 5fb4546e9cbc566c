// The JSON API under /v1, its cross-cutting HTTP behaviour, and its OpenAPI document.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import openApiDocument from '../generated/openapi.json'
import { edgeCache } from '../middleware/http-cache.ts'
import { batch } from './batch.ts'
import { codes } from './codes.ts'
import { compare } from './compare.ts'
import { explain } from './explain.ts'

export const api = new Hono()

api.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 }))
api.use('/openapi.json', cors({ origin: '*' }))
api.use('/v1/*', edgeCache())
api.use('/openapi.json', edgeCache())

for (const routes of [codes, compare, batch, explain]) api.route('/', routes)

api.get('/openapi.json', (c) => c.json(openApiDocument))
