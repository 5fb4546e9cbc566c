// The explain page: one reply, a whole bounce message or lines of a mail log. The form posts (multipart, so a
// 256 KiB paste is not tripled by URL encoding), so pasted bounces stay out of URLs, logs and history, and the answer
// about pasted text is `no-store`; GET /explain?reply= still answers old links the same way, uncached. The empty
// form is the same for everyone and cached like any page. Where JavaScript runs, the page's module
// (browser/explain.ts, built to EXPLAIN_SCRIPT) reads the paste in the browser with the same core code and renders
// the same components, so the form is never sent.
import type { Context } from 'hono'
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { PASTE_MAX_BYTES, pasteBytes } from '../../api/limits.ts'
import { explainPaste, type PasteOutcome } from '../../core/explain-paste.ts'
import { localizedPath } from '../../core/locale.ts'
import { redactOutcome } from '../../core/redact.ts'
import { EXPLAIN_SCRIPT } from '../../generated/page-scripts.ts'
import { prefersProblemJson } from '../../http/negotiate.ts'
import { pageContext, renderedOr, sendPage, type PageContext, type PageStatus } from '../../http/page-cache.ts'
import { problem } from '../../http/problem.ts'
import { ExplainResults } from '../../views/explain-views.tsx'
import { Layout } from '../../views/layout.tsx'

interface Pasted {
  text: string
  redact: boolean
}

export async function explainResponse(c: Context, ctx: PageContext, pasted: Pasted, tooLarge = false): Promise<Response> {
  const l = PAGE_LABELS[ctx.lang]
  let outcome: PasteOutcome | 'too-large' | undefined
  if (tooLarge) outcome = 'too-large'
  else if (pasted.text.trim() !== '') {
    const o = await explainPaste(pasted.text, ctx.lang)
    outcome = pasted.redact ? redactOutcome(o) : o
  }
  const status: PageStatus = outcome === 'too-large' ? 413 : outcome && !outcome.ok ? 400 : 200
  return sendPage(
    c,
    ctx,
    <Layout
      lang={ctx.lang}
      origin={ctx.origin}
      path={outcome ? undefined : '/explain'}
      title={`${l.explain} — ${l.siteName}`}
      description={l.explainLabel}
    >
      <h1>{l.explain}</h1>
      <form id="explain-form" method="post" enctype="multipart/form-data" action={localizedPath(ctx.lang, '/explain')}>
        <label for="reply">{l.explainLabel}</label>
        <textarea id="reply" name="reply" rows={8} required>
          {pasted.text}
        </textarea>
        <p>
          <label>
            <input type="checkbox" id="redact" name="redact" value="on" checked={pasted.redact} /> {l.pasteRedact}
          </label>
        </p>
        <button type="submit">{l.explain}</button>
        <p id="explain-where" class="where">
          <small>{l.pasteServer}</small>
        </p>
      </form>
      <div id="explain-results" aria-live="polite">
        {outcome && <ExplainResults outcome={outcome} lang={ctx.lang} />}
      </div>
      <script type="module" src={EXPLAIN_SCRIPT} />
    </Layout>,
    status,
    { pasted: outcome !== undefined },
  )
}

/** A form field of a POST, else the query parameter. */
export async function formText(c: Context, field: string): Promise<string> {
  if (c.req.method !== 'POST') return c.req.query(field) ?? ''
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const value = body[field]
  return typeof value === 'string' ? value : ''
}

/** The pasted text and the redaction box: the form fields of a POST, else the query parameter. */
async function pastedFields(c: Context): Promise<Pasted> {
  if (c.req.method !== 'POST') return { text: c.req.query('reply') ?? '', redact: c.req.query('redact') === 'on' }
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const text = body.reply
  return { text: typeof text === 'string' ? text : '', redact: body.redact === 'on' }
}

const TOO_LARGE = `A pasted message or log may hold at most ${PASTE_MAX_BYTES} bytes (256 KiB).`

/**
 * Answered in place of the page when the paste is over the limit: its field, or the whole form's body past the
 * paste's limit and the form's framing (bodyLimit's onError). A script that asked for JSON gets problem+json.
 */
export function explainTooLarge(c: Context): Response | Promise<Response> {
  if (prefersProblemJson(c)) return problem(c, 'payload-too-large', 413, TOO_LARGE)
  return explainResponse(c, pageContext(c), { text: '', redact: false }, true)
}

export async function explainPage(c: Context): Promise<Response> {
  const ctx = pageContext(c)
  const pasted = await pastedFields(c)
  if (pasteBytes(pasted.text) > PASTE_MAX_BYTES) return explainTooLarge(c)
  if (pasted.text.trim() === '') return renderedOr(c, ctx, () => explainResponse(c, ctx, { text: '', redact: pasted.redact }))
  return explainResponse(c, ctx, pasted)
}
