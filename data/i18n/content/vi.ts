// Vietnamese catalog prose. The translator fills this in; anything missing falls back to English field by field
// (worker/core/locale.ts) and the page shows a notice with the English text marked lang="en".
import type { ContentTranslation } from './types.ts'

export const VI_CONTENT: ContentTranslation = { basic: {}, enhanced: {}, pairs: {}, classes: {} }
