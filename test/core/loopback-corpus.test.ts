// Our parsers against the loopback corpus (test/corpus/loopback/): real DSNs and logs with known truth per recipient.
import { describe, expect, it } from 'vitest'
import { explainPaste, type DeliveryReport } from '../../worker/core/explain-paste.ts'
import { corpusFiles, corpusText, type CorpusFile, type TruthRow } from '../corpus/loopback.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

async function report(file: CorpusFile): Promise<Pick<DeliveryReport, 'recipients' | 'source' | 'message'>> {
  const o = await explainPaste(corpusText(file.path), 'en', { kind: file.kind === 'dsn' ? 'message' : 'log' })
  // A receiver's log of a refusal at MAIL FROM holds no delivery line at all.
  if (file.kind === 'log' && !o.ok && o.reason === 'no-code') return { recipients: [] }
  if (!o.ok || o.kind === 'reply') throw new Error(`${file.path}: ${JSON.stringify(o).slice(0, 300)}`)
  return o.report
}

const dsns = corpusFiles({ kind: 'dsn' })
const mtaLogs = corpusFiles({ kind: 'log' })
/**
 * Haraka 3.3 as a receiver logs a recipient it then refuses as "recipient <…> code=OK" (the refusal shows only as a
 * count, rcpts=0/0/1, at disconnect) and a message refused for its size not at all: its receiving side cannot list them.
 */
const harakaReceiving = (file: CorpusFile, t: TruthRow) => file.software === 'haraka' && (file.role === 'receiver' || t.role === 'receiver')

describe('every loopback DSN', () => {
  it.each(dsns.map((f) => [f.path, f] as const))('%s gives each recipient with its action and status', async (_path, file) => {
    const r = await report(file)
    expect(r.source).toBe('delivery-status')
    const got = r.recipients.map((x) => [x.recipient.toLowerCase(), x.action === 'relayed' ? 'delivered' : x.action, x.status])
    for (const t of file.truth) {
      if (t.dsnIncomplete) continue
      expect(got).toContainEqual([t.recipient.toLowerCase(), t.action === 'relayed' ? 'delivered' : t.action, t.status])
    }
    if (file.originalMessageId) expect(r.message?.messageId).toBe(`<${file.originalMessageId}>`)
  })
})

/**
 * Haraka names some recipients without Status (a reply without an enhanced code) or without Action either; the
 * manifest marks those rows dsnIncomplete. What such a block does carry is still read: the recipient, failed (the
 * report is a failure report), the Diagnostic-Code when present, and the status its reply code implies (550 → 5.0.0,
 * as Postfix and Exim map such a reply); with no reply at all, no status is made up.
 */
describe('loopback DSNs with incomplete recipient blocks', () => {
  const incomplete = dsns.flatMap((f) => f.truth.filter((t) => t.dsnIncomplete).map((t) => [f.path, f, t] as const))
  it('exist in the corpus', () => expect(incomplete.length).toBeGreaterThan(0))
  it.each(incomplete)('%s gives what the block carries', async (_path, file, t) => {
    const r = await report(file)
    const row = r.recipients.find((x) => x.recipient.toLowerCase() === t.recipient.toLowerCase())
    expect(row?.action).toBe(t.action)
    const diagnostic = t.diagnosticCode?.replace(/^smtp;\s*/i, '')
    expect(row?.diagnosticCode).toBe(diagnostic)
    expect(row?.status).toBe(diagnostic ? `${diagnostic[0]}.0.0` : undefined)
  })
})

/**
 * Refusals at MAIL FROM (sender rejected, SIZE too large) name no recipient in the receiving server's log line, so a
 * receiver's log cannot list them; the sender's log and DSN do.
 */
const AT_MAIL = /(?:^|\/)(?:sender-rejected-by|message-too-large-for)-/
const refusedAtMail = (file: CorpusFile) => file.role === 'receiver' && AT_MAIL.test(file.case)

describe('every loopback log', () => {
  it.each(mtaLogs.map((f) => [f.path, f] as const))('%s lists every bounced and deferred recipient', async (_path, file) => {
    const r = await report(file)
    const got = r.recipients.map((x) => [x.recipient.toLowerCase(), x.action])
    for (const t of file.truth) {
      if (t.action !== 'failed' && t.action !== 'delayed') continue
      if (refusedAtMail(file) || (file.role === 'combined' && t.role === 'receiver' && AT_MAIL.test(t.case ?? ''))) continue
      if (harakaReceiving(file, t)) continue
      expect(got).toContainEqual([t.recipient.toLowerCase(), t.action])
    }
  })

  it('gives the status the sending MTA assigned', async () => {
    let checked = 0
    for (const file of mtaLogs.filter((f) => f.role === 'sender')) {
      const r = await report(file)
      for (const t of file.truth.filter((t) => t.status && t.action !== 'delivered')) {
        const row = r.recipients.find((x) => x.recipient.toLowerCase() === t.recipient.toLowerCase() && x.action === t.action)
        expect([file.path, t.recipient, row?.status]).toEqual([file.path, t.recipient, t.status])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(30)
  })
})

/**
 * Reasons per recipient against the truth (scripts/bounce-accuracy.mjs prints them per MTA): a delivery is right
 * when no failure is reported for it. The bar is below today's figure by a row or two, so a real regression fails.
 */
describe('reasons on the loopback corpus', () => {
  it.each([
    ['DSNs', dsns, 0.95],
    ['sending logs', mtaLogs.filter((f) => f.role === 'sender'), 0.95],
  ] as const)('%s: the right reason for most recipients', async (_kind, files, bar) => {
    const wrong: string[] = []
    let scored = 0
    for (const file of files) {
      const r = await report(file)
      for (const t of file.truth) {
        if (file.kind === 'log' && t.action !== 'failed' && t.action !== 'delayed') continue
        scored++
        const row = r.recipients.find(
          (x) => x.recipient.toLowerCase() === t.recipient.toLowerCase() && (file.kind === 'dsn' || x.action === t.action),
        )
        const right =
          t.reason === null
            ? row !== undefined && ['delivered', 'relayed', 'expanded'].includes(row.action)
            : row?.explanation?.diagnosis.reason === t.reason
        if (!right) wrong.push(`${file.path} ${t.recipient}: ${row?.explanation?.diagnosis.reason ?? 'none'}, truth ${t.reason}`)
      }
    }
    expect(scored).toBeGreaterThan(60)
    expect((scored - wrong.length) / scored, wrong.join('\n')).toBeGreaterThanOrEqual(bar)
  })
})
