// The one page cache, and how a page goes on the wire. A page is a function of its URL (origin, path, query) and
// the resolved language only, and the catalog never changes while the Worker runs, so each is rendered once per
// isolate and kept as UTF-8 bytes with its ETag and status (URLs up to 2 KB: longer ones are rendered every time).
// Page routes look here before doing any work (`pageRoute`).
import type { Context } from 'hono'
import type { Locale } from '../../data/i18n/locales.ts'
import { BoundedCache } from '../core/bounded-cache.ts'
import { requestLanguage, urlNamesLanguage } from '../middleware/language.ts'
import { CLIENT_ERROR_CACHE, NO_STORE, PAGE_CACHE } from './cache-policy.ts'
import { toRendered, type Rendered } from './render-cache.ts'

/** What every page needs to know about its request. */
export interface PageContext {
  lang: Locale
  /** The language came from Accept-Language (or its absence), not from the URL. */
  negotiated: boolean
  origin: string
}

export function pageContext(c: Context): PageContext {
  return { lang: requestLanguage(c), negotiated: !urlNamesLanguage(c), origin: new URL(c.req.url).origin }
}

export type PageStatus = 200 | 400 | 404 | 413 | 429
interface RenderedPage extends Rendered {
  status: PageStatus
}
export type PageHandler = (c: Context, ctx: PageContext) => Response | Promise<Response>

const renderedPages = new BoundedCache<RenderedPage>(1024, 8_000_000, (r) => r.body.byteLength)
const pageKey = (c: Context, ctx: PageContext) => `${ctx.lang}|${c.req.url}`

/** A URL rendered before in this language is answered from the cache without running `handler`. */
export function renderedOr(c: Context, ctx: PageContext, handler: PageHandler) {
  const hit = renderedPages.get(pageKey(c, ctx))
  return hit ? respond(c, ctx, hit) : handler(c, ctx)
}

/** A GET page route: the cached rendering if there is one, else the handler. */
export const pageRoute = (handler: PageHandler) => (c: Context) => renderedOr(c, pageContext(c), handler)

/**
 * Renders `page` to HTML, keeps it for its URL, and sends it. A page about text the client pasted is never kept
 * and never in a shared cache (`no-store`), because bounces carry people's addresses.
 */
export async function sendPage(c: Context, ctx: PageContext, page: unknown, status: PageStatus = 200, { pasted = false } = {}): Promise<Response> {
  const html = '<!doctype html>' + String(await Promise.resolve(page))
  const rendered: RenderedPage = { ...toRendered(html), status }
  if (pasted) return respond(c, ctx, rendered, NO_STORE)
  if (c.req.url.length <= 2048 && (status === 200 || status === 400 || status === 404)) renderedPages.set(pageKey(c, ctx), rendered)
  return respond(c, ctx, rendered)
}

/** HTML with caching: shared caches keep pages a day; ETag lets browsers revalidate cheaply. */
function respond(c: Context, ctx: PageContext, { body, etag, status }: RenderedPage, cacheControl?: string): Response {
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': cacheControl ?? (status === 200 ? PAGE_CACHE : status === 400 || status === 404 ? CLIENT_ERROR_CACHE : NO_STORE),
    'Content-Language': ctx.lang,
  }
  if (!cacheControl) headers.ETag = etag
  // Unprefixed URLs without ?lang= were decided by the header (or its absence), so caches must key on it.
  if (ctx.negotiated) headers.Vary = 'Accept-Language'
  return c.body(body, status, headers)
}

/** 301 to the canonical address of this page, keeping the query. */
export function redirectToCanonical(c: Context, to: string): Response {
  return c.redirect(to + new URL(c.req.url).search, 301)
}
