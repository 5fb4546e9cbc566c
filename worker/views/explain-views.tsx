// What the /explain page shows about a paste: one reply's diagnosis and code cards, or a bounce message's or a log's
// recipients and summary. The Worker renders these for a form without JavaScript, and the page's module
// (browser/explain.ts) renders the very same components in the browser, so both show the same thing.
import { phrasesFor } from '../../data/i18n/api-phrases.ts'
import type { Locale } from '../../data/i18n/locales.ts'
import { PAGE_LABELS, type PageLabels } from '../../data/i18n/page-labels.ts'
import type { Explanation } from '../api/schemas.ts'
import { diagnosisLabels, reasonInfo } from '../core/diagnose.ts'
import { bounceOf, type DeliveryReport, type PasteOutcome, type RecipientResult } from '../core/explain-paste.ts'
import type { DeliveryAction } from '../core/delivery-status.ts'
import { localizeEntry, localizedPath } from '../core/locale.ts'
import type { ReasonId } from '../../data/diagnosis/types.ts'
import { CodeCard, codePath } from './code-views.tsx'

/** Domains listed in the summary; the rest are added up in one row. */
export const TOP_DOMAINS = 10

/** The answer to a paste, or the notice that it was too large. */
export function ExplainResults(props: { outcome: PasteOutcome | 'too-large'; lang: Locale }) {
  const { outcome, lang } = props
  const l = PAGE_LABELS[lang]
  if (outcome === 'too-large')
    return (
      <div class="notice" role="alert">
        <h2>{l.pasteTooLarge}</h2>
        <p>{l.pasteTooLargeHelp}</p>
      </div>
    )
  if (!outcome.ok)
    return (
      <p class="notice" lang="en">
        {outcome.detail}
      </p>
    )
  if (outcome.kind === 'reply') return <ReplyResult x={outcome.explanation} lang={lang} />
  return <ReportResult report={outcome.report} lang={lang} />
}

/** One reply: its codes, the diagnosis, the warnings, the code cards. */
function ReplyResult({ x, lang }: { x: Explanation; lang: Locale }) {
  const l = PAGE_LABELS[lang]
  const codes = [x.basic, x.enhanced].filter(Boolean)
  // The codes lead to their page when the catalog has each of them (an unassigned one has no page of its own).
  const known = codes.length > 0 && x.entries.length === codes.length
  const shown = <span class={`c${x.class}`}>{codes.join(' ')}</span>
  return (
    <section class="explained">
      <h2>
        {known ? <a href={codePath(lang, x.entries.map((e) => e.code).join('-'))}>{shown}</a> : shown} — {x.classInfo.name}
      </h2>
      <DiagnosisCard x={x} lang={lang} />
      {x.warnings.length > 0 && (
        <>
          <h3>{l.warnings}</h3>
          <ul>
            {x.warnings.map((w) => (
              <li lang="en">{w.message}</li>
            ))}
          </ul>
        </>
      )}
      <div class="codes">
        {x.entries.map((e) => (
          <CodeCard item={localizeEntry(e, lang)} lang={lang} level="h3" />
        ))}
      </div>
    </section>
  )
}

/** The server's words with the deciding ones marked. */
function Quote({ x }: { x: Explanation }) {
  const e = x.diagnosis.evidence
  return e ? (
    <blockquote lang="en">
      {x.text.slice(0, e.start)}
      <mark>{x.text.slice(e.start, e.end)}</mark>
      {x.text.slice(e.end)}
    </blockquote>
  ) : (
    <blockquote lang="en">{x.text}</blockquote>
  )
}

/** The diagnosis first: the reason in words, hard or soft, who acts, the steps, the deciding words marked. */
export function DiagnosisCard({ x, lang }: { x: Explanation; lang: Locale }) {
  const d = x.diagnosis
  const labels = diagnosisLabels(lang)
  const phrases = phrasesFor(lang)
  if (d.bounce === 'none') return <Quote x={x} />
  return (
    <div class="diagnosis" data-reason={d.reason}>
      <h3>
        {labels.heading}: <a href={localizedPath(lang, `/reasons/${d.reason}`)}>{d.title}</a>
      </h3>
      <p>{d.summary}</p>
      <p>
        <strong class={`bounce-${d.bounce}`}>{d.bounce === 'hard' ? labels.hard : labels.soft}</strong>
        {' · '}
        {phrases.aspects.actor}: {phrases.actor[d.actor]}
        <Provider x={x} label={labels.provider} />
      </p>
      <Quote x={x} />
      <h4>{labels.steps}</h4>
      <Steps x={x} />
    </div>
  )
}

function Provider({ x, label }: { x: Explanation; label: string }) {
  const p = x.diagnosis.provider
  if (!p) return null
  return (
    <>
      {' · '}
      {label} <a href={p.url}>{p.name}</a>
      {p.code ? ` (${p.code})` : ''}
    </>
  )
}

function Steps({ x }: { x: Explanation }) {
  return (
    <ol>
      {x.diagnosis.steps.map((s) => (
        <li>{s}</li>
      ))}
    </ol>
  )
}

const ACTION_LABEL: Record<DeliveryAction, keyof PageLabels> = {
  failed: 'actionFailed',
  delayed: 'actionDelayed',
  delivered: 'actionDelivered',
  relayed: 'actionRelayed',
  expanded: 'actionExpanded',
}

function bounceLabel(l: PageLabels, bounce: string): string {
  return bounce === 'hard' ? l.bounceHard : bounce === 'soft' ? l.bounceSoft : l.bounceNone
}

/** A message's or a log's recipients: the returned message's fields, the summary, then one row per recipient. */
function ReportResult({ report, lang }: { report: DeliveryReport; lang: Locale }) {
  const l = PAGE_LABELS[lang]
  const m = report.message
  const s = report.summary
  return (
    <section class="report" data-kind={report.kind}>
      <h2>
        {report.kind === 'message' ? l.reportMessage : l.reportLog} · {l.recipients}: {s.recipients}
      </h2>
      {m && (m.subject !== undefined || m.date !== undefined || m.messageId !== undefined) && (
        <dl class="original">
          <dt>{l.returnedMessage}</dt>
          <dd>
            <dl>
              {m.subject !== undefined && (
                <>
                  <dt>{l.subject}</dt>
                  <dd>{m.subject}</dd>
                </>
              )}
              {m.date !== undefined && (
                <>
                  <dt>{l.date}</dt>
                  <dd>{m.date}</dd>
                </>
              )}
              {m.messageId !== undefined && (
                <>
                  <dt>Message-ID</dt>
                  <dd>
                    <code>{m.messageId}</code>
                  </dd>
                </>
              )}
            </dl>
          </dd>
        </dl>
      )}
      {report.warnings.length > 0 && (
        <ul class="notice">
          {report.warnings.map((w) => (
            <li lang="en">{w}</li>
          ))}
        </ul>
      )}
      <h3>{l.summary}</h3>
      <p class="bounces">
        {l.bounceHard}: <strong>{s.byBounce.hard}</strong> · {l.bounceSoft}: <strong>{s.byBounce.soft}</strong> · {l.bounceNone}:{' '}
        <strong>{s.byBounce.none}</strong>
      </p>
      <ReasonChart report={report} lang={lang} />
      <DomainTable report={report} lang={lang} />
      <RecipientTable report={report} lang={lang} />
    </section>
  )
}

/** Whole percent steps of 5 that the stylesheet has a width class for (the CSP allows no inline style). */
export function barClass(n: number, total: number): string {
  const steps = total > 0 ? Math.round((n / total) * 20) : 0
  return `bar w${(n > 0 ? Math.max(1, steps) : 0) * 5}`
}

function Share({ n, total, lang }: { n: number; total: number; lang: Locale }) {
  const share = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(total > 0 ? n / total : 0)
  return (
    <td class="share">
      <span class={barClass(n, total)} aria-hidden="true" />
      <span>{share}</span>
    </td>
  )
}

/** The reasons as a bar chart that is also a table: the numbers are text, the bars decoration. */
function ReasonChart({ report, lang }: { report: DeliveryReport; lang: Locale }) {
  const l = PAGE_LABELS[lang]
  const total = report.summary.recipients
  return (
    <table class="bars reasons">
      <caption>{l.reasonChart}</caption>
      <thead>
        <tr>
          <th scope="col">{l.reason}</th>
          <th scope="col">{l.recipients}</th>
          <th scope="col">{l.share}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(report.summary.byReason).map(([reason, n]) => (
          <tr data-reason={reason}>
            <th scope="row">
              <a href={localizedPath(lang, `/reasons/${reason}`)}>{reasonInfo(reason as ReasonId, lang).title}</a>
            </th>
            <td>{n}</td>
            <Share n={n} total={total} lang={lang} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The most frequent recipient domains, the rest added up in one row. */
export function topDomains(byDomain: Record<string, number>, keep = TOP_DOMAINS): { domains: Array<[string, number]>; other: number } {
  const named = Object.entries(byDomain).filter(([d]) => d !== '(other)')
  const other = named.slice(keep).reduce((sum, [, n]) => sum + n, 0) + (byDomain['(other)'] ?? 0)
  return { domains: named.slice(0, keep), other }
}

function DomainTable({ report, lang }: { report: DeliveryReport; lang: Locale }) {
  const l = PAGE_LABELS[lang]
  const total = report.summary.recipients
  const { domains, other } = topDomains(report.summary.byDomain)
  return (
    <table class="bars domains">
      <caption>{l.topDomains}</caption>
      <thead>
        <tr>
          <th scope="col">{l.recipientDomain}</th>
          <th scope="col">{l.recipients}</th>
          <th scope="col">{l.share}</th>
        </tr>
      </thead>
      <tbody>
        {domains.map(([domain, n]) => (
          <tr>
            <th scope="row">{domain}</th>
            <td>{n}</td>
            <Share n={n} total={total} lang={lang} />
          </tr>
        ))}
        {other > 0 && (
          <tr>
            <th scope="row">{l.otherDomains}</th>
            <td>{other}</td>
            <Share n={other} total={total} lang={lang} />
          </tr>
        )}
      </tbody>
    </table>
  )
}

/** One row per recipient; each row's reason opens to the reply, the words that decided, and the steps. */
function RecipientTable({ report, lang }: { report: DeliveryReport; lang: Locale }) {
  const l = PAGE_LABELS[lang]
  return (
    <table class="recipients">
      <caption>{l.recipients}</caption>
      <thead>
        <tr>
          <th scope="col">{l.recipient}</th>
          <th scope="col">{l.deliveryOutcome}</th>
          <th scope="col">{l.statusCode}</th>
          <th scope="col">{l.remoteServer}</th>
          <th scope="col">{l.reason}</th>
          <th scope="col">{l.bounceKind}</th>
          <th scope="col">{phrasesFor(lang).aspects.actor}</th>
        </tr>
      </thead>
      <tbody>
        {report.recipients.map((r) => (
          <RecipientRow r={r} lang={lang} />
        ))}
      </tbody>
    </table>
  )
}

function RecipientRow({ r, lang }: { r: RecipientResult; lang: Locale }) {
  const l = PAGE_LABELS[lang]
  const x = r.explanation
  const d = x?.diagnosis
  const status = r.status ?? [x?.basic, x?.enhanced].filter(Boolean).join(' ')
  const bounce = bounceOf(x, r.action)
  return (
    <tr data-reason={d?.reason ?? 'unknown'}>
      <th scope="row" class="recipient">
        {r.recipient}
      </th>
      <td>{l[ACTION_LABEL[r.action]]}</td>
      <td>{status ? <span class={`c${status[0]}`}>{status}</span> : '—'}</td>
      <td class="mta">{r.remoteMta ?? '—'}</td>
      <td>
        {x && d ? (
          <details>
            <summary>{d.title}</summary>
            <p>{d.summary}</p>
            <Quote x={x} />
            {d.steps.length > 0 && (
              <>
                <h4>{diagnosisLabels(lang).steps}</h4>
                <Steps x={x} />
              </>
            )}
            {d.provider && (
              <p>
                {diagnosisLabels(lang).provider} <a href={d.provider.url}>{d.provider.name}</a>
                {d.provider.code ? ` (${d.provider.code})` : ''}
              </p>
            )}
          </details>
        ) : r.diagnosticCode ? (
          <blockquote lang="en">{r.diagnosticCode}</blockquote>
        ) : (
          '—'
        )}
      </td>
      <td>
        <span class={`bounce-${bounce}`}>{bounceLabel(l, bounce)}</span>
      </td>
      <td>{d ? phrasesFor(lang).actor[d.actor] : '—'}</td>
    </tr>
  )
}

/**
 * What the page's "Copy as text" button puts on the clipboard: the same facts as the page shows, in the page's
 * words, as plain text to paste into a ticket or a chat (the outcome is redacted first when the box is ticked).
 */
export function resultsText(outcome: PasteOutcome, lang: Locale): string {
  if (!outcome.ok) return `${outcome.detail}\n`
  if (outcome.kind === 'reply') return replyText(outcome.explanation, lang)
  return reportText(outcome.report, lang)
}

function replyText(x: Explanation, lang: Locale): string {
  const d = x.diagnosis
  const labels = diagnosisLabels(lang)
  const phrases = phrasesFor(lang)
  const lines = [`${[x.basic, x.enhanced].filter(Boolean).join(' ')} — ${x.classInfo.name}`]
  if (d.bounce !== 'none') {
    lines.push(
      `${labels.heading}: ${d.title}`,
      d.summary,
      `${d.bounce === 'hard' ? labels.hard : labels.soft} · ${phrases.aspects.actor}: ${phrases.actor[d.actor]}`,
    )
    if (d.provider) lines.push(`${labels.provider} ${d.provider.name}${d.provider.code ? ` (${d.provider.code})` : ''}`)
  }
  lines.push(`> ${x.text.replace(/\r?\n/g, '\n> ')}`)
  if (d.bounce !== 'none' && d.steps.length > 0) lines.push(`${labels.steps}:`, ...d.steps.map((s, i) => `${i + 1}. ${s}`))
  return `${lines.join('\n')}\n`
}

function reportText(report: DeliveryReport, lang: Locale): string {
  const l = PAGE_LABELS[lang]
  const s = report.summary
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })
  const share = (n: number) => percent.format(s.recipients > 0 ? n / s.recipients : 0)
  const actor = phrasesFor(lang)
  const out = [`${report.kind === 'message' ? l.reportMessage : l.reportLog} · ${l.recipients}: ${s.recipients}`]
  const m = report.message
  if (m?.subject !== undefined) out.push(`${l.subject}: ${m.subject}`)
  if (m?.date !== undefined) out.push(`${l.date}: ${m.date}`)
  if (m?.messageId !== undefined) out.push(`Message-ID: ${m.messageId}`)
  out.push(...report.warnings.map((w) => `${l.warnings}: ${w}`))
  out.push('', `${l.bounceHard}: ${s.byBounce.hard} · ${l.bounceSoft}: ${s.byBounce.soft} · ${l.bounceNone}: ${s.byBounce.none}`)
  out.push('', `${l.reasonChart}:`)
  for (const [reason, n] of Object.entries(s.byReason)) out.push(`  ${reasonInfo(reason as ReasonId, lang).title}: ${n} (${share(n)})`)
  const { domains, other } = topDomains(s.byDomain)
  out.push('', `${l.topDomains}:`, ...domains.map(([domain, n]) => `  ${domain}: ${n} (${share(n)})`))
  if (other > 0) out.push(`  ${l.otherDomains}: ${other} (${share(other)})`)
  out.push('', `${l.recipients}:`)
  report.recipients.forEach((r, i) => {
    const x = r.explanation
    const status = r.status ?? [x?.basic, x?.enhanced].filter(Boolean).join(' ')
    out.push(`${i + 1}. ${r.recipient}`, `   ${l.deliveryOutcome}: ${l[ACTION_LABEL[r.action]]}`)
    if (status) out.push(`   ${l.statusCode}: ${status}`)
    if (r.remoteMta !== undefined) out.push(`   ${l.remoteServer}: ${r.remoteMta}`)
    if (x) out.push(`   ${l.reason}: ${x.diagnosis.title}`, `   ${actor.aspects.actor}: ${actor.actor[x.diagnosis.actor]}`)
    out.push(`   ${l.bounceKind}: ${bounceLabel(l, bounceOf(x, r.action))}`)
    const reply = x?.text ?? r.diagnosticCode
    if (reply) out.push(`   > ${reply.replace(/\r?\n/g, '\n   > ')}`)
  })
  return `${out.join('\n')}\n`
}
