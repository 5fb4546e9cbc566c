// UI labels of the embeddable widget: the card's own words (catalog text comes from the API already localized).
// English ships inside /widget.js; every other language is its own module in widget-labels/, which the widget
// bundle splits into a small chunk loaded only by pages that show that language.

export interface WidgetLabels {
  loading: string
  error: string
  openPage: string
  /** A single-code card's link: its page is a code page, not a comparison. */
  openCodePage: string
  /** A failed request (network down, blocked by the host page's CSP): what the reader sees instead of the browser's words. */
  unreachable: string
  aspect: string
  shared: string
  differs: string
  note: string
  fixSender: string
  fixAdmin: string
  details: string
  timeline: string
  arises: string
  classLabel: string
  references: string
}

export const WIDGET_LABELS_EN: WidgetLabels = {
  loading: 'Loading SMTP code…',
  error: 'Could not load this SMTP code.',
  openPage: 'Open the comparison page',
  openCodePage: 'Open the code page',
  unreachable: 'The SMTP code service could not be reached.',
  aspect: 'Aspect',
  shared: 'shared',
  differs: 'differs',
  note: 'Note',
  fixSender: 'How to fix (sender)',
  fixAdmin: 'How to fix (admin)',
  details: 'Details',
  timeline: 'Where in the SMTP session',
  arises: 'arises here',
  classLabel: 'Class',
  references: 'References',
}
