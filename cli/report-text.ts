// Terminal renderings of delivery reports: a pasted message or log (explain), and a whole log's tally (report),
// laid out like pflogsumm's bounce and deferral sections with the diagnosis added.
import type { Locale } from '../data/i18n/locales.ts'
import { reportLabels } from '../data/i18n/text-labels.ts'
import type { Explanation } from '../worker/api/schemas.ts'
import type { DeliveryReport } from '../worker/core/explain-paste.ts'
import type { Paint } from './colors.ts'
import type { Group, LogTally } from './report.ts'

/** What a delivery's reply is called in the report: the diagnosis when there is one, else its codes. */
export function reasonOf(e: Explanation | undefined): string {
  const reason = (e as (Explanation & { diagnosis?: { reason?: string } }) | undefined)?.diagnosis?.reason
  if (reason) return reason
  if (!e) return 'no reply code'
  return [e.basic, e.enhanced].filter(Boolean).join(' ')
}

const EXAMPLE_MAX = 160
const GROUPS_SHOWN = 20

const count = (lang: Locale) => (x: number) => x.toLocaleString(lang)
const cut = (s: string, max = EXAMPLE_MAX) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

type Diagnosed = Explanation & { diagnosis?: { reason?: string; steps?: string[] } }

/** One line per recipient with its reply and what it means, then the counts. */
export function deliveryReportText(r: DeliveryReport, paint: Paint, lang: Locale = r.lang): string {
  const L = reportLabels(lang)
  const lines: string[] = []
  const s = r.summary
  const actions = Object.entries(s.byAction)
    .map(([a, c]) => `${c} ${a}`)
    .join(', ')
  lines.push(
    paint.bold(
      `${r.kind === 'message' ? L.bounceMessage : L.logExcerpt}: ${s.recipients} ${s.recipients === 1 ? L.recipient : L.recipients} (${actions})`,
    ),
  )
  if (r.message?.subject) lines.push(`Subject: ${r.message.subject}`)
  if (r.message?.messageId) lines.push(`Message-ID: ${r.message.messageId}`)
  for (const x of r.recipients) {
    const e = x.explanation as Diagnosed | undefined
    const cls = e?.class ?? (x.action === 'failed' ? 5 : x.action === 'delayed' ? 4 : 2)
    lines.push('', paint.cls(cls, `${x.recipient}  ${x.action}${x.status ? ` ${x.status}` : ''}${e ? `  ${reasonOf(e)}` : ''}`))
    if (x.diagnosticCode) lines.push(`  ${L.serverSaid}: ${cut(x.diagnosticCode, 400)}`)
    if (x.remoteMta) lines.push(`  ${L.remoteMta}: ${x.remoteMta}`)
    if (e) for (const entry of e.entries) lines.push(`  ${entry.code} ${entry.title}: ${entry.summary}`)
    for (const step of e?.diagnosis?.steps?.slice(0, 2) ?? []) lines.push(`  ${L.toDo}: ${step}`)
  }
  lines.push(
    '',
    `${L.byReason}: ${Object.entries(s.byReason)
      .map(([k, c]) => `${k} ${c}`)
      .join(', ')}`,
  )
  lines.push(
    `${L.byDomain}: ${Object.entries(s.byDomain)
      .map(([k, c]) => `${k} ${c}`)
      .join(', ')}`,
  )
  for (const w of r.warnings) lines.push(`${L.warning}: ${w}`)
  return `${lines.join('\n')}\n`
}

function groupLines(title: string, groups: Array<[string, Group]>, paint: Paint, cls: number, lang: Locale, detail: (g: Group) => string): string[] {
  if (groups.length === 0) return []
  const L = reportLabels(lang)
  const n = count(lang)
  const total = groups.reduce((x, [, g]) => x + g.count, 0)
  const width = Math.max(...groups.slice(0, GROUPS_SHOWN).map(([, g]) => n(g.count).length))
  const out = ['', paint.bold(`${title} (${n(total)})`), paint.dim('-'.repeat(title.length + n(total).length + 3))]
  for (const [key, g] of groups.slice(0, GROUPS_SHOWN)) {
    out.push(`  ${n(g.count).padStart(width)}  ${paint.cls(cls, key)}${detail(g)}`)
    out.push(`  ${' '.repeat(width)}    ${paint.dim(`${L.example} ${cut(g.example)}`)}`)
  }
  if (groups.length > GROUPS_SHOWN) out.push(`  ${L.more.replace('{n}', n(groups.length - GROUPS_SHOWN))}`)
  return out
}

const byCount = (m: Map<string, Group>) => [...m].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))

export function logReportText(t: LogTally, paint: Paint, lang: Locale = 'en'): string {
  const L = reportLabels(lang)
  const n = count(lang)
  const bounced = t.byAction.failed ?? 0
  const deferred = t.byAction.delayed ?? 0
  const head = `${n(t.lines)} ${L.lines}, ${n(t.deliveries)} ${L.deliveries}: ${n(t.byAction.delivered ?? 0)} ${L.delivered}, ${n(deferred)} ${L.deferred}, ${n(bounced)} ${L.bounced}`
  const lines = [paint.bold(head)]
  if (bounced + deferred === 0) lines.push('', L.nothing)
  lines.push(...groupLines(L.bouncedByReason, byCount(t.byReason.failed), paint, 5, lang, () => ''))
  lines.push(...groupLines(L.deferredByReason, byCount(t.byReason.delayed), paint, 4, lang, () => ''))
  lines.push(
    ...groupLines(L.byRecipientDomain, byCount(t.byDomain), paint, 4, lang, (g) => {
      const top = g.reasons ? [...g.reasons].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined
      return `  ${n(g.failed)} ${L.bounced}, ${n(g.delayed)} ${L.deferred}${top ? `; ${L.mostly} ${top}` : ''}`
    }),
  )
  return `${lines.join('\n')}\n`
}
