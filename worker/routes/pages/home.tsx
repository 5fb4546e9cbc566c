// The home page: the search box, the most-searched codes and the curated pairs.
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { CONFUSABLE_PAIRS } from '../../core/catalog.ts'
import { comparisonPath } from '../../core/compare.ts'
import { localizedPath } from '../../core/locale.ts'
import { POPULAR_CODES } from '../../core/suggestions.ts'
import { sendPage, type PageHandler } from '../../http/page-cache.ts'
import { Layout } from '../../views/layout.tsx'
import { SearchForm, SuggestionList } from '../../views/page-parts.tsx'

export const homePage: PageHandler = (c, ctx) => {
  const l = PAGE_LABELS[ctx.lang]
  return sendPage(
    c,
    ctx,
    <Layout lang={ctx.lang} origin={ctx.origin} path="/" title={l.siteName} description={l.searchHint}>
      <h1>{l.siteName}</h1>
      <SearchForm lang={ctx.lang} />
      <h2>{l.popular}</h2>
      <SuggestionList codes={POPULAR_CODES} lang={ctx.lang} />
      <h2>{l.keyDifferences}</h2>
      <ul>
        {CONFUSABLE_PAIRS.map((p) => (
          <li>
            <a href={localizedPath(ctx.lang, comparisonPath(p.a, p.b))}>
              {p.a} vs {p.b}
            </a>
          </li>
        ))}
      </ul>
    </Layout>,
  )
}
