// The OpenAPI 3.1 document, built from the same zod schemas the tests validate responses with. It is generated at
// build time (scripts/build-openapi.ts → worker/generated/openapi.json), so zod never ships in the Worker: the
// routes validate their few parameters by hand and the document describes exactly those rules.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import { LOCALES } from '../../data/i18n/locales.ts'
import { BATCH_MAX, EXPLAIN_MAX_BYTES, MATRIX_MAX, MATRIX_MIN } from './limits.ts'
import {
  BatchSchema,
  CodeListSchema,
  CodeLookupSchema,
  ComparisonSchema,
  ExplanationSchema,
  MatrixSchema,
  ProblemSchema,
} from './schemas.ts'

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } })
const jsonAndText = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema }, 'text/plain': { schema: z.string() } },
})
const lang = z
  .enum(LOCALES)
  .optional()
  .openapi({ param: { name: 'lang', in: 'query' }, description: 'Language of the answer; else Accept-Language; else en.' })
const format = z
  .enum(['json', 'text'])
  .optional()
  .openapi({ param: { name: 'format', in: 'query' }, description: 'Force JSON or plain text regardless of Accept.' })
const code = (name: string, example: string, description: string) =>
  z.string().openapi({ param: { name, in: 'path' }, examples: [example], description })

const routes = [
  createRoute({
    method: 'get',
    path: '/v1/codes',
    summary: 'List every code in the catalog',
    request: {
      query: z.object({
        kind: z.enum(['basic', 'enhanced']).optional().openapi({ description: 'Only basic or only enhanced codes.' }),
        class: z.enum(['2', '3', '4', '5']).optional().openapi({ description: 'Only codes of this class.' }),
      }),
    },
    responses: {
      200: { description: 'Compact list', content: { 'application/json': { schema: CodeListSchema } } },
      400: problem('Invalid filter'),
    },
  }),
  createRoute({
    method: 'get',
    path: '/v1/codes/{code}',
    summary: 'Look up one code, or a basic and an enhanced code together',
    request: {
      params: z.object({
        code: code('code', '535-5.7.8', 'A basic code (535), an enhanced code (5.7.8), or both ("535 5.7.8", 535-5.7.8, 535+5.7.8).'),
      }),
      query: z.object({ lang, format }),
    },
    responses: {
      200: jsonAndText(CodeLookupSchema, 'The entries: one, or two for a combined query'),
      400: problem('Malformed code or parameter'),
      404: problem('Well-formed but unassigned code; the problem says what its class means'),
    },
  }),
  createRoute({
    method: 'get',
    path: '/v1/compare/{a}/{b}',
    summary: 'Compare two codes side by side',
    request: {
      params: z.object({ a: code('a', '252', 'Basic or enhanced code.'), b: code('b', '535', 'Basic or enhanced code.') }),
      query: z.object({ lang, format }),
    },
    responses: {
      200: jsonAndText(ComparisonSchema, 'Both entries, a summary and the aspects, differences first'),
      400: problem('One side is malformed (`side` says which), or a parameter is invalid'),
      404: problem('One side is unassigned (`side` says which)'),
    },
  }),
  createRoute({
    method: 'get',
    path: '/v1/compare',
    summary: `Compare a group of ${MATRIX_MIN} to ${MATRIX_MAX} codes pairwise`,
    request: {
      query: z.object({
        codes: z.string().openapi({ examples: ['252,535,550'], description: `Comma-separated codes, ${MATRIX_MIN} to ${MATRIX_MAX}.` }),
        lang,
        format,
      }),
    },
    responses: {
      200: jsonAndText(MatrixSchema, 'Every pair with its summary and the aspects that differ'),
      400: problem('Too few or too many codes, or a malformed one'),
      404: problem('An unassigned code'),
    },
  }),
  createRoute({
    method: 'get',
    path: '/v1/batch',
    summary: `Several lookups and comparisons at once (at most ${BATCH_MAX})`,
    request: {
      query: z.object({
        compare: z
          .union([z.string(), z.array(z.string())])
          .optional()
          .openapi({ param: { name: 'compare', in: 'query', style: 'form', explode: true }, description: 'A pair as a:b, e.g. 252:535. Repeatable.' }),
        code: z
          .union([z.string(), z.array(z.string())])
          .optional()
          .openapi({ param: { name: 'code', in: 'query', style: 'form', explode: true }, description: 'A code or combined code, e.g. 535-5.7.8. Repeatable.' }),
        lang,
      }),
    },
    responses: {
      200: { description: 'One result per item, each ok or with its own problem', content: { 'application/json': { schema: BatchSchema } } },
      400: problem(`No items, more than ${BATCH_MAX}, or an invalid parameter`),
    },
  }),
  createRoute({
    method: 'get',
    path: '/v1/explain',
    summary: 'Explain a raw server reply given in the query string',
    request: {
      query: z.object({
        reply: z.string().max(EXPLAIN_MAX_BYTES).openapi({ examples: ['535 5.7.8 Authentication credentials invalid'] }),
        lang,
        format,
      }),
    },
    responses: {
      200: jsonAndText(ExplanationSchema, 'What the reply means'),
      400: problem('Missing or over-long reply parameter'),
      422: problem('The text holds no SMTP reply code'),
    },
  }),
  createRoute({
    method: 'post',
    path: '/v1/explain',
    summary: 'Explain a raw server reply, log line or bounce excerpt',
    request: {
      query: z.object({ lang, format }),
      body: {
        required: true,
        content: {
          'text/plain': { schema: z.string().openapi({ examples: ['550-5.1.1 The email account does not exist.\r\n550 5.1.1 Check the address.'] }) },
          'application/json': { schema: z.object({ reply: z.string() }) },
        },
      },
    },
    responses: {
      200: jsonAndText(ExplanationSchema, 'What the reply means'),
      400: problem('Invalid JSON body or parameter'),
      413: problem(`Body over ${EXPLAIN_MAX_BYTES / 1024} KiB`),
      415: problem('Body is neither text/plain nor application/json'),
      422: problem('The text holds no SMTP reply code'),
      429: problem('Rate limit exceeded'),
    },
  }),
]

export function buildOpenApiDocument() {
  const app = new OpenAPIHono()
  for (const route of routes) app.openAPIRegistry.registerPath(route)
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'smtp-code-compare API',
      version: '1.0.0',
      description:
        'SMTP reply codes (RFC 5321 and extensions) and enhanced status codes (RFC 3463, IANA registry): lookups, comparisons and explanations of raw server replies. Errors are RFC 9457 problem details.',
    },
  })
}
