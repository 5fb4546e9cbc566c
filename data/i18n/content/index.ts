// Which locales have catalog prose. English is the catalog itself, so it is not listed here.
import type { Locale } from '../locales.ts'
import type { ContentTranslation } from './types.ts'
import { VI_CONTENT } from './vi.ts'

export const CONTENT_TRANSLATIONS: Partial<Record<Locale, ContentTranslation>> = { vi: VI_CONTENT }
