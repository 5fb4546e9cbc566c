// Loads a language's pack (catalog prose, later diagnosis wording) on its first use in this isolate, so a cold
// isolate parses only English. Each pack is a separate module (wrangler.toml: find_additional_modules); this file
// sits at the root of worker/ because wrangler keeps these specifiers as written, relative to the upload's root.
// A test checks that every pack in data/i18n/packs.all.ts has a loader here.
import type { Locale } from '../data/i18n/locales.ts'
import type { LanguagePack } from '../data/i18n/packs.ts'
import { hasLanguagePack, registerLanguagePack } from './core/content.ts'
import { readGzipJson } from './gzip-json.ts'

// Each pack is gzip-compressed JSON in a Data module (scripts/build-language-packs.ts says why).
const read = (m: { default: ArrayBuffer | string }) => readGzipJson<LanguagePack>(m.default)
export const PACK_LOADERS: Partial<Record<Locale, () => Promise<LanguagePack>>> = {
  vi: () => import('./generated/language-packs/vi.bin').then(read),
}

const loading = new Map<Locale, Promise<void>>()

/** Resolves once `lang`'s pack is registered; undefined when there is nothing (left) to load. */
export function loadLanguagePack(lang: Locale): Promise<void> | undefined {
  if (hasLanguagePack(lang)) return undefined
  const loader = PACK_LOADERS[lang]
  if (!loader) return undefined
  let pending = loading.get(lang)
  if (!pending) {
    pending = loader().then(
      (pack) => registerLanguagePack(lang, pack),
      (err: unknown) => {
        loading.delete(lang) // a failed import is retried by the next request, not cached as missing
        throw err
      },
    )
    loading.set(lang, pending)
  }
  return pending
}

/** True once every language that has a pack is loaded: the common steady state, checked with no allocation. */
export function allPacksLoaded(): boolean {
  for (const lang in PACK_LOADERS) if (!hasLanguagePack(lang as Locale)) return false
  return true
}
