// Property: whatever a client sends to the API — odd paths, codes, query strings, headers, bodies — the answer is
// never a 5xx, errors are RFC 9457 problems with a status the OpenAPI document lists, and 2xx JSON matches its schema.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { BASIC_CODES, ENHANCED_CODES } from '../../worker/core/catalog.ts'
import { send } from '../support/fetch.ts'
import { HTTP_LEVEL, loadContract, operationFor, schemaFor, type Operation } from './contract.ts'
import { check } from './seed.ts'

let ops: Operation[] = []
beforeAll(async () => {
  ops = await loadContract()
  expect(ops.length).toBeGreaterThanOrEqual(7)
})

const known = [...BASIC_CODES.map((c) => c.code), ...ENHANCED_CODES.map((c) => c.code)]

// Raw text an attacker or a confused client might put anywhere: unicode, controls, CRLF, encodings, long runs.
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\r\nX-Injected: yes',
    '%0d%0aX-Injected:%20yes',
    '%',
    '%E0%A4%A',
    '%00',
    '..',
    '../..',
    '<script>alert(1)</script>',
    '"\'><img src=x>',
    '5.7.8%2F..',
    ' ',
    '\u2028',
    '\uD800',
    '9'.repeat(500),
    'x'.repeat(5000),
  ),
)
const code = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...known) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,4}(\.[0-9]{1,4}){0,3}$/) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...known), fc.constantFrom('-', ' ', '+', ',', '%20')).map(([c, s]) => `${c}${s}${known[known.length - 1]}`),
  },
  { weight: 1, arbitrary: nasty },
)
// Lone surrogates cannot be percent-encoded; send those raw and let URL parsing do what a client library would.
const encode = (s: string) => {
  try {
    return encodeURIComponent(s)
  } catch {
    return s
  }
}
const segment = fc.oneof(
  code.map(encode),
  code.map((s) => s.replace(/[/?#]/g, '')),
)

const path = fc.oneof(
  fc.constant('/v1/codes'),
  segment.map((c) => `/v1/codes/${c}`),
  fc.tuple(segment, segment).map(([a, b]) => `/v1/compare/${a}/${b}`),
  fc.constant('/v1/compare'),
  fc.constant('/v1/batch'),
  fc.constant('/v1/explain'),
  fc.constant('/openapi.json'),
  fc.array(segment, { maxLength: 4 }).map((s) => `/v1/${s.join('/')}`),
)

const queryKey = fc.oneof(fc.constantFrom('lang', 'format', 'codes', 'reply', 'compare', 'code', 'kind', 'class'), fc.string({ maxLength: 8 }))
const queryValue = fc.oneof(
  fc.constantFrom(
    'en',
    'de',
    'fr',
    'ja',
    'zz',
    'EN-us',
    'text',
    'json',
    'xml',
    'basic',
    'enhanced',
    '2',
    '5',
    '9',
    '252,535',
    '252,535,550',
    '252:535',
    '535 5.7.8 Authentication credentials invalid',
  ),
  fc.array(code, { minLength: 1, maxLength: 8 }).map((c) => c.join(',')),
  nasty,
)
const query = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 5 }).map((pairs) => {
  const q = new URLSearchParams()
  for (const [k, v] of pairs) q.append(k, v)
  return q.size ? `?${q}` : ''
})

// Header values must be ByteStrings without CR/LF, or Request() itself refuses them before the Worker sees them.
const headerSafe = fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))
const headers = fc.record(
  {
    Accept: fc.oneof(
      fc.constantFrom(
        'application/json',
        'text/plain',
        'text/plain;q=0.9, application/json',
        '*/*',
        'image/png',
        'text/html',
        'application/problem+json',
        'text/plain;q=abc',
      ),
      headerSafe,
    ),
    'Accept-Language': fc.oneof(fc.constantFrom('de-DE,de;q=0.9', 'fr', '*', 'zz-ZZ', 'ja;q=0', 'en;q=nan'), headerSafe),
    'If-None-Match': fc.oneof(fc.constantFrom('*', '"abc"', 'W/"abc"', '""'), headerSafe),
    'Content-Type': fc.oneof(
      fc.constantFrom(
        'text/plain',
        'text/plain; charset=utf-8',
        'application/json',
        'APPLICATION/JSON; charset=latin1',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/octet-stream',
      ),
      headerSafe,
    ),
    'User-Agent': fc.constantFrom('curl/8.5.0', 'Mozilla/5.0', ''),
  },
  { requiredKeys: [] },
)

function nested(depth: number): string {
  return '{"reply":'.repeat(depth) + '"550"' + '}'.repeat(depth)
}
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '550 5.1.1 no such user',
    '{"reply":"535 5.7.8 bad credentials"}',
    '{"reply":42}',
    'null',
    '[]',
    '{',
    nested(5000),
    '550 5.1.1\r\nX-Injected: yes\r\n\r\n<h1>x</h1>',
  ),
  fc.uint8Array({ maxLength: 300 }),
  fc.constant(new Uint8Array([0x35, 0x35, 0x30, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80])), // invalid UTF-8
  fc.integer({ min: 60, max: 80 }).map((kb) => '550 5.1.1 '.padEnd(kb * 1024, 'x')), // around the 64 KiB limit
)
const method = fc.constantFrom('GET', 'GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH')

const request = fc.record({ method, path, query, headers, body })
let clients = 0

describe('API under random input', () => {
  it('never 5xx; problems are well-formed and documented; 2xx JSON matches its schema', async () => {
    await check(
      fc.asyncProperty(request, async ({ method, path, query, headers, body }) => {
        const url = `${path}${query}`
        const withBody = method !== 'GET' && method !== 'HEAD'
        // A fresh client address per request keeps the fuzz from spending the explain rate-limit bucket that other
        // test files in the same workerd share (the limiter itself is covered in rate-limit.test.ts).
        const client = { 'CF-Connecting-IP': `2001:db8::${(++clients).toString(16)}` }
        const res = await send(url, { method, headers: { ...headers, ...client }, body: withBody ? body : undefined })
        const where = `${method} ${url.slice(0, 200)} ${JSON.stringify(headers)}`
        // The one 5xx an input may earn: 501 for a method no path serves (RFC 9110 §15.6.2), on a path that does not
        // exist (where the path exists it is 405 with Allow).
        const servedNowhere = !['GET', 'HEAD', 'POST', 'OPTIONS'].includes(method)
        if (!(servedNowhere && res.status === 501)) expect(res.status, where).toBeLessThan(500)
        const pathname = new URL(url, 'https://smtp.example').pathname
        const op = operationFor(ops, method, pathname)
        const type = res.headers.get('Content-Type') ?? ''
        // Paths are normalised before routing ("/v1/../x" is "/x"): outside the API, pages answer errors in HTML.
        const api = pathname === '/openapi.json' || pathname === '/v1' || pathname.startsWith('/v1/')
        if (res.status >= 400 && !api && type.startsWith('text/html')) {
          expect([400, 404, 405], where).toContain(res.status)
        } else if (res.status >= 400) {
          expect(type, where).toMatch(/^application\/problem\+json/)
          if (method !== 'HEAD') {
            const problem = (await res.json()) as Record<string, unknown>
            expect(problem, where).toMatchObject({
              status: res.status,
              type: expect.stringMatching(/^\/problems\/[a-z-]+$/),
              title: expect.any(String),
              detail: expect.any(String),
            })
          }
          if (op) expect([...op.statuses, ...HTTP_LEVEL], where).toContain(res.status)
          else expect(servedNowhere ? [404, 405, 501] : [404, 405], where).toContain(res.status)
        } else if (res.status >= 200 && res.status < 300 && type.startsWith('application/json') && method !== 'HEAD') {
          // /openapi.json documents the others, not itself; every /v1 success must be a documented operation.
          if (pathname.startsWith('/v1')) expect(op, where).toBeDefined()
          if (op) expect(op.statuses, where).toContain(res.status)
          const schema = op && schemaFor(op.template)
          const json = await res.json()
          if (schema) {
            const parsed = schema.safeParse(json)
            expect(parsed.success, `${where}\n${parsed.error?.message}`).toBe(true)
          }
        } else {
          await res.arrayBuffer()
        }
        // No input is reflected into response headers (CRLF or otherwise).
        for (const [name, value] of res.headers) expect(`${name}: ${value}`, where).not.toMatch(/X-Injected|<script|<img/i)
      }),
      400,
    )
  })
})
