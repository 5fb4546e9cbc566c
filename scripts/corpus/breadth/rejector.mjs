// The receiving side of the breadth corpus (scripts/corpus/breadth.sh): nodemailer's smtp-server (npm, installed
// outside the repo) answering each recipient with the reply its local part names in REPLIES, as the server quoted
// beside it does. It also stands in for the senders' mailboxes: mail to sender@<mta>.test (the DSNs) is stored byte
// for byte, one file per message, in MAIL/<mta>/new/; mail to ok@ is accepted and dropped.
//   node rejector.mjs SMTP_SERVER_DIR MAIL_DIR PORT [notls|no8bit]
// With notls the server offers no STARTTLS (the TLS-required case); otherwise smtp-server offers it with its built-in
// self-signed certificate, which Postfix's "may" level accepts. With no8bit it announces neither 8BITMIME nor
// SMTPUTF8, so a sender has to convert 8-bit parts to quoted-printable (Postfix does, for the bounces it returns).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const [dir, mailDir, port, mode] = process.argv.slice(2)
const { SMTPServer } = createRequire(join(dir, 'node_modules/'))('smtp-server')

// local part -> [stage, code, text]. stage rcpt: the RCPT reply; data: the reply after the message (a DATA case has
// one recipient). Each text is the wording of the server named beside it.
export const REPLIES = {
  // Microsoft 365 / Exchange Online (learn.microsoft.com, "Fix email delivery issues for error code 5.1.10")
  unknown: ['rcpt', 550, '5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'],
  // Dovecot LMTP/LDA with the quota plugin: quota_exceeded_message's default (src/plugins/quota/quota.h
  // DEFAULT_QUOTA_EXCEEDED_MSG), as LMTP sends it
  full552: ['rcpt', 552, '5.2.2 <full552@reject.test> Quota exceeded (mailbox for user is full)'],
  // Gmail's SMTP error reference (support.google.com/a/answer/3726730): 452 4.2.2 over quota, temporary
  full452: [
    'rcpt',
    452,
    "4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\n4.2.2 https://support.google.com/mail/?p=OverQuotaTemp",
  ],
  // Gmail (same page): 550 5.2.1 disabled account
  disabled: ['rcpt', 550, '5.2.1 The email account that you tried to reach is disabled.'],
  // Postfix smtpd_check.c, reject_unauth_destination: "Relay access denied"
  relay: ['rcpt', 554, '5.7.1 <relay@reject.test>: Relay access denied'],
  // Postfix smtpd_check.c, reject_rbl_client's default reply (default_rbl_reply)
  rbl: [
    'rcpt',
    554,
    '5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1',
  ],
  // Gmail (same page): 450 4.2.1 receiving rate, and 421 4.7.28 rate limited
  rate450: [
    'rcpt',
    450,
    '4.2.1 The user you are trying to contact is receiving mail at a rate that prevents\n4.2.1 additional messages from being delivered. Please resend your message at a later time.',
  ],
  rate421: [
    'rcpt',
    421,
    '4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address.\n4.7.28 To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
  ],
  // Microsoft 365 (learn.microsoft.com, "Fix email delivery issues for error code 451 4.7.500-699 (ASxxx)")
  busy451: ['rcpt', 451, '4.7.500 Server busy. Please try again later from [127.0.0.1]. (S77714) [reject.test]'],
  // sqlgrey's reject_first_attempt / reject_early_reconnect default (sqlgrey.conf: "Greylisted for %s")
  grey451: ['rcpt', 451, '4.7.1 Greylisted for 5 minutes (sqlgrey)'],
  // Exim's greylistd recipe (greylistd README, Debian exim4 conf): "greylisted."
  grey451x: ['rcpt', 451, 'Greylisted, please try again later.'],
  // not a vendor's wording: UTF-8 text in the reply (SMTPUTF8 servers may send it, RFC 6531 section 3.7.4.2); the
  // enhanced code carries the meaning
  umlaut: ['rcpt', 550, '5.1.1 <umlaut@reject.test>: Empfänger unbekannt, Postfach existiert nicht'],
  // Postfix smtpd_check.c, reject_unlisted_recipient for a virtual mailbox domain; a UTF-8 local part (SMTPUTF8)
  üser: ['rcpt', 550, '5.1.1 <üser@reject.test>: Recipient address rejected: User unknown in virtual mailbox table'],
  // Postfix smtpd.c, the end-of-data check: "Message size exceeds fixed limit"
  toobig: ['data', 552, '5.3.4 Message size exceeds fixed limit'],
  // rspamd's milter/proxy reject message (rspamd docs, "reject_message": "Spam message rejected")
  spam: ['data', 554, '5.7.1 Spam message rejected'],
}

mkdirSync(mailDir, { recursive: true })
let n = 0
const server = new SMTPServer({
  name: 'mx.reject.test',
  banner: 'mx.reject.test ESMTP (smtp-server)',
  authOptional: true,
  disabledCommands: mode === 'notls' ? ['AUTH', 'STARTTLS'] : ['AUTH'],
  hideSTARTTLS: mode === 'notls',
  hideDSN: true,
  hide8BITMIME: mode === 'no8bit',
  // no8bit hides SMTPUTF8 too: Postfix takes SMTPUTF8 as 8-bit clean and would not convert (RFC 6531 requires
  // 8BITMIME of an SMTPUTF8 server)
  hideSMTPUTF8: mode === 'no8bit',
  disableReverseLookup: true,
  size: 0,
  logger: false,
  onRcptTo(address, session, callback) {
    const a = address.address
    const local = a.split('@')[0].toLowerCase()
    if (local === 'sender' || local === 'ok' || local.startsWith('ok')) return callback()
    const reply = REPLIES[local.replace(/^\\+/, '')] ?? REPLIES[local]
    if (!reply) return callback(Object.assign(new Error('5.1.1 <' + a + '>: no such test recipient'), { responseCode: 550 }))
    if (reply[0] === 'data') return callback()
    log(`rcpt ${a}: ${reply[1]} ${reply[2].split('\n')[0]}`)
    callback(refusal(reply))
  },
  onData(stream, session, callback) {
    const chunks = []
    stream.on('data', (c) => chunks.push(c))
    stream.on('end', () => {
      const raw = Buffer.concat(chunks)
      const rcpts = session.envelope.rcptTo.map((r) => r.address)
      const dataReply = rcpts.map((r) => REPLIES[r.split('@')[0].toLowerCase()]).find((x) => x && x[0] === 'data')
      if (dataReply) {
        log(`data for ${rcpts.join(',')}: ${dataReply[1]} ${dataReply[2]}`)
        return callback(refusal(dataReply))
      }
      for (const r of rcpts) {
        const [local, domain] = r.split('@')
        if (local.toLowerCase() !== 'sender') continue
        const box = join(mailDir, domain.replace(/\.test$/, ''))
        for (const sub of ['tmp', 'new']) mkdirSync(join(box, sub), { recursive: true })
        const name = `${Date.now()}.P${process.pid}N${++n}.mx.reject.test`
        writeFileSync(join(box, 'tmp', name), raw)
        renameSync(join(box, 'tmp', name), join(box, 'new', name))
      }
      log(`accepted from ${session.envelope.mailFrom && session.envelope.mailFrom.address} for ${rcpts.join(',')} (${raw.length} bytes)`)
      callback(null, 'Ok: queued')
    })
  },
})
// a text with line breaks goes out as a multi-line reply (smtp-server's send() takes an array for that)
function refusal([, code, text]) {
  const err = Object.assign(new Error(text), { responseCode: code })
  if (text.includes('\n')) err.message = text.split('\n')
  return err
}
function log(s) {
  console.log(`${new Date().toISOString()} rejector:${port} ${s}`)
}
server.on('error', (e) => log('error ' + e.message))
server.listen(Number(port), '127.0.0.1', () => log('listening'))
