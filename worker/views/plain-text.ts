// Short terminal answers for `curl`: the facts a person needs, no markup, labelled in the answer's language.
import { isLocale, type Locale } from '../../data/i18n/locales.ts'
import { PAGE_LABELS } from '../../data/i18n/page-labels.ts'
import { TEXT_LABELS } from '../../data/i18n/text-labels.ts'
import type { Batch, CodeEntry, CodeList, CodeLookup, Comparison, DeliveryReportView, Explanation, Matrix } from '../api/schemas.ts'

function labelsFor(lang: string) {
  const l: Locale = isLocale(lang) ? lang : 'en'
  const page = PAGE_LABELS[l]
  return {
    ...TEXT_LABELS[l],
    when: page.whenSeen,
    fixSender: `${page.howToFix} (${page.sender})`,
    fixAdmin: `${page.howToFix} (${page.admin})`,
    see: page.learnMore,
    warning: page.warnings,
  }
}

function entryText(e: CodeEntry, lang: string): string {
  const t = labelsFor(lang)
  const lines = [
    `${e.code}  ${e.title}`,
    `  ${e.kind === 'basic' ? `${e.class}xx` : `${e.class}.x.x`} ${e.classInfo.name}. ${e.summary}`,
    `  ${t.when}: ${e.whenSeen}`,
    `  ${t.fixSender}: ${e.fix.sender}`,
    `  ${t.fixAdmin}: ${e.fix.admin}`,
  ]
  if (e.retry.note) lines.push(`  ${t.retry}: ${e.retry.note}`)
  if (e.pairings.length) lines.push(`  ${t.usuallyWith}: ${e.pairings.join(', ')}`)
  lines.push(`  ${t.see}: ${e.references.map((r) => r.label).join('; ')}`)
  return lines.join('\n')
}

export function lookupText(l: CodeLookup): string {
  return `${l.entries.map((e) => entryText(e, l.lang)).join('\n\n')}\n`
}

/** The catalog, one code a line: enhanced codes in registry form with the classes they are used in. */
export function listText(list: CodeList): string {
  return `${list.codes.map((s) => `${s.code.padEnd(7)} ${s.classes ? `(${s.classes.join('/')}) ` : ''}${s.title}`).join('\n')}\n`
}

/** Each batch item's text answer, or its problem, separated by blank lines. */
export function batchText(b: Batch): string {
  const items = b.results.map((r) => {
    if (!r.ok) return `${r.key}: ${r.problem?.detail ?? 'failed'}\n`
    if (r.comparison) return comparisonText(r.comparison)
    return r.lookup ? lookupText(r.lookup) : `${r.key}\n`
  })
  return items.join('\n')
}

export function comparisonText(c: Comparison): string {
  const t = labelsFor(c.lang)
  const width = Math.max(...c.aspects.map((a) => a.label.length))
  const rows = c.aspects
    .filter((a) => !a.shared)
    .map((a) => `  ${a.label.padEnd(width)}  ${c.a.code}: ${a.a}\n  ${' '.repeat(width)}  ${c.b.code}: ${a.b}`)
  const shared = c.aspects.filter((a) => a.shared).map((a) => a.label)
  return [
    `${c.a.code} (${c.a.title}) vs ${c.b.code} (${c.b.title})`,
    c.summary,
    ...(rows.length ? ['', `${t.differences}:`, ...rows] : []),
    ...(shared.length ? ['', `${t.shared}: ${shared.join(', ')}`] : []),
    ...(c.note ? ['', `${t.note}: ${c.note.text}`] : []),
    '',
  ].join('\n')
}

export function matrixText(m: Matrix): string {
  return `${m.pairs.map((p) => `${p.a} vs ${p.b}: ${p.summary}`).join('\n')}\n`
}

const BOUNCE_WORDS = { hard: 'hard bounce: stop sending to this address', soft: 'soft bounce: the address is not the problem', none: 'not a failure' }

function diagnosisLines(d: Explanation['diagnosis']): string[] {
  if (d.bounce === 'none') return []
  return [
    `Why: ${d.title} (${d.reason}; ${BOUNCE_WORDS[d.bounce]}; who acts: ${d.actor}; confidence ${d.confidence}, from the ${d.basis === 'text' ? 'words' : d.basis})`,
    ...(d.evidence ? [`  Decided by: "${d.evidence.text}"`] : []),
    ...(d.provider ? [`  Provider: ${d.provider.name}${d.provider.code ? ` (${d.provider.code})` : ''} ${d.provider.url}`] : []),
    ...d.steps.map((s) => `  - ${s}`),
  ]
}

export function explanationText(x: Explanation): string {
  const t = labelsFor(x.lang)
  const head = [x.basic, x.enhanced].filter(Boolean).join(' ')
  return [
    `${head}: ${x.classInfo.name} (${x.class}xx). ${x.classInfo.meaning}`,
    ...diagnosisLines(x.diagnosis),
    ...(x.stage ? [`${t.stage}: ${x.stage}`] : []),
    ...(x.text ? [`${t.serverSaid}: ${x.text}`] : []),
    ...x.entries.map((e) => `${e.code} ${e.title}: ${e.summary}`),
    ...x.warnings.map((w) => `${t.warning}: ${w.message}`),
    '',
  ].join('\n')
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')

/** A pasted message or log: one line per recipient, then the summary. */
export function deliveryReportText(r: DeliveryReportView): string {
  const t = labelsFor(r.lang)
  const m = r.message
  return [
    ...(m?.subject || m?.messageId ? [`Original message: ${[m.subject && `"${m.subject}"`, m.messageId, m.date].filter(Boolean).join(' ')}`] : []),
    ...r.recipients.map((x) => {
      const reply = [x.explanation?.basic, x.explanation?.enhanced].filter(Boolean).join(' ')
      const why = x.explanation ? `${x.explanation.diagnosis.title} (${x.explanation.diagnosis.bounce})` : 'no code'
      return `${x.recipient}: ${x.action}${x.status ? ` ${x.status}` : ''}${reply ? ` [${reply}]` : ''}, ${why}${x.remoteMta ? `, at ${x.remoteMta}` : ''}`
    }),
    `Recipients: ${r.summary.recipients}${r.summary.listed < r.summary.recipients ? ` (${r.summary.listed} listed)` : ''}; ${counts(r.summary.byAction)}`,
    `Bounces: hard ${r.summary.byBounce.hard}, soft ${r.summary.byBounce.soft}, none ${r.summary.byBounce.none}`,
    `Reasons: ${counts(r.summary.byReason)}`,
    `Domains: ${counts(r.summary.byDomain)}`,
    ...r.warnings.map((w) => `${t.warning}: ${w}`),
    '',
  ].join('\n')
}
