// Terminal renderings of delivery reports: a pasted message or log (explain), and a whole log's tally (report),
// laid out like pflogsumm's bounce and deferral sections with the diagnosis added.
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

const n = (x: number) => x.toLocaleString('en')
const cut = (s: string, max = EXAMPLE_MAX) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

type Diagnosed = Explanation & { diagnosis?: { reason?: string; steps?: string[] } }

/** One line per recipient with its reply and what it means, then the counts. */
export function deliveryReportText(r: DeliveryReport, paint: Paint): string {
  const lines: string[] = []
  const s = r.summary
  const actions = Object.entries(s.byAction)
    .map(([a, c]) => `${c} ${a}`)
    .join(', ')
  lines.push(
    paint.bold(`${r.kind === 'message' ? 'Bounce message' : 'Log excerpt'}: ${s.recipients} recipient${s.recipients === 1 ? '' : 's'} (${actions})`),
  )
  if (r.message?.subject) lines.push(`Subject: ${r.message.subject}`)
  if (r.message?.messageId) lines.push(`Message-ID: ${r.message.messageId}`)
  for (const x of r.recipients) {
    const e = x.explanation as Diagnosed | undefined
    const cls = e?.class ?? (x.action === 'failed' ? 5 : x.action === 'delayed' ? 4 : 2)
    lines.push('', paint.cls(cls, `${x.recipient}  ${x.action}${x.status ? ` ${x.status}` : ''}${e ? `  ${reasonOf(e)}` : ''}`))
    if (x.diagnosticCode) lines.push(`  Server said: ${cut(x.diagnosticCode, 400)}`)
    if (x.remoteMta) lines.push(`  Remote MTA: ${x.remoteMta}`)
    if (e) for (const entry of e.entries) lines.push(`  ${entry.code} ${entry.title}: ${entry.summary}`)
    for (const step of e?.diagnosis?.steps?.slice(0, 2) ?? []) lines.push(`  To do: ${step}`)
  }
  lines.push(
    '',
    `By reason: ${Object.entries(s.byReason)
      .map(([k, c]) => `${k} ${c}`)
      .join(', ')}`,
  )
  lines.push(
    `By domain: ${Object.entries(s.byDomain)
      .map(([k, c]) => `${k} ${c}`)
      .join(', ')}`,
  )
  for (const w of r.warnings) lines.push(`Warning: ${w}`)
  return `${lines.join('\n')}\n`
}

function groupLines(title: string, groups: Array<[string, Group]>, paint: Paint, cls: number, detail: (g: Group) => string): string[] {
  if (groups.length === 0) return []
  const total = groups.reduce((x, [, g]) => x + g.count, 0)
  const width = Math.max(...groups.slice(0, GROUPS_SHOWN).map(([, g]) => n(g.count).length))
  const out = ['', paint.bold(`${title} (${n(total)})`), paint.dim('-'.repeat(title.length + n(total).length + 3))]
  for (const [key, g] of groups.slice(0, GROUPS_SHOWN)) {
    out.push(`  ${n(g.count).padStart(width)}  ${paint.cls(cls, key)}${detail(g)}`)
    out.push(`  ${' '.repeat(width)}    ${paint.dim(`e.g. ${cut(g.example)}`)}`)
  }
  if (groups.length > GROUPS_SHOWN) out.push(`  … and ${groups.length - GROUPS_SHOWN} more (--json lists all)`)
  return out
}

const byCount = (m: Map<string, Group>) => [...m].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))

export function logReportText(t: LogTally, paint: Paint): string {
  const bounced = t.byAction.failed ?? 0
  const deferred = t.byAction.delayed ?? 0
  const head = `${n(t.lines)} lines, ${n(t.deliveries)} deliveries: ${n(t.byAction.delivered ?? 0)} delivered, ${n(deferred)} deferred, ${n(bounced)} bounced`
  const lines = [paint.bold(head)]
  if (bounced + deferred === 0) lines.push('', 'No bounced or deferred deliveries.')
  lines.push(...groupLines('Bounced, by reason', byCount(t.byReason.failed), paint, 5, () => ''))
  lines.push(...groupLines('Deferred, by reason', byCount(t.byReason.delayed), paint, 4, () => ''))
  lines.push(
    ...groupLines('Bounced and deferred, by recipient domain', byCount(t.byDomain), paint, 4, (g) => {
      const top = g.reasons ? [...g.reasons].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined
      return `  ${n(g.failed)} bounced, ${n(g.delayed)} deferred${top ? `; mostly ${top}` : ''}`
    }),
  )
  return `${lines.join('\n')}\n`
}
