// The shape of an API route declaration, and `mount`, which turns one into a Hono route. A declaration holds
// everything about a route except its handler: path, method, parameter and query schemas (valibot: about 2 KB gzip
// in the Worker, where zod would be about 100 KB), request bodies, responses, limits and cache policy. The handler's
// validation comes from it here, the 405 answers from the router it registers in (http/allow.ts), and the OpenAPI
// document from the same objects at build time (worker/api/openapi.ts).
import { sValidator } from '@hono/standard-validator'
import type { Context, Hono, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { StandardSchemaV1 } from '@standard-schema/spec'
import type * as v from 'valibot'
import type { ComponentName } from '../api/schemas.ts'
import { rateLimit, type RateLimitOptions } from '../middleware/rate-limit.ts'
import { problem } from './problem.ts'

type Entries = v.ObjectEntries
type ObjectSchema = v.ObjectSchema<Entries, v.ErrorMessage<v.ObjectIssue> | undefined>

/** A response: a named component schema as JSON, plain text beside it, or a problem. */
export interface ResponseSpec {
  description: string
  /** Component in worker/api/schemas.ts (served as application/json). */
  json?: ComponentName
  /** The same facts as text/plain (negotiated by Accept, ?format= or a terminal User-Agent). */
  text?: boolean
}

/** A request body: the media types accepted, each with its schema and one example. */
export interface BodySpec {
  description: string
  /** Anything else gets 415. */
  media: Record<string, { schema: ComponentName | 'string'; example: unknown }>
}

export interface ApiRoute<
  P extends ObjectSchema | undefined = ObjectSchema | undefined,
  Q extends ObjectSchema | undefined = ObjectSchema | undefined,
> {
  /** Client generators name their methods after it. */
  operationId: string
  method: 'get' | 'post'
  /** Hono syntax (`/v1/codes/:code`); the document writes `{code}`. */
  path: string
  summary: string
  description?: string
  params?: P
  query?: Q
  body?: BodySpec
  /** Bytes; larger bodies get 413 before they are read. */
  bodyLimit?: number
  /** Per-client throttle; refused clients get 429 before their body is read. */
  rateLimit?: RateLimitOptions
  /** Of a 200 (problems carry their own policy, http/problem.ts); none for answers to a body. */
  cache?: string
  responses: Record<number, ResponseSpec>
}

/** Declares a route; `const` keeps the schemas' literal types so the handler gets typed input. */
export const apiRoute = <const P extends ObjectSchema | undefined, const Q extends ObjectSchema | undefined>(route: ApiRoute<P, Q>) => route

type Out<S> = S extends ObjectSchema ? v.InferOutput<S> : Record<string, never>
export interface RouteInput<R extends ApiRoute> {
  params: Out<R['params']>
  query: Out<R['query']>
}
export type RouteHandler<R extends ApiRoute> = (c: Context, input: RouteInput<R>) => Response | Promise<Response>

/** One 400 problem naming every parameter that broke its rule ("kind: must be one of basic, enhanced"). */
function invalid(result: { success: boolean; error?: readonly StandardSchemaV1.Issue[] }, c: Context) {
  if (result.success) return
  const detail = (result.error ?? [])
    .map((issue) => {
      const key = issue.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.')
      return key ? `${String(key)}: ${issue.message}` : issue.message
    })
    .join('; ')
  return problem(c, 'invalid-parameter', 400, detail)
}

/** The media type of the request body, without parameters ("text/plain; charset=utf-8" → "text/plain"). */
export const mediaType = (c: Context) => (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()

/** Registers `route` on `app`: throttle, body limit, validation and media-type check first, then the handler. */
export function mount<R extends ApiRoute>(app: Hono, route: R, handler: RouteHandler<R>): void {
  const chain: MiddlewareHandler[] = []
  if (route.rateLimit) chain.push(rateLimit(route.rateLimit))
  if (route.bodyLimit !== undefined) {
    const max = route.bodyLimit
    chain.push(
      bodyLimit({
        maxSize: max,
        onError: (c) => problem(c, 'payload-too-large', 413, `The body may hold at most ${max} bytes (${max / 1024} KiB).`),
      }),
    )
  }
  if (route.params) chain.push(sValidator('param', route.params, invalid) as unknown as MiddlewareHandler)
  if (route.query) chain.push(sValidator('query', route.query, invalid) as unknown as MiddlewareHandler)
  if (route.body) {
    const accepted = Object.keys(route.body.media)
    const names = accepted.join(' or ')
    chain.push(async (c, next) => {
      const type = mediaType(c)
      // No Content-Type at all is read as the first declared type (curl --data-binary without -H).
      if (type !== '' && !accepted.includes(type)) return problem(c, 'unsupported-media-type', 415, `Send the body as ${names}.`)
      await next()
    })
  }
  const cache = route.cache
  app.on([route.method.toUpperCase()], [route.path], ...chain, async (c: Context) => {
    const input = { params: c.req.valid('param' as never) ?? {}, query: c.req.valid('query' as never) ?? {} } as RouteInput<R>
    const res = await handler(c, input)
    if (cache && res.status === 200 && !res.headers.has('Cache-Control')) res.headers.set('Cache-Control', cache)
    return res
  })
}
