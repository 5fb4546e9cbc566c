// What both elements share: attributes, language and API base resolution, lazy loading, the fetch lifecycle,
// events, and the fallback/error frame around the card. Subclasses say what to load and how to draw it.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { WIDGET_LABELS_EN, type WidgetLabels } from '../data/i18n/widget-labels.ts'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../data/i18n/locales.ts'
import type { CodeEntry } from '../worker/api/schemas.ts'
import { load, type Item, type Outcome } from './api-client.ts'
import { labelsIn, loadLabels } from './labels.ts'
import { styles } from './styles.ts'

type Reference_ = Pick<CodeEntry['references'][number], 'label' | 'url'>

/** Where the API lives unless the `api` attribute says otherwise: the origin this module was loaded from. */
const defaultBase = `${new URL(import.meta.url).origin}/`

/** Only http(s) links reach the page; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined
  try {
    const u = new URL(url, base)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined
  } catch {
    return undefined
  }
}

/** Connected cards, and one observer for all of them: a `lang` change anywhere above a card changes its language. */
const cards = new Set<CardBase<unknown>>()
let langObserver: MutationObserver | undefined

export abstract class CardBase<T> extends LitElement {
  static override styles = styles
  static override properties = {
    api: {},
    lang: {},
    theme: { reflect: true },
    compact: { type: Boolean },
    eager: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    state: { state: true, attribute: false },
  }
  declare api: string | null
  declare theme: string | null
  declare compact: boolean
  declare eager: boolean
  declare headingLevel: number
  declare state: { s: 'idle' | 'loading' } | { s: 'ok'; data: T } | { s: 'error'; status: number; message: string }

  #visible = false
  #observer?: IntersectionObserver
  #requested = ''

  constructor() {
    super()
    this.compact = false
    this.eager = false
    this.headingLevel = 3
    this.state = { s: 'idle' }
  }

  /** The request this element's attributes describe, or a reason it cannot make one. */
  protected abstract item(): Item | string
  protected abstract card(data: T, t: WidgetLabels): TemplateResult
  protected abstract pageUrl(base: string): string | undefined

  get base(): string {
    return safeUrl(this.api ?? undefined, location.href)?.replace(/\/?$/, '/') ?? defaultBase
  }

  get locale(): Locale {
    // The property first: Lit's accessor for `lang` does not reflect, so el.lang = 'vi' leaves no attribute.
    const tag = (this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '').toLowerCase()
    const primary = tag.split('-')[0]
    return isLocale(primary) ? primary : DEFAULT_LOCALE
  }

  override connectedCallback() {
    super.connectedCallback()
    cards.add(this)
    if (!langObserver) {
      langObserver = new MutationObserver(() => cards.forEach((card) => card.requestUpdate()))
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true })
    }
    if (this.eager || typeof IntersectionObserver === 'undefined') this.#visible = true
    else {
      // Start a little before the card scrolls in so it is usually ready when seen.
      this.#observer = new IntersectionObserver(
        (records) => {
          if (records.some((r) => r.isIntersecting)) {
            this.#visible = true
            this.#observer?.disconnect()
            this.requestUpdate()
          }
        },
        { rootMargin: '300px' },
      )
      this.#observer.observe(this)
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    cards.delete(this)
    this.#observer?.disconnect()
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('eager') && this.eager) this.#visible = true
    if (!this.#visible) return
    const item = this.item()
    const base = this.base
    const lang = this.locale
    const signature = `${base} ${lang} ${JSON.stringify(item)}`
    if (signature === this.#requested) return
    this.#requested = signature
    // The card's words load beside its data, so it appears once, in one language.
    const labels = loadLabels(lang)
    void labels.then(() => this.requestUpdate())
    if (typeof item === 'string') return void this.#fail(0, item)
    this.state = { s: 'loading' }
    void Promise.all([load(base, lang, item), labels]).then(([outcome]) => {
      // A newer request superseded this one while it was in flight.
      if (signature !== this.#requested) return
      this.#settle(outcome as Outcome<T>)
    })
  }

  #settle(outcome: Outcome<T>) {
    if (outcome.ok) {
      this.state = { s: 'ok', data: outcome.data }
      this.#emit('smtp-code-loaded', outcome.data)
    } else this.#fail(outcome.status, outcome.message, outcome.problem)
  }

  #fail(status: number, message: string, problem?: unknown) {
    this.state = { s: 'error', status, message }
    this.#emit('smtp-code-error', { status, message, problem })
  }

  #emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }

  override render() {
    const own = labelsIn(this.locale)
    const t = own ?? WIDGET_LABELS_EN
    const st = this.state
    if (st.s === 'ok') return this.card(st.data, t)
    if (st.s === 'error') {
      const page = this.pageUrl(this.base)
      return html`<div part="card error" role="alert">
        <p>${t.error} <span class="muted">${st.message}</span></p>
        ${page ? html`<p><a href=${page}>${t.openPage}</a></p>` : nothing}
      </div>`
    }
    // Until the card is ready the host's own children (usually a link to the page) stay readable.
    return html`<slot aria-busy="true"></slot>${st.s === 'loading' && own ? html`<span class="muted" role="status"> ${t.loading}</span>` : nothing}`
  }

  protected heading(text: TemplateResult | string, cls = 'h') {
    return html`<div class=${cls} role="heading" aria-level=${this.headingLevel}>${text}</div>`
  }

  protected badge(e: CodeEntry, t: WidgetLabels) {
    return html`<span part="badge" class=${`c${e.class}`} title=${e.classInfo.meaning}>${t.classLabel} ${e.class} · ${e.classInfo.name}</span>`
  }

  protected refs(refs: Reference_[], t: WidgetLabels) {
    if (!refs.length) return nothing
    return html`<p class="muted">${t.references}:</p>
      <ul>
        ${refs.map((r) => {
          const href = safeUrl(r.url, this.base)
          return html`<li>${href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${r.label}</a>` : r.label}</li>`
        })}
      </ul>`
  }

  protected fix(e: CodeEntry, t: WidgetLabels) {
    return html`<section part="fix">
      <h4>${e.code} — ${t.fixSender}</h4>
      <p>${e.fix.sender}</p>
      <h4>${e.code} — ${t.fixAdmin}</h4>
      <p>${e.fix.admin}</p>
    </section>`
  }
}
