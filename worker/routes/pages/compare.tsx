// A comparison page. Canonical URL: /compare/{a}-vs-{b} with codes only, in core's canonicalPair order (curated
// pair order, else basic before enhanced, then numeric). Slug forms and reversed order answer 301 to it, keeping
// any /{lang}/. The answer comes first (summary, note, differences, as the widget shows it), then both entries.
import { API_PHRASE_OVERRIDES } from '../../../data/i18n/api-phrases.ts'
import type { CodeEntry } from '../../api/schemas.ts'
import { DEFAULT_LOCALE } from '../../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { compareCodes, comparisonPath } from '../../core/compare.ts'
import { contentFor } from '../../core/content.ts'
import { localizeEntry, localizedPath } from '../../core/locale.ts'
import { parsePair } from '../../core/search.ts'
import { redirectToCanonical, sendPage, type PageHandler } from '../../http/page-cache.ts'
import { CodeCard, EmbedSnippet, References, RelatedLinks, Timeline } from '../../views/code-views.tsx'
import { Layout, Prose } from '../../views/layout.tsx'
import { FallbackNotice } from '../../views/page-parts.tsx'
import { errorPage, unknownCodePage } from './error.tsx'

export const comparePage: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  const raw = (c.req.param('pair') ?? '').slice(0, 300)
  const pair = parsePair(raw)
  if (!pair) return errorPage(c, ctx, 400, 'A comparison address looks like /compare/252-vs-535.')
  const outcome = compareCodes(pair.a, pair.b, ctx.lang)
  if (!outcome.ok) {
    const f = outcome.failure
    return f.status === 404 ? unknownCodePage(c, ctx, f.parsed, f.detail) : errorPage(c, ctx, f.status, f.detail, f.side === 'a' ? pair.a : pair.b)
  }
  const cmp = outcome.comparison
  const canonical = comparisonPath(cmp.a.code, cmp.b.code)
  if (`/compare/${raw}` !== canonical) return redirectToCanonical(c, localizedPath(ctx.lang, canonical))
  const a = localizeEntry(cmp.a, ctx.lang)
  const b = localizeEntry(cmp.b, ctx.lang)
  const noteKey = `${cmp.a.code}|${cmp.b.code}`
  const noteTranslated = contentFor(ctx.lang)?.pairs[noteKey]
  const noteEnglish = ctx.lang !== DEFAULT_LOCALE && !noteTranslated
  // Summary and aspect rows are core's phrases: English until api-phrases has this language.
  const phrasesLang = ctx.lang !== DEFAULT_LOCALE && !API_PHRASE_OVERRIDES[ctx.lang] ? 'en' : undefined
  // A class's meaning is translated only where the language's catalog prose has it (vi); elsewhere it is English.
  const meaningIsEnglish = (e: CodeEntry) => ctx.lang !== DEFAULT_LOCALE && !contentFor(ctx.lang)?.classes[`${e.kind}-${e.class}`]?.meaning
  const title = `${cmp.a.code} vs ${cmp.b.code}: ${a.entry.title} / ${b.entry.title}`
  const faq = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [
      { '@type': 'Question', name: `${cmp.a.code} vs ${cmp.b.code}`, acceptedAnswer: { '@type': 'Answer', text: cmp.summary } },
      ...[a, b].map(({ entry }) => ({
        '@type': 'Question',
        name: `${entry.code} ${entry.title}`,
        acceptedAnswer: { '@type': 'Answer', text: entry.summary },
      })),
    ],
  }
  return sendPage(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} path={canonical} title={`${title} — ${l.siteName}`} description={cmp.summary} structured={faq}>
      <h1>
        {cmp.a.code} vs {cmp.b.code}
      </h1>
      <FallbackNotice lang={ctx.lang} show={a.fallback.size + b.fallback.size > 0 || noteEnglish} />
      <section>
        <h2>{l.summary}</h2>
        <p lang={phrasesLang}>{cmp.summary}</p>
        <ul>
          {[a, b].map(({ entry }) => (
            <li>
              <strong class={`c${entry.class}`}>{entry.code}</strong> — {entry.classInfo.name}:{' '}
              <span lang={meaningIsEnglish(entry) ? 'en' : undefined}>{entry.classInfo.meaning}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{l.keyDifferences}</h2>
        {cmp.note && <Prose text={noteTranslated ?? cmp.note.text} english={noteEnglish} />}
        <table>
          <thead>
            <tr>
              <th scope="col">{l.aspect}</th>
              <th scope="col">{cmp.a.code}</th>
              <th scope="col">{cmp.b.code}</th>
            </tr>
          </thead>
          <tbody lang={phrasesLang}>
            {cmp.aspects
              .filter((x) => !x.shared)
              .map((x) => (
                <tr>
                  <th scope="row">{x.label}</th>
                  <td>{x.a}</td>
                  <td>{x.b}</td>
                </tr>
              ))}
            {cmp.aspects
              .filter((x) => x.shared)
              .map((x) => (
                <tr>
                  <th scope="row">{x.label}</th>
                  <td colspan={2}>{x.a}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
      <div class="codes">
        <CodeCard item={a} lang={ctx.lang} level="h2" />
        <CodeCard item={b} lang={ctx.lang} level="h2" />
      </div>
      <section>
        <h2>{l.whenToUse}</h2>
        <ul>
          {[a, b].map(({ entry, fallback }) => (
            <li>
              <strong>{entry.code}</strong>: <Prose as="span" text={entry.whenSeen} english={fallback.has('whenSeen')} />
            </li>
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
