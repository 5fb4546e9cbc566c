// Every language's widget labels in one record, for tests and tooling. The widget never imports this: it loads
// one language at a time (widget/labels.ts).
import type { Locale } from './locales.ts'
import { WIDGET_LABELS_EN, type WidgetLabels } from './widget-labels.ts'
import vi from './widget-labels/vi.ts'
import ru from './widget-labels/ru.ts'
import fr from './widget-labels/fr.ts'
import pt from './widget-labels/pt.ts'
import tr from './widget-labels/tr.ts'
import es from './widget-labels/es.ts'
import de from './widget-labels/de.ts'
import ja from './widget-labels/ja.ts'
import zh from './widget-labels/zh.ts'
import ko from './widget-labels/ko.ts'
import id from './widget-labels/id.ts'

export const WIDGET_LABELS: Record<Locale, WidgetLabels> = { en: WIDGET_LABELS_EN, vi, ru, fr, pt, tr, es, de, ja, zh, ko, id }
