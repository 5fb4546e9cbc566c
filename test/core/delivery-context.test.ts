// What a delivery report's own fields decide about a reply (core/delivery-context.ts), and Haraka's log lines.
import { describe, expect, it } from 'vitest'
import { explainPaste, type RecipientResult } from '../../worker/core/explain-paste.ts'
import { parseLog } from '../../worker/core/log-parser.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

/** A multipart/report DSN with one recipient block, and optionally the text written for people. */
function dsn(block: string, text = 'The message could not be delivered.', reportingMta = 'mx.example.org'): string {
  return [
    'From: MAILER-DAEMON@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    text,
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${reportingMta}`,
    '',
    block,
    '',
    '--b--',
    '',
  ].join('\n')
}

async function recipients(text: string): Promise<RecipientResult[]> {
  const o = await explainPaste(text, 'en')
  if (!o.ok || o.kind === 'reply') throw new Error(JSON.stringify(o).slice(0, 300))
  return o.report.recipients
}

const diagnosis = async (text: string) => (await recipients(text))[0]!.explanation!.diagnosis

describe('the report decides', () => {
  it('a failure whose status is still 4.x.x expired, whatever the last attempt said', async () => {
    const d = await diagnosis(
      dsn(
        'Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.1]:25: Connection refused',
      ),
    )
    expect(d).toMatchObject({ reason: 'expired', basis: 'delivery-report', bounce: 'soft' })
    expect(d.title).toBeTruthy()
    expect(d.steps.length).toBeGreaterThan(0)
  })

  it('the same words in a delay warning stay a network error', async () => {
    const d = await diagnosis(
      dsn(
        'Final-Recipient: rfc822; bob@example.net\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.1]:25: Connection refused',
      ),
    )
    expect(d.reason).toBe('network-error')
  })

  // OpenSMTPD 6.8 (Debian's 6.8.0p2, provoked in test/corpus/loopback-breadth/) reports the end of its queue ttl as one
  // more delay notice: "Action: delayed", "Status: 4.4.7", "rcpt: Envelope expired" (usr.sbin/smtpd/queue.c,
  // IMSG_QUEUE_EXPIRE), and no failure report follows. The message is gone: expired, not a network error.
  it("OpenSMTPD's delay notice for an expired envelope is expired", async () => {
    const text = [
      '    A message is delayed for more than 0 seconds for the following',
      '    list of recipients:',
      '',
      'bob@example.net: Envelope expired',
      '',
      '    Please note that this is only a temporary failure report.',
    ].join('\n')
    const d = await diagnosis(dsn('Final-Recipient: rfc822; bob@example.net\nAction: delayed\nStatus: 4.4.7', text, 'mx.example.org'))
    expect(d.reason).toBe('expired')
  })

  // Exim gives up with Status 5.0.0 and appends ": retry timeout exceeded" to the last error (src/retry.c); seen in
  // test/corpus/loopback-breadth/exim/ after greylisting and rate-limit replies. After a 4xx that is an expiry; its
  // own local failures under a retry rule without retries say the same words and keep their reason.
  it('Exim\'s "retry timeout exceeded" after a temporary reply is expired; after its own local failure it is not', async () => {
    const failed = (diag: string, text = 'The following address(es) failed:') =>
      dsn(
        `Action: failed\nFinal-Recipient: rfc822;bob@example.net\nStatus: 5.0.0\nRemote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; ${diag}`,
        text,
        'mx.exim.example',
      )
    expect((await diagnosis(failed('451 Greylisted, please try again later.: retry timeout exceeded'))).reason).toBe('expired')
    expect(
      (
        await diagnosis(
          failed(
            '421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. 421 4.7.28 To protect our users from spam, mail sent from your IP address has been temporarily rate limited.: retry timeout exceeded',
          ),
        )
      ).reason,
    ).toBe('expired')
    // the same reply while Exim still retries
    expect(
      (
        await diagnosis(
          dsn(
            'Action: delayed\nFinal-Recipient: rfc822;bob@example.net\nStatus: 4.0.0\nDiagnostic-Code: smtp; 451 Greylisted, please try again later.',
          ),
        )
      ).reason,
    ).toBe('greylisted')
    const local = 'Action: failed\nFinal-Recipient: rfc822;full@exim.example\nStatus: 5.0.0'
    const text = 'The following address(es) failed:\n\n  full@exim.example\n    mailbox is full: retry timeout exceeded'
    expect((await diagnosis(dsn(local, text, 'mx.exim.example'))).reason).toBe('mailbox-full')
  })

  it('a delay is never expired: Haraka\'s "Tried all MXs" while retrying is a network error', async () => {
    const log = [
      '2026-12-01T22:58:57.480Z [NOTICE] [A33B13D9-8056-4B1F-8357-744C0E117AE8.1] [core] recipient <bob@example.net> code=OK msg="" sender=alice@example.org',
      '2026-12-01T22:58:57.517Z [INFO] [A33B13D9-8056-4B1F-8357-744C0E117AE8.1.1] [outbound] Temp failing 1796165937482_1796165937482_0_20446_FsvQA6_9_vm for 64 seconds: Tried all MXs',
      '2026-12-01T23:00:02.277Z [INFO] [A33B13D9-8056-4B1F-8357-744C0E117AE8.1.1] [outbound] bouncing mail: Too many failures (Tried all MXs)',
    ].join('\n')
    const r = await recipients(log)
    expect(r.map((x) => [x.recipient, x.action, x.status, x.explanation?.diagnosis.reason])).toEqual([
      ['bob@example.net', 'delayed', '4.0.0', 'network-error'],
      ['bob@example.net', 'failed', '5.1.2', 'expired'],
    ])
  })

  it('Exim\'s own "Unrouteable address" for a domain not its own is the domain; for its own domain or from a remote server, the user', async () => {
    const block = (to: string, remote = '') => `Action: failed\nFinal-Recipient: rfc822;${to}\nStatus: 5.0.0${remote}`
    const text = (to: string) => `The following address(es) failed:\n\n  ${to}\n    Unrouteable address`
    expect((await diagnosis(dsn(block('bob@nosuch.example'), text('bob@nosuch.example'), 'mx.exim.example'))).reason).toBe('domain-not-found')
    expect((await diagnosis(dsn(block('bob@exim.example'), text('bob@exim.example'), 'mx.exim.example'))).reason).toBe('user-unknown')
    const remote = '\nRemote-MTA: dns; mx.other.example\nDiagnostic-Code: smtp; 550 Unrouteable address'
    expect((await diagnosis(dsn(block('bob@other.example', remote), 'failed', 'mx.exim.example'))).reason).toBe('user-unknown')
  })

  it("reads the SMTP command from the text when the Diagnostic-Code leaves it out, and keeps the DSN's words", async () => {
    const text = '<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 Administrative\n    prohibition (in reply to MAIL FROM command)'
    const [r] = await recipients(
      dsn('Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 Administrative prohibition', text),
    )
    expect(r!.diagnosticCode).toBe('550 Administrative prohibition')
    expect(r!.explanation?.diagnosis.reason).toBe('sender-rejected')
    expect(r).not.toHaveProperty('explainAs')
  })
})

describe('Haraka logs', () => {
  const id = 'C570A90D-7D27-4BDB-B923-868CCBA83FDE'
  const log = [
    `2026-12-01T22:59:00.785Z [NOTICE] [${id}.1] [core] recipient <ann@exim.example> code=OK msg="" sender=alice@example.org`,
    `2026-12-01T22:59:00.785Z [NOTICE] [${id}.1] [core] recipient <bob@exim.example> code=OK msg="" sender=alice@example.org`,
    `2026-12-01T22:59:00.786Z [NOTICE] [${id}.1] [core] recipient <cy@nosuch.example> code=OK msg="" sender=alice@example.org`,
    `2026-12-01T22:59:00.790Z [INFO] [${id}.1.1] [outbound]  hook=get_mx plugin=mx function=mx params=exim.example retval=OK msg=""`,
    `2026-12-01T22:59:00.802Z [NOTICE] [${id}.1.1] [outbound] recipient <bob@exim.example> rejected: 550 5.1.1 <bob@exim.example>... User unknown`,
    `2026-12-01T22:59:00.803Z [NOTICE] [${id}.1.1] [outbound] recipient <ann@exim.example> deferred: 451 4.3.0 Try again later`,
    `2026-12-01T22:59:00.857Z [INFO] [${id}.1.1] [outbound] bouncing mail: Some recipients failed: <bob@exim.example>`,
    `2026-12-01T22:59:00.858Z [INFO] [${id}.1.2] [outbound] bouncing mail: Nowhere to deliver mail to for domain: nosuch.example`,
  ].join('\n')

  it('lists each refused or deferred recipient once, and the recipients of a delivery that failed as a whole', () => {
    expect(parseLog(log).map((d) => [d.recipient, d.action, d.status, d.software])).toEqual([
      ['bob@exim.example', 'failed', '5.1.1', 'haraka'],
      ['ann@exim.example', 'delayed', '4.3.0', 'haraka'],
      ['cy@nosuch.example', 'failed', '5.1.2', 'haraka'],
    ])
  })

  it('is read as a log, with the reasons', async () => {
    const r = await recipients(log)
    expect(r.map((x) => x.explanation?.diagnosis.reason)).toEqual(['user-unknown', 'system-error', 'domain-not-found'])
  })
})
