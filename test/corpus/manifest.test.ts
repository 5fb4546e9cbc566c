// Keeps the loopback corpus from rotting: the manifest and the files agree, every truth
// row is well-formed and agrees with the file it describes, and nothing but reserved
// domains appears in any file.
import { describe, expect, it } from 'vitest'
import { REASON_IDS } from '../../data/diagnosis/types.ts'
import { corpusText, corpusTexts, manifest, dsnStatusProblems, type TruthRow } from './loopback'

// The reason ids of the diagnosis contract.
const REASONS: ReadonlySet<string> = new Set(REASON_IDS)
const ACTIONS = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded'])
const SOFTWARE = new Set(['postfix', 'exim', 'sendmail', 'haraka'])
const LOG_FORMATS = new Set(['rsyslog-rfc3339', 'rsyslog-traditional', 'exim-mainlog', 'haraka-stdout'])
// Only reserved names (RFC 2606 / RFC 6761) and the machine's own local names may appear.
const reservedDomain = (d: string) => /(^|\.)test$/.test(d) || /^example\.(com|net|org)$/.test(d) || /(^|\.)(localhost|localdomain)$/.test(d)

const listed = manifest.files.map((f) => f.path)
const present = [...corpusTexts.keys()].filter((p) => p !== 'manifest.json')

function rowProblems(row: TruthRow, receiverSide: boolean): string[] {
  const p: string[] = []
  if (!/^[^@\s]+@[^@\s]+$/.test(row.recipient)) p.push(`recipient ${row.recipient}`)
  else if (!reservedDomain(row.recipient.split('@')[1]!)) p.push(`unreserved domain in ${row.recipient}`)
  if (!ACTIONS.has(row.action)) p.push(`action ${row.action}`)
  if (row.status === null) {
    if (!receiverSide && !row.dsnIncomplete) p.push('status missing')
  } else {
    const m = /^([245])\.\d{1,3}\.\d{1,3}$/.exec(row.status)
    if (!m) p.push(`status ${row.status}`)
    else {
      const cls = m[1]
      // an expired delivery keeps the 4.x.x of its last attempt (Postfix, Sendmail)
      const ok = row.action === 'failed' ? cls !== '2' : row.action === 'delayed' ? cls === '4' : cls === '2'
      if (!ok) p.push(`status ${row.status} with action ${row.action}`)
    }
  }
  const delivered = row.action === 'delivered' || row.action === 'relayed' || row.action === 'expanded'
  if (delivered ? row.reason !== null : !REASONS.has(row.reason ?? '')) p.push(`reason ${row.reason} for ${row.action}`)
  if (row.remoteMta !== null && !/^[a-z0-9.-]+$/.test(row.remoteMta)) p.push(`remoteMta ${row.remoteMta}`)
  if (row.remoteMta !== null && !reservedDomain(row.remoteMta)) p.push(`unreserved remoteMta ${row.remoteMta}`)
  return p
}

describe('loopback corpus manifest', () => {
  it('lists every file, and every listed file exists', () => {
    expect(present.length).toBeGreaterThan(0)
    expect(listed.filter((p) => !corpusTexts.has(p))).toEqual([])
    expect(present.filter((p) => !listed.includes(p))).toEqual([])
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('names a known software and version for every file', () => {
    for (const f of manifest.files) {
      expect(SOFTWARE.has(f.software), f.path).toBe(true)
      // a receiver's log sits beside the case it belongs to; everything else in its own software's folder
      const folder = f.role === 'receiver' ? f.caseSoftware : f.software
      expect(f.path.startsWith(`${folder}/`), f.path).toBe(true)
      if (f.caseSoftware !== undefined) expect(SOFTWARE.has(f.caseSoftware), f.path).toBe(true)
      expect(f.version, f.path).toBe(manifest.software[f.software]?.version)
      expect(f.case, f.path).toMatch(/^[a-z0-9-]+$/)
      expect(f.kind === 'dsn' || f.kind === 'log', f.path).toBe(true)
    }
  })

  it('has well-formed truth rows', () => {
    const problems: string[] = []
    for (const f of manifest.files) {
      if (f.truth.length === 0 && f.role !== 'receiver') problems.push(`${f.path}: no truth rows`)
      for (const row of f.truth) {
        for (const p of rowProblems(row, f.role === 'receiver' || row.role === 'receiver')) problems.push(`${f.path}: ${p}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('describes DSNs that report exactly their truth recipients', () => {
    const problems: string[] = []
    for (const f of manifest.files.filter((x) => x.kind === 'dsn')) {
      const text = corpusText(f.path)
      const lower = text.toLowerCase()
      if (!/^Content-Type: multipart\/report;[^\n]*\n?[^\n]*report-type="?delivery-status/im.test(text))
        problems.push(`${f.path}: not a multipart/report DSN`)
      if (!f.originalMessageId || !text.includes(f.originalMessageId)) problems.push(`${f.path}: original Message-ID ${f.originalMessageId} absent`)
      const reported = [...text.matchAll(/^Final-Recipient:/gim)].length
      if (reported !== f.truth.length) problems.push(`${f.path}: ${reported} Final-Recipient fields, ${f.truth.length} truth rows`)
      for (const row of f.truth) {
        if (!lower.includes(row.recipient.toLowerCase())) problems.push(`${f.path}: ${row.recipient} absent`)
        if (row.dsnIncomplete) {
          // marked because the block has no Status (and maybe no Action): check that it is so, and what it has
          if (/^Status:/im.test(text)) problems.push(`${f.path}: marked dsnIncomplete, but has a Status`)
          if (/^Action:/im.test(text) && !new RegExp(`^Action:\\s*${row.action}\\b`, 'im').test(text))
            problems.push(`${f.path}: no Action: ${row.action}`)
          if (row.diagnosticCode && !text.includes(row.diagnosticCode)) problems.push(`${f.path}: no Diagnostic-Code ${row.diagnosticCode}`)
          continue
        }
        if (!new RegExp(`^Action:\\s*${row.action}\\b`, 'im').test(text)) problems.push(`${f.path}: no Action: ${row.action}`)
        problems.push(...dsnStatusProblems(f.path, row, text))
      }
      const kinds = new Set(f.truth.map((r) => r.action))
      if (f.dsn === 'delayed' && (kinds.size !== 1 || !kinds.has('delayed'))) problems.push(`${f.path}: a delay warning with ${[...kinds]}`)
      if (f.dsn === 'failed' && !kinds.has('failed')) problems.push(`${f.path}: a failure DSN without a failed row`)
    }
    expect(problems).toEqual([])
  })

  it('describes logs that mention every sending-side recipient', () => {
    const problems: string[] = []
    for (const f of manifest.files.filter((x) => x.kind === 'log')) {
      const text = corpusText(f.path).toLowerCase()
      if (!LOG_FORMATS.has(f.format ?? '')) problems.push(`${f.path}: format ${f.format}`)
      if (text.trim() === '') problems.push(`${f.path}: empty`)
      for (const row of f.truth) {
        if (f.role === 'receiver' || row.role === 'receiver') continue
        if (!text.includes(row.recipient.toLowerCase())) problems.push(`${f.path}: ${row.recipient} absent`)
      }
    }
    expect(problems).toEqual([])
  })

  it('covers each software with DSNs and logs of the main reasons', () => {
    for (const sw of ['postfix', 'exim', 'sendmail', 'haraka']) {
      const reasons = new Set(manifest.files.filter((f) => f.software === sw && f.kind === 'dsn').flatMap((f) => f.truth.map((r) => r.reason)))
      for (const r of ['user-unknown', 'relay-denied', 'domain-not-found'] as const) expect(reasons.has(r), `${sw} ${r}`).toBe(true)
      expect(
        manifest.files.some((f) => f.software === sw && f.role === 'combined'),
        sw,
      ).toBe(true)
    }
  })

  it('holds no address outside the reserved domains', () => {
    const bad: string[] = []
    for (const [path, text] of corpusTexts) {
      for (const m of text.matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
        if (!reservedDomain(m[1]!.toLowerCase())) bad.push(`${path}: ${m[0]}`)
      }
    }
    expect(bad).toEqual([])
  })
})
