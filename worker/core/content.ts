// The language packs core can use right now. Core stays synchronous: whoever serves a language registers its
// pack first (the Worker's middleware after a lazy import, a script or the npm package by plain import).
// Without a pack, a language gets English prose field by field, as documented.
import type { Locale } from '../../data/i18n/locales.ts'
import type { ContentTranslation } from '../../data/i18n/content/types.ts'
import type { LanguagePack } from '../../data/i18n/packs.ts'

const packs = new Map<Locale, LanguagePack>()
const listeners: Array<() => void> = []

/** Makes `pack` the prose served for `lang`; caches built from the previous state are dropped. */
export function registerLanguagePack(lang: Locale, pack: LanguagePack): void {
  if (packs.get(lang) === pack) return
  packs.set(lang, pack)
  for (const drop of listeners) drop()
}

export function hasLanguagePack(lang: Locale): boolean {
  return packs.has(lang)
}

/** The catalog prose registered for `lang`, if any. */
export function contentFor(lang: Locale): ContentTranslation | undefined {
  return packs.get(lang)?.content
}

/** The diagnosis wording registered for `lang`, if any. */
export function diagnosisTextsFor(lang: Locale): LanguagePack['diagnosis'] {
  return packs.get(lang)?.diagnosis
}

/** For memo caches whose entries depend on registered content. */
export function onLanguagePackChange(drop: () => void): void {
  listeners.push(drop)
}
