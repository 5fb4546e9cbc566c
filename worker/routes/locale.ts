// The API's language: ?lang= first, then Accept-Language, then English (the pages' resolver, without a path prefix).
import type { Context } from 'hono'
import type { Locale } from '../../data/i18n/locales.ts'
import { resolveLocale } from '../core/locale.ts'

export function apiLocale(c: Context): Locale {
  return resolveLocale({ query: c.req.query('lang'), acceptLanguage: c.req.header('Accept-Language') }).locale
}
