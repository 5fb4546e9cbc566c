// Every label set in data/i18n is complete in every locale, and actually translated.
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../data/i18n/page-labels.ts'
import { WIDGET_LABELS } from '../../data/i18n/widget-labels.all.ts'

// Words that are the same in many languages; anything else equal to English is an untranslated leftover.
const SAME_AS_ENGLISH = new Set([
  'Hard bounce',
  'Soft bounce',
  'SMTP',
  'RFC',
  'Description',
  'Administrator',
  'Aspect',
  'Note',
  'Suggestions',
  'Details',
  'Aspekt',
  'Nota',
])

const LABEL_SETS: Record<string, Record<string, Record<string, string>>> = {
  page: PAGE_LABELS as unknown as Record<string, Record<string, string>>,
  widget: WIDGET_LABELS as unknown as Record<string, Record<string, string>>,
}

describe.each(Object.entries(LABEL_SETS))('%s labels', (_name, set) => {
  const english = set.en!
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key, none empty, none left in English', (lang) => {
    const labels = set[lang]
    expect(labels, lang).toBeDefined()
    expect(Object.keys(labels!).sort()).toEqual(Object.keys(english).sort())
    for (const [key, value] of Object.entries(labels!)) {
      expect(value.trim(), `${lang}.${key}`).not.toBe('')
      if (value === english[key]) expect(SAME_AS_ENGLISH.has(value), `${lang}.${key} is still English: "${value}"`).toBe(true)
    }
  })
})
