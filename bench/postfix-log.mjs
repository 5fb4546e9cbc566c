// Writes a realistic Postfix mail log of a given size: the line formats Postfix 3.x logs for each message (smtpd
// connect/client/disconnect, cleanup message-id, qmgr from/removed, smtp/local delivery with relay, delay, delays,
// dsn and status, bounce notifications), varied queue ids, senders, recipients and remote hosts, and about 5 % of
// deliveries bounced or deferred with reply texts in the forms real servers send (Gmail's with a transaction id of
// their own, as each real one has, so that most bounce texts are distinct). Deterministic for a seed.
import { createWriteStream } from 'node:fs'

function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DOMAINS = [
  ['gmail.com', 'gmail-smtp-in.l.google.com', '142.250.102.27'],
  ['yahoo.com', 'mta7.am0.yahoodns.net', '67.195.204.77'],
  ['outlook.com', 'outlook-com.olc.protection.outlook.com', '52.101.42.8'],
  ['example.org', 'mx.example.org', '192.0.2.10'],
  ['example.net', 'mail.example.net', '198.51.100.25'],
  ['corp.example', 'mx1.corp.example', '203.0.113.40'],
  ['uni.example.edu', 'mx.uni.example.edu', '192.0.2.77'],
  ['shop.example.com', 'mx.shop.example.com', '198.51.100.90'],
]
const NAMES = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'mallory',
  'oscar',
  'peggy',
  'trent',
  'victor',
  'walter',
  'info',
  'sales',
  'support',
  'noreply',
]

/** Reasons for bounced deliveries, with what Postfix writes after "status=bounced (". */
const BOUNCES = [
  (r, h, ip, id) =>
    `host ${h} said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser ${id} - gsmtp (in reply to RCPT TO command)`,
  (r, h) => `host ${h} said: 550 5.1.1 <${r}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`,
  (r, h) => `host ${h} said: 552 5.2.2 <${r}>: Recipient address rejected: Mailbox full (in reply to RCPT TO command)`,
  (r, h) =>
    `host ${h} said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.7 (in reply to RCPT TO command)`,
  (r, h) =>
    `host ${h} said: 550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. (in reply to end of DATA command)`,
  (r) => `Host or domain name not found. Name service error for name=${r.split('@')[1]} type=A: Host not found`,
  (r, h) =>
    `host ${h} said: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com] (in reply to RCPT TO command)`,
]
/** Reasons for deferred deliveries, with what Postfix writes after "status=deferred (". */
const DEFERRALS = [
  (r, h, ip) => `connect to ${h}[${ip}]:25: Connection timed out`,
  (r, h, ip, id) =>
    `host ${h} said: 421-4.7.0 [198.51.100.7      15] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been temporarily 421 4.7.0 rate limited. ${id} - gsmtp (in reply to end of DATA command)`,
  (r, h, ip, id) =>
    `host ${h} said: 452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp ${id} - gsmtp (in reply to RCPT TO command)`,
  (r, h) =>
    `host ${h} said: 450 4.7.1 <${r}>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/${r.split('@')[1]}.html (in reply to RCPT TO command)`,
  (r, h, ip) => `lost connection with ${h}[${ip}] while receiving the initial server greeting`,
  (r, h) => `host ${h} said: 451 4.3.0 Temporary server error. Please try again later (in reply to end of DATA command)`,
  (r) => `Host or domain name not found. Name service error for name=${r.split('@')[1]} type=MX: Host not found, try again`,
]

/**
 * Writes about `bytes` bytes of log to `path`. Returns what pflogsumm should count: status=bounced lines and
 * status=deferred lines (its "bounced" and "deferrals").
 */
export async function writePostfixLog(path, bytes, seed = 20261201) {
  const random = rng(seed)
  const pick = (list) => list[Math.floor(random() * list.length)]
  const hex = (n) => {
    let s = ''
    for (let i = 0; i < n; i++) s += '0123456789ABCDEF'[Math.floor(random() * 16)]
    return s
  }
  const out = createWriteStream(path, { highWaterMark: 1 << 20 })
  let written = 0
  let bounced = 0
  let deferred = 0
  let clock = Date.UTC(2026, 10, 29, 0, 0, 0)
  const stamp = () => {
    const d = new Date(clock)
    const pad = (n) => String(n).padStart(2, '0')
    return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} mail`
  }
  let buffer = ''
  const line = (s) => {
    buffer += `${stamp()} ${s}\n`
  }
  while (written < bytes) {
    clock += Math.floor(random() * 900)
    const qid = hex(10 + Math.floor(random() * 2))
    const smtpdPid = 1000 + Math.floor(random() * 30000)
    const client = `client${Math.floor(random() * 5000)}.example.net`
    const clientIp = `203.0.113.${Math.floor(random() * 254) + 1}`
    const sender = `${pick(NAMES)}${Math.floor(random() * 100)}@example.com`
    const nrcpt = random() < 0.85 ? 1 : 2 + Math.floor(random() * 3)
    const size = 800 + Math.floor(random() * 60000)
    line(`postfix/smtpd[${smtpdPid}]: connect from ${client}[${clientIp}]`)
    line(`postfix/smtpd[${smtpdPid}]: ${qid}: client=${client}[${clientIp}], sasl_method=PLAIN, sasl_username=${sender.split('@')[0]}`)
    line(`postfix/cleanup[${2000 + Math.floor(random() * 9000)}]: ${qid}: message-id=<${clock}.${hex(8)}@example.com>`)
    line(`postfix/qmgr[999]: ${qid}: from=<${sender}>, size=${size}, nrcpt=${nrcpt} (queue active)`)
    line(
      `postfix/smtpd[${smtpdPid}]: disconnect from ${client}[${clientIp}] ehlo=2 starttls=1 auth=1 mail=1 rcpt=${nrcpt} data=1 quit=1 commands=${7 + nrcpt}`,
    )
    let anyBounce = false
    for (let i = 0; i < nrcpt; i++) {
      clock += Math.floor(random() * 1500)
      const [domain, host, ip] = pick(DOMAINS)
      const rcpt = `${pick(NAMES)}.${hex(4).toLowerCase()}@${domain}`
      const relayHost = `${host}[${ip}]`
      const delay = (random() * 3).toFixed(1)
      const delays = `${(random() * 0.2).toFixed(2)}/${(random() * 0.05).toFixed(2)}/${(random() * 1).toFixed(2)}/${(random() * 2).toFixed(1)}`
      const smtpPid = 3000 + Math.floor(random() * 30000)
      const roll = random()
      if (roll < 0.025) {
        const reason = pick(BOUNCES)(rcpt, relayHost, ip, hex(12).toLowerCase())
        const dsn = /\b([45]\.\d\.\d{1,2})\b/.exec(reason)?.[1] ?? '5.4.4'
        const relay = reason.startsWith('Host or domain') ? 'none' : `${relayHost}:25`
        line(
          `postfix/smtp[${smtpPid}]: ${qid}: to=<${rcpt}>, relay=${relay}, delay=${delay}, delays=${delays}, dsn=${dsn.replace(/^4/, '5')}, status=bounced (${reason})`,
        )
        bounced++
        anyBounce = true
      } else if (roll < 0.05) {
        const reason = pick(DEFERRALS)(rcpt, host, ip, hex(12).toLowerCase())
        const dsn = /\b(4\.\d\.\d{1,2})\b/.exec(reason)?.[1] ?? '4.4.1'
        const relay = reason.startsWith('connect to') || reason.startsWith('Host or domain') ? 'none' : `${relayHost}:25`
        line(
          `postfix/smtp[${smtpPid}]: ${qid}: to=<${rcpt}>, relay=${relay}, delay=${delay}, delays=${delays}, dsn=${dsn}, status=deferred (${reason})`,
        )
        deferred++
      } else if (roll < 0.08) {
        const user = rcpt.split('@')[0]
        line(
          `postfix/local[${smtpPid}]: ${qid}: to=<${user}@mail.example.com>, orig_to=<${user}@example.com>, relay=local, delay=${delay}, delays=${delays}, dsn=2.0.0, status=sent (delivered to mailbox)`,
        )
      } else {
        line(
          `postfix/smtp[${smtpPid}]: ${qid}: to=<${rcpt}>, relay=${relayHost}:25, delay=${delay}, delays=${delays}, dsn=2.0.0, status=sent (250 2.0.0 OK  ${Math.floor(clock / 1000)} ${hex(12).toLowerCase()} - gsmtp)`,
        )
      }
    }
    if (anyBounce) {
      const nqid = hex(10)
      line(`postfix/bounce[${4000 + Math.floor(random() * 9000)}]: ${qid}: sender non-delivery notification: ${nqid}`)
      line(`postfix/cleanup[${2000 + Math.floor(random() * 9000)}]: ${nqid}: message-id=<${clock}.${hex(8)}@mail.example.com>`)
      line(`postfix/qmgr[999]: ${nqid}: from=<>, size=${size + 2400}, nrcpt=1 (queue active)`)
      line(`postfix/qmgr[999]: ${nqid}: removed`)
    }
    line(`postfix/qmgr[999]: ${qid}: removed`)
    if (buffer.length > 1 << 20) {
      written += Buffer.byteLength(buffer)
      if (!out.write(buffer)) await new Promise((r) => out.once('drain', r))
      buffer = ''
    }
  }
  written += Buffer.byteLength(buffer)
  out.end(buffer)
  await new Promise((r) => out.once('finish', r))
  return { bytes: written, bounced, deferred }
}
