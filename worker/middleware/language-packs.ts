// Registers the language packs a request may be answered in before its handler runs, so core stays synchronous
// and a cold isolate parses only the languages it serves. The candidates are every language the request names
// (path prefix, ?lang=, Accept-Language), so whichever wins the resolution is ready; usually none or one, each
// imported once per isolate. Once every pack is loaded this is a single check.
import type { MiddlewareHandler } from 'hono'
import { isLocale, type Locale } from '../../data/i18n/locales.ts'
import { negotiate } from '../core/locale.ts'
import { allPacksLoaded, loadLanguagePack } from '../language-packs.ts'

function namedLocales(url: string, acceptLanguage: string | undefined): Locale[] {
  const out: Locale[] = []
  const u = new URL(url)
  const prefix = u.pathname.split('/', 2)[1]
  if (isLocale(prefix)) out.push(prefix)
  const query = u.searchParams.get('lang')?.trim().toLowerCase()
  if (isLocale(query)) out.push(query)
  const header = acceptLanguage ? negotiate(acceptLanguage) : undefined
  if (header) out.push(header)
  return out
}

export const languagePacks = (): MiddlewareHandler => async (c, next) => {
  if (!allPacksLoaded()) {
    const pending = namedLocales(c.req.url, c.req.header('Accept-Language')).map(loadLanguagePack).filter((p) => p !== undefined)
    if (pending.length > 0) await Promise.all(pending)
  }
  await next()
}
