// `report`: a whole log streamed, bounced and deferred deliveries counted by reason and domain, --json in the API's
// shape (recipients[], summary), .gz and several files, and the exit status.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from './run-cli.ts'

const dir = mkdtempSync(join(tmpdir(), 'scc-report-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const at = (t: string) => `Dec  1 10:00:${t} mx`
const LOG = [
  `${at('01')} postfix/smtpd[123]: connect from unknown[192.0.2.5]`,
  `${at('02')} postfix/smtp[456]: 4ABCD12345: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))`,
  `${at('03')} postfix/smtp[456]: 4ABCD12346: to=<ann@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.2]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.2.2, status=deferred (host gmail-smtp-in.l.google.com[192.0.2.2] said: 452-4.2.2 The recipient's inbox is out of storage space. 452 4.2.2 Please direct the recipient to the help page (in reply to RCPT TO command))`,
  `${at('04')} postfix/smtp[456]: 4ABCD12347: to=<cat@example.org>, relay=mx.example.org[192.0.2.3]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK)`,
  `${at('05')} postfix/smtp[457]: 4ABCD12348: to=<dan@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <dan@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))`,
  `${at('06')} postfix/qmgr[99]: 4ABCD12348: removed`,
].join('\n')
const file = join(dir, 'mail.log')
writeFileSync(file, `${LOG}\n`)
writeFileSync(join(dir, 'mail.log.1.gz'), gzipSync(`${LOG}\n`))
writeFileSync(join(dir, 'quiet.log'), `${at('01')} postfix/smtpd[123]: connect from unknown[192.0.2.5]\n`)

describe('report', () => {
  it('groups bounced and deferred deliveries by reason and by domain, with an example each', async () => {
    const r = await cli(['report', file])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^6 lines, 4 deliveries: 1 delivered, 1 deferred, 2 bounced/)
    expect(r.stdout).toMatch(/Bounced, by reason \(2\)[\s\S]*\n {2}2 {2}\S[^\n]*\n\s+e\.g\. host mx\.example\.com\[192\.0\.2\.1\] said: 550 5\.1\.1/)
    expect(r.stdout).toMatch(/Deferred, by reason \(1\)/)
    expect(r.stdout).toMatch(/ {2}2 {2}example\.com {2}2 bounced, 0 deferred/)
    expect(r.stdout).toMatch(/ {2}1 {2}gmail\.com {2}0 bounced, 1 deferred/)
  })

  it('prints recipients[] and summary with --json, and reads .gz files and several files', async () => {
    const r = await cli(['report', '--json', file, join(dir, 'mail.log.1.gz')])
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout)
    expect(body.recipients.map((x: { recipient: string; action: string }) => `${x.recipient} ${x.action}`)).toEqual([
      'bob@example.com failed',
      'ann@gmail.com delayed',
      'dan@example.com failed',
      'bob@example.com failed',
      'ann@gmail.com delayed',
      'dan@example.com failed',
    ])
    expect(body.recipients[0]).toMatchObject({
      status: '5.1.1',
      remoteMta: 'mx.example.com[192.0.2.1]',
      software: 'postfix',
      explanation: { basic: '550', enhanced: '5.1.1' },
    })
    expect(body.summary).toMatchObject({
      recipients: 6,
      byAction: { failed: 4, delayed: 2 },
      byDomain: { 'example.com': 4, 'gmail.com': 2 },
      scanned: { lines: 12, deliveries: 8, delivered: 2 },
    })
  })

  it('reads standard input', async () => {
    const r = await cli(['report', '--json'], { stdin: gzipSync(LOG) })
    expect(JSON.parse(r.stdout).summary.recipients).toBe(3)
  })

  it('exits 1 when nothing bounced or was deferred, 2 for a missing file', async () => {
    const quiet = await cli(['report', join(dir, 'quiet.log')])
    expect(quiet.code).toBe(1)
    expect(quiet.stdout).toContain('No bounced or deferred deliveries.')
    const missing = await cli(['report', join(dir, 'nope.log')])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('no such file')
  })

  it('survives binary junk and a corrupt .gz', async () => {
    writeFileSync(join(dir, 'junk.log'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)))
    expect((await cli(['report', join(dir, 'junk.log')])).code).toBe(1)
    writeFileSync(join(dir, 'broken.gz'), Buffer.concat([gzipSync(LOG).subarray(0, 40)]))
    const broken = await cli(['report', join(dir, 'broken.gz')])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/broken\.gz/)
  })
  it("gives a log's recipients the reasons the API gives them: a deferral is never expired, a failure still 4.x.x is", async () => {
    const logs = ['postfix.log', 'exim.mainlog', 'sendmail.log'].map((f) => join(import.meta.dirname, '../corpus/loopback-failures', f))
    const r = await cli(['report', '--json', ...logs])
    expect(r.code).toBe(0)
    type Row = { recipient: string; action: string; status?: string; explanation?: { diagnosis: { reason: string } } }
    const rows = (JSON.parse(r.stdout).recipients as Row[]).filter((x) => x.explanation)
    const reasons = (action: string) => new Set(rows.filter((x) => x.action === action).map((x) => x.explanation!.diagnosis.reason))
    expect(rows.length).toBeGreaterThan(200)
    expect(reasons('delayed')).not.toContain('expired')
    expect(reasons('delayed')).toContain('network-error')
    for (const x of rows)
      if (x.action === 'failed' && x.status?.startsWith('4.')) expect(x.explanation!.diagnosis.reason, x.recipient).toBe('expired')
  })

  it("gives Exim's failures the remote's enhanced code as their status, with Exim's 5.0.0 as reportedStatus, as the API does", async () => {
    const r = await cli(['report', '--json', join(import.meta.dirname, '../corpus/loopback/exim/mainlog')])
    type Row = { recipient: string; action: string; status?: string; reportedStatus?: string }
    const rows = JSON.parse(r.stdout).recipients as Row[]
    const nouser = rows.filter((x) => x.recipient === 'nouser@postfix.test' && x.action === 'failed')
    expect(nouser.length).toBeGreaterThan(0)
    for (const x of nouser) expect([x.status, x.reportedStatus]).toEqual(['5.1.1', '5.0.0'])
    // "550 Unrouteable address" carries no enhanced code: Exim's class-only status stays.
    const unrouteable = rows.find((x) => x.recipient === 'nouser@exim.test' && x.action === 'failed')
    expect(unrouteable).toMatchObject({ status: '5.0.0' })
    expect(unrouteable).not.toHaveProperty('reportedStatus')
  })
})
