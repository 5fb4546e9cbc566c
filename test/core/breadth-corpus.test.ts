// Our bounce reading against the breadth corpus (test/corpus/loopback-breadth/, scripts/corpus/breadth.sh): real
// bounces of OpenSMTPD 6.8, dma 0.13, nullmailer 2.2 and a second Postfix 3.7 instance, refused by smtp-server with
// real servers' replies. What a user sees per recipient: found, with its action, its status and its reason.
import { describe, expect, it } from 'vitest'
import { explainPaste } from '../../worker/core/explain-paste.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import { breadthManifest, breadthText } from '../corpus/breadth.ts'

useStandaloneCore()

const same = (a: string) => (a === 'relayed' ? 'delivered' : a)

/**
 * Rows whose reason the message cannot tell. Exim's delay warning cuts the delay reason at 150 characters: Gmail's
 * "450-4.2.1 The user you are trying to contact is receiving mail at a rate …" arrives as "… is recei", and 4.2.1
 * alone is RFC 3463's "mailbox disabled". Its status and action are still checked.
 */
const REASON_UNKNOWABLE = new Set(['exim/mixed-notify.delayed.eml rate450@reject.test'])

describe('every breadth-corpus bounce', () => {
  it.each(breadthManifest.files.map((f) => [f.path, f] as const))('%s gives each recipient its action, status and reason', async (_path, file) => {
    const o = await explainPaste(breadthText(file.path), 'en', { kind: 'message' })
    if (!o.ok || o.kind !== 'message') throw new Error(`${file.path}: ${JSON.stringify(o).slice(0, 300)}`)
    const got = o.report.recipients.map((r) => ({
      recipient: r.recipient.toLowerCase(),
      action: same(r.action),
      status: r.status,
      // a delivery carries no failure reason
      reason: r.action === 'relayed' || r.action === 'delivered' ? null : r.explanation?.diagnosis.reason,
    }))
    for (const t of file.truth) {
      const want = { recipient: t.recipient.toLowerCase(), action: same(t.action), status: t.status, reason: t.reason }
      if (REASON_UNKNOWABLE.has(`${file.path} ${t.recipient}`)) expect(got).toContainEqual({ ...want, reason: expect.any(String) })
      else expect(got).toContainEqual(want)
    }
    expect(o.report.message?.messageId).toBe(`<${file.originalMessageId}>`)
  })
})
