// One code's page: a basic code, an enhanced code, a reply's two codes ("535-5.7.8") or a registry row ("X.7.0").
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { resolveQuery } from '../../core/codes.ts'
import { commonReplies } from '../../core/common-replies.ts'
import { diagnosisLabels, reasonInfo } from '../../core/diagnose.ts'
import { compareCodes, comparisonPath } from '../../core/compare.ts'
import { localizeEntry, localizedPath } from '../../core/locale.ts'
import { parsePair } from '../../core/search.ts'
import { redirectToCanonical, sendPage, type PageHandler } from '../../http/page-cache.ts'
import { CodeCard, codePath, EmbedSnippet, References, RelatedLinks, Timeline } from '../../views/code-views.tsx'
import { Layout } from '../../views/layout.tsx'
import { FallbackNotice } from '../../views/page-parts.tsx'
import { errorPage, unknownCodePage } from './error.tsx'

export const codePage: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  const raw = c.req.param('code') ?? ''
  const r = resolveQuery(raw.slice(0, 256), ctx.lang)
  if (!r.ok && r.status === 400) {
    // "/codes/252-vs-535" or "/codes/252 and 535": someone typed a comparison into the address.
    const pair = parsePair(raw)
    const outcome = pair && compareCodes(pair.a, pair.b)
    if (outcome && outcome.ok) return redirectToCanonical(c, localizedPath(ctx.lang, outcome.comparison.page))
    return errorPage(c, ctx, 400, r.detail)
  }
  if (!r.ok) return unknownCodePage(c, ctx, r.parsed, r.detail)
  const canonical = r.canonical
  if (canonical !== raw) return redirectToCanonical(c, codePath(ctx.lang, canonical))
  const entries = r.entries
  const localized = entries.map((e) => localizeEntry(e, ctx.lang))
  const first = localized[0]!.entry
  // A registry row used in several classes ("X.7.0") is one page with a card per class.
  const title = canonical.startsWith('X') ? `${canonical} ${first.title}` : `${localized.map((x) => x.entry.code).join(' ')} ${first.title}`
  return sendPage(
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
      <div class="codes">
        {localized.map((item) => (
          <CodeCard item={item} lang={ctx.lang} level="h2" />
        ))}
      </div>
      <CommonReplies codes={entries.map((e) => e.code)} lang={ctx.lang} />
      <Timeline entries={entries} lang={ctx.lang} />
      <RelatedLinks entries={entries} lang={ctx.lang} compareHref={(a, b) => localizedPath(ctx.lang, comparisonPath(a, b))} />
      <References entries={entries} lang={ctx.lang} />
      <EmbedSnippet origin={ctx.origin} a={canonical} lang={ctx.lang} />
    </Layout>,
  )
}

/** Real replies with this code and why each failed, linking to the reason's page. */
function CommonReplies({ codes, lang }: { codes: string[]; lang: Parameters<typeof reasonInfo>[1] & string }) {
  const replies = codes
    .flatMap((code) => commonReplies(code))
    .filter((r, i, all) => all.findIndex((x) => x.text === r.text) === i)
    .slice(0, 8)
  if (replies.length === 0) return null
  return (
    <section class="common-replies">
      <h2>{diagnosisLabels(lang).heading}</h2>
      <ul>
        {replies.map((r) => (
          <li>
            <code lang="en">{r.text}</code> → <a href={localizedPath(lang, `/reasons/${r.reason}`)}>{reasonInfo(r.reason, lang).title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
