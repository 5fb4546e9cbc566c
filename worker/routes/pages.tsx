// Server-rendered human pages: home, code index, one code, comparisons, explain, sitemap. Every fact comes from
// the same core functions as the API (lookupCode, compareCodes, explainReply); this file only routes and frames.
//
// Canonical comparison URL: /compare/{a}-vs-{b} with codes only, in core's canonicalPair order (curated pair order,
// else basic before enhanced, then numeric). Slug forms and reversed order answer 301 to it, keeping any /{lang}/.
import { Hono, type Context } from 'hono'
import { API_PHRASE_OVERRIDES } from '../../data/i18n/api-phrases.ts'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../data/i18n/page-labels.ts'
import { CONFUSABLE_PAIRS, ENHANCED_CODES, BASIC_CODES } from '../core/catalog.ts'
import { listCodes, lookupCode, resolveQuery } from '../core/codes.ts'
import { compareCodes, comparisonPath } from '../core/compare.ts'
import { contentFor } from '../core/content.ts'
import { explainReply } from '../core/explain.ts'
import { parsePair, parseSearch } from '../core/search.ts'
import { LOCALE_PATTERN, localizeEntry, localizedPath } from '../core/locale.ts'
import { requestLanguage, urlNamesLanguage } from '../middleware/language.ts'
import type { CodeEntry } from '../api/schemas.ts'
import { CodeCard, codePath, EmbedSnippet, References, RelatedLinks, Timeline } from '../views/code-views.tsx'
import { Layout, Prose } from '../views/layout.tsx'
import { BoundedCache } from '../core/bounded-cache.ts'
import { toRendered, type Rendered } from '../http/render-cache.ts'
import { CSS_PATH } from '../views/styles.ts'
import { CLIENT_ERROR_CACHE, NO_STORE, PAGE_CACHE, ROBOTS_CACHE, SITEMAP_CACHE } from '../http/cache-policy.ts'
import { explainRateLimit } from '../middleware/rate-limit.ts'
import { bodyLimit } from 'hono/body-limit'
import { EXPLAIN_MAX_BYTES } from '../api/limits.ts'

export const pages = new Hono()

const POPULAR = ['550', '535', '554', '421', '450', '451', '452', '552', '553', '530', '252', '5.7.1', '5.1.1', '5.7.8', '4.7.0']

interface Ctx {
  lang: Locale
  /** The language came from Accept-Language (or its absence), not from the URL. */
  negotiated: boolean
  origin: string
}

function localeOf(c: Context): Ctx {
  return { lang: requestLanguage(c), negotiated: !urlNamesLanguage(c), origin: new URL(c.req.url).origin }
}

/**
 * Rendered pages by URL and language. A page is a function of its URL (origin, path, query) and the resolved
 * language only, and the catalog never changes while the Worker runs, so each is rendered once per isolate and
 * kept as UTF-8 bytes with its ETag and status (URLs up to 2 KB: longer ones, such as big explain queries, are
 * rendered every time). Page routes look here before doing any work (see `pageRoute`).
 */
const renderedPages = new BoundedCache<RenderedPage>(1024, 8_000_000, (r) => r.body.byteLength)
interface RenderedPage extends Rendered {
  status: PageStatus
}
type PageStatus = 200 | 400 | 404 | 413 | 429
const pageKey = (c: Context, ctx: Ctx) => `${ctx.lang}|${c.req.url}`

type PageHandler = (c: Context, ctx: Ctx) => Response | Promise<Response>

/** A URL rendered before in this language is answered from renderedPages without running `handler`. */
function renderedOr(c: Context, ctx: Ctx, handler: PageHandler) {
  const hit = renderedPages.get(pageKey(c, ctx))
  return hit ? respond(c, ctx, hit) : handler(c, ctx)
}
const pageRoute = (handler: PageHandler) => (c: Context) => renderedOr(c, localeOf(c), handler)

/**
 * Renders `page` to HTML, keeps it for its URL, and sends it. A page about text the client pasted is `private`:
 * never kept, never in a shared cache (`no-store`), because bounces carry people's addresses.
 */
async function send(c: Context, ctx: Ctx, page: unknown, status: PageStatus = 200, { pasted = false } = {}): Promise<Response> {
  const html = '<!doctype html>' + String(await Promise.resolve(page))
  const rendered: RenderedPage = { ...toRendered(html), status }
  if (pasted) return respond(c, ctx, rendered, NO_STORE)
  if (c.req.url.length <= 2048 && (status === 200 || status === 400 || status === 404)) renderedPages.set(pageKey(c, ctx), rendered)
  return respond(c, ctx, rendered)
}

/** HTML with caching: shared caches keep pages a day; ETag lets browsers revalidate cheaply. */
function respond(c: Context, ctx: Ctx, { body, etag, status }: RenderedPage, cacheControl?: string): Response {
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

function redirect(c: Context, to: string): Response {
  const query = new URL(c.req.url).search
  return c.redirect(to + query, 301)
}

function entryOf(code: string): CodeEntry | undefined {
  return lookupCode(code)
}

/** Nearby codes for a 404: same class and subject for enhanced codes, numeric neighbours for basic ones. */
function suggestionsFor(raw: string): string[] {
  const all = listCodes()
  const basics = all.filter((s) => s.kind === 'basic').map((s) => s.code)
  const m = /^([2-5])\.([0-9]{1,3})\.([0-9]{1,3})$/.exec(raw)
  if (m) {
    const [, cls, subject] = m
    return ENHANCED_CODES.filter((e) => e.code.split('.')[1] === subject)
      .flatMap((e) => e.classes.filter((k) => String(k) === cls || e.classes.length === 1).map((k) => `${k}.${e.code.slice(2)}`))
      .slice(0, 8)
  }
  if (/^[0-9]{3}$/.test(raw)) {
    const n = Number(raw)
    return basics
      .filter((b) => b[0] === raw[0])
      .sort((x, y) => Math.abs(Number(x) - n) - Math.abs(Number(y) - n))
      .slice(0, 8)
  }
  return POPULAR.filter((p) => entryOf(p)).slice(0, 8)
}

function SuggestionList(props: { codes: string[]; lang: Locale }) {
  return (
    <ul>
      {props.codes.map((code) => {
        const e = entryOf(code)
        return <li><a href={codePath(props.lang, code)}>{code}</a>{e ? ` — ${e.title}` : ''}</li>
      })}
    </ul>
  )
}

function errorPage(c: Context, ctx: Ctx, status: 400 | 404, detail: string, suggestions: string[]) {
  const l = PAGE_LABELS[ctx.lang]
  const title = status === 404 ? l.notFoundTitle : l.badRequestTitle
  return send(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} title={`${title} — ${l.siteName}`} description={title}>
      <h1>{title}</h1>
      <p lang="en">{detail}</p>
      <p>{l.notFoundHelp}</p>
      <SuggestionList codes={suggestions} lang={ctx.lang} />
      <SearchForm lang={ctx.lang} />
    </Layout>,
    status,
  )
}

function SearchForm(props: { lang: Locale }) {
  const l = PAGE_LABELS[props.lang]
  return (
    // POST: what people paste here may be a bounce with addresses in it, which must not end up in URLs.
    <form method="post" action={localizedPath(props.lang, '/search')} role="search">
      <label for="q">{l.searchLabel}</label>
      <input type="search" id="q" name="q" maxlength={2000} required placeholder="535" />
      <button type="submit">{l.searchButton}</button>
      <p><small>{l.searchHint}</small></p>
    </form>
  )
}

function FallbackNotice(props: { lang: Locale; show: boolean }) {
  return props.show ? <p class="notice" role="note">{PAGE_LABELS[props.lang].fallbackNotice}</p> : null
}

const L = `:lang{${LOCALE_PATTERN}}`

// ---- home
const home: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  return send(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} path="/" title={l.siteName} description={l.searchHint}>
      <h1>{l.siteName}</h1>
      <SearchForm lang={ctx.lang} />
      <h2>{l.popular}</h2>
      <SuggestionList codes={POPULAR.filter((p) => entryOf(p))} lang={ctx.lang} />
      <h2>{l.keyDifferences}</h2>
      <ul>
        {CONFUSABLE_PAIRS.map((p) => <li><a href={localizedPath(ctx.lang, comparisonPath(p.a, p.b))}>{p.a} vs {p.b}</a></li>)}
      </ul>
    </Layout>,
  )
}
pages.get('/', pageRoute(home))
pages.get(`/${L}`, pageRoute(home))
pages.get(`/${L}/`, pageRoute(home))

// ---- search: one box for a code, two codes, or a pasted reply
/** A code or a comparison goes to its page; pasted text is explained right here, never moved into a URL. */
async function search(c: Context): Promise<Response> {
  const ctx = localeOf(c)
  const q = (await searchText(c)).trim().slice(0, EXPLAIN_MAX_BYTES)
  const target = parseSearch(q)
  const status = c.req.method === 'POST' ? 303 : 302
  if (target.kind === 'empty') return c.redirect(localizedPath(ctx.lang, '/'), status)
  if (target.kind === 'code') return c.redirect(codePath(ctx.lang, target.canonical), status)
  if (target.kind === 'compare') {
    const outcome = compareCodes(target.a, target.b)
    if (outcome.ok) return c.redirect(localizedPath(ctx.lang, outcome.comparison.page), status)
  }
  return explainResponse(c, ctx, q)
}

/** The search or explain text: the form field of a POST, else the query parameter. */
async function searchText(c: Context, field = 'q'): Promise<string> {
  if (c.req.method !== 'POST') return c.req.query(field) ?? ''
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const value = body[field]
  return typeof value === 'string' ? value : ''
}

const pastedTooLarge = bodyLimit({
  maxSize: EXPLAIN_MAX_BYTES,
  onError: (c) => c.text(`The form may hold at most ${EXPLAIN_MAX_BYTES} bytes (64 KiB).`, 413, { 'Cache-Control': 'no-store' }),
})
/** The throttle of pasted text (shared with /v1/explain) for POSTs and for GETs whose query carries a reply. */
const searchThrottle = explainRateLimit((c) => c.req.method === 'POST' || parseSearch(c.req.query('q') ?? '').kind === 'reply')
const explainThrottle = explainRateLimit((c) => c.req.method === 'POST' || (c.req.query('reply') ?? '').trim() !== '')

for (const path of ['/search', `/${L}/search`]) {
  pages.get(path, searchThrottle, search)
  pages.post(path, searchThrottle, pastedTooLarge, search)
}

// ---- code index
const index: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  const byClass = (kind: 'basic' | 'enhanced', cls: number) => listCodes({ kind, class: cls as 2 | 3 | 4 | 5 })
  return send(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} path="/codes" title={`${l.codes} — ${l.siteName}`} description={`${l.basicCodes}, ${l.enhancedCodes}`}>
      <h1>{l.codes}</h1>
      <h2>{l.basicCodes}</h2>
      {[2, 3, 4, 5].map((cls) => (
        <section>
          <h3 class={`c${cls}`}>{cls}xx</h3>
          <ul>{byClass('basic', cls).map((s) => <li><a href={codePath(ctx.lang, s.code)}>{s.code}</a> — <span lang="en">{s.title}</span></li>)}</ul>
        </section>
      ))}
      <h2>{l.enhancedCodes}</h2>
      {[2, 4, 5].map((cls) => (
        <section>
          <h3 class={`c${cls}`}>{cls}.x.x</h3>
          <ul>
            {byClass('enhanced', cls).map((s) => {
              const code = `${cls}.${s.code.slice(2)}`
              return <li><a href={codePath(ctx.lang, code)}>{code}</a> — <span lang="en">{s.title}</span></li>
            })}
          </ul>
        </section>
      ))}
    </Layout>,
  )
}
pages.get('/codes', pageRoute(index))
pages.get(`/${L}/codes`, pageRoute(index))

// ---- one code (basic, enhanced, or combined "535-5.7.8")
const codePage: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  const raw = c.req.param('code') ?? ''
  const r = resolveQuery(raw.slice(0, 256), ctx.lang)
  if (!r.ok && r.status === 400) {
    // "/codes/252-vs-535" or "/codes/252 and 535": someone typed a comparison into the address.
    const pair = parsePair(raw)
    const outcome = pair && compareCodes(pair.a, pair.b)
    if (outcome && outcome.ok) return redirect(c, localizedPath(ctx.lang, outcome.comparison.page))
    return errorPage(c, ctx, 400, r.detail, suggestionsFor(''))
  }
  if (!r.ok) return errorPage(c, ctx, 404, r.detail, suggestionsFor(raw.normalize('NFKC').trim()))
  const canonical = r.canonical
  if (canonical !== raw) return redirect(c, codePath(ctx.lang, canonical))
  const entries = r.entries
  const localized = entries.map((e) => localizeEntry(e, ctx.lang))
  const first = localized[0]!.entry
  // A registry row used in several classes ("X.7.0") is one page with a card per class.
  const title = canonical.startsWith('X') ? `${canonical} ${first.title}` : `${localized.map((x) => x.entry.code).join(' ')} ${first.title}`
  return send(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path={`/codes/${canonical}`}
      title={`${title} — ${l.siteName}`}
      description={first.summary}
      structured={localized.map(({ entry }) => ({
        '@context': 'https://schema.org',
        '@type': 'DefinedTerm',
        name: `${entry.code} ${entry.title}`,
        termCode: entry.code,
        description: entry.summary,
        inDefinedTermSet: entry.kind === 'basic' ? 'SMTP reply codes (RFC 5321)' : 'SMTP enhanced status codes (RFC 3463, IANA)',
      }))}
    >
      <h1>{title}</h1>
      <FallbackNotice lang={ctx.lang} show={localized.some((x) => x.fallback.size > 0)} />
      <div class="codes">{localized.map((item) => <CodeCard item={item} lang={ctx.lang} level="h2" />)}</div>
      <Timeline entries={entries} lang={ctx.lang} />
      <RelatedLinks entries={entries} lang={ctx.lang} compareHref={(a, b) => localizedPath(ctx.lang, comparisonPath(a, b))} />
      <References entries={entries} lang={ctx.lang} />
      <EmbedSnippet origin={ctx.origin} a={canonical} lang={ctx.lang} />
    </Layout>,
  )
}
pages.get('/codes/:code', pageRoute(codePage))
pages.get(`/${L}/codes/:code`, pageRoute(codePage))

// ---- comparison
const comparePage: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  const raw = (c.req.param('pair') ?? '').slice(0, 300)
  const pair = parsePair(raw)
  if (!pair) return errorPage(c, ctx, 400, 'A comparison address looks like /compare/252-vs-535.', suggestionsFor(''))
  const outcome = compareCodes(pair.a, pair.b, ctx.lang)
  if (!outcome.ok) {
    const f = outcome.failure
    const bad = f.side === 'a' ? pair.a : pair.b
    return errorPage(c, ctx, f.status, f.detail, suggestionsFor(bad))
  }
  const cmp = outcome.comparison
  const canonical = comparisonPath(cmp.a.code, cmp.b.code)
  if (`/compare/${raw}` !== canonical) return redirect(c, localizedPath(ctx.lang, canonical))
  const a = localizeEntry(cmp.a, ctx.lang)
  const b = localizeEntry(cmp.b, ctx.lang)
  const noteKey = `${cmp.a.code}|${cmp.b.code}`
  const noteTranslated = contentFor(ctx.lang)?.pairs[noteKey]
  const noteEnglish = ctx.lang !== DEFAULT_LOCALE && !noteTranslated
  // Summary and aspect rows are core's phrases: English until api-phrases has this language.
  const phrasesLang = ctx.lang !== DEFAULT_LOCALE && !API_PHRASE_OVERRIDES[ctx.lang] ? 'en' : undefined
  const title = `${cmp.a.code} vs ${cmp.b.code}: ${a.entry.title} / ${b.entry.title}`
  const faq = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [
      { '@type': 'Question', name: `${cmp.a.code} vs ${cmp.b.code}`, acceptedAnswer: { '@type': 'Answer', text: cmp.summary } },
      ...[a, b].map(({ entry }) => ({ '@type': 'Question', name: `${entry.code} ${entry.title}`, acceptedAnswer: { '@type': 'Answer', text: entry.summary } })),
    ],
  }
  return send(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} path={canonical} title={`${title} — ${l.siteName}`} description={cmp.summary} structured={faq}>
      <h1>{cmp.a.code} vs {cmp.b.code}</h1>
      <FallbackNotice lang={ctx.lang} show={a.fallback.size + b.fallback.size > 0 || noteEnglish} />
      <section>
        <h2>{l.summary}</h2>
        <p lang={phrasesLang}>{cmp.summary}</p>
        <ul>
          {[a, b].map(({ entry }) => (
            <li><strong class={`c${entry.class}`}>{entry.code}</strong> — {entry.classInfo.name}: <span lang={ctx.lang === DEFAULT_LOCALE ? undefined : 'en'}>{entry.classInfo.meaning}</span></li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{l.keyDifferences}</h2>
        {cmp.note && <Prose text={noteTranslated ?? cmp.note.text} english={noteEnglish} />}
        <table>
          <thead>
            <tr><th scope="col">{l.aspect}</th><th scope="col">{cmp.a.code}</th><th scope="col">{cmp.b.code}</th></tr>
          </thead>
          <tbody lang={phrasesLang}>
            {cmp.aspects.filter((x) => !x.shared).map((x) => <tr><th scope="row">{x.label}</th><td>{x.a}</td><td>{x.b}</td></tr>)}
            {cmp.aspects.filter((x) => x.shared).map((x) => <tr><th scope="row">{x.label}</th><td colspan={2}>{x.a}</td></tr>)}
          </tbody>
        </table>
      </section>
      {/* The answer first (summary, note, differences, as the widget shows it), then both full entries. */}
      <div class="codes">
        <CodeCard item={a} lang={ctx.lang} level="h2" />
        <CodeCard item={b} lang={ctx.lang} level="h2" />
      </div>
      <section>
        <h2>{l.whenToUse}</h2>
        <ul>
          {[a, b].map(({ entry, fallback }) => (
            <li><strong>{entry.code}</strong>: <Prose as="span" text={entry.whenSeen} english={fallback.has('whenSeen')} /></li>
          ))}
        </ul>
      </section>
      <Timeline entries={[cmp.a, cmp.b]} lang={ctx.lang} />
      <RelatedLinks entries={[cmp.a, cmp.b]} lang={ctx.lang} compareHref={(x, y) => localizedPath(ctx.lang, comparisonPath(x, y))} />
      <References entries={[cmp.a, cmp.b]} lang={ctx.lang} extra={cmp.note} />
      <EmbedSnippet origin={ctx.origin} a={cmp.a.code} b={cmp.b.code} lang={ctx.lang} />
    </Layout>,
  )
}
pages.get('/compare/:pair', pageRoute(comparePage))
pages.get(`/${L}/compare/:pair`, pageRoute(comparePage))

// ---- explain a pasted reply
/**
 * The explanation of pasted text. The form posts, so bounces stay out of URLs, logs and history; the answer is
 * `no-store`. GET /explain?reply= still answers old links the same way, uncached.
 */
function explainResponse(c: Context, ctx: Ctx, reply: string): Promise<Response> {
  const l = PAGE_LABELS[ctx.lang]
  const outcome = reply.trim() === '' ? undefined : explainReply(reply, ctx.lang)
  const status = outcome && !outcome.ok ? 400 : 200
  return send(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} path={outcome ? undefined : '/explain'} title={`${l.explain} — ${l.siteName}`} description={l.explainLabel}>
      <h1>{l.explain}</h1>
      <form method="post" action={localizedPath(ctx.lang, '/explain')}>
        <label for="reply">{l.explainLabel}</label>
        <textarea id="reply" name="reply" rows={4} required>{reply}</textarea>
        <button type="submit">{l.explain}</button>
      </form>
      {outcome && !outcome.ok && <p class="notice" lang="en">{outcome.detail}</p>}
      {outcome?.ok && (
        <section>
          <h2>
            <span class={`c${outcome.explanation.class}`}>{[outcome.explanation.basic, outcome.explanation.enhanced].filter(Boolean).join(' ')}</span> — {outcome.explanation.classInfo.name}
          </h2>
          <blockquote lang="en">{outcome.explanation.text}</blockquote>
          {outcome.explanation.warnings.length > 0 && (
            <>
              <h3>{l.warnings}</h3>
              <ul>{outcome.explanation.warnings.map((w) => <li lang="en">{w.message}</li>)}</ul>
            </>
          )}
          <div class="codes">{outcome.explanation.entries.map((e) => <CodeCard item={localizeEntry(e, ctx.lang)} lang={ctx.lang} level="h3" />)}</div>
        </section>
      )}
    </Layout>,
    status,
    { pasted: outcome !== undefined },
  )
}

const explainPage = async (c: Context) => {
  const ctx = localeOf(c)
  const reply = (await searchText(c, 'reply')).slice(0, EXPLAIN_MAX_BYTES)
  // The empty form is the same for everyone and cached like any page.
  if (reply.trim() === '') return renderedOr(c, ctx, () => explainResponse(c, ctx, ''))
  return explainResponse(c, ctx, reply)
}
for (const path of ['/explain', `/${L}/explain`]) {
  pages.get(path, explainThrottle, explainPage)
  pages.post(path, explainThrottle, pastedTooLarge, explainPage)
}

// ---- stylesheet, sitemap, robots
// The current stylesheet is a static asset (assets/, never reaches the Worker); a page cached from an earlier
// deploy asks for an older name and is sent to the current one (the current name here means no assets: no loop).
pages.get('/:file{styles\\.[0-9a-f]+\\.css}', (c) => (c.req.path === CSS_PATH ? c.notFound() : c.redirect(CSS_PATH, 301)))

function sitemapPaths(): string[] {
  const codes = [
    ...BASIC_CODES.map((e) => e.code),
    ...ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}.${e.code.slice(2)}`)),
  ]
  return ['/', '/codes', '/explain', ...codes.map((code) => `/codes/${code}`), ...CONFUSABLE_PAIRS.map((p) => comparisonPath(p.a, p.b))]
}

pages.get('/sitemap.xml', (c) => {
  const origin = new URL(c.req.url).origin
  const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const urls = [...new Set(sitemapPaths())].flatMap((path) =>
    LOCALES.map((lang) => {
      const alternates = LOCALES.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${xmlEscape(origin + localizedPath(alt, path))}"/>`).join('')
      return `<url><loc>${xmlEscape(origin + localizedPath(lang, path))}</loc>${alternates}</url>`
    }),
  )
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
  return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': SITEMAP_CACHE })
})

pages.get('/robots.txt', (c) =>
  c.text(`User-agent: *\nAllow: /\nSitemap: ${new URL(c.req.url).origin}/sitemap.xml\n`, 200, { 'Cache-Control': ROBOTS_CACHE }),
)

/** The HTML 404 for any path no route claims (the API answers its own 404s as problem+json). */
export function notFoundPage(c: Context) {
  const ctx = localeOf(c)
  return renderedOr(c, ctx, () => errorPage(c, ctx, 404, 'There is no page at this address.', suggestionsFor('')))
}
