// The loopback cases provoked again with each server logging another way (test/corpus/loopback-formats/,
// scripts/corpus/formats.sh): Postfix through postlogd with long queue ids and master.cf's relay service, Exim with
// log_selector = +all in its main log and through syslog as RFC 5424, Sendmail as RFC 5424. The truth is the same
// cases' truth in the loopback manifest: what happened to each recipient does not depend on how it was logged.
import { describe, expect, it } from 'vitest'
import { parseLog, type LogDelivery } from '../../worker/core/log-parser.ts'
import { manifest, type TruthRow } from '../corpus/loopback.ts'
import formats from '../corpus/loopback-formats/formats.json'

const raw = import.meta.glob('../corpus/loopback-formats/*.{maillog,mainlog,log}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>
const text = (path: string) => {
  const t = raw[`../corpus/loopback-formats/${path}`]
  if (t === undefined) throw new Error(`no ${path} in test/corpus/loopback-formats/`)
  return t
}

/** A refusal at MAIL FROM names no recipient in the receiving server's log (as in the loopback corpus's own test). */
const AT_MAIL = /(?:^|\/)(?:sender-rejected-by|message-too-large-for)-/

/** The truth rows of the cases this run provoked (not Haraka's), for a failure or a deferral. */
function truthOf(sameCasesAs: string): TruthRow[] {
  const file = manifest.files.find((f) => f.path === sameCasesAs)
  if (!file) throw new Error(`no ${sameCasesAs} in the loopback manifest`)
  return file.truth.filter((t) => !String(t.case).startsWith('haraka/') && (t.action === 'failed' || t.action === 'delayed'))
}

const failures = (ds: LogDelivery[]) => ds.filter((d) => d.action === 'failed' || d.action === 'delayed')

describe('the loopback cases logged other ways', () => {
  it.each(formats.files.map((f) => [f.path, f] as const))(
    '%s lists every bounced and deferred recipient, with the status its MTA gave',
    (path, f) => {
      const got = parseLog(text(path))
      const pairs = got.map((d) => `${d.recipient.toLowerCase()} ${d.action}`)
      const triples = got.map((d) => `${d.recipient.toLowerCase()} ${d.action} ${d.status}`)
      const truth = truthOf(f.sameCasesAs)
      expect(truth.length).toBeGreaterThan(10)
      for (const t of truth) {
        if (t.role === 'receiver' && AT_MAIL.test(t.case ?? '')) continue
        expect(pairs, `${path}: ${t.case}`).toContain(`${t.recipient.toLowerCase()} ${t.action}`)
        const written = t.reportedStatus ?? t.status
        if (t.role === 'sender' && written) expect(triples, `${path}: ${t.case}`).toContain(`${t.recipient.toLowerCase()} ${t.action} ${written}`)
      }
      // No recipient is made up: every failure listed is a recipient of one of the cases.
      const known = new Set(manifest.files.find((m) => m.path === f.sameCasesAs)!.truth.map((t) => t.recipient.toLowerCase()))
      for (const d of failures(got)) expect(known, `${path}: ${d.recipient}`).toContain(d.recipient.toLowerCase())
    },
  )

  it("Exim's run reads the same from its +all main log and from syslog, where each refusal came twice", () => {
    const brief = (d: LogDelivery) => [d.recipient, d.action, d.status, d.remoteMta, d.diagnosticCode, d.queueId, d.direction]
    const mainlog = parseLog(text('exim-all.mainlog'))
    const syslog = parseLog(text('exim.rfc5424.log'))
    expect(failures(mainlog).length).toBeGreaterThan(30)
    expect(syslog.map(brief)).toEqual(mainlog.map(brief))
    expect(syslog[0]?.time).toMatch(/^2026-12-02T\d\d:\d\d:\d\d\.\d{6}\+00:00$/)
    expect(mainlog[0]?.time).toMatch(/^2026-12-02 \d\d:\d\d:\d\d\.\d{3}$/)
    // +deliver_time's DT= is a field, not part of the reason.
    for (const d of mainlog) expect(d.diagnosticCode ?? '').not.toMatch(/\bDT=/)
  })

  it("Postfix's postlogd file: every delivery line is read, long queue ids and postfix/relay/smtp included", () => {
    const log = text('postfix.maillog')
    const lines = log.split('\n').filter((l) => / status=(?:sent|bounced|deferred|expired)\b/.test(l) && l.includes(': to=<'))
    // And one failure for the recipient of each message returned as expired (one recipient each in these cases).
    const expired = log.split('\n').filter((l) => /: from=<[^>]*>, status=expired, returned to sender$/.test(l))
    expect(expired.length).toBe(2)
    const got = parseLog(log).filter((d) => !d.direction)
    expect(got.length).toBe(lines.length + expired.length)
    expect(lines.some((l) => l.includes(' postfix/relay/smtp['))).toBe(true)
    expect(got.filter((d) => d.queueId && d.queueId.length >= 12).length).toBe(got.length)
    expect(got[0]?.time).toMatch(/^Dec 02 \d\d:\d\d:\d\d$/)
  })
})
