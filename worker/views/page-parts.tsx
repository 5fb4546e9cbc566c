// Pieces several pages share: the search box, a list of suggested codes, the untranslated-text notice.
import type { Locale } from '../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../data/i18n/page-labels.ts'
import { lookupCode } from '../core/codes.ts'
import { localizedPath, localizeEntry } from '../core/locale.ts'
import { codePath } from './code-views.tsx'
import { Prose } from './layout.tsx'

export function SuggestionList(props: { codes: string[]; lang: Locale }) {
  return (
    <ul>
      {props.codes.map((code) => {
        const english = lookupCode(code)
        // The title in the page's language where its pack has one; an English title says so (lang="en").
        const local = english && localizeEntry(english, props.lang)
        return (
          <li>
            <a href={codePath(props.lang, code)}>{code}</a>
            {local ? (
              <>
                {' — '}
                <Prose as="span" text={local.entry.title} english={local.fallback.has('title')} />
              </>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

export function SearchForm(props: { lang: Locale }) {
  const l = PAGE_LABELS[props.lang]
  return (
    // POST: what people paste here may be a bounce with addresses in it, which must not end up in URLs.
    <form method="post" action={localizedPath(props.lang, '/search')} role="search">
      <label for="q">{l.searchLabel}</label>
      <input type="search" id="q" name="q" maxlength={2000} required placeholder="535" />
      <button type="submit">{l.searchButton}</button>
      <p>
        <small>{l.searchHint}</small>
      </p>
    </form>
  )
}

export function FallbackNotice(props: { lang: Locale; show: boolean }) {
  return props.show ? (
    <p class="notice" role="note">
      {PAGE_LABELS[props.lang].fallbackNotice}
    </p>
  ) : null
}
