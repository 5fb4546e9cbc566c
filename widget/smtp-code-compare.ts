// <smtp-code-compare a="252" b="535">: two codes side by side, what differs, what is shared, and how to fix each.
import { html, nothing } from 'lit'
import type { WidgetLabels } from '../data/i18n/widget-labels.ts'
import type { CodeEntry, Comparison } from '../worker/api/schemas.ts'
import type { Item } from './api-client.ts'
import { CardBase, safeUrl } from './card-base.ts'
import { timeline } from './timeline.ts'

export class SmtpCodeCompare extends CardBase<Comparison> {
  static override properties = { ...CardBase.properties, a: {}, b: {} }
  declare a: string | null
  declare b: string | null

  protected item(): Item | string {
    const a = this.a?.trim()
    const b = this.b?.trim()
    return a && b ? { kind: 'compare', a, b } : 'Set both the a and b attributes, e.g. a="252" b="535".'
  }

  protected pageUrl(base: string) {
    const a = this.a?.trim()
    const b = this.b?.trim()
    return a && b ? safeUrl(`compare/${encodeURIComponent(a)}-vs-${encodeURIComponent(b)}`, base) : undefined
  }

  protected pageLabel(t: WidgetLabels) {
    return t.openPage
  }

  #side(e: CodeEntry, t: WidgetLabels) {
    return html`<div class="code">
      ${this.heading(html`${e.code} <span class="muted">${e.title}</span>`)}
      ${this.badge(e, t)}
    </div>`
  }

  protected card(c: Comparison, t: WidgetLabels) {
    const table = html`<div class="scroll">
      <table part="table">
        <thead>
          <tr><th scope="col">${t.aspect}</th><th scope="col">${c.a.code}</th><th scope="col">${c.b.code}</th></tr>
        </thead>
        <tbody>
          ${c.aspects.map(
            (x) => html`<tr class=${x.shared ? 'shared' : 'differs'}>
              <th scope="row">${x.label} <span class="tag">${x.shared ? t.shared : t.differs}</span></th>
              <td>${x.a}</td>
              <td>${x.b}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`
    const page = safeUrl(c.page, this.base)
    return html`<article part="card">
      <div part="header">${this.#side(c.a, t)}${this.#side(c.b, t)}</div>
      <p part="summary">${c.summary}</p>
      ${this.compact ? nothing : table}
      ${c.note ? html`<div part="note"><strong>${t.note}:</strong> ${c.note.text}</div>` : nothing}
      <details part="details">
        <summary>${t.details}</summary>
        ${this.compact ? table : nothing}
        <p class="muted">${t.timeline}</p>
        ${timeline([c.a, c.b], t.timeline, t.arises)}
        ${this.fix(c.a, t)} ${this.fix(c.b, t)}
        ${this.refs([...c.a.references, ...c.b.references, ...(c.note?.references ?? [])], t)}
        ${page ? html`<p><a href=${page}>${t.openPage}</a></p>` : nothing}
      </details>
    </article>`
  }
}
