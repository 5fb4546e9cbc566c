// The snippet that embeds a card: the widget's script and element, with a plain link inside that readers without
// JavaScript (or before the card renders) see. The embed section of the pages and the oEmbed answer both use it.
import type { Locale } from '../../data/i18n/locales.ts'

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export interface EmbedTarget {
  origin: string
  /** One code (<smtp-code>), or the first of a pair (<smtp-code-compare>). */
  a: string
  b?: string
  lang: Locale
  /** With a link to the page inside the element (oEmbed); without, the bare element (the pages' copyable snippet). */
  link?: { href: string; text: string }
}

export function embedSnippet(t: EmbedTarget, separator = '\n'): string {
  const tag = t.b === undefined ? 'smtp-code' : 'smtp-code-compare'
  const attrs = t.b === undefined ? `code="${escapeAttr(t.a)}"` : `a="${escapeAttr(t.a)}" b="${escapeAttr(t.b)}"`
  const lang = t.lang === 'en' ? '' : ` lang="${t.lang}"`
  const inner = t.link ? `<a href="${escapeAttr(t.link.href)}">${escapeText(t.link.text)}</a>` : ''
  return `<script type="module" src="${escapeAttr(t.origin)}/widget.js"></script>${separator}<${tag} ${attrs}${lang}>${inner}</${tag}>`
}
