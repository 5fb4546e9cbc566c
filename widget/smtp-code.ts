// <smtp-code code="550"> or code="535 5.7.8": one reply (a basic code, optionally with its enhanced code).
// <smtp-code reply="550 5.7.1 … blocked using Spamhaus">: the diagnosis of a whole reply (widget/reply-card.ts,
// loaded on first use).
import { html, nothing } from 'lit'
import type { WidgetLabels } from '../data/i18n/widget-labels.ts'
import type { Locale } from '../data/i18n/locales.ts'
import { EXPLAIN_MAX_BYTES } from '../worker/api/limits.ts'
import type { CodeLookup, Explanation } from '../worker/api/schemas.ts'
import { CardBase, safeUrl, type Request } from './card-base.ts'
import { timeline } from './timeline.ts'

type ReplyModule = typeof import('./reply-card.ts')

const tooLong = (s: string) =>
  s.length > EXPLAIN_MAX_BYTES || (s.length * 3 > EXPLAIN_MAX_BYTES && new TextEncoder().encode(s).length > EXPLAIN_MAX_BYTES)

/**
 * @cssprop --scc-mark - Background of the reply's deciding words. Default: 28 % of --scc-accent mixed into --scc-bg.
 * @csspart reply - The reply card (with `card`).
 * @csspart quote - The server's words, as sent.
 * @csspart evidence - The words of the reply that decided the diagnosis (a `<mark>`).
 * @csspart facts - Hard or soft bounce, who must act, the provider.
 * @csspart steps - What to do, in order.
 */
export class SmtpCode extends CardBase<CodeLookup | Explanation> {
  static override properties = { ...CardBase.properties, code: {}, reply: {} }
  /** A basic code, an enhanced code, or both ("535 5.7.8"). */
  declare code: string | null
  /** A whole reply as the server wrote it; the card shows its diagnosis. Sent by POST, never in a URL. */
  declare reply: string | null
  #replyCard?: ReplyModule

  protected item(): Request | string {
    const reply = this.reply?.trim()
    if (reply) return tooLong(reply) ? `The reply is longer than ${EXPLAIN_MAX_BYTES} bytes.` : { kind: 'reply', reply }
    const code = this.code?.trim()
    return code ? { kind: 'code', code } : 'Set the code attribute, e.g. code="550", or the reply attribute.'
  }

  protected override request(base: string, lang: Locale, item: Request) {
    if (item.kind !== 'reply') return super.request(base, lang, item)
    return import('./reply-card.ts').then((m) => {
      this.#replyCard = m
      const root = this.renderRoot as ShadowRoot
      if (!root.adoptedStyleSheets.includes(m.replyStyles)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.replyStyles]
      return m.explain(base, lang, item.reply)
    })
  }

  protected pageUrl(base: string) {
    // A reply's card links to no page: the reply would have to travel in its URL.
    const code = this.reply?.trim() ? undefined : this.code?.trim()
    return code ? safeUrl(`codes/${encodeURIComponent(code.split(/\s+/).join('-'))}`, base) : undefined
  }

  protected pageLabel(t: WidgetLabels) {
    return t.openCodePage
  }

  protected card(l: CodeLookup | Explanation, t: WidgetLabels) {
    if ('diagnosis' in l)
      return this.#replyCard!.replyCard(l, {
        html,
        nothing,
        safeUrl: (u) => safeUrl(u, this.base),
        lang: this.locale,
        level: this.headingLevel,
        compact: this.compact,
        t,
      })
    const page = this.pageUrl(this.base)
    return html`<article part="card">
      <div part="header">
        ${l.entries.map(
          (e) => html`<div class="code">${this.heading(html`${e.code} <span class="muted">${e.title}</span>`)}${this.badge(e, t)}</div>`,
        )}
      </div>
      ${l.entries.map((e) => html`<p part="summary">${e.summary}</p>`)}
      <details part="details">
        <summary>${t.details}</summary>
        ${l.entries.map((e) => html`<p>${e.description}</p>`)}
        <p class="muted">${t.timeline}</p>
        ${timeline(l.entries, t.timeline, t.arises)}
        ${l.entries.map((e) => this.fix(e, t))}
        ${this.refs(
          l.entries.flatMap((e) => e.references),
          t,
        )}
        ${page ? html`<p><a href=${page}>${t.openCodePage}</a></p>` : nothing}
      </details>
    </article>`
  }
}
