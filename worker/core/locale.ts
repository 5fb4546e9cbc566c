// Which language a request gets, and catalog entries in that language. Shared by pages, API and widget so a
// link opened from any of them lands in the same language.
import type { EntryTranslation } from '../../data/i18n/content/types.ts'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../data/i18n/locales.ts'
import type { CodeEntry } from '../api/schemas.ts'
import { contentFor } from './content.ts'

export type LocaleSource = 'path' | 'query' | 'header' | 'default'

export interface LocaleInput {
  pathLocale?: string | null
  query?: string | null
  acceptLanguage?: string | null
}

/** Path prefix first (it is in the URL people share), then ?lang=, then Accept-Language, then English. */
export function resolveLocale(input: LocaleInput): { locale: Locale; source: LocaleSource } {
  if (isLocale(input.pathLocale)) return { locale: input.pathLocale, source: 'path' }
  const q = input.query?.trim().toLowerCase()
  if (isLocale(q)) return { locale: q, source: 'query' }
  const fromHeader = input.acceptLanguage ? negotiate(input.acceptLanguage) : undefined
  if (fromHeader) return { locale: fromHeader, source: 'header' }
  return { locale: DEFAULT_LOCALE, source: 'default' }
}

/** Best served locale for an Accept-Language header by q-value; "pt-BR" matches pt, "*" and q=0 match nothing. */
export function negotiate(header: string): Locale | undefined {
  const ranges = header
    .slice(0, 512) // a hostile header must not cost more than a normal one
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index }
    })
    .filter((r) => r.q > 0 && isLocale(r.primary))
    .sort((x, y) => y.q - x.q || x.index - y.index)
  return ranges[0]?.primary as Locale | undefined
}

/** URL of a page in a language: English has no prefix (it is also x-default). */
export function localizedPath(lang: Locale, path: string): string {
  if (lang === DEFAULT_LOCALE) return path
  return path === '/' ? `/${lang}/` : `/${lang}${path}`
}

export const LOCALE_PATTERN = `(?:${LOCALES.join("|")})`

export type TranslatableField = 'title' | 'summary' | 'description' | 'whenSeen' | 'fix.sender' | 'fix.admin' | 'retry.note' | `contexts.${number}`

export interface LocalizedEntry {
  entry: CodeEntry
  /** Fields still in English although another language was asked for; the page marks them lang="en". */
  fallback: Set<TranslatableField>
}

function translationFor(entry: CodeEntry, lang: Locale): EntryTranslation | undefined {
  const content = contentFor(lang)
  if (!content) return undefined
  return entry.kind === 'basic' ? content.basic[entry.code] : content.enhanced[entry.registryKey ?? entry.code]
}

/** The entry with every translated field swapped in, and the list of fields that stayed English. */
export function localizeEntry(entry: CodeEntry, lang: Locale): LocalizedEntry {
  const fallback = new Set<TranslatableField>()
  if (lang === DEFAULT_LOCALE) return { entry, fallback }
  const t = translationFor(entry, lang) ?? {}
  const pick = (field: TranslatableField, translated: string | undefined, english: string): string => {
    if (translated && translated.trim() !== '') return translated
    fallback.add(field)
    return english
  }
  const out: CodeEntry = {
    ...entry,
    title: pick('title', t.title, entry.title),
    summary: pick('summary', t.summary, entry.summary),
    description: pick('description', t.description, entry.description),
    whenSeen: pick('whenSeen', t.whenSeen, entry.whenSeen),
    fix: { sender: pick('fix.sender', t.fix?.sender, entry.fix.sender), admin: pick('fix.admin', t.fix?.admin, entry.fix.admin) },
    retry: entry.retry.note === undefined ? entry.retry : { ...entry.retry, note: pick('retry.note', t.retryNote, entry.retry.note) },
  }
  if (entry.contexts) {
    out.contexts = entry.contexts.map((ctx, i) => {
      const tc = t.contexts?.[i]
      if (!tc?.title || !tc.description) fallback.add(`contexts.${i}`)
      return { ...ctx, title: tc?.title || ctx.title, description: tc?.description || ctx.description }
    })
  }
  return { entry: out, fallback }
}
