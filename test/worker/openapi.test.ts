// The OpenAPI document describes what the API really does: each documented operation is called and its real
// response is checked against the schema the document names for that status.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as schemas from '../../worker/api/schemas.ts'
import openApiDocument from '../../assets/openapi.json'
import { get, send } from '../support/fetch.ts'
import dsn from '../core/fixtures/bounces/postfix.eml?raw'
import postfixLog from '../core/fixtures/logs/postfix.txt?raw'

type Doc = {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>
}

// The document as served (a static asset, written by scripts/build-openapi.ts; its headers are checked in test/e2e).
const doc = async () => openApiDocument as unknown as Doc

const SCHEMA_BY_NAME: Record<string, z.ZodType> = {
  CodeList: schemas.CodeListSchema,
  CodeLookup: schemas.CodeLookupSchema,
  Comparison: schemas.ComparisonSchema,
  ComparisonMatrix: schemas.MatrixSchema,
  Batch: schemas.BatchSchema,
  Explanation: schemas.ExplanationSchema,
  DeliveryReport: schemas.DeliveryReportSchema,
  ExplainResult: schemas.ExplainResultSchema,
  Problem: schemas.ProblemSchema,
  OEmbed: schemas.OEmbedSchema,
}

const CALLS: Array<{ path: string; method: string; status: number; request: () => Promise<Response> }> = [
  { path: '/v1/codes', method: 'get', status: 200, request: () => get('/v1/codes') },
  { path: '/v1/codes', method: 'get', status: 400, request: () => get('/v1/codes?kind=x') },
  { path: '/v1/codes/{code}', method: 'get', status: 200, request: () => get('/v1/codes/535-5.7.8') },
  { path: '/v1/codes/{code}', method: 'get', status: 400, request: () => get('/v1/codes/abc') },
  { path: '/v1/codes/{code}', method: 'get', status: 404, request: () => get('/v1/codes/599') },
  { path: '/v1/compare/{a}/{b}', method: 'get', status: 200, request: () => get('/v1/compare/252/535') },
  { path: '/v1/compare/{a}/{b}', method: 'get', status: 400, request: () => get('/v1/compare/252/x') },
  { path: '/v1/compare/{a}/{b}', method: 'get', status: 404, request: () => get('/v1/compare/599/252') },
  { path: '/v1/compare', method: 'get', status: 200, request: () => get('/v1/compare?codes=252,535,550') },
  { path: '/v1/compare', method: 'get', status: 400, request: () => get('/v1/compare?codes=252') },
  { path: '/v1/batch', method: 'get', status: 200, request: () => get('/v1/batch?compare=252:535&code=550') },
  { path: '/v1/batch', method: 'get', status: 400, request: () => get('/v1/batch') },
  { path: '/v1/explain', method: 'get', status: 200, request: () => get('/v1/explain?reply=550%205.1.1%20unknown') },
  { path: '/v1/explain', method: 'get', status: 422, request: () => get('/v1/explain?reply=hello') },
  {
    path: '/v1/explain',
    method: 'post',
    status: 200,
    request: () => send('/v1/explain', { method: 'POST', body: '535 5.7.8 no', headers: { 'Content-Type': 'text/plain' } }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 200,
    request: () => send('/v1/explain', { method: 'POST', body: dsn, headers: { 'Content-Type': 'message/rfc822' } }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 200,
    request: () => send('/v1/explain', { method: 'POST', body: postfixLog, headers: { 'Content-Type': 'text/plain' } }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 413,
    request: () => send('/v1/explain', { method: 'POST', body: 'x'.repeat(300_000), headers: { 'Content-Type': 'message/rfc822' } }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 422,
    request: () =>
      send('/v1/explain', {
        method: 'POST',
        body: `From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n${'--b\n\nx\n'.repeat(600)}--b--\n`,
        headers: { 'Content-Type': 'message/rfc822' },
      }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 413,
    request: () => send('/v1/explain', { method: 'POST', body: 'x'.repeat(70_000), headers: { 'Content-Type': 'text/plain' } }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 415,
    request: () => send('/v1/explain', { method: 'POST', body: 'x', headers: { 'Content-Type': 'image/png' } }),
  },
  {
    path: '/v1/explain',
    method: 'post',
    status: 422,
    request: () => send('/v1/explain', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } }),
  },
  { path: '/oembed', method: 'get', status: 200, request: () => get('/oembed?url=https%3A%2F%2Fsmtp.example%2Fcompare%2F252-vs-535') },
  { path: '/oembed', method: 'get', status: 400, request: () => get('/oembed?url=https%3A%2F%2Fother.example%2Fcodes%2F535') },
  { path: '/oembed', method: 'get', status: 404, request: () => get('/oembed?url=https%3A%2F%2Fsmtp.example%2Fcodes%2F599') },
  { path: '/oembed', method: 'get', status: 501, request: () => get('/oembed?url=https%3A%2F%2Fsmtp.example%2Fcodes%2F535&format=xml') },
]

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document covering every endpoint', async () => {
    const d = await doc()
    expect(d.openapi).toBe('3.1.0')
    expect(Object.keys(d.paths).sort()).toEqual([
      '/oembed',
      '/v1/batch',
      '/v1/codes',
      '/v1/codes/{code}',
      '/v1/compare',
      '/v1/compare/{a}/{b}',
      '/v1/explain',
    ])
    expect(Object.keys(d.paths['/v1/explain']!).sort()).toEqual(['get', 'post'])
  })

  it.each(CALLS)('$method $path → $status matches the documented schema', async ({ path, method, status, request }) => {
    const d = await doc()
    const documented = d.paths[path]![method]!.responses[String(status)]
    expect(documented, `status ${status} is documented`).toBeDefined()
    const res = await request()
    expect(res.status).toBe(status)
    const type = res.headers.get('Content-Type')!.split(';')[0]!
    const media = documented!.content?.[type]
    expect(media, `${type} is documented`).toBeDefined()
    const name = media!.schema.$ref?.split('/').pop()
    const schema = SCHEMA_BY_NAME[name!]
    expect(schema, `schema ${name}`).toBeDefined()
    schema!.parse(await res.json())
  })
})
