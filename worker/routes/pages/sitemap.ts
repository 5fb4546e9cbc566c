// /sitemap.xml (every code page and curated pair in every language, with hreflang alternates) and /robots.txt.
import type { Context } from 'hono'
import { LOCALES } from '../../../data/i18n/locales.ts'
import { BASIC_CODES, CONFUSABLE_PAIRS, ENHANCED_CODES } from '../../core/catalog.ts'
import { comparisonPath } from '../../core/compare.ts'
import { localizedPath } from '../../core/locale.ts'
import { ROBOTS_CACHE, SITEMAP_CACHE } from '../../http/cache-policy.ts'
import { REASON_PATHS } from './reasons.tsx'

function sitemapPaths(): string[] {
  const codes = [...BASIC_CODES.map((e) => e.code), ...ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.code.slice(2)}`))]
  return [
    '/',
    '/codes',
    '/explain',
    ...codes.map((code) => `/codes/${code}`),
    ...CONFUSABLE_PAIRS.map((p) => comparisonPath(p.a, p.b)),
    ...REASON_PATHS,
  ]
}

export function sitemap(c: Context): Response {
  const origin = new URL(c.req.url).origin
  const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const urls = [...new Set(sitemapPaths())].flatMap((path) =>
    LOCALES.map((lang) => {
      const alternates = LOCALES.map(
        (alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${xmlEscape(origin + localizedPath(alt, path))}"/>`,
      ).join('')
      return `<url><loc>${xmlEscape(origin + localizedPath(lang, path))}</loc>${alternates}</url>`
    }),
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
  return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': SITEMAP_CACHE })
}

export function robots(c: Context): Response {
  return c.text(`User-agent: *\nAllow: /\nSitemap: ${new URL(c.req.url).origin}/sitemap.xml\n`, 200, { 'Cache-Control': ROBOTS_CACHE })
}
