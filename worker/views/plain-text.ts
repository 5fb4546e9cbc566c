// Short terminal answers for `curl`: the facts a person needs, no markup.
import type { CodeEntry, CodeLookup, Comparison, Explanation, Matrix } from '../api/schemas.ts'

function entryText(e: CodeEntry): string {
  const lines = [
    `${e.code}  ${e.title}`,
    `  ${e.kind === 'basic' ? `${e.class}xx` : `${e.class}.x.x`} ${e.classInfo.name}. ${e.summary}`,
    `  When: ${e.whenSeen}`,
    `  Fix (sender): ${e.fix.sender}`,
    `  Fix (admin): ${e.fix.admin}`,
  ]
  if (e.retry.note) lines.push(`  Retry: ${e.retry.note}`)
  if (e.pairings.length) lines.push(`  Usually with: ${e.pairings.join(', ')}`)
  lines.push(`  See: ${e.references.map((r) => r.label).join('; ')}`)
  return lines.join('\n')
}

export function lookupText(l: CodeLookup): string {
  return `${l.entries.map(entryText).join('\n\n')}\n`
}

export function comparisonText(c: Comparison): string {
  const width = Math.max(...c.aspects.map((a) => a.label.length))
  const rows = c.aspects
    .filter((a) => !a.shared)
    .map((a) => `  ${a.label.padEnd(width)}  ${c.a.code}: ${a.a}\n  ${' '.repeat(width)}  ${c.b.code}: ${a.b}`)
  const shared = c.aspects.filter((a) => a.shared).map((a) => a.label)
  return [
    `${c.a.code} (${c.a.title}) vs ${c.b.code} (${c.b.title})`,
    c.summary,
    ...(rows.length ? ['', 'Differences:', ...rows] : []),
    ...(shared.length ? ['', `Shared: ${shared.join(', ')}`] : []),
    ...(c.note ? ['', `Note: ${c.note.text}`] : []),
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
  const head = [x.basic, x.enhanced].filter(Boolean).join(' ')
  return [
    `${head}: ${x.classInfo.name} (${x.class}xx). ${x.classInfo.meaning}`,
    ...diagnosisLines(x.diagnosis),
    ...(x.stage ? [`Stage: ${x.stage}`] : []),
    ...(x.text ? [`Server said: ${x.text}`] : []),
    ...x.entries.map((e) => `${e.code} ${e.title}: ${e.summary}`),
    ...x.warnings.map((w) => `Warning: ${w.message}`),
    '',
  ].join('\n')
}
