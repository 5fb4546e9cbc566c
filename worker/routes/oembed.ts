// GET /oembed?url=…: a pasted code or comparison page URL becomes the card (oEmbed 1.0, "rich"), so CMSs that
// auto-embed links show it. The answer is the widget's script and element, never an iframe; the element holds a
// plain link to the page for readers without JavaScript. Pages advertise this with a discovery <link>.
import { Hono, type Context } from 'hono'
import { isLocale, DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import { OEMBED } from '../api/routes.ts'
import type { OEmbed } from '../api/schemas.ts'
import { resolveQuery } from '../core/codes.ts'
import { canonicalPair, compareCodes } from '../core/compare.ts'
import { localizedPath } from '../core/locale.ts'
import { parsePair } from '../core/search.ts'
import { taggedJson } from '../http/negotiate.ts'
import { problem } from '../http/problem.ts'
import { mount } from '../http/route.ts'
import { loadLanguagePack } from '../language-packs.ts'
import { embedSnippet } from '../views/embed.ts'

export const oembed = new Hono()

const PROVIDER = 'smtp-code-compare'
/** A day: the catalog changes only with a deploy. */
const CACHE_AGE = 86400
const SIZE = { compare: { width: 640, height: 560 }, code: { width: 640, height: 420 } }

interface Target {
  lang: Locale
  /** Canonical page path, without the language prefix. */
  path: string
  title: string
  a: string
  b?: string
}

/** The language a page path names (its prefix), English without one. */
function pathLocale(path: string): Locale {
  const first = path.split('/', 2)[1]
  return isLocale(first) ? first : DEFAULT_LOCALE
}

/** The page a URL names, when it is a code or comparison page whose codes exist; the reason otherwise. */
function targetOf(path: string): Target | { status: 404; detail: string } {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p)
      } catch {
        return p
      }
    })
  const first = parts[0]
  const lang: Locale = isLocale(first) ? first : DEFAULT_LOCALE
  if (lang === first) parts.shift()
  const notPage = { status: 404 as const, detail: 'Only code pages (/codes/535) and comparison pages (/compare/252-vs-535) can be embedded.' }
  if (parts.length !== 2) return notPage
  const [section, slug] = parts as [string, string]
  if (section === 'codes') {
    const r = resolveQuery(slug.slice(0, 256), lang)
    if (!r.ok) return { status: 404, detail: r.detail }
    return { lang, path: `/codes/${r.canonical}`, title: `${r.entries.map((e) => e.code).join(' ')} ${r.entries[0]!.title}`, a: r.canonical }
  }
  if (section === 'compare') {
    const pair = parsePair(slug)
    if (!pair) return notPage
    const outcome = compareCodes(pair.a, pair.b, lang)
    if (!outcome.ok) return { status: 404, detail: outcome.failure.detail }
    // The card shows the pair in the page's order (curated, else basic before enhanced), whatever order was pasted.
    const { page } = outcome.comparison
    const [a, b] =
      canonicalPair(outcome.comparison.a.code, outcome.comparison.b.code)[0] === outcome.comparison.a.code
        ? [outcome.comparison.a, outcome.comparison.b]
        : [outcome.comparison.b, outcome.comparison.a]
    return { lang, path: page, title: `${a.code} ${a.title} vs ${b.code} ${b.title}`, a: a.code, b: b.code }
  }
  return notPage
}

function limit(value: string | undefined, fallback: number): number {
  return value === undefined ? fallback : Math.max(1, Math.min(fallback, Number(value)))
}

mount(oembed, OEMBED, async (c: Context, { query }) => {
  if (query.format !== undefined && query.format !== 'json') return problem(c, 'format-not-implemented', 501, 'Only format=json is implemented.')
  let url: URL
  try {
    url = new URL(query.url)
  } catch {
    return problem(c, 'invalid-parameter', 400, 'url: must be an absolute URL of a code or comparison page, e.g. https://…/compare/252-vs-535.')
  }
  const self = new URL(c.req.url)
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.host !== self.host)
    return problem(c, 'invalid-parameter', 400, `url: only pages of ${self.host} can be embedded here.`)
  // The page's language is in the URL asked about, not in this request: its prose may still need loading.
  await loadLanguagePack(pathLocale(url.pathname))
  const target = targetOf(url.pathname)
  if ('status' in target) return problem(c, 'not-found', 404, target.detail)
  const size = SIZE[target.b === undefined ? 'code' : 'compare']
  const width = limit(query.maxwidth, size.width)
  const height = limit(query.maxheight, size.height)
  const origin = self.origin
  const href = origin + localizedPath(target.lang, target.path)
  return taggedJson(
    c,
    (): OEmbed => ({
      type: 'rich',
      version: '1.0',
      title: target.title,
      provider_name: PROVIDER,
      provider_url: `${origin}/`,
      cache_age: CACHE_AGE,
      html: embedSnippet({ origin, a: target.a, ...(target.b ? { b: target.b } : {}), lang: target.lang, link: { href, text: target.title } }, ''),
      width,
      height,
    }),
    `oembed|${href}|${width}|${height}`,
  )
})
