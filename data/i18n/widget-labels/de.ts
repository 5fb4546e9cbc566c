import type { WidgetLabels } from '../widget-labels.ts'

export default {
  loading: 'SMTP-Code wird geladen…',
  error: 'Dieser SMTP-Code konnte nicht geladen werden.',
  openPage: 'Vergleichsseite öffnen',
  openCodePage: 'Seite des Codes öffnen',
  unreachable: 'Der Dienst für SMTP-Codes ist nicht erreichbar.',
  aspect: 'Aspekt',
  shared: 'gleich',
  differs: 'unterschiedlich',
  note: 'Hinweis',
  fixSender: 'Behebung (Absender)',
  fixAdmin: 'Behebung (Administrator)',
  details: 'Details',
  timeline: 'Wo in der SMTP-Sitzung',
  arises: 'tritt hier auf',
  classLabel: 'Klasse',
  references: 'Quellen',
} satisfies WidgetLabels
