// Catalog entries in a language, and the URLs of pages in a language. (Which language a request gets is decided
// once per request by middleware/language.ts.)
import type { EntryTranslation } from '../../data/i18n/content/types.ts'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../data/i18n/locales.ts'
import type { CodeEntry } from '../api/schemas.ts'
import { contentFor } from './content.ts'
import { unregisteredTranslation } from './unregistered.ts'

/** URL of a page in a language: English has no prefix (it is also x-default). */
export function localizedPath(lang: Locale, path: string): string {
  if (lang === DEFAULT_LOCALE) return path
  return path === '/' ? `/${lang}/` : `/${lang}${path}`
}

export const LOCALE_PATTERN = `(?:${LOCALES.join('|')})`

export type TranslatableField = 'title' | 'summary' | 'description' | 'whenSeen' | 'fix.sender' | 'fix.admin' | 'retry.note' | `contexts.${number}`

export interface LocalizedEntry {
  entry: CodeEntry
  /** Fields still in English although another language was asked for; the page marks them lang="en". */
  fallback: Set<TranslatableField>
}

function translationFor(entry: CodeEntry, lang: Locale): (EntryTranslation & { usedBy?: string }) | undefined {
  // A code in no RFC has no catalog prose: its words come with the language's diagnosis wording.
  if (entry.registered === false) return unregisteredTranslation(entry, lang)
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
  if (t.usedBy) out.usedBy = t.usedBy
  if (entry.contexts) {
    out.contexts = entry.contexts.map((ctx, i) => {
      const tc = t.contexts?.[i]
      if (!tc?.title || !tc.description) fallback.add(`contexts.${i}`)
      return { ...ctx, title: tc?.title || ctx.title, description: tc?.description || ctx.description }
    })
  }
  return { entry: out, fallback }
}
