// The OpenAPI 3.1 document, derived from the route declarations (worker/api/routes.ts): their valibot parameter
// schemas become parameters, the component names they give for bodies become $refs to the zod schemas in
// schemas.ts, and their limits become the 413/415/429 answers. Run at build time only (scripts/build-openapi.ts),
// so neither zod nor the converters ship in the Worker.
import { OpenAPIHono } from '@hono/zod-openapi'
import { toJsonSchema } from '@valibot/to-json-schema'
import type { ApiRoute, ResponseSpec } from '../http/route.ts'
import { API_ROUTES } from './routes.ts'
import { COMPONENTS, type ComponentName } from './schemas.ts'

type Json = Record<string, unknown>

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` })

/** `/v1/codes/:code` → `/v1/codes/{code}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)(?:\{[^}]*\})?/g, '{$1}')

function parameters(route: ApiRoute): Json[] {
  const out: Json[] = []
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue
    const json = toJsonSchema(schema, { typeMode: 'input', errorMode: 'ignore' }) as { properties?: Record<string, Json>; required?: string[] }
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, examples, ...rest } = property as Json & { examples?: unknown[] }
      const repeatable = Array.isArray(rest.anyOf) && rest.anyOf.some((s) => (s as Json).type === 'array')
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        // A repeatable parameter is a list on the wire: ?code=550&code=535.
        schema: repeatable ? { type: 'array', items: { type: 'string' } } : rest,
        ...(repeatable ? { style: 'form', explode: true } : {}),
        ...(examples?.length ? { example: repeatable ? [examples[0]] : examples[0] } : {}),
      })
    }
  }
  return out
}

function response({ description, json, text }: ResponseSpec, status: number): Json {
  const content: Json = {}
  if (json) content[status >= 400 ? 'application/problem+json' : 'application/json'] = { schema: ref(json) }
  if (text) content['text/plain'] = { schema: { type: 'string' } }
  return { description, ...(Object.keys(content).length ? { content } : {}) }
}

/** The answers the declaration's limits imply, unless it describes them itself. */
function impliedResponses(route: ApiRoute): Record<number, ResponseSpec> {
  const implied: Record<number, ResponseSpec> = {}
  if (route.body) implied[415] = { description: `Body is neither ${Object.keys(route.body.media).join(' nor ')}`, json: 'Problem' }
  if (route.bodyLimit !== undefined) implied[413] = { description: `Body over ${route.bodyLimit / 1024} KiB`, json: 'Problem' }
  if (route.rateLimit)
    implied[429] = {
      description: `Rate limit exceeded (${route.rateLimit.limit} requests per ${route.rateLimit.period} s per client): Retry-After says when to come back; RateLimit-Policy and RateLimit give the quota and what is left of it (0)`,
      json: 'Problem',
    }
  return implied
}

function operation(route: ApiRoute): Json {
  const all = { ...impliedResponses(route), ...route.responses }
  const responses = Object.fromEntries(
    Object.keys(all)
      .map(Number)
      .sort((a, b) => a - b)
      .map((status) => [String(status), response(all[status]!, status)]),
  )
  const params = parameters(route)
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: Object.fromEntries(
              Object.entries(route.body.media).map(([type, { schema, example }]) => [
                type,
                { schema: schema === 'string' ? { type: 'string' } : ref(schema), example },
              ]),
            ),
          },
        }
      : {}),
    responses,
  }
}

/** The component schemas, as @hono/zod-openapi writes them (nested named schemas become $refs). */
function components(): Json {
  const app = new OpenAPIHono()
  for (const [name, schema] of Object.entries(COMPONENTS)) app.openAPIRegistry.register(name, schema)
  return (app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: '', version: '' } }).components ?? {}) as Json
}

export function buildOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES) {
  const paths: Record<string, Json> = {}
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operation(route)
  return {
    openapi: '3.1.0',
    info: {
      title: 'smtp-code-compare API',
      version: '1.0.0',
      description:
        'SMTP reply codes (RFC 5321 and extensions) and enhanced status codes (RFC 3463, IANA registry): lookups, comparisons and explanations of raw server replies. Errors are RFC 9457 problem details.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    // Relative: the document describes the origin that serves it, whichever deployment that is.
    servers: [{ url: '/', description: 'The origin serving this document' }],
    // A public API: no operation needs credentials.
    security: [],
    paths,
    components: components(),
  }
}
