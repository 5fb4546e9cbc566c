// Content negotiation: JSON unless the client prefers plain text. Terminal tools (curl, HTTPie, Wget) that send
// no preference get text, because people check codes from a shell. Other Accept values (even image/png) get
// JSON rather than a 406: an answer the client can read beats an error about headers.
import type { Context } from 'hono'
import { accepts } from 'hono/accepts'
import { render } from './render-cache.ts'

const TERMINAL_AGENTS = /^(?:curl|HTTPie|Wget|xh)\//i
const JSON_TYPES = ['application/json', 'application/problem+json']
const TEXT = 'text/plain'

/**
 * Text when ?format=text, or when Accept ranks text/plain above JSON (hono/accepts: q-values, then specificity, then
 * the client's order), or when a terminal tool states no preference at all.
 */
export function wantsText(c: Context): boolean {
  const format = c.req.query('format')
  if (format === 'text') return true
  if (format === 'json') return false
  const best = accepts(c, { header: 'Accept', supports: [...JSON_TYPES, TEXT], default: '' })
  if (best !== '') return best === TEXT
  const accept = c.req.header('Accept')?.trim() ?? ''
  return (accept === '' || accept === '*/*') && TERMINAL_AGENTS.test(c.req.header('User-Agent') ?? '')
}

/**
 * For a page's error (413, 429): problem+json when the client ranks JSON above HTML (a script posting the form),
 * else the page. A browser's Accept, curl's (any type) and no Accept at all get HTML.
 */
export function prefersProblemJson(c: Context): boolean {
  return accepts(c, { header: 'Accept', supports: ['text/html', ...JSON_TYPES], default: 'text/html' }) !== 'text/html'
}

/** Negotiated responses differ by these request headers; caches must key on them. */
export const NEGOTIATED_VARY = 'Accept, Accept-Language, User-Agent'

/**
 * JSON or text for the same facts; the route's OpenAPI entry documents both bodies. `key` is what the answer
 * depends on besides the format (language and codes).
 */
export function negotiated(c: Context, json: unknown, text: () => string, key?: string): Response {
  const asText = wantsText(c)
  // `json` may be a function that builds the body, so a reused answer costs no building at all.
  const value = () => (typeof json === 'function' ? (json as () => unknown)() : json)
  const { body, etag } = render(key === undefined ? undefined : `${asText ? 't' : 'j'}|${key}`, () => (asText ? text() : JSON.stringify(value())))
  return c.body(body, 200, {
    'Content-Type': asText ? 'text/plain; charset=UTF-8' : 'application/json',
    ETag: etag,
    Vary: NEGOTIATED_VARY,
  })
}

/** Answers that only exist as JSON (the code list, batches, the OpenAPI document), with the same reuse and ETag. */
export function taggedJson(c: Context, json: () => unknown, key: string | undefined, headers: Record<string, string> = {}): Response {
  const { body, etag } = render(key === undefined ? undefined : `json|${key}`, () => JSON.stringify(json()))
  return c.body(body, 200, { ...headers, 'Content-Type': 'application/json', ETag: etag })
}
