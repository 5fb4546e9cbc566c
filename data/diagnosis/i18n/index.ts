// The languages with their own diagnosis words. English (en.ts) is the source; the others fall back to it
// field by field.
import type { Locale } from '../../i18n/locales.ts'
import type { PartialDiagnosisTexts } from '../schema.ts'

export const DIAGNOSIS_TRANSLATIONS: Partial<Record<Locale, PartialDiagnosisTexts>> = {}
