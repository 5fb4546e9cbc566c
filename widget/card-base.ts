// What both elements share: attributes, language and API base resolution, lazy loading, the fetch lifecycle,
// events, and the fallback/error frame around the card. Subclasses say what to load and how to draw it.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { Task, initialState } from '@lit/task'
import { WIDGET_LABELS_EN, type WidgetLabels } from '../data/i18n/widget-labels.ts'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../data/i18n/locales.ts'
import type { CodeEntry } from '../worker/api/schemas.ts'
import { load, type Item, type Outcome } from './api-client.ts'
import { labelsIn, loadLabels } from './labels.ts'
import { styles } from './styles.ts'

/** What a card asks for: a lookup or a comparison (batched by api-client), or a pasted reply (sent on its own). */
export type Request = Item | { kind: 'reply'; reply: string }

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

/** Why a card could not render: the HTTP status (0 before any request) and what to tell the reader. */
class CardError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem?: unknown,
  ) {
    super(message)
  }
}

/**
 * @cssprop --scc-bg - Card background. Light #fff, dark #1b1c1f.
 * @cssprop --scc-fg - Text colour. Light #1a1a1a, dark #ececec.
 * @cssprop --scc-muted - Secondary text (titles beside codes, shared rows). Default: 72 % of --scc-fg mixed into --scc-bg.
 * @cssprop --scc-border - Lines of the card, table and timeline. Default: 22 % of --scc-fg mixed into --scc-bg.
 * @cssprop --scc-accent - Links, the note's bar, the current timeline step. Light #0b57d0, dark #8ab4f8.
 * @cssprop --scc-font - Font shorthand. Default: inherited from the page.
 * @cssprop --scc-radius - Corner radius of the card. Default 8px.
 * @cssprop --scc-space - Padding and gaps. Default 0.75rem.
 * @cssprop --scc-badge-2 - Badge of class 2 (white text). Light #1b6e2a, dark #2e7d32.
 * @cssprop --scc-badge-3 - Badge of class 3 (white text). Light #1d4ea0, dark #3561b0.
 * @cssprop --scc-badge-4 - Badge of class 4 (white text). Light #8a4b00, dark #9a5a00.
 * @cssprop --scc-badge-5 - Badge of class 5 (white text). Light #b3261e, dark #c62828.
 * @csspart card - The card (also on the error box, with `error`).
 * @csspart header - The codes' headings and badges.
 * @csspart badge - A class badge.
 * @csspart table - The comparison table.
 * @csspart note - The curated note of a comparison.
 * @csspart timeline - Where in the SMTP session the codes arise.
 * @csspart fix - How to fix, for the sender and the admin.
 */
export abstract class CardBase<T> extends LitElement {
  static override styles = styles
  static override properties = {
    api: {},
    lang: {},
    theme: { reflect: true },
    compact: { type: Boolean },
    eager: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
  }
  declare api: string | null
  declare theme: string | null
  declare compact: boolean
  declare eager: boolean
  declare headingLevel: number

  #visible = false
  #observer?: IntersectionObserver

  /**
   * The card's data and words for what its attributes say. @lit/task reruns it when an argument changes and keeps
   * only the newest answer. The request goes in as JSON because item() builds a new object on every call and Task
   * compares arguments by identity (its deep comparison would cost more bytes than it saves). Until the card is
   * near the viewport it rests in its initial state and fetches nothing.
   */
  #task = new Task(this, {
    args: () => [this.#visible, this.base, this.locale, JSON.stringify(this.item())] as const,
    task: async ([visible, base, lang, request]) => {
      if (!visible) return initialState
      const item = JSON.parse(request) as Request | string
      // The card's words load beside its data, so it appears once, in one language.
      const labels = loadLabels(lang)
      void labels.then(() => this.requestUpdate())
      if (typeof item === 'string') throw new CardError(0, item)
      const [outcome] = await Promise.all([this.request(base, lang, item), labels])
      if (!outcome.ok) throw new CardError(outcome.status, outcome.message, outcome.problem)
      return outcome.data as T
    },
    onComplete: (data) => this.#emit('smtp-code-loaded', data),
    onError: (e) => {
      const { status, message, problem } = e as CardError
      this.#emit('smtp-code-error', { status, message, problem })
    },
  })

  /** Where the card is: idle (waiting for the viewport), loading, ok or error. */
  get state(): { s: 'idle' | 'loading' | 'ok' | 'error' } {
    return { s: (['idle', 'loading', 'ok', 'error'] as const)[this.#task.status] }
  }

  constructor() {
    super()
    this.compact = false
    this.eager = false
    this.headingLevel = 3
  }

  /** The request this element's attributes describe, or a reason it cannot make one. */
  protected abstract item(): Request | string
  /** Answers item()'s request; an element with a kind of its own (a reply) answers that here. */
  protected request(base: string, lang: Locale, item: Request): Promise<Outcome<unknown>> {
    return load(base, lang, item as Item)
  }
  protected abstract card(data: T, t: WidgetLabels): TemplateResult
  protected abstract pageUrl(base: string): string | undefined
  /** The words of the link to the card's page on the site. */
  protected abstract pageLabel(t: WidgetLabels): string

  /** Reasons the element itself gives (a missing attribute), as opposed to a failed request. */
  #reasonIsOurs(message: string): boolean {
    return message === this.item()
  }

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
  }

  #emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }

  override render() {
    const own = labelsIn(this.locale)
    const t = own ?? WIDGET_LABELS_EN
    // Until the card is ready the host's own children (usually a link to the page) stay readable.
    const waiting = (loading: boolean) =>
      html`<slot aria-busy="true"></slot>${loading && own ? html`<span class="muted" role="status"> ${t.loading}</span>` : nothing}`
    return this.#task.render({
      initial: () => waiting(false),
      pending: () => waiting(true),
      complete: (data) => this.card(data, t),
      error: (e) => {
        const page = this.pageUrl(this.base)
        const { status, message } = e as CardError
        // No answer at all (status 0): the browser's own words ("Failed to fetch") are English and say nothing to a
        // reader; the event still carries them. The API's problem details are English prose, marked as such.
        const why = status === 0 && !this.#reasonIsOurs(message) ? t.unreachable : message
        return html`<div part="card error" role="alert">
          <p>${t.error} <span class="muted" lang=${why === t.unreachable ? nothing : 'en'}>${why}</span></p>
          ${page ? html`<p><a href=${page}>${this.pageLabel(t)}</a></p>` : nothing}
        </div>`
      },
    })
  }

  protected heading(text: TemplateResult | string, cls = 'h') {
    return html`<div class=${cls} role="heading" aria-level=${this.headingLevel}>${text}</div>`
  }

  protected badge(e: CodeEntry, t: WidgetLabels) {
    return html`<span part="badge" class=${`c${e.class}`} title=${e.classInfo.meaning}>${t.classLabel} ${e.class} · ${e.classInfo.name}</span>`
  }

  protected refs(all: Reference_[], t: WidgetLabels) {
    // Two codes often cite the same section (535 and 5.7.8 both RFC 4954 §6): list each once.
    const refs = all.filter((r, i) => all.findIndex((o) => o.label === r.label && o.url === r.url) === i)
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
