// The page frame: head (SEO, hreflang, JSON-LD), navigation, language switcher. Pages supply only <main>'s content.
import type { Child } from 'hono/jsx'
import { LOCALES, LOCALE_NAMES, type Locale } from '../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../data/i18n/page-labels.ts'
import { localizedPath } from '../core/locale.ts'
import { jsonLd } from './json-ld.ts'
import { CSS_PATH } from './styles.ts'

export interface PageMeta {
  lang: Locale
  origin: string
  title: string
  description: string
  /** Path without the language prefix, e.g. "/compare/252-vs-535"; undefined for error pages (not indexable). */
  path?: string
  structured?: unknown
}

/** Pages a CMS can turn into a card (oEmbed discovery, worker/routes/oembed.ts). */
const EMBEDDABLE = /^\/(?:codes|compare)\/[^/]+$/
const oembedUrl = (origin: string, page: string) => `${origin}/oembed?url=${encodeURIComponent(page)}&format=json`

export function Layout(props: PageMeta & { children?: Child }) {
  const l = PAGE_LABELS[props.lang]
  const path = props.path
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <meta name="description" content={props.description} />
        <link rel="stylesheet" href={CSS_PATH} />
        {/* No favicon request: a 404 per page view would be noise in every log. */}
        <link rel="icon" href="data:," />
        {path === undefined ? (
          <meta name="robots" content="noindex" />
        ) : (
          <link rel="canonical" href={props.origin + localizedPath(props.lang, path)} />
        )}
        {path !== undefined && LOCALES.map((lang) => <link rel="alternate" hreflang={lang} href={props.origin + localizedPath(lang, path)} />)}
        {path !== undefined && <link rel="alternate" hreflang="x-default" href={props.origin + path} />}
        {path !== undefined && EMBEDDABLE.test(path) && (
          <link
            rel="alternate"
            type="application/json+oembed"
            href={oembedUrl(props.origin, props.origin + localizedPath(props.lang, path))}
            title={props.title}
          />
        )}
        {props.structured !== undefined && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(props.structured) }} />}
      </head>
      <body>
        <header>
          <nav aria-label={l.siteName}>
            <a href={localizedPath(props.lang, '/')}>
              <strong>{l.siteName}</strong>
            </a>
            <a href={localizedPath(props.lang, '/codes')}>{l.codes}</a>
            <a href={localizedPath(props.lang, '/explain')}>{l.explain}</a>
          </nav>
        </header>
        <main>{props.children}</main>
        <footer>
          <nav aria-label={l.language}>
            <ul class="langs">
              {LOCALES.map((lang) => (
                <li>
                  <a href={localizedPath(lang, path ?? '/')} hreflang={lang} lang={lang} aria-current={lang === props.lang ? 'true' : undefined}>
                    {LOCALE_NAMES[lang]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  )
}

/** Text that may still be English on a translated page: marked so screen readers pronounce it right. */
export function Prose(props: { text: string; english: boolean; as?: 'p' | 'span' }) {
  return props.as === 'span' ? (
    <span lang={props.english ? 'en' : undefined}>{props.text}</span>
  ) : (
    <p lang={props.english ? 'en' : undefined}>{props.text}</p>
  )
}
