// `report` on real logs: Postfix, Exim and Sendmail provoked on loopback (test/corpus/loopback/). Every bounced and
// deferred delivery line is listed, checked against the lines themselves rather than a count written down.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from './run-cli.ts'

const corpus = join(import.meta.dirname, '../corpus/loopback')

/**
 * Recipient and action of each failed or deferred delivery line, read with plain string checks; and where Postfix
 * returns a message as expired, a failure for each of its recipients still deferred.
 */
function expectedFrom(text: string): string[] {
  const out: string[] = []
  const deferred = new Map<string, Set<string>>()
  for (const line of text.split('\n')) {
    const postfix = /: (\w+): to=<([^>]+)>,.* status=(bounced|deferred|expired|sent) /.exec(line)
    if (postfix) {
      const [, queueId, recipient, status] = postfix as unknown as [string, string, string, string]
      if (status !== 'sent') out.push(`${recipient} ${status === 'deferred' ? 'delayed' : 'failed'}`)
      const q = deferred.get(queueId) ?? new Set()
      if (status === 'deferred') q.add(recipient)
      else q.delete(recipient)
      deferred.set(queueId, q)
    }
    const expired = /: (\w+): from=<[^>]*>, status=expired, returned to sender$/.exec(line)
    if (expired) {
      for (const recipient of deferred.get(expired[1]!) ?? []) out.push(`${recipient} failed`)
      deferred.delete(expired[1]!)
    }
    const exim = /^\S+ \S+ (?:\[\d+\] )?\S+ (\*\*|==) (\S+)(?: <([^>]+)>)?/.exec(line)
    if (exim) out.push(`${exim[3] ?? exim[2]!.replace(/:$/, '')} ${exim[1] === '==' ? 'delayed' : 'failed'}`)
  }
  return out
}

describe('report on the loopback corpus', () => {
  it('lists every bounced and deferred recipient of the Postfix mail.log, with an explanation each', async () => {
    const file = join(corpus, 'postfix/mail.log')
    const expected = expectedFrom(readFileSync(file, 'utf8'))
    expect(expected.length).toBeGreaterThan(10)
    const r = await cli(['report', '--json', file])
    expect(r.code).toBe(0)
    const body = JSON.parse(r.stdout)
    expect(body.recipients.map((x: { recipient: string; action: string }) => `${x.recipient} ${x.action}`)).toEqual(expected)
    expect(body.recipients.every((x: { software: string }) => x.software === 'postfix')).toBe(true)
    expect(body.summary.recipients).toBe(expected.length)
    const text = await cli(['report', file])
    expect(text.stdout).toMatch(/Bounced, by reason/)
    expect(text.stdout).toMatch(/Deferred, by reason/)
  })

  it('labels the text report in the language asked for (--lang vi), the reason ids as the API spells them', async () => {
    const vi = await cli(['report', '--lang', 'vi', join(corpus, 'postfix/mail.log')])
    expect(vi.code).toBe(0)
    expect(vi.stdout).toMatch(/Bị trả về, theo lý do/)
    expect(vi.stdout).toMatch(/Bị hoãn, theo lý do/)
    expect(vi.stdout).toMatch(/theo tên miền người nhận/)
    expect(vi.stdout).not.toMatch(/Bounced|Deferred|deliveries|e\.g\./)
    expect(vi.stdout).toMatch(/user-unknown/)
    const dsn = await cli(['explain', '--lang', 'vi', '-'], { stdin: readFileSync(join(corpus, 'postfix/user-unknown-via-exim.eml'), 'utf8') })
    expect(dsn.stdout).toMatch(/^Thư báo gửi không thành công: 1 người nhận/)
    expect(dsn.stdout).toMatch(/Máy chủ trả lời: 550/)
    expect(dsn.stdout).not.toMatch(/Server said|Bounce message/)
  })

  it('reads the Exim logs of every scenario at once and finds their ** and == lines', async () => {
    const files = readdirSync(join(corpus, 'exim'))
      .filter((f) => /^[a-z-]+\.log$/.test(f))
      .map((f) => join(corpus, 'exim', f))
    const expected = files.flatMap((f) => expectedFrom(readFileSync(f, 'utf8')))
    expect(expected.length).toBeGreaterThan(3)
    const body = JSON.parse((await cli(['report', '--json', ...files])).stdout)
    expect(
      body.recipients
        .filter((x: { software: string }) => x.software === 'exim')
        .map((x: { recipient: string; action: string }) => `${x.recipient} ${x.action}`),
    ).toEqual(expected)
  })

  it('reads the Sendmail log', async () => {
    const file = join(corpus, 'sendmail/mail.log')
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /(sendmail|sm-mta)\[\d+\]: \S+: to=/.test(l) && / stat=/.test(l) && !/ stat=(Sent|queued)/i.test(l) && !/dsn=2\./.test(l))
    const body = JSON.parse((await cli(['report', '--json', file])).stdout)
    expect(body.summary.recipients).toBeGreaterThanOrEqual(lines.length)
    expect(
      body.recipients.every(
        (x: { software: string; action: string }) => x.software === 'sendmail' && (x.action === 'failed' || x.action === 'delayed'),
      ),
    ).toBe(true)
  })
})
