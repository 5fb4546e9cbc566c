// <smtp-code code="550"> or code="535 5.7.8": one reply (a basic code, optionally with its enhanced code).
import { html } from 'lit'
import type { WidgetLabels } from '../data/i18n/widget-labels.ts'
import type { CodeLookup } from '../worker/api/schemas.ts'
import type { Item } from './api-client.ts'
import { CardBase, safeUrl } from './card-base.ts'
import { timeline } from './timeline.ts'

export class SmtpCode extends CardBase<CodeLookup> {
  static override properties = { ...CardBase.properties, code: {} }
  declare code: string | null

  protected item(): Item | string {
    const code = this.code?.trim()
    return code ? { kind: 'code', code } : 'Set the code attribute, e.g. code="550".'
  }

  protected pageUrl(base: string) {
    const code = this.code?.trim()
    return code ? safeUrl(`codes/${encodeURIComponent(code.split(/\s+/).join('-'))}`, base) : undefined
  }

  protected pageLabel(t: WidgetLabels) {
    return t.openCodePage
  }

  protected card(l: CodeLookup, t: WidgetLabels) {
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
      </details>
    </article>`
  }
}
