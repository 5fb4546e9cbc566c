// Failure modes the loopback corpus does not provoke (test/corpus/loopback-failures/, scripts/corpus/failures.sh),
// from real Postfix, Exim and Sendmail: every bounced, deferred and expired recipient is listed with the status and
// remote MTA its log gives. Then the same real lines as other pipelines deliver them and mixed with other daemons'
// lines (log-noise.ts): what a production log pasted or fed to the CLI looks like. The answer must not change.
import { describe, expect, it } from 'vitest'
import { classifyPaste } from '../../worker/core/explain-paste.ts'
import { LogReader, parseLog, type LogDelivery } from '../../worker/core/log-parser.ts'
import type { TruthRow } from '../corpus/loopback.ts'
import manifest from '../corpus/loopback-failures/manifest.json'
import { eximToSyslog, otherDaemons, REWRITES, splitSyslog } from './log-noise.ts'

const raw = import.meta.glob('../corpus/loopback-failures/*.{log,mainlog}', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>
const text = (path: string) => {
  const t = raw[`../corpus/loopback-failures/${path}`]
  if (t === undefined) throw new Error(`no ${path} in test/corpus/loopback-failures/`)
  return t
}
const files = manifest.files as unknown as { path: string; software: string; truth: (TruthRow & { case: string })[] }[]
const lines = (t: string) => t.split('\n').filter((l) => l !== '')

/** What a recipient's entry says, without the time (some pipelines drop it, others change its form). */
const brief = (d: LogDelivery) => [d.recipient, d.action, d.status, d.remoteMta, d.diagnosticCode, d.queueId, d.direction].join(' | ')

/** Every file as syslog lines: Exim's main log as Exim writes the same lines to syslog. */
function syslogLines(path: string): string[] {
  const ls = lines(text(path))
  return path.endsWith('.mainlog') ? ls.map((l) => eximToSyslog(l)) : ls
}

describe('failure modes provoked on loopback', () => {
  it.each(files.map((f) => [f.path, f] as const))('%s lists every bounced, deferred and expired recipient', (path, f) => {
    const got = parseLog(text(path))
    const bounced = f.truth.filter((t) => t.action !== 'delivered')
    expect(bounced.length).toBeGreaterThan(5)
    for (const t of f.truth) {
      const mine = got.filter((d) => d.recipient === t.recipient && d.action === t.action)
      expect(mine.length, `${path} ${t.case}: ${t.recipient} ${t.action}`).toBeGreaterThan(0)
      if (t.status)
        expect(
          mine.map((d) => d.status),
          `${path} ${t.case}: ${t.recipient}`,
        ).toContain(t.status)
      if (t.remoteMta)
        expect(
          mine.map((d) => d.remoteMta),
          `${path} ${t.case}: ${t.recipient}`,
        ).toContain(t.remoteMta)
      if (t.action !== 'delivered') for (const d of mine) expect(d.diagnosticCode, `${path} ${t.case}: ${t.recipient}`).toBeTruthy()
    }
    // No recipient is made up: every failure is a case's recipient or the sender getting the case's bounce.
    const known = new Set(f.truth.map((t) => t.recipient))
    for (const d of got) if (d.action !== 'delivered') expect(known, `${path}: ${d.recipient}`).toContain(d.recipient)
  })

  it("reads Exim's octal escapes of a UTF-8 reply as the text the remote sent", () => {
    const d = parseLog(text('exim.mainlog')).find((x) => x.recipient === 'user@reject.test')
    expect(text('exim.mainlog')).toContain('Empf\\303\\244nger')
    expect(d?.diagnosticCode).toContain('550 5.1.1 <user@reject.test>: Empfänger unbekannt / destinataire inconnu / 受信者不明')
  })

  it('keeps the IPv6 relay, the long queue id and the suspended destination as Postfix logs them', () => {
    const got = parseLog(text('postfix.log'))
    expect(got.find((d) => d.recipient === 'user@v6.test')).toMatchObject({
      remoteMta: 'mx.v6.test[::1]',
      queueId: expect.stringMatching(/^[0-9A-Za-z]{15}$/),
    })
    const suspended = got.find((d) => d.diagnosticCode?.startsWith('delivery temporarily suspended: '))
    expect(suspended).toMatchObject({ recipient: 'user-b@refused.test', action: 'delayed', status: '4.4.1' })
  })
})

describe('the same real lines as other pipelines deliver them', () => {
  const cases = files.flatMap((f) => Object.keys(REWRITES).map((name) => [f.path, name] as const))
  it.each(cases)('%s through %s', (path, name) => {
    const original = parseLog(syslogLines(path).join('\n'))
    const rewritten: string[] = []
    for (const l of syslogLines(path)) {
      const s = splitSyslog(l)
      if (s) rewritten.push(...REWRITES[name]!(s))
    }
    expect(original.length).toBeGreaterThan(5)
    // Pasted without saying what it is, it is taken for a log (not a message or one reply).
    expect(classifyPaste(rewritten.join('\n')).kind).toBe('log')
    const got = parseLog(rewritten.join('\n')).map(brief)
    // A copied line is listed as often as it is there (counts follow the log, as pflogsumm's do); what ends a
    // message's retries ends them once.
    if (name === 'every line twice') expect(new Set(got)).toEqual(new Set(original.map(brief)))
    else expect(got).toEqual(original.map(brief))
  })

  it.each(files.map((f) => [f.path] as const))('%s with CRLF line ends and other daemons between its lines', (path) => {
    const ls = syslogLines(path)
    const original = parseLog(ls.join('\n'))
    const mixed: string[] = []
    ls.forEach((l, i) => {
      mixed.push(l)
      const s = splitSyslog(l)
      if (s && i % 4 === 0) mixed.push(...otherDaemons(s.time, s.host))
    })
    expect(parseLog(`${mixed.join('\r\n')}\r\n`).map(brief)).toEqual(original.map(brief))
    expect(classifyPaste(`${mixed.join('\r\n')}\r\n`).kind).toBe('log')
  })

  it.each(files.map((f) => [f.path] as const))('%s cut by a syslog that limits its lines: each recipient whose status survived', (path) => {
    const original = parseLog(syslogLines(path).join('\n'))
    // A line cut 12 characters into its reason (a syslog's message size limit falls anywhere; here where it hurts most).
    const cut = syslogLines(path).map((l) => {
      const at = l.search(/ status=\w+ \(|, stat=|: (?:SMTP error|retry time|Remote host|Connection|TLS)/)
      return at < 0 ? l : l.slice(0, at + 24)
    })
    const got = parseLog(cut.join('\n'))
    const seen = new Set(got.map((d) => `${d.recipient} ${d.action} ${d.status}`))
    for (const d of original) expect(seen, brief(d)).toContain(`${d.recipient} ${d.action} ${d.status}`)
  })

  it('reads a log fed line by line (the CLI) as parseLog reads it whole', () => {
    for (const f of files) {
      const reader = new LogReader()
      const got: LogDelivery[] = []
      for (const l of syslogLines(f.path)) got.push(...reader.line(l))
      got.push(...reader.end())
      expect(got.map(brief)).toEqual(parseLog(syslogLines(f.path).join('\n')).map(brief))
    }
  })

  it('reads 256 KiB of these logs mixed with noise quickly', () => {
    const ls = files.flatMap((f) => syslogLines(f.path))
    const noisy: string[] = []
    let size = 0
    for (let i = 0; size < 256 * 1024; i++) {
      const l = ls[i % ls.length]!
      const s = splitSyslog(l)
      const batch = [l, ...(s && i % 8 === 0 ? otherDaemons(s.time, s.host) : [])]
      for (const b of batch) size += b.length + 1
      noisy.push(...batch)
    }
    expect(noisy.length).toBeGreaterThan(ls.length)
    const start = performance.now()
    const got = parseLog(noisy.join('\n'))
    expect(performance.now() - start).toBeLessThan(250)
    expect(got.length).toBeGreaterThan(100)
  })
})
