// What one language adds on top of the English catalog and is too big to parse in every isolate: its catalog
// prose now, its diagnosis wording later. Each pack is a separate module, loaded on the language's first use
// (worker/language-packs.ts in the Worker; by import in scripts, tests and the npm package).
import type { PartialDiagnosisTexts } from '../diagnosis/types.ts'
import type { ContentTranslation } from './content/types.ts'

export interface LanguagePack {
  content: ContentTranslation
  /** Diagnosis titles, summaries and steps (data/diagnosis/i18n/<lang>.ts); English fills the gaps. */
  diagnosis?: PartialDiagnosisTexts
}
