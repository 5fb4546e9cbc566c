// Every language pack, imported eagerly: for the build (which writes one module per pack), the translation lock
// and the tests. The Worker never imports this file; it loads packs one by one (worker/language-packs.ts).
import type { Locale } from './locales.ts'
import type { LanguagePack } from './packs.ts'
import { VI_CONTENT } from './content/vi.ts'
import { VI_DIAGNOSIS } from '../diagnosis/i18n/vi.ts'

export const LANGUAGE_PACKS: Partial<Record<Locale, LanguagePack>> = {
  vi: { content: VI_CONTENT, diagnosis: VI_DIAGNOSIS },
}
