// <smtp-code reply="…">'s diagnosis card, loaded only by pages that show one: sends the reply to POST /v1/explain
// and draws what the /explain page leads with (the reason, hard or soft, who acts, the steps, the deciding words
// marked in the reply). The words around it come from the tables the pages use (data/diagnosis/i18n/labels/,
// data/i18n/api-phrases/), one language at a time.
//
// Nothing here imports what /widget.js holds (Lit, card-base): esbuild would move that shared code into a chunk of
// its own and /widget.js would stop being one file. Lit's `html` and the card's helpers come in through ReplyContext.
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit'
import type { Locale } from '../data/i18n/locales.ts'
import type { Actor } from '../data/schema.ts'
import type { DiagnosisTexts } from '../data/diagnosis/types.ts'
import type { PhraseOverrides } from '../data/i18n/api-phrases/types.ts'
import type { DeliveryReportView, Explanation, Problem } from '../worker/api/schemas.ts'
import type { WidgetLabels } from '../data/i18n/widget-labels.ts'
import EN_LABELS from '../data/diagnosis/i18n/labels/en.ts'
import EN_PHRASES from '../data/i18n/api-phrases/en.ts'
import { redactAddresses } from '../worker/core/redact.ts'

type Outcome = { ok: true; data: Explanation } | { ok: false; status: number; problem?: Problem; message: string }

interface Words {
  labels: DiagnosisTexts['labels']
  /** "Who must act" and each actor, as the comparison table and the /explain page say them. */
  actorLabel: string
  actor: Record<Actor, string>
}

const EN: Words = { labels: EN_LABELS, actorLabel: EN_PHRASES.aspects.actor, actor: EN_PHRASES.actor }
const words = new Map<Locale, Words>([['en', EN]])
const wordsLoading = new Map<Locale, Promise<unknown>>()

/** Loads `lang`'s words once per page; what a language lacks (a table, a field) is English. */
function loadWords(lang: Locale): Promise<unknown> {
  let p = wordsLoading.get(lang)
  if (!words.has(lang) && !p) {
    const none = () => ({ default: undefined })
    p = Promise.all([
      import(`../data/diagnosis/i18n/labels/${lang}.ts`).catch(none) as Promise<{ default?: Partial<DiagnosisTexts['labels']> }>,
      import(`../data/i18n/api-phrases/${lang}.ts`).catch(none) as Promise<{ default?: PhraseOverrides }>,
    ]).then(([l, p]) => {
      words.set(lang, {
        labels: { ...EN.labels, ...l.default },
        actorLabel: p.default?.aspects?.actor || EN.actorLabel,
        actor: { ...EN.actor, ...p.default?.actor },
      })
    })
    wordsLoading.set(lang, p)
  }
  return p ?? Promise.resolve()
}

/** Answers per page, keyed by the redacted text: the same bounce for many recipients is one request. */
const answers = new Map<string, Promise<Outcome>>()

const fail = (status: number, message: string, problem?: Problem): Outcome => ({ ok: false, status, message, problem })

async function post(base: string, lang: Locale, text: string): Promise<Outcome> {
  const url = new URL('v1/explain', base)
  url.searchParams.set('lang', lang)
  // A string body goes as text/plain, a "simple" request: no CORS preflight. The reply travels in the body, never
  // in the URL, and no cookie of the API's origin goes with it.
  const res = await fetch(url, { method: 'POST', body: text, credentials: 'omit', headers: { Accept: 'application/json' } })
  const body: unknown = await res.json().catch(() => undefined)
  if (res.status !== 200 || typeof body !== 'object' || body === null) {
    const p = body as Problem | undefined
    return typeof p?.detail === 'string' ? fail(res.status, p.detail, p) : fail(res.status, `HTTP ${res.status}`)
  }
  // Lines that read as a mail log or a bounce message come back as a report: its first reply is the card's.
  const answer = body as Explanation | DeliveryReportView
  const x = 'diagnosis' in answer ? answer : answer.recipients?.find((r) => r.explanation)?.explanation
  return x ? { ok: true, data: x } : fail(422, 'The text holds no SMTP reply code.')
}

/** The diagnosis of `reply` in `lang`, with the words to show it loaded. */
export async function explain(base: string, lang: Locale, reply: string): Promise<Outcome> {
  const text = redactAddresses(reply)
  const key = `${base} ${lang} ${text}`
  let answer = answers.get(key)
  if (!answer) {
    answer = post(base, lang, text).catch((e: unknown) => fail(0, e instanceof Error ? e.message : String(e)))
    answers.set(key, answer)
    // A failure is not kept: a later card, or this one once its attributes change, may try again.
    void answer.then((o) => o.ok || answers.delete(key))
  }
  const [outcome] = await Promise.all([answer, loadWords(lang)])
  return outcome
}

/** For tests: forget every answer. */
export function clearAnswers() {
  answers.clear()
}

/**
 * The card's own rules, adopted into the element's shadow root beside Lit's: an adopted sheet needs no
 * `style-src` on the host page, where an inline <style> would be refused by a strict policy.
 */
export const replyStyles = new CSSStyleSheet()
replyStyles.replaceSync(`
.facts { list-style: none; padding: 0; }
.bounce { font-weight: 700; border-inline-start: 4px solid var(--_b4); padding-inline-start: 0.4em; }
.bounce.hard { border-color: var(--_b5); }
blockquote { margin: 0.5rem 0; padding: 0.4rem var(--_sp); border-inline-start: 3px solid var(--_line); white-space: pre-wrap; }
mark { background: var(--scc-mark, color-mix(in srgb, var(--_accent) 28%, var(--_bg))); color: inherit; border-radius: 2px; }
.steps { margin-top: var(--_sp); }
`)

export interface ReplyContext {
  html: typeof litHtml
  nothing: typeof litNothing
  safeUrl(url: string | undefined): string | undefined
  lang: Locale
  level: number
  /** The steps fold into a <details> under their heading's words. */
  compact: boolean
  t: WidgetLabels
}

/** The evidence's place in `text`: its offsets when they hold its words, else where its words first occur. */
function evidenceRange(text: string, e: Explanation['diagnosis']['evidence']): [number, number] | undefined {
  if (!e || typeof e.text !== 'string' || e.text === '') return undefined
  const { start, end } = e
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && text.slice(start, end) === e.text) return [start, end]
  const at = text.indexOf(e.text)
  return at === -1 ? undefined : [at, at + e.text.length]
}

// A link in a step ends before the punctuation that ends its sentence.
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g

export function replyCard(x: Explanation, c: ReplyContext): TemplateResult {
  const { html, nothing } = c
  const d = x.diagnosis
  const w = words.get(c.lang) ?? EN
  const failed = d.bounce !== 'none'
  const codes = [x.basic, x.enhanced].filter(Boolean).join(' ')
  const link = (href: string | undefined, label: string) =>
    href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : label
  // Steps are text; the addresses in them (the provider's page, a delisting form) become links, the rest stays text.
  const step = (s: string) => {
    const parts: unknown[] = []
    let last = 0
    for (const m of s.matchAll(URL_IN_TEXT)) {
      parts.push(s.slice(last, m.index), link(c.safeUrl(m[0]), m[0]))
      last = m.index + m[0].length
    }
    parts.push(s.slice(last))
    return parts
  }
  const range = evidenceRange(x.text, d.evidence)
  const quote = range
    ? html`${x.text.slice(0, range[0])}<mark part="evidence">${x.text.slice(range[0], range[1])}</mark>${x.text.slice(range[1])}`
    : x.text
  const heading = (level: number, text: string) => html`<div class="h" role="heading" aria-level=${level}>${text}</div>`
  const steps = html`<ol part="steps">${d.steps.map((s) => html`<li>${step(s)}</li>`)}</ol>`
  const codePage = codes ? c.safeUrl(`codes/${encodeURIComponent(codes.split(' ').join('-'))}`) : undefined
  return html`<article part="card reply" data-reason=${d.reason} data-bounce=${d.bounce}>
      <div part="header">
        <div class="code">${heading(c.level, failed ? `${w.labels.heading}: ${d.title}` : d.title)}</div>
        <span part="badge" class=${`c${x.class}`} title=${x.classInfo.meaning}>${codes ? `${codes} · ` : ''}${x.classInfo.name}</span>
      </div>
      <p part="summary">${d.summary}</p>
      ${
        failed
          ? html`<ul part="facts" class="facts">
            <li><span class=${`bounce ${d.bounce}`}>${d.bounce === 'hard' ? w.labels.hard : w.labels.soft}</span></li>
            <li>${w.actorLabel}: ${w.actor[d.actor] ?? d.actor}</li>
            ${
              d.provider
                ? html`<li>${w.labels.provider} ${link(c.safeUrl(d.provider.url), d.provider.name)}${d.provider.code ? ` (${d.provider.code})` : ''}</li>`
                : nothing
            }
          </ul>`
          : nothing
      }
      <blockquote part="quote" lang="en">${quote}</blockquote>
      ${failed && d.steps.length ? (c.compact ? html`<details part="details"><summary>${w.labels.steps}</summary>${steps}</details>` : html`<div class="steps">${heading(c.level + 1, w.labels.steps)}</div>${steps}`) : nothing}
      ${codePage ? html`<p><a href=${codePage}>${c.t.openCodePage}</a></p>` : nothing}
    </article>`
}
