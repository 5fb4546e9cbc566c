// Keeps the breadth corpus (loopback-breadth/, scripts/corpus/breadth.sh) consistent: the manifest lists every
// message and only those, each truth row is well-formed, names a recipient the message names, and the action and
// status the message's delivery-status part gives (dma writes none: a plain-text bounce per recipient).
import { describe, expect, it } from 'vitest'
import { REASON_IDS } from '../../data/diagnosis/types.ts'
import { breadthManifest, breadthText, breadthTexts } from './breadth.ts'
import { dsnStatusProblems } from './loopback.ts'

const REASONS: ReadonlySet<string> = new Set(REASON_IDS)
const SOFTWARE = new Set(['postfix', 'exim', 'sendmail', 'opensmtpd', 'dma', 'nullmailer'])
const reservedDomain = (d: string) => /(^|\.)test$/.test(d) || /(^|\.)(localhost|localdomain)$/.test(d)

describe('breadth corpus manifest', () => {
  it('lists every message, and every listed message exists', () => {
    const listed = breadthManifest.files.map((f) => f.path)
    expect(listed.length).toBeGreaterThan(20)
    expect([...breadthTexts.keys()].filter((p) => !listed.includes(p))).toEqual([])
    expect(listed.filter((p) => !breadthTexts.has(p))).toEqual([])
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('describes each message truly', () => {
    const problems: string[] = []
    for (const f of breadthManifest.files) {
      const text = breadthText(f.path)
      if (!SOFTWARE.has(f.software) || !f.path.startsWith(`${f.software}/`)) problems.push(`${f.path}: software ${f.software}`)
      if (f.version !== breadthManifest.software[f.software]?.version) problems.push(`${f.path}: version ${f.version}`)
      if (f.kind !== 'dsn') problems.push(`${f.path}: kind ${f.kind}`)
      if (!f.originalMessageId || !text.includes(f.originalMessageId)) problems.push(`${f.path}: no original Message-ID`)
      if (f.truth.length === 0) problems.push(`${f.path}: no truth rows`)
      const statusPart = f.dsn !== 'plain'
      if (statusPart && [...text.matchAll(/^Final-Recipient:/gim)].length !== f.truth.length)
        problems.push(`${f.path}: Final-Recipient fields and truth rows differ in number`)
      for (const t of f.truth) {
        const domain = t.recipient.split('@')[1] ?? ''
        if (!reservedDomain(domain)) problems.push(`${f.path}: unreserved ${t.recipient}`)
        if (!text.toLowerCase().includes(t.recipient.toLowerCase())) problems.push(`${f.path}: ${t.recipient} absent`)
        const delivered = t.action === 'delivered' || t.action === 'relayed'
        if (delivered ? t.reason !== null : !REASONS.has(t.reason ?? '')) problems.push(`${f.path}: reason ${t.reason}`)
        if (!t.status || !/^[245]\.\d{1,3}\.\d{1,3}$/.test(t.status)) problems.push(`${f.path}: status ${t.status}`)
        if (statusPart) {
          if (!new RegExp(`^Action:\\s*${t.action}\\b`, 'im').test(text)) problems.push(`${f.path}: no Action: ${t.action}`)
          problems.push(...dsnStatusProblems(f.path, t, text))
        } else if (!text.includes(` ${t.status} `)) problems.push(`${f.path}: the reply quoted has no ${t.status}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('covers every sending MTA, delay notices, success reports and a global (SMTPUTF8) DSN', () => {
    const files = breadthManifest.files
    for (const sw of SOFTWARE)
      expect(
        files.some((f) => f.software === sw),
        sw,
      ).toBe(true)
    expect(files.some((f) => f.dsn === 'delayed' && f.software === 'postfix')).toBe(true)
    expect(files.some((f) => f.dsn === 'delayed' && f.software === 'opensmtpd')).toBe(true)
    expect(files.some((f) => f.dsn === 'success')).toBe(true)
    expect(files.some((f) => f.contentType === 'message/global-delivery-status')).toBe(true)
  })
})
