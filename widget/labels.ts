// The card's own words in the page's language. English is built in; any other language is fetched once per page
// as its own small module (a chunk next to /widget.js), so an English page never downloads the other eleven.
import { WIDGET_LABELS_EN, type WidgetLabels } from '../data/i18n/widget-labels.ts'
import type { Locale } from '../data/i18n/locales.ts'

const loaded = new Map<Locale, WidgetLabels>([['en', WIDGET_LABELS_EN]])
const pending = new Map<Locale, Promise<unknown>>()

/** The labels for `lang` if they are here already, else undefined (call loadLabels). */
export const labelsIn = (lang: Locale): WidgetLabels | undefined => loaded.get(lang)

/** Resolves once labelsIn(lang) answers; a chunk that fails to load leaves English in its place. */
export function loadLabels(lang: Locale): Promise<unknown> {
  if (loaded.has(lang)) return Promise.resolve()
  let p = pending.get(lang)
  if (!p) {
    p = import(`../data/i18n/widget-labels/${lang}.ts`).then(
      (m: { default: WidgetLabels }) => loaded.set(lang, m.default),
      () => loaded.set(lang, WIDGET_LABELS_EN),
    )
    pending.set(lang, p)
  }
  return p
}
