// Content negotiation: JSON unless the client prefers plain text. Terminal tools (curl, HTTPie, Wget) that send
// no preference get text, because people check codes from a shell. Other Accept values (even image/png) get
// JSON rather than a 406: an answer the client can read beats an error about headers.
import type { Context } from 'hono'
import { render } from './render-cache.ts'

const TERMINAL_AGENTS = /^(?:curl|HTTPie|Wget|xh)\//i

export function wantsText(c: Context): boolean {
  if (c.req.query('format') === 'text') return true
  if (c.req.query('format') === 'json') return false
  const accept = (c.req.header('Accept') ?? '').toLowerCase()
  const q = (type: string) => {
    let best = -1
    for (const part of accept.split(',')) {
      const [media, ...params] = part.trim().split(';')
      if (media?.trim() !== type) continue
      const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const value = qp ? Number(qp.slice(2)) : 1
      best = Math.max(best, Number.isFinite(value) ? value : 0)
    }
    return best
  }
  const text = q('text/plain')
  const json = Math.max(q('application/json'), q('application/problem+json'))
  if (text > 0 && text > json) return true
  if (text >= 0 || json >= 0) return false
  const noPreference = accept === '' || accept.trim() === '*/*'
  return noPreference && TERMINAL_AGENTS.test(c.req.header('User-Agent') ?? '')
}

/** Negotiated responses differ by these request headers; caches must key on them. */
export const NEGOTIATED_VARY = 'Accept, Accept-Language, User-Agent'

/**
 * JSON or text for the same facts; the route's OpenAPI entry documents both bodies. `key` is what the answer
 * depends on besides the format (language and codes).
 */
export function negotiated(c: Context, json: unknown, text: () => string, key?: string): Response {
  const asText = wantsText(c)
  const { body, etag } = render(key === undefined ? undefined : `${asText ? 't' : 'j'}|${key}`, () => (asText ? text() : JSON.stringify(json)))
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
