// The explain page. The form posts, so pasted bounces stay out of URLs, logs and history, and the answer about
// pasted text is `no-store`; GET /explain?reply= still answers old links the same way, uncached. The empty form is
// the same for everyone and cached like any page.
import type { Context } from 'hono'
import { PAGE_LABELS } from '../../../data/i18n/page-labels.ts'
import { EXPLAIN_MAX_BYTES } from '../../api/limits.ts'
import { phrasesFor } from '../../../data/i18n/api-phrases.ts'
import { diagnosisLabels } from '../../core/diagnose.ts'
import { explainPaste, type DeliveryReport } from '../../core/explain-paste.ts'
import type { Explanation } from '../../api/schemas.ts'
import { localizeEntry, localizedPath } from '../../core/locale.ts'
import { pageContext, renderedOr, sendPage, type PageContext } from '../../http/page-cache.ts'
import { CodeCard, codePath } from '../../views/code-views.tsx'
import { Layout } from '../../views/layout.tsx'

/**
 * One reply is explained as always; a whole bounce message or a log excerpt (as POST /v1/explain reads them) gets a
 * diagnosis per recipient, so a bounce naming two recipients with two different failures shows both.
 */
async function explainPasted(
  text: string,
  lang: PageContext['lang'],
): Promise<{ ok: false; detail: string } | { ok: true; explanation: Explanation } | { ok: true; report: DeliveryReport }> {
  const pasted = await explainPaste(text, lang)
  if (!pasted.ok) return { ok: false, detail: pasted.detail }
  return pasted.kind === 'reply' ? { ok: true, explanation: pasted.explanation } : { ok: true, report: pasted.report }
}

export async function explainResponse(c: Context, ctx: PageContext, reply: string): Promise<Response> {
  const l = PAGE_LABELS[ctx.lang]
  const outcome = reply.trim() === '' ? undefined : await explainPasted(reply, ctx.lang)
  const status = outcome && !outcome.ok ? 400 : 200
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
      <form method="post" action={localizedPath(ctx.lang, '/explain')}>
        <label for="reply">{l.explainLabel}</label>
        <textarea id="reply" name="reply" rows={4} required>
          {reply}
        </textarea>
        <button type="submit">{l.explain}</button>
      </form>
      {outcome && !outcome.ok && (
        <p class="notice" lang="en">
          {outcome.detail}
        </p>
      )}
      {outcome?.ok && 'report' in outcome && <Recipients report={outcome.report} lang={ctx.lang} />}
      {outcome?.ok && 'explanation' in outcome && (
        <section>
          <h2>
            <span class={`c${outcome.explanation.class}`}>{[outcome.explanation.basic, outcome.explanation.enhanced].filter(Boolean).join(' ')}</span>{' '}
            — {outcome.explanation.classInfo.name}
          </h2>
          <DiagnosisCard x={outcome.explanation} lang={ctx.lang} />
          {outcome.explanation.warnings.length > 0 && (
            <>
              <h3>{l.warnings}</h3>
              <ul>
                {outcome.explanation.warnings.map((w) => (
                  <li lang="en">{w.message}</li>
                ))}
              </ul>
            </>
          )}
          <div class="codes">
            {outcome.explanation.entries.map((e) => (
              <CodeCard item={localizeEntry(e, ctx.lang)} lang={ctx.lang} level="h3" />
            ))}
          </div>
        </section>
      )}
    </Layout>,
    status,
    { pasted: outcome !== undefined },
  )
}

/** Each recipient of a bounce or a log: the address, what happened (the DSN's action and status) and why. */
function Recipients({ report, lang }: { report: DeliveryReport; lang: PageContext['lang'] }) {
  return (
    <>
      {report.recipients.map((r) => {
        const x = r.explanation
        const codes = x ? [x.basic, x.enhanced].filter(Boolean).join(' ') : ''
        return (
          <section class="recipient">
            <h2>
              <span lang="en">{r.recipient}</span> —{' '}
              <span lang="en">
                {r.action}
                {r.status ? ` ${r.status}` : ''}
              </span>
              {x && codes && (
                <>
                  {' '}
                  (<a href={codePath(lang, [x.basic, x.enhanced].filter(Boolean).join('-'))}>{codes}</a>)
                </>
              )}
            </h2>
            {x ? <DiagnosisCard x={x} lang={lang} /> : r.diagnosticCode && <blockquote lang="en">{r.diagnosticCode}</blockquote>}
          </section>
        )
      })}
      {report.warnings.length > 0 && (
        <ul>
          {report.warnings.map((w) => (
            <li lang="en">{w}</li>
          ))}
        </ul>
      )}
    </>
  )
}

/** The diagnosis first: the reason in words, hard or soft, who acts, the steps, the deciding words marked. */
function DiagnosisCard({ x, lang }: { x: Explanation; lang: PageContext['lang'] }) {
  const d = x.diagnosis
  const labels = diagnosisLabels(lang)
  const phrases = phrasesFor(lang)
  const e = d.evidence
  const quote = e ? (
    <blockquote lang="en">
      {x.text.slice(0, e.start)}
      <mark>{x.text.slice(e.start, e.end)}</mark>
      {x.text.slice(e.end)}
    </blockquote>
  ) : (
    <blockquote lang="en">{x.text}</blockquote>
  )
  if (d.bounce === 'none') return quote
  return (
    <div class="diagnosis" data-reason={d.reason}>
      <h3>
        {labels.heading}: {d.title}
      </h3>
      <p>{d.summary}</p>
      <p>
        <strong class={`bounce-${d.bounce}`}>{d.bounce === 'hard' ? labels.hard : labels.soft}</strong>
        {' · '}
        {phrases.aspects.actor}: {phrases.actor[d.actor]}
        {d.provider && (
          <>
            {' · '}
            {labels.provider} <a href={d.provider.url}>{d.provider.name}</a>
            {d.provider.code ? ` (${d.provider.code})` : ''}
          </>
        )}
      </p>
      {quote}
      <h4>{labels.steps}</h4>
      <ol>
        {d.steps.map((s) => (
          <li>{s}</li>
        ))}
      </ol>
    </div>
  )
}

/** The pasted text: the form field of a POST, else the query parameter. */
export async function formText(c: Context, field: string): Promise<string> {
  if (c.req.method !== 'POST') return c.req.query(field) ?? ''
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
  const value = body[field]
  return typeof value === 'string' ? value : ''
}

export async function explainPage(c: Context): Promise<Response> {
  const ctx = pageContext(c)
  const reply = (await formText(c, 'reply')).slice(0, EXPLAIN_MAX_BYTES)
  if (reply.trim() === '') return renderedOr(c, ctx, () => explainResponse(c, ctx, ''))
  return explainResponse(c, ctx, reply)
}
