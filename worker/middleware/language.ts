// The request's language, resolved once, before any handler, by Hono's languageDetector: the path prefix first (it
// is in the URL people share), then ?lang=, then Accept-Language by q-value ("pt-BR" finds pt, "*" and q=0 find
// nothing), then English. Never cached in a cookie: the URL or the header decides every time, so shared caches
// can key on them.
import type { Context, MiddlewareHandler } from 'hono'
import { detectFromPath, detectFromQuery, languageDetector, type DetectorOptions } from 'hono/language'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../data/i18n/locales.ts'

const OPTIONS: DetectorOptions = {
  order: ['path', 'querystring', 'header'],
  lookupFromPathIndex: 0,
  lookupQueryString: 'lang',
  lookupFromHeaderKey: 'accept-language',
  lookupCookie: 'language',
  caches: false,
  ignoreCase: true,
  fallbackLanguage: DEFAULT_LOCALE,
  supportedLanguages: [...LOCALES],
}

export const language = (): MiddlewareHandler => languageDetector(OPTIONS)

/** The language this request is answered in. */
export const requestLanguage = (c: Context): Locale => (c.get('language') as Locale | undefined) ?? DEFAULT_LOCALE

/**
 * Whether the URL itself names the language (a prefix or ?lang=). When it does not, the answer was chosen by
 * Accept-Language (or its absence), and caches must be told so with Vary.
 */
export const urlNamesLanguage = (c: Context): boolean => detectFromPath(c, OPTIONS) !== undefined || detectFromQuery(c, OPTIONS) !== undefined
