// Reads mail server logs: one delivery attempt per recipient from Postfix (`status=`), Exim's mainlog (`**`, `==`,
// `=>`, `->`), Sendmail (`stat=`) and Haraka's outbound queue (`[outbound] recipient <…> rejected:`). Stateless and one line at a time, so the CLI can stream logs of any size: a
// line is first checked with plain substring searches, and only lines that pass meet a regex (anchored, linear).
// Formats: Postfix smtp(8)/bounce(8) logging, Exim specification ch. "Log files" (log line flags), Sendmail's
// op guide §"Log messages" (to=, dsn=, stat=).

export interface LogDelivery {
  recipient: string
  action: 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'
  status?: string
  remoteMta?: string
  diagnosticCode?: string
  queueId?: string
  time?: string
  software: 'postfix' | 'exim' | 'sendmail' | 'haraka'
  /**
   * `inbound`: this server refused the recipient at SMTP time (Postfix "NOQUEUE: reject: RCPT", Exim "rejected RCPT",
   * Sendmail "ruleset=check_rcpt … reject="). Only parseLog and parseRejectLine give these; parseLogLine does not.
   */
  direction?: 'inbound'
}

/** Longer lines are not log lines anyone wrote by hand; Postfix itself caps a record near 2 KB (line_length_limit). */
const MAX_LINE = 8192
/** Sendmail may list many recipients on one line; past this the line is a flood, not a log. */
const MAX_LINE_RECIPIENTS = 100

const ENHANCED = /(?:^|[\s(\[#;:'"])([245]\.\d{1,3}\.\d{1,3})(?=[\s,;:)\]'"]|$)/
const REPLY_CODE = /(?:^|[\s(\[:;'"])([2-5]\d\d)[ -]/

// "<time> <host> postfix/smtp[123]: 4ABC123: to=<bob@example.com>," (syslog_name may be "postfix-out" etc.)
const POSTFIX_PROGRAM = /^[\w.-]+\/[\w.-]+\[\d+\]$/
const QUEUE_ID = /^[0-9A-Za-z]{5,20}$/
const POSTFIX_STATUS = / status=([A-Za-z]+)(?: \((.*)\))?/
const POSTFIX_ACTION: Record<string, LogDelivery['action']> = {
  sent: 'delivered',
  deferred: 'delayed',
  // soft_bounce = yes turns every bounce into a deferral and logs it so.
  softbounce: 'delayed',
  bounced: 'failed',
  expired: 'failed',
}

// "2026-11-29 00:00:01 [123] 1vABCD-000123-AB ** bob@example.com <orig@example.com> R=… T=…: message"
// Exim's message ids: 6-6-2 base-62 before 4.97, 6-11-4 since.
const EXIM =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?(?: [+-]\d{4})?) (?:\[\d+\] )?([0-9A-Za-z]{5,6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (\*\*|==|=>|->) (\S+)(?: <([^>\s]{1,512})>)?(.*)$/
const EXIM_ACTION: Record<string, LogDelivery['action']> = { '**': 'failed', '==': 'delayed', '=>': 'delivered', '->': 'delivered' }
const EXIM_HOST = / H=(\S+)(?: \[([0-9A-Fa-f.:]+)\])?/
const EXIM_CONFIRMATION = / C="((?:[^"\\]|\\.)*)"/

// "<time> <host> sm-mta[123]: 4AT0000123: to=<a@x>,<b@y>, ctladdr=…, relay=mx. [192.0.2.1], dsn=5.1.1, stat=User unknown"
const SENDMAIL_PROGRAM = /^(?:sendmail|sm-[\w-]+)\[\d+\]$/
const SENDMAIL_NEXT_FIELD = /, (?:ctladdr|delay|xdelay|mailer|pri|relay|dsn|stat)=/g
const SENDMAIL_RELAY = /, relay=([^,]*(?:,(?! [a-z]+=)[^,]*)*)/
const SENDMAIL_DSN = /, dsn=(\d\.\d{1,3}\.\d{1,3})/
const SENDMAIL_STAT = /, stat=(.*)$/
// Sendmail 8.15 and later log the remote's own reply before its stat= summary ("reply=550 relay not permitted, stat=User unknown").
const SENDMAIL_REPLY = /, reply=([2-5]\d\d[ -].*?)(?:, stat=|$)/

function unbracket(address: string): string {
  const a = address.trim()
  return a.startsWith('<') && a.endsWith('>') ? a.slice(1, -1) : a
}

/** "mx.example.com[192.0.2.1]:25" → "mx.example.com[192.0.2.1]"; "none" and "local" name no remote MTA. */
function postfixRelay(line: string): string | undefined {
  const at = line.indexOf(', relay=')
  if (at < 0) return undefined
  const end = line.indexOf(',', at + 8)
  const relay = line.slice(at + 8, end < 0 ? undefined : end).replace(/:\d+$/, '')
  return relay === 'none' || relay === 'local' || relay === '' ? undefined : relay
}

function enhancedIn(text: string | undefined): string | undefined {
  return text ? ENHANCED.exec(text)?.[1] : undefined
}

interface Syslogged {
  time?: string
  queueId: string
  /** Index just past "QUEUEID: " where the delivery fields start ("to=…"). */
  fields: number
}

/** Splits "<time> <host> <program>[pid]: <queue id>: to=…" by hand: a regex with a lazy prefix would backtrack. */
function syslogPrefix(line: string, marker: string, program: RegExp): Syslogged | undefined {
  const at = line.indexOf(marker)
  if (at < 0) return undefined
  const queueStart = line.lastIndexOf(' ', at) + 1
  const queueId = line.slice(queueStart, at)
  if (!QUEUE_ID.test(queueId) || line.charCodeAt(queueStart - 2) !== 58) return undefined
  const programStart = line.lastIndexOf(' ', queueStart - 3) + 1
  if (programStart === 0 || !program.test(line.slice(programStart, queueStart - 2))) return undefined
  const hostStart = line.lastIndexOf(' ', programStart - 2) + 1
  const time = hostStart > 1 ? line.slice(0, hostStart - 1) : undefined
  return { ...(time ? { time } : {}), queueId, fields: at + 2 }
}

function parsePostfix(line: string): LogDelivery | undefined {
  const p = syslogPrefix(line, ': to=<', POSTFIX_PROGRAM)
  if (!p) return undefined
  const close = line.indexOf('>', p.fields + 4)
  if (close < 0) return undefined
  const recipient = line.slice(p.fields + 4, close)
  const s = POSTFIX_STATUS.exec(line)
  if (!s) return undefined
  const action = POSTFIX_ACTION[s[1]!.toLowerCase()]
  if (!action) return undefined
  const dsn = /, dsn=(\d\.\d{1,3}\.\d{1,3})/.exec(line)?.[1]
  const reason = s[2]
  const remoteMta = postfixRelay(line)
  return {
    recipient,
    action,
    ...(dsn ? { status: dsn } : {}),
    ...(remoteMta ? { remoteMta } : {}),
    ...(reason ? { diagnosticCode: reason } : {}),
    queueId: p.queueId,
    ...(p.time ? { time: p.time } : {}),
    software: 'postfix',
  }
}

function parseExim(line: string): LogDelivery | undefined {
  const m = EXIM.exec(line)
  if (!m) return undefined
  const [, time, queueId, flag, address, original, rest = ''] = m
  const action = EXIM_ACTION[flag!]!
  // A local delivery logs the routed local part first and the address the message was sent to in <…>.
  const recipient = original ?? address!.replace(/:$/, '')
  const host = EXIM_HOST.exec(rest)
  const remoteMta = host ? `${host[1]!}${host[2] ? `[${host[2]}]` : ''}` : undefined
  let diagnosticCode: string | undefined
  if (action === 'delivered') {
    const c = EXIM_CONFIRMATION.exec(rest)
    if (c) diagnosticCode = c[1]!.replace(/\\(.)/g, '$1')
  } else {
    // The message follows the first ": " (TLS fields like X=TLS1.3:AES… hold colons, never colon-space).
    const whole = address!.endsWith(':') ? `: ${rest.trimStart()}` : rest
    const at = whole.indexOf(': ')
    if (at >= 0) diagnosticCode = whole.slice(at + 2).trim()
    else if (rest.trim()) diagnosticCode = rest.trim()
  }
  // Exim assigns no enhanced code of its own beyond the class: its DSNs say 5.0.0 for every failure and 4.0.0 in
  // delay warnings, whatever the remote sent (the remote's code stays in the diagnostic and its explanation).
  const status = action === 'failed' ? '5.0.0' : action === 'delayed' ? '4.0.0' : (enhancedIn(diagnosticCode) ?? '2.0.0')
  return {
    recipient,
    action,
    status,
    ...(remoteMta ? { remoteMta } : {}),
    ...(diagnosticCode ? { diagnosticCode } : {}),
    queueId: queueId!,
    time: time!,
    software: 'exim',
  }
}

function sendmailDeliveries(line: string): LogDelivery[] {
  const p = syslogPrefix(line, ': to=', SENDMAIL_PROGRAM)
  if (!p) return []
  SENDMAIL_NEXT_FIELD.lastIndex = p.fields + 3
  const next = SENDMAIL_NEXT_FIELD.exec(line)
  if (!next) return []
  const to = line.slice(p.fields + 3, next.index)
  const dsn = SENDMAIL_DSN.exec(line)?.[1]
  const stat = SENDMAIL_STAT.exec(line)?.[1]?.trim()
  if (!stat) return []
  const word = stat.split(/[\s:(]/, 1)[0]!.toLowerCase()
  // "queued" is a hand-over to the queue runner, not a delivery attempt, unless a temporary failure sent it there.
  if (word === 'queued' && !dsn?.startsWith('4.')) return []
  const action: LogDelivery['action'] =
    word === 'sent' || dsn?.startsWith('2.') ? 'delivered' : word === 'deferred' || dsn?.startsWith('4.') ? 'delayed' : 'failed'
  const relay = SENDMAIL_RELAY.exec(line)?.[1]?.trim()
  let remoteMta: string | undefined
  if (relay) {
    const r = /^(\S*?)\.? ?(?:\[([0-9A-Fa-f.:]+)\])?(?: \(may be forged\))?$/.exec(relay)
    remoteMta = r ? `${r[1] ?? ''}${r[2] ? `[${r[2]}]` : ''}` || undefined : relay
  }
  // Sendmail's dsn= is its own mapping of the failure; the remote reply's enhanced code, when quoted, is the precise one.
  const status = enhancedIn(stat) ?? dsn
  const base = {
    action,
    ...(status ? { status } : {}),
    ...(remoteMta ? { remoteMta } : {}),
    diagnosticCode: SENDMAIL_REPLY.exec(line)?.[1]?.trim() || stat,
    queueId: p.queueId,
    ...(p.time ? { time: p.time } : {}),
    software: 'sendmail' as const,
  }
  return to
    .split(',')
    .slice(0, MAX_LINE_RECIPIENTS)
    .map(unbracket)
    .filter((r) => r !== '' && r !== '...')
    .map((recipient) => ({ recipient, ...base }))
}

// Haraka's log: "[2026-12-01T22:58:47.606Z ][NOTICE] [<uuid>.1.1] [outbound] message" (the timestamp when log_timestamps
// is on). The id is the connection's uuid, then the transaction's number, then, in the outbound queue, the delivery's
// (one per recipient domain). Haraka's outbound/hmail.js logs "recipient <r> rejected: <reply>" (and "deferred:") per
// recipient; a failure of the whole delivery names no recipient ("bouncing mail: …", "Temp failing … : …").
const HARAKA = /^(?:(\S{10,40}) )?\[[A-Z]{3,9}\] \[([0-9A-Fa-f]{8}-[0-9A-Fa-f-]{27}(?:\.\d{1,6}){0,3})\] \[(outbound|core)\] (.{1,4000})$/
const HARAKA_RCPT = /^recipient <([^>\s]{1,512})> (rejected|deferred): ([2-5]\d\d[ -].*)$/

function parseHaraka(line: string): { time?: string; id: string; section: string; message: string } | undefined {
  if (!line.includes('] [outbound] ') && !line.includes('] [core] ')) return undefined
  const m = HARAKA.exec(line)
  return m ? { ...(m[1] ? { time: m[1] } : {}), id: m[2]!, section: m[3]!, message: m[4]! } : undefined
}

/** The status a Haraka reply carries: its enhanced code, else its class (550 Unrouteable address → 5.0.0). */
function harakaStatus(reply: string): string {
  return enhancedIn(reply) ?? `${reply[0]}.0.0`
}

function harakaRecipient(line: string): LogDelivery | undefined {
  const h = parseHaraka(line)
  if (!h || h.section !== 'outbound') return undefined
  const m = HARAKA_RCPT.exec(h.message)
  if (!m) return undefined
  const reply = m[3]!.trim()
  return {
    recipient: m[1]!,
    action: m[2] === 'deferred' || reply[0] === '4' ? 'delayed' : 'failed',
    status: harakaStatus(reply),
    diagnosticCode: reply,
    queueId: h.id,
    ...(h.time ? { time: h.time } : {}),
    software: 'haraka',
  }
}

/**
 * What Haraka says of a whole delivery (one transaction's recipients at one domain), kept while a log is read: the
 * recipients each transaction accepted, each delivery's domain, and which recipients it already reported.
 */
class HarakaDeliveries {
  private recipients = new Map<string, string[]>()
  private domains = new Map<string, string>()
  private reported = new Set<string>()
  /** Transactions remembered; older ones are forgotten (a log of a busy server has millions). */
  private static readonly MAX = 10_000

  /** Deliveries a line records that name no recipient, or undefined when the line is not one of those. */
  read(line: string): LogDelivery[] | undefined {
    const h = parseHaraka(line)
    if (!h) return undefined
    if (h.section === 'core') {
      const r = /^recipient <([^>\s]{1,512})> code=OK\b/.exec(h.message)
      if (r) {
        if (this.recipients.size >= HarakaDeliveries.MAX) this.recipients.delete(this.recipients.keys().next().value!)
        const list = this.recipients.get(h.id) ?? []
        if (list.length < MAX_LINE_RECIPIENTS) list.push(r[1]!)
        this.recipients.set(h.id, list)
      }
      return []
    }
    const mx = /^ ?hook=get_mx .*?\bparams=([^\s"]{1,253})/.exec(h.message)
    if (mx) {
      if (this.domains.size >= HarakaDeliveries.MAX) this.domains.delete(this.domains.keys().next().value!)
      this.domains.set(h.id, mx[1]!.toLowerCase())
      return []
    }
    const rcpt = HARAKA_RCPT.exec(h.message)
    if (rcpt) {
      this.reported.add(`${h.id}\u0000${rcpt[1]!.toLowerCase()}`)
      return undefined
    }
    let action: LogDelivery['action']
    let words: string
    const bounce = /^bouncing mail: (.+)$/.exec(h.message)
    const temp = /^Temp failing \S+ for \d+ seconds: (.+)$/.exec(h.message)
    if (bounce && !bounce[1]!.startsWith('Some recipients failed')) {
      action = 'failed'
      words = bounce[1]!
    } else if (temp) {
      action = 'delayed'
      words = temp[1]!
    } else return []
    const txn = h.id.replace(/\.\d+$/, '')
    const domain = this.domains.get(h.id) ?? /\bfor domain: ([^\s]{1,253})/.exec(words)?.[1]?.toLowerCase()
    const reply = /^[2-5]\d\d[ -]/.test(words) ? words : undefined
    // Without a reply, Haraka's DSN gives these their status: a domain with nowhere to deliver to, and all MXs
    // tried until the retries ran out, are both "bad destination system" (DSN.addr_bad_dest_system, 5.1.2).
    // A deferral without a reply is only known to be temporary (as Exim's own are 4.0.0).
    const status = reply
      ? harakaStatus(reply)
      : action === 'delayed'
        ? '4.0.0'
        : /\b(?:Nowhere to deliver|Tried all MXs)\b/.test(words)
          ? '5.1.2'
          : undefined
    const out: LogDelivery[] = []
    for (const recipient of this.recipients.get(txn) ?? []) {
      if (domain && !recipient.toLowerCase().endsWith(`@${domain}`)) continue
      const key = `${h.id}\u0000${recipient.toLowerCase()}`
      if (action === 'failed') {
        if (this.reported.has(key)) continue
        this.reported.add(key)
      }
      out.push({
        recipient,
        action,
        ...(status ? { status } : {}),
        diagnosticCode: words,
        queueId: h.id,
        ...(h.time ? { time: h.time } : {}),
        software: 'haraka',
      })
    }
    return out
  }
}

function isExim(line: string): boolean {
  // "2026-11-29 00:00:01 …": cheap shape check before the regex.
  return (
    line.length > 30 &&
    line.charCodeAt(4) === 45 &&
    line.charCodeAt(10) === 32 &&
    (line.includes(' ** ') || line.includes(' == ') || line.includes(' => ') || line.includes(' -> '))
  )
}

/**
 * Every delivery a line records: one, except a Sendmail line that lists several recipients in its to= field.
 * Lines that record no delivery (connections, queue manager lines, DSN creation) give none.
 */
export function parseLogLineDeliveries(line: string): LogDelivery[] {
  if (line.length > MAX_LINE) return []
  if (line.includes(' status=')) {
    if (!line.includes(': to=<')) return []
    const d = parsePostfix(line)
    return d ? [d] : []
  }
  if (line.includes(', stat=')) return sendmailDeliveries(line)
  if (isExim(line)) {
    const d = parseExim(line)
    return d ? [d] : []
  }
  if (line.includes('] [outbound] recipient <')) {
    const d = harakaRecipient(line)
    return d ? [d] : []
  }
  return []
}

/** The delivery one log line records (the first recipient of a multi-recipient Sendmail line), if any. */
export function parseLogLine(line: string): LogDelivery | undefined {
  return parseLogLineDeliveries(line)[0]
}

// Receiving side: "NOQUEUE: reject: RCPT from host[ip]: 550 5.1.1 <r>: …; from=<s> to=<r> proto=…"
const POSTFIX_REJECT =
  /^((?:\S+ +){0,6}?)\S+ [\w.-]+\/smtpd\[\d+\]: (NOQUEUE|[0-9A-Za-z]{5,20}): (?:milter-)?reject: (?:RCPT|DATA|END-OF-MESSAGE) from [^:]{1,300}: (.{1,2000}?); from=<[^>]{0,512}> to=<([^>]{1,512})>/
// "H=(helo) [ip] F=<s> rejected RCPT <r>: Unrouteable address" (also "temporarily rejected RCPT")
const EXIM_REJECT =
  /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?(?: [+-]\d{4})?) (?:\[\d+\] )?.{0,600}? (temporarily )?rejected RCPT <([^>\s]{1,512})>: (.{0,2000})$/
// "QID: ruleset=check_rcpt, arg1=<r>, relay=…, reject=550 5.7.1 <r>... Relaying denied"
const SENDMAIL_REJECT =
  /^((?:\S+ +){0,6}?)\S+ (?:sendmail|sm-[\w-]+)\[\d+\]: ([0-9A-Za-z]{5,20}): ruleset=check_rcpt, arg1=<?([^>,\s]{1,512})>?, (?:.{0,600}?, )?reject=(.{1,2000})$/

// Sendmail refusing an unknown local user at RCPT: "QID: <nouser@example.org>... User unknown"
const SENDMAIL_RCPT_REFUSED = /^((?:\S+ +){0,6}?)\S+ (?:sendmail|sm-[\w-]+)\[\d+\]: ([0-9A-Za-z]{5,20}): <([^>\s]{1,512})>\.\.\. (.{1,500})$/

/** A recipient this server refused at SMTP time, if the line records one. */
export function parseRejectLine(line: string): LogDelivery | undefined {
  if (line.length > MAX_LINE) return undefined
  let time: string | undefined
  let queueId: string | undefined
  let recipient: string
  let reply: string
  let software: LogDelivery['software']
  let temporary = false
  if (line.includes('reject: ') && line.includes(' to=<')) {
    const m = POSTFIX_REJECT.exec(line)
    if (!m) return undefined
    ;[, time, queueId, reply, recipient] = m as unknown as [string, string, string, string, string]
    software = 'postfix'
  } else if (line.includes('rejected RCPT <')) {
    const m = EXIM_REJECT.exec(line)
    if (!m) return undefined
    time = m[1]
    temporary = m[2] !== undefined
    recipient = m[3]!
    reply = m[4]!
    software = 'exim'
  } else if (line.includes('ruleset=check_rcpt')) {
    const m = SENDMAIL_REJECT.exec(line)
    if (!m) return undefined
    ;[, time, queueId, recipient, reply] = m as unknown as [string, string, string, string, string]
    software = 'sendmail'
  } else if (line.includes('>... ')) {
    const m = SENDMAIL_RCPT_REFUSED.exec(line)
    if (!m) return undefined
    ;[, time, queueId, recipient, reply] = m as unknown as [string, string, string, string, string]
    software = 'sendmail'
  } else return undefined
  time = time?.trim() || undefined
  const code = /^([2-5])\d\d[ -]/.exec(reply)?.[1]
  const action: LogDelivery['action'] = temporary || code === '4' ? 'delayed' : 'failed'
  const status = enhancedIn(reply)
  return {
    recipient,
    action,
    ...(status ? { status } : {}),
    diagnosticCode: reply,
    ...(queueId && queueId !== 'NOQUEUE' ? { queueId } : {}),
    ...(time ? { time } : {}),
    software,
    direction: 'inbound',
  }
}

/** Lines that end a message's retries: every recipient still deferred in it has failed. */
const POSTFIX_EXPIRED = /: ([0-9A-Za-z]{5,20}): from=<[^>]{0,512}>, status=expired, returned to sender/
const SENDMAIL_EXPIRED = /\[\d+\]: ([0-9A-Za-z]{5,20}): [0-9A-Za-z]{5,20}: (?:sender notify|DSN): Cannot send message for /

/**
 * Every delivery in a log excerpt, in order, CRLF or LF line ends; with the recipients this server refused at SMTP
 * time, and, where a message's retries end (Postfix "status=expired", Sendmail "Cannot send message for"), a failed
 * entry for each recipient still deferred in it (its last deferral's reason; Sendmail's DSN then says 4.4.7).
 */
export function parseLog(text: string): LogDelivery[] {
  const out: LogDelivery[] = []
  const deferred = new Map<string, Map<string, LogDelivery>>()
  const haraka = new HarakaDeliveries()
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end)
    start = end + 1
    if (!line) continue
    const whole = line.includes('] [') ? haraka.read(line) : undefined
    if (whole) {
      for (const d of whole) out.push(d)
      continue
    }
    const ds = parseLogLineDeliveries(line)
    if (ds.length) {
      for (const d of ds) {
        out.push(d)
        if (!d.queueId) continue
        let q = deferred.get(d.queueId)
        if (d.action === 'delayed') {
          if (!q) deferred.set(d.queueId, (q = new Map()))
          q.set(d.recipient, d)
        } else q?.delete(d.recipient)
      }
      continue
    }
    if (line.includes('status=expired') || line.includes('Cannot send message for')) {
      const m = POSTFIX_EXPIRED.exec(line) ?? SENDMAIL_EXPIRED.exec(line)
      const q = m ? deferred.get(m[1]!) : undefined
      if (q) {
        for (const d of q.values())
          out.push({
            ...d,
            action: 'failed',
            ...(d.software === 'sendmail' ? { status: '4.4.7' } : {}),
            ...(/^\S+/.test(line) ? { time: line.slice(0, d.time?.length ?? 0) || d.time } : {}),
          } as LogDelivery)
        deferred.delete(m![1]!)
      }
      continue
    }
    const r = parseRejectLine(line)
    // A sending Sendmail may echo "<r>... User unknown" beside its own to= line for the same message.
    if (r && !(r.queueId && out.some((d) => d.queueId === r.queueId && d.recipient === r.recipient))) out.push(r)
  }
  return out
}

/** Whether a line's reply code can be read from its diagnostic text (used to choose what to explain). */
export function hasReplyCode(text: string): boolean {
  return REPLY_CODE.test(text)
}
