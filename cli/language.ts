// A terminal has no bundle to keep small: the asked-for language's pack is loaded here, on first use.
import type { Locale } from '../data/i18n/locales.ts'
import { registerLanguagePack } from '../worker/core/content.ts'

export async function registerPack(lang: Locale): Promise<void> {
  if (lang === 'en') return
  const { LANGUAGE_PACKS } = await import('../data/i18n/packs.all.ts')
  const pack = LANGUAGE_PACKS[lang]
  if (pack) registerLanguagePack(lang, pack)
}
