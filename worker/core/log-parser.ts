// Reads mail server logs: one delivery attempt per recipient from Postfix (`status=`), Exim's mainlog (`**`, `==`,
// `=>`, `->`, `>>`), Sendmail (`stat=`), Haraka's outbound queue (`[outbound] recipient <…> rejected:`) and Exchange's
// message tracking log (CSV, `FAIL` and `DEFER` events). One line at a time, so the CLI can stream logs of any size: a
// line is first checked with plain substring searches, and only lines that pass meet a regex (anchored, linear).
// Formats: Postfix smtp(8)/bounce(8) logging, Exim specification ch. "Log files" (log line flags, log_selector), and
// its deliver.c/log.c (field order; syslog splitting), Sendmail's op guide §"Log messages" and deliver.c logdelivery()
// (to=, dsn=, stat=, "[more]"), Microsoft's "Message tracking" documentation (fields, event types).
//
// Whatever wraps a line is skipped rather than required: a syslog header in RFC 3164 or RFC 5424 form, journald's
// short, short-iso, short-precise and cat outputs, a container runtime's timestamp (docker --timestamps, CRI "stdout F")
// or a docker json-file record. Each format is found by its own markers (a queue id before ": to=", an Exim message id
// before its flag), and the time is read from the start of the line when it has one.

import { journalText, readable } from './log-escapes.ts'

export interface LogDelivery {
  recipient: string
  action: 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'
  status?: string
  remoteMta?: string
  diagnosticCode?: string
  queueId?: string
  time?: string
  software: 'postfix' | 'exim' | 'sendmail' | 'haraka' | 'exchange'
  /**
   * `inbound`: this server refused the recipient at SMTP time (Postfix "NOQUEUE: reject: RCPT", postscreen's and
   * cleanup's rejects, Exim "rejected RCPT", Sendmail "ruleset=check_rcpt … reject="). Only parseLog, LogReader and
   * parseRejectLine give these; parseLogLine does not.
   */
  direction?: 'inbound'
}

/** Longer lines are not log lines anyone wrote by hand; Postfix itself caps a record near 2 KB (line_length_limit). */
const MAX_LINE = 8192
/** Sendmail may list many recipients on one line; past this the line is a flood, not a log. */
const MAX_LINE_RECIPIENTS = 100

const ENHANCED = /(?:^|[\s(\[#;:'"])([245]\.\d{1,3}\.\d{1,3})(?=[\s,;:)\]'"]|$)/
const REPLY_CODE = /(?:^|[\s(\[:;'"])([2-5]\d\d)[ -]/

// The time a line starts with: RFC 3164 ("Dec  2 03:04:05", journald's "Dec 02 03:04:05.123456"), RFC 3339 / ISO 8601
// with or without fraction and zone (rsyslog's high-precision format, journald short-iso, Exim's own
// "2026-12-02 03:04:05.123 +0000", a container runtime's), journald short-full ("Wed 2026-12-02 03:04:05 UTC") and
// short-unix. An RFC 5424 line's "<PRI>1 " comes first.
const TIME_WORDS = /^(?:<\d{1,3}>\d{0,2} ?)?((?:[A-Z][a-z]{2} )?[A-Z][a-z]{2} [ \d]?\d (?:\d{4} )?\d\d:\d\d:\d\d(?:\.\d{1,9})?)/
const TIME_DIGITS =
  /^(?:<\d{1,3}>\d{0,2} ?)?((?:[A-Z][a-z]{2} )?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d| [+-]\d{4}| UTC| GMT)?|\d{9,10}\.\d{1,9})(?= |$)/

/** The timestamp at the start of a line, as written there, if it has one. */
function leadingTime(line: string): string | undefined {
  const c = line.charCodeAt(0)
  const m =
    c >= 48 && c <= 57
      ? TIME_DIGITS.exec(line)
      : c === 60
        ? (TIME_DIGITS.exec(line) ?? TIME_WORDS.exec(line))
        : c >= 65 && c <= 90
          ? (TIME_WORDS.exec(line) ?? TIME_DIGITS.exec(line))
          : null
  return m?.[1]
}

/**
 * A copy that shares no memory with the text it came from: a line is a slice of a large chunk (the CLI reads 64 KB at
 * a time, parseLog a whole paste), and a kept slice would keep the whole chunk alive.
 */
function detach(s: string): string
function detach(s: string | undefined): string | undefined
function detach(s: string | undefined): string | undefined {
  return s === undefined ? s : ` ${s}`.slice(1)
}

/**
 * A log record shipped as JSON, one per line: docker's json-file ({"log":"…\n","stream":"stdout","time":"…"}),
 * `journalctl -o json` ({"MESSAGE":"…","SYSLOG_IDENTIFIER":"postfix/smtp","_PID":"123","__REALTIME_TIMESTAMP":"…"}),
 * and collectors' records with "message" or "msg" and "timestamp" or "@timestamp". The line it holds, with the
 * record's time in front when the line has none of its own (as `docker logs --timestamps` prints it), and journald's
 * program name and pid as syslog writes them.
 */
function unwrapJsonRecord(line: string): string {
  if (line.charCodeAt(1) !== 34 || !/"(?:log|MESSAGE|message|msg)":["[]/.test(line)) return line
  let r: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(line)
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return line
    r = parsed as Record<string, unknown>
  } catch {
    return line
  }
  const text = [r.log, journalText(r.MESSAGE), r.message, r.msg].find((v): v is string => typeof v === 'string')
  if (text === undefined) return line
  // The line end a record keeps (docker's "…\n", a CRLF log's "…\r\n"): a regex's . stops at a \r, so none may stay.
  let inner = text.replace(/[\r\n]+$/, '')
  if (typeof r.SYSLOG_IDENTIFIER === 'string') inner = `${r.SYSLOG_IDENTIFIER}${typeof r._PID === 'string' ? `[${r._PID}]` : ''}: ${inner}`
  if (leadingTime(inner)) return inner
  const micros = typeof r.__REALTIME_TIMESTAMP === 'string' ? Number(r.__REALTIME_TIMESTAMP) : Number.NaN
  const time = Number.isFinite(micros)
    ? new Date(micros / 1000).toISOString()
    : [r.time, r.timestamp, r['@timestamp']].find((v): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v))
  return time ? `${time} ${inner}` : inner
}

/**
 * The line a JSON record holds, or the line itself. `journalctl -o json-seq` (RFC 7464) starts each record with an
 * ASCII record separator.
 */
function unwrapped(raw: string): string {
  const c = raw.charCodeAt(0)
  return c === 123 ? unwrapJsonRecord(raw) : c === 30 && raw.charCodeAt(1) === 123 ? unwrapJsonRecord(raw.slice(1)) : raw
}

function unbracket(address: string): string {
  const a = address.trim()
  return a.startsWith('<') && a.endsWith('>') ? a.slice(1, -1) : a
}

/**
 * "mx.example.com[192.0.2.1]:25" → "mx.example.com[192.0.2.1]", "mail.example.com[private/dovecot-lmtp]" stays. Only
 * a relay with an address in brackets is a remote MTA: "none", "local", "virtual" and a pipe(8) transport's name are not.
 */
function postfixRelay(line: string, from: number): string | undefined {
  const at = line.indexOf(', relay=', from)
  if (at < 0) return undefined
  const end = line.indexOf(',', at + 8)
  const relay = line.slice(at + 8, end < 0 ? undefined : end)
  if (!relay.includes('[')) return undefined
  const port = relay.lastIndexOf(']:')
  return port > 0 && /^\d+$/.test(relay.slice(port + 2)) ? relay.slice(0, port + 1) : relay
}

function enhancedIn(text: string | undefined): string | undefined {
  return text ? ENHANCED.exec(text)?.[1] : undefined
}

const POSTFIX_QUEUE_ID = /^[0-9A-Za-z]{5,20}$/
const POSTFIX_STATUS = / status=([A-Za-z]+)/g
const POSTFIX_DSN = /, dsn=(\d\.\d{1,3}\.\d{1,3})/
const POSTFIX_ACTION: Record<string, LogDelivery['action']> = {
  sent: 'delivered',
  deferred: 'delayed',
  // soft_bounce = yes turns every bounce into a deferral and logs it so.
  softbounce: 'delayed',
  bounced: 'failed',
  expired: 'failed',
  // "deliverable" and "undeliverable" are address-verification probes (verify(8), sendmail -bv): no mail was sent, and
  // the refusal a probe causes is logged by smtpd as a reject of its own ("undeliverable address: …").
}

/**
 * The queue id before `marker` (": to=<" or ": to="), where it starts a line or follows a space: whatever comes before
 * it (a syslog header, the program as postfix/smtp[1], postfix-out/smtp, postfix/submission/smtpd, an RFC 5424
 * "smtp 123 - -", or nothing at all in `journalctl -o cat`) is not checked.
 */
function queueIdBefore(line: string, at: number): string | undefined {
  const id = line.slice(line.lastIndexOf(' ', at - 1) + 1, at)
  if (POSTFIX_QUEUE_ID.test(id)) return id
  const bare = unprefixed(id)
  return bare !== id && POSTFIX_QUEUE_ID.test(bare) ? bare : undefined
}

/**
 * A message id with what may be glued to its front taken off: a tab where a space should be (some log viewers and
 * copies turn the gap after "program[pid]:" into one), the byte order mark RFC 5424 lets a UTF-8 MSG start with
 * (syslog-ng, nxlog), and the field name of `journalctl -o verbose` and `-o export` ("    MESSAGE=4ABC…: to=<…>").
 * Only tried when the word is no id as it stands, so common lines never pay for it.
 */
function unprefixed(word: string): string {
  let w = word
  const tab = w.lastIndexOf('\t')
  if (tab >= 0) w = w.slice(tab + 1)
  if (w.startsWith('MESSAGE=')) w = w.slice(8)
  if (w.charCodeAt(0) === 0xfeff) w = w.slice(1)
  return w
}

// "<time> <host> postfix/smtp[123]: 4ABC123: to=<bob@example.com>, [orig_to=<…>,] relay=…, [conn_use=…,] delay=…,
// delays=…, dsn=5.1.1, status=bounced (reason)"
function parsePostfix(line: string): LogDelivery | undefined {
  const at = line.indexOf(': to=<')
  if (at < 0) return undefined
  const queueId = queueIdBefore(line, at)
  if (!queueId) return undefined
  const close = line.indexOf('>', at + 6)
  if (close <= at + 6) return undefined
  const recipient = line.slice(at + 6, close)
  POSTFIX_STATUS.lastIndex = close
  const s = POSTFIX_STATUS.exec(line)
  if (!s) return undefined
  const action = POSTFIX_ACTION[s[1]!.toLowerCase()]
  if (!action) return undefined
  const fields = line.slice(close, s.index)
  // Built field by field, in the order the API's JSON lists them (spreads of optional fields cost an object each).
  const d = { recipient, action } as LogDelivery
  const dsn = POSTFIX_DSN.exec(fields)?.[1]
  if (dsn) d.status = dsn
  const remoteMta = postfixRelay(fields, 0)
  if (remoteMta) d.remoteMta = remoteMta
  // The reason runs to the end of the line; a syslog that cut the line short leaves it without its ")".
  const after = POSTFIX_STATUS.lastIndex
  if (line.startsWith(' (', after)) {
    const reason = readable(line.charCodeAt(line.length - 1) === 41 ? line.slice(after + 2, -1) : line.slice(after + 2))
    if (reason) d.diagnosticCode = reason
  }
  d.queueId = queueId
  const time = leadingTime(line)
  if (time) d.time = time
  d.software = 'postfix'
  return d
}

// "2026-11-29 00:00:01[.123] [+0000] [[123]] 1vABCD-000123-AB ** bob@example.com [(parents)] [<orig@example.com>] F=<…>
// R=… T=… H=host [DS] [ip][:port] X=… CV=… DN="…": message [DT=…]". Exim's message ids: 6-6-2 base-62 before 4.97,
// 6-11-4 since. In syslog (log_file_path = syslog) the same text follows the syslog header, with or without Exim's own
// time (syslog_timestamp), and a line past 870 characters is split into "[1/2] …", "[2/2] …".
const EXIM_ID = /^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}$/
/** The flags before an address: " ** ", " == ", " => ", " -> ", " >> ", " *> " (one regex scans faster than six searches). */
const EXIM_FLAG = / (?:\*\*|==|[=\->*]>) /g
const EXIM_ACTION: Record<string, LogDelivery['action'] | null> = {
  '**': 'failed',
  '==': 'delayed',
  '=>': 'delivered',
  '->': 'delivered',
  // A cutthrough delivery, made while the message was being received.
  '>>': 'delivered',
  // "*>": a delivery that was not made (exim -N, or a router with no transport); nothing happened to the recipient.
  '*>': null,
}
/** The address, its intermediate parents (log_selector +all_parents, or a pipe/file's) and the address it was sent to. */
const EXIM_ADDRESS = /^(\S+)(?: \(([^)]{0,2000})\))?(?: <([^>\s]{1,512})>)?/
const EXIM_HOST = / H=(\S+)(?: DS)?(?: \[([0-9A-Fa-f.:]+)\])?/
const EXIM_CONFIRMATION = / C="((?:[^"\\]|\\.)*)"/

/** Where the message of an Exim failure or deferral starts: after the first ": " outside a quoted field (DN="…"). */
function eximMessageStart(rest: string): number {
  let i = 0
  for (;;) {
    const colon = rest.indexOf(': ', i)
    const quote = rest.indexOf('="', i)
    if (quote < 0 || colon < quote) return colon
    let end = quote + 2
    while (end < rest.length && rest[end] !== '"') end += rest[end] === '\\' ? 2 : 1
    i = end + 1
  }
}

/** The Exim message id and flag of a line: the first flag whose preceding word is a message id. */
function eximFlag(line: string): { idStart: number; flagAt: number } | undefined {
  EXIM_FLAG.lastIndex = 0
  for (let m = EXIM_FLAG.exec(line); m; m = EXIM_FLAG.exec(line)) {
    let idStart = line.lastIndexOf(' ', m.index - 1) + 1
    const word = line.slice(idStart, m.index)
    if (EXIM_ID.test(word)) return { idStart, flagAt: m.index + 1 }
    const bare = unprefixed(word)
    idStart += word.length - bare.length
    if (bare !== word && EXIM_ID.test(bare)) return { idStart, flagAt: m.index + 1 }
    EXIM_FLAG.lastIndex = m.index + 1
  }
  return undefined
}

function parseExim(line: string): LogDelivery | undefined {
  const f = eximFlag(line)
  if (!f) return undefined
  const queueId = line.slice(f.idStart, f.flagAt - 1)
  const action = EXIM_ACTION[line.slice(f.flagAt, f.flagAt + 2)]
  if (!action) return undefined
  const body = line.slice(f.flagAt + 3)
  const a = EXIM_ADDRESS.exec(body)
  if (!a) return undefined
  const address = a[1]!
  // A local delivery logs the routed local part first and the address the message was sent to in <…>.
  const recipient = a[3] ?? address.replace(/:$/, '')
  if (!recipient) return undefined
  const rest = body.slice(a[0].length)
  let diagnosticCode: string | undefined
  let fields = rest
  if (action === 'delivered') {
    const c = EXIM_CONFIRMATION.exec(rest)
    if (c) diagnosticCode = c[1]!.replace(/\\(.)/g, '$1')
  } else {
    // The message follows the first ": " (TLS fields like X=TLS1.3:AES… hold colons, never colon-space); Exim 4.99
    // writes " : ". +deliver_time puts " DT=…" after a failure's message.
    const whole = address.endsWith(':') ? `: ${rest.trimStart()}` : rest
    const at = eximMessageStart(whole)
    if (at >= 0) {
      fields = whole.slice(0, at)
      diagnosticCode = whole.slice(at + 2).trim()
    } else if (rest.trim()) diagnosticCode = rest.trim()
    if (diagnosticCode) diagnosticCode = readable(diagnosticCode.replace(/ DT=\S+$/, ''))
  }
  // A timeout names its host in the message instead ("Connection timed out H=mx [192.0.2.1]: SMTP timeout after …").
  const host = EXIM_HOST.exec(fields) ?? (diagnosticCode && action !== 'delivered' ? EXIM_HOST.exec(diagnosticCode) : null)
  const remoteMta = host ? `${host[1]!}${host[2] ? `[${host[2]}]` : ''}` : undefined
  // Exim assigns no enhanced code of its own beyond the class: its DSNs say 5.0.0 for every failure and 4.0.0 in
  // delay warnings, whatever the remote sent (the remote's code stays in the diagnostic and its explanation).
  const status = action === 'failed' ? '5.0.0' : action === 'delayed' ? '4.0.0' : (enhancedIn(diagnosticCode) ?? '2.0.0')
  const time = leadingTime(line)
  return {
    recipient,
    action,
    status,
    ...(remoteMta ? { remoteMta } : {}),
    ...(diagnosticCode ? { diagnosticCode } : {}),
    queueId,
    ...(time ? { time } : {}),
    software: 'exim',
  }
}

// "<time> <host> sm-mta[123]: 4AT0000123: to=<a@x>,<b@y>, ctladdr=…, delay=…, xdelay=…, mailer=esmtp, pri=…,
// relay=mx. [192.0.2.1], dsn=5.1.1, stat=User unknown". A to= list too long for one syslog record is split over
// lines that end their part of it with " [more]"; each such line repeats the fields. Parts of a list longer than
// Sendmail's buffer end in "..." and the cut address is lost.
const SENDMAIL_NEXT_FIELD = /, (?:ctladdr|delay|xdelay|mailer|pri|relay|dsn|stat)=/g
const SENDMAIL_RELAY = /, relay=([^,]*(?:,(?! [a-z]+=)[^,]*)*)/
const SENDMAIL_DSN = /, dsn=(\d\.\d{1,3}\.\d{1,3})/
const SENDMAIL_STAT = /, stat=(.*)$/
// Sendmail 8.15 and later log the remote's own reply before its stat= summary ("reply=550 relay not permitted, stat=User unknown").
const SENDMAIL_REPLY = /, reply=([2-5]\d\d[ -].*?)(?:, stat=|$)/

function sendmailDeliveries(line: string): LogDelivery[] {
  const at = line.indexOf(': to=')
  if (at < 0) return []
  const queueId = queueIdBefore(line, at)
  if (!queueId) return []
  SENDMAIL_NEXT_FIELD.lastIndex = at + 5
  const next = SENDMAIL_NEXT_FIELD.exec(line)
  if (!next) return []
  const to = line.slice(at + 5, next.index)
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
    // "mx.example.com. [192.0.2.1]"; an IPv6 address is written "[IPv6:2001:db8::1]" (RFC 5321's address literal).
    const r = /^(\S*?)\.? ?(?:\[(?:IPv6:)?([0-9A-Fa-f.:]+)\])?(?: \(may be forged\))?$/.exec(relay)
    remoteMta = r ? `${r[1] ?? ''}${r[2] ? `[${r[2]}]` : ''}` || undefined : relay
  }
  // dsn= is the status Sendmail gives the recipient, the one its DSN carries: a 421 greeting quoted as "Deferred: 421
  // 4.3.2 …" is dsn=4.5.0 in the log and Status: 4.5.0 in the DSN (failures corpus). The quoted code is the remote's.
  const status = dsn ?? enhancedIn(stat)
  const time = leadingTime(line)
  const base = {
    action,
    ...(status ? { status } : {}),
    ...(remoteMta ? { remoteMta } : {}),
    diagnosticCode: readable(SENDMAIL_REPLY.exec(line)?.[1]?.trim() || stat),
    queueId,
    ...(time ? { time } : {}),
    software: 'sendmail' as const,
  }
  return to
    .replace(/ \[more\]$/, '')
    .split(',')
    .slice(0, MAX_LINE_RECIPIENTS)
    .map(unbracket)
    .filter((r) => r !== '' && !r.endsWith('...'))
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
        if (list.length < MAX_LINE_RECIPIENTS) list.push(detach(r[1]!))
        this.recipients.set(detach(h.id), list)
      }
      return []
    }
    const mx = /^ ?hook=get_mx .*?\bparams=([^\s"]{1,253})/.exec(h.message)
    if (mx) {
      if (this.domains.size >= HarakaDeliveries.MAX) this.domains.delete(this.domains.keys().next().value!)
      this.domains.set(detach(h.id), mx[1]!.toLowerCase())
      return []
    }
    const rcpt = HARAKA_RCPT.exec(h.message)
    if (rcpt) {
      if (this.reported.size >= HarakaDeliveries.MAX * 10) this.reported.clear()
      this.reported.add(detach(`${h.id}\u0000${rcpt[1]!.toLowerCase()}`))
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
        this.reported.add(detach(key))
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

// Exchange's message tracking log (Exchange 2010 and later; Microsoft Learn, "Message tracking in Exchange Server"): CSV
// under a "#Fields: date-time,client-ip,…" header that names the columns. A FAIL event is a failed delivery, DEFER a
// delayed one; recipient-address lists the event's recipients and recipient-status their statuses, both joined by ";".
// DSN events are the NDRs Exchange writes (their recipient is the original sender), not failures of their own.
const EXCHANGE_FIELDS_2013 =
  'date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version'
const EXCHANGE_FIELDS_2010 =
  'date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data'
const EXCHANGE_EVENT: Record<string, LogDelivery['action']> = { FAIL: 'failed', DEFER: 'delayed' }

interface ExchangeColumns {
  time: number
  event: number
  recipients: number
  status: number
  messageId: number
  server: number
}

function exchangeColumns(header: string): ExchangeColumns | undefined {
  const names = header.split(',').map((n) => n.trim().toLowerCase())
  const col = (n: string) => names.indexOf(n)
  const c = {
    time: col('date-time'),
    event: col('event-id'),
    recipients: col('recipient-address'),
    status: col('recipient-status'),
    messageId: col('internal-message-id'),
    server: col('server-hostname'),
  }
  return c.event >= 0 && c.recipients >= 0 && c.status >= 0 ? c : undefined
}
const EXCHANGE_2013 = exchangeColumns(EXCHANGE_FIELDS_2013)!
const EXCHANGE_2010 = exchangeColumns(EXCHANGE_FIELDS_2010)!

/** One CSV record's fields ("" doubles a quote inside a quoted field). */
function csvFields(line: string, max: number): string[] {
  const out: string[] = []
  let i = 0
  while (i <= line.length && out.length < max) {
    if (line[i] === '"') {
      let v = ''
      let j = i + 1
      for (;;) {
        const q = line.indexOf('"', j)
        if (q < 0) {
          v += line.slice(j)
          j = line.length
          break
        }
        v += line.slice(j, q)
        if (line[q + 1] === '"') {
          v += '"'
          j = q + 2
        } else {
          j = q + 1
          break
        }
      }
      out.push(v)
      const comma = line.indexOf(',', j)
      i = comma < 0 ? line.length + 1 : comma + 1
    } else {
      const comma = line.indexOf(',', i)
      out.push(line.slice(i, comma < 0 ? undefined : comma))
      i = comma < 0 ? line.length + 1 : comma + 1
    }
  }
  return out
}

const EXCHANGE_FAILURE = /(?:^|,)(?:FAIL|DEFER),/
const EXCHANGE_RECORD = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,7})?Z?,/

function exchangeDeliveries(line: string, columns: ExchangeColumns | undefined): readonly LogDelivery[] {
  if (!EXCHANGE_FAILURE.test(line)) return NONE
  let c = columns
  if (!c) {
    // No header seen (an excerpt): the column after message-id is a GUID (network-message-id) from Exchange 2013 on.
    const guess = csvFields(line, 13)
    c = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(guess[11] ?? '') ? EXCHANGE_2013 : EXCHANGE_2010
  }
  const f = csvFields(line, Math.max(c.event, c.recipients, c.status, c.messageId, c.server, c.time) + 1)
  const action = EXCHANGE_EVENT[f[c.event] ?? '']
  if (!action) return NONE
  const recipients = (f[c.recipients] ?? '')
    .split(';')
    .map((r) => r.trim())
    .filter((r) => r.includes('@'))
    .slice(0, MAX_LINE_RECIPIENTS)
  const statusText = f[c.status] ?? ''
  // Statuses are joined by ";" as the recipients are, and a status's own text holds "; " too ("550 5.1.1
  // RESOLVER.ADR.RecipNotFound; not found"): a new status starts where a reply code follows the ";".
  const statuses = statusText.split(/;(?=\s*[245]\d\d[ -])/).map((s) => s.trim())
  const queueId = c.messageId >= 0 ? f[c.messageId] : undefined
  const time = c.time >= 0 ? f[c.time] : undefined
  return recipients.map((recipient, i) => {
    const reply = statuses.length === recipients.length ? statuses[i]! : statusText.trim()
    const status = enhancedIn(reply)
    return {
      recipient,
      action,
      ...(status ? { status } : {}),
      ...(reply ? { diagnosticCode: reply } : {}),
      ...(queueId ? { queueId } : {}),
      ...(time ? { time } : {}),
      software: 'exchange' as const,
    }
  })
}

/**
 * Every delivery a line records: one, except a Sendmail line that lists several recipients in its to= field.
 * Lines that record no delivery (connections, queue manager lines, DSN creation) give none. Stateless: an Exchange
 * line is read with the columns of Exchange 2010 or 2013 (LogReader follows the log's own "#Fields:" header).
 */
export function parseLogLineDeliveries(raw: string): LogDelivery[] {
  if (raw.length > MAX_LINE) return []
  const line = unwrapped(raw)
  const ds = deliveriesOf(line, undefined, markerOf(line))
  return ds.length ? (ds as LogDelivery[]) : []
}

/** The empty answer, shared: most lines record no delivery, and an array per line is garbage per line. */
const NONE: readonly LogDelivery[] = Object.freeze([])

/**
 * What every delivery line of Postfix, Sendmail, Exim and Haraka holds: one regex scans a line once for all four, as
 * fast as one substring search, so the lines that record nothing (most of a log) are passed over after one scan.
 */
const DELIVERY_MARKER = / status=|, stat=|\] \[| (?:\*\*|==|[=\->*]>) /g

type Marker = 0 | 1 | 2
/** No marker; " status=" first; another first. */
const NO_MARKER = 0
const STATUS_MARKER = 1
const OTHER_MARKER = 2
/** Whether a line holds a DELIVERY_MARKER, and whether the first is " status=" (the line is most likely Postfix's). */
function markerOf(line: string): Marker {
  DELIVERY_MARKER.lastIndex = 0
  if (!DELIVERY_MARKER.test(line)) return NO_MARKER
  const end = DELIVERY_MARKER.lastIndex
  return line.charCodeAt(end - 2) === 115 && line.charCodeAt(end - 1) === 61 ? STATUS_MARKER : OTHER_MARKER
}

/** `line` is unwrapped (unwrapJsonRecord); `marker` is markerOf(line). */
function deliveriesOf(line: string, exchange: ExchangeColumns | undefined, marker: Marker): readonly LogDelivery[] {
  // An Exchange record: under its log's header, or one that starts as Exchange writes them (an excerpt).
  if (marker === NO_MARKER) return exchange || EXCHANGE_RECORD.test(line) ? exchangeDeliveries(line, exchange) : NONE
  // Most delivery lines are Postfix's, and " status=" comes first in them: read them without the other searches.
  if (marker === STATUS_MARKER) {
    const d = parsePostfix(line)
    if (d) return [d]
  }
  if (line.includes(' status=')) {
    const d = parsePostfix(line)
    if (d) return [d]
  }
  if (line.includes(', stat=')) return sendmailDeliveries(line)
  if (line.length > 24) {
    const d = parseExim(line)
    if (d) return [d]
  }
  if (line.includes('] [outbound] recipient <')) {
    const d = harakaRecipient(line)
    return d ? [d] : NONE
  }
  return NONE
}

/** The delivery one log line records (the first recipient of a multi-recipient Sendmail line), if any. */
export function parseLogLine(line: string): LogDelivery | undefined {
  return parseLogLineDeliveries(line)[0]
}

// Receiving side. smtpd: "NOQUEUE: reject: RCPT from host[ip]: 550 5.1.1 <r>: …; from=<s> to=<r> proto=… helo=<…>";
// postscreen: "NOQUEUE: reject: RCPT from [ip]:port: 550 5.7.1 …; from=<s>, to=<r>, proto=…, helo=<…>"; cleanup's
// milter and header/body rejects ("QID: milter-reject: END-OF-MESSAGE from host[ip]: 5.7.1 …; from=<s> to=<r> …",
// "QID: reject: header Subject: … from host[ip]; from=<s> to=<r> proto=… helo=<…>: 5.7.1 message content rejected").
// The client is "name[address]" (IPv6 addresses hold colons) or postscreen's "[address]:port". "reject_warning" (a
// rule in warn_if_reject mode) refused nothing.
const POSTFIX_REJECT =
  /(?:^|[ \t]|MESSAGE=)\uFEFF?(NOQUEUE|[0-9A-Za-z]{5,20}): (?:milter-)?reject: (?:RCPT|DATA|END-OF-MESSAGE|BDAT) from [^\s\[]{0,255}\[[^\]\s]{1,100}\](?::\d{1,5})?: (.{1,2000}?); from=<[^>]{0,512}>,? to=<([^>]{1,512})>/
const POSTFIX_CONTENT_REJECT =
  /(?:^|[ \t]|MESSAGE=)\uFEFF?([0-9A-Za-z]{5,20}): (?:milter-)?reject: (?:header|body|CONNECT|HELO|MAIL) .{0,2000}?; from=<[^>]{0,512}> to=<([^>]{1,512})>(?: proto=\S{1,20})?(?: helo=<[^>]{0,255}>)?: (.{1,1000})$/
// "H=(helo) [ip] F=<s> rejected RCPT <r>: Unrouteable address" (also "temporarily rejected RCPT")
const EXIM_REJECT = /(?:^| )(temporarily )?rejected RCPT <([^>\s]{1,512})>: (.{0,2000})$/
// "QID: ruleset=check_rcpt, arg1=<r>, relay=…, reject=550 5.7.1 <r>... Relaying denied"
const SENDMAIL_REJECT =
  /(?:^|[ \t]|MESSAGE=)\uFEFF?([0-9A-Za-z]{5,20}): ruleset=check_rcpt, arg1=<?([^>,\s]{1,512})>?, (?:.{0,600}?, )?reject=(.{1,2000})$/

// Sendmail refusing an unknown local user at RCPT: "QID: <nouser@example.org>... User unknown"
const SENDMAIL_RCPT_REFUSED = /(?:^| )(?:sendmail|sm-[\w-]+)\[\d+\]: ([0-9A-Za-z]{5,20}): <([^>\s]{1,512})>\.\.\. (.{1,500})$/

/** A recipient this server refused at SMTP time, if the line records one. */
export function parseRejectLine(raw: string): LogDelivery | undefined {
  if (raw.length > MAX_LINE) return undefined
  const line = unwrapped(raw)
  let queueId: string | undefined
  let recipient: string
  let reply: string
  let software: LogDelivery['software']
  let temporary = false
  if (line.includes('reject: ') && line.includes(' to=<')) {
    const m = POSTFIX_REJECT.exec(line)
    const c = m ? undefined : POSTFIX_CONTENT_REJECT.exec(line)
    if (m) [, queueId, reply, recipient] = m as unknown as [string, string, string, string]
    else if (c) [, queueId, recipient, reply] = c as unknown as [string, string, string, string]
    else return undefined
    software = 'postfix'
  } else if (line.includes('rejected RCPT <')) {
    const m = EXIM_REJECT.exec(line)
    if (!m) return undefined
    temporary = m[1] !== undefined
    recipient = m[2]!
    reply = m[3]!
    software = 'exim'
  } else if (line.includes('ruleset=check_rcpt')) {
    const m = SENDMAIL_REJECT.exec(line)
    if (!m) return undefined
    ;[, queueId, recipient, reply] = m as unknown as [string, string, string, string]
    software = 'sendmail'
  } else if (line.includes('>... ')) {
    const m = SENDMAIL_RCPT_REFUSED.exec(line)
    if (!m) return undefined
    ;[, queueId, recipient, reply] = m as unknown as [string, string, string, string]
    software = 'sendmail'
  } else return undefined
  reply = readable(reply)
  const time = leadingTime(line)
  // The class: a reply code ("550 …") or, in cleanup's rejects, an enhanced code alone ("5.7.1 …").
  const code = /^([245])(?:\d\d[ -]|\.\d)/.exec(reply)?.[1]
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

/** " [2/3] " where Exim's line continues in syslog (log.c write_syslog); "\\" when the part ended at a newline. */
const SYSLOG_PART = / \[(\d{1,2})([/\\])(\d{1,2})\] /

// Each of these may start after a space, a tab, journald's "MESSAGE=" or RFC 5424's byte order mark (unprefixed()).

/** Lines that end a message's retries: every recipient still deferred in it has failed. */
const POSTFIX_EXPIRED = /(?:^|[ \t]|MESSAGE=)\uFEFF?([0-9A-Za-z]{5,20}): from=<[^>]{0,512}>, status=expired, returned to sender/
const SENDMAIL_EXPIRED = /(?:^|[ \t]|MESSAGE=)\uFEFF?([0-9A-Za-z]{5,20}): [0-9A-Za-z]{5,20}: (?:sender notify|DSN): Cannot send message for /
/**
 * Messages with recipients still deferred, remembered until their retries end; past this the message deferred longest
 * ago is forgotten (each retry refreshes a message, and its last deferral comes at most a few hours before its end).
 */
const MAX_DEFERRED_MESSAGES = 10_000
/** Characters of a remembered deferral's reason kept (an expiry's failure shows its last deferral's reason). */
const DEFERRED_REASON_KEEP = 512

/**
 * Reads a log line by line and keeps what a single line cannot say: the columns an Exchange log's "#Fields:" header
 * names, Haraka's deliveries that name no recipient, and each message's recipients still deferred, so that the line
 * ending its retries (Postfix "status=expired", Sendmail "Cannot send message for") gives each of them a failed entry
 * (its last deferral's reason; Sendmail's DSN then says 4.4.7). With `inbound`, the recipients this server refused at
 * SMTP time too.
 */
export class LogReader {
  private exchange: ExchangeColumns | undefined
  private readonly deferred = new Map<string, Map<string, LogDelivery>>()
  private readonly haraka = new HarakaDeliveries()
  private readonly inbound: boolean
  /** An Exim line syslog got in parts, while its parts are read. */
  private split: { key: string; head: string; text: string; next: number; count: number; newline: boolean } | undefined
  /** Deliveries of an unfinished split line, given with the next line's. */
  private flushed: LogDelivery[] = []
  /** The text of Exim's last refusal, to drop the copy syslog gets of it. */
  private lastEximRefusal: string | undefined
  /** Whether a Sendmail deferral is remembered (only then can a Sendmail line end retries). */
  private sendmailDeferred = false
  /** Recipients the last lines gave, to drop a Sendmail echo of the same refusal. */
  private recent: LogDelivery[] = []

  constructor(options: { inbound?: boolean } = {}) {
    this.inbound = options.inbound ?? true
  }

  line(raw: string): readonly LogDelivery[] {
    if (!raw || raw.length > MAX_LINE) return NONE
    const first = raw.charCodeAt(0)
    const line = first === 123 || first === 30 ? unwrapped(raw) : raw
    if (first === 35) {
      // "#Fields: …" (Exchange, W3C); "#Software:", "#Version:", "#Date:", "#Log-type:" say nothing about deliveries.
      if (line.startsWith('#Fields: ')) this.exchange = exchangeColumns(line.slice(9))
      return NONE
    }
    const marker = markerOf(line)
    if (this.split || marker === OTHER_MARKER) {
      const joined = this.joinSplit(line, marker)
      if (joined === null) return NONE
      if (joined !== line) return this.deliveries(joined, markerOf(joined))
    }
    return this.deliveries(line, marker)
  }

  /**
   * Exim writes a line longer than 870 characters, or one holding newlines, to syslog in parts: "[1/3] …", "[2/3] …",
   * "[3/3] …" ("\\" instead of "/" where a part ends at a newline). Returns the whole line once its last part is read,
   * null while parts are missing, or the line itself when it is no part. An unfinished line is read as far as it goes
   * when another begins (a part lost or interleaved), and by end().
   */
  private joinSplit(line: string, marker: Marker): string | null {
    const m = SYSLOG_PART.exec(line)
    if (!m) return line
    const [whole, index, , count] = m
    const k = Number(index)
    const n = Number(count)
    const head = line.slice(0, m.index + 1)
    const rest = line.slice(m.index + whole.length)
    const key = head.slice((leadingTime(head) ?? '').length + (head.startsWith('<') ? head.indexOf(' ') + 1 : 0))
    if (k === 1 && n > 1 && marker === OTHER_MARKER) {
      const pending = this.split
      this.split = { key, head, text: rest, next: 2, count: n, newline: m[2] === '\\' }
      if (pending) this.flushed.push(...this.deliveries(`${pending.head}${pending.text}`, markerOf(`${pending.head}${pending.text}`)))
      return null
    }
    const p = this.split
    if (!p || k !== p.next || n !== p.count || key !== p.key) return line
    p.text += (p.newline ? ' ' : '') + rest
    p.newline = m[2] === '\\'
    p.next++
    if (k < n) return null
    this.split = undefined
    return `${p.head}${p.text}`
  }

  /** What an unfinished split line (joinSplit) holds, at the end of a log. */
  end(): readonly LogDelivery[] {
    const p = this.split
    this.split = undefined
    return p ? this.deliveries(`${p.head}${p.text}`, markerOf(`${p.head}${p.text}`)) : this.takeFlushed()
  }

  private takeFlushed(): LogDelivery[] {
    const earlier = this.flushed
    this.flushed = []
    return earlier
  }

  private deliveries(line: string, marker: Marker): readonly LogDelivery[] {
    if (this.flushed.length) {
      const earlier = this.takeFlushed()
      return [...earlier, ...this.deliveries(line, marker)]
    }
    if (marker === OTHER_MARKER && line.includes('] [')) {
      const whole = this.haraka.read(line)
      if (whole) return whole
    }
    const ds = deliveriesOf(line, this.exchange, marker)
    if (ds.length) {
      for (const d of ds) {
        if (!d.queueId) continue
        let q = this.deferred.get(d.queueId)
        if (d.action === 'delayed') {
          if (q) this.deferred.delete(d.queueId)
          else if (this.deferred.size >= MAX_DEFERRED_MESSAGES) this.deferred.delete(this.deferred.keys().next().value!)
          this.deferred.set(detach(d.queueId), (q ??= new Map()))
          const kept = { ...d, recipient: detach(d.recipient) }
          if (d.diagnosticCode) kept.diagnosticCode = detach(d.diagnosticCode.slice(0, DEFERRED_REASON_KEEP))
          if (d.remoteMta) kept.remoteMta = detach(d.remoteMta)
          if (d.time) kept.time = detach(d.time)
          q.set(kept.recipient, kept)
          if (d.software === 'sendmail') this.sendmailDeferred = true
        } else if (q) {
          q.delete(d.recipient)
          if (q.size === 0) this.deferred.delete(d.queueId)
        }
      }
      this.remember(ds)
      return ds
    }
    // "QID: from=<s>, status=expired, returned to sender"; "QID: QID2: sender notify: Cannot send message for 5 days"
    if (this.deferred.size && (line.endsWith('returned to sender') || (this.sendmailDeferred && line.includes('Cannot send message for')))) {
      const m = POSTFIX_EXPIRED.exec(line) ?? SENDMAIL_EXPIRED.exec(line)
      const q = m ? this.deferred.get(m[1]!) : undefined
      if (!q) return NONE
      this.deferred.delete(m![1]!)
      const time = leadingTime(line)
      return [...q.values()].map(
        (d) =>
          ({
            ...d,
            action: 'failed',
            ...(d.software === 'sendmail' ? { status: '4.4.7' } : {}),
            ...(time ? { time } : {}),
          }) as LogDelivery,
      )
    }
    if (!this.inbound) return NONE
    const r = parseRejectLine(line)
    if (!r) return NONE
    // A sending Sendmail may echo "<r>... User unknown" beside its own to= line for the same message.
    if (r.queueId && this.recent.some((d) => d.queueId === r.queueId && d.recipient === r.recipient)) return NONE
    // Exim logging to syslog sends each refusal twice, as its main log's line (mail.info) and its reject log's
    // (mail.notice), one after the other: the same text after a header that differs at most in its time.
    if (r.software === 'exim') {
      const at = line.indexOf(' H=')
      const text = at >= 0 ? line.slice(at) : undefined
      if (text && text === this.lastEximRefusal) return NONE
      this.lastEximRefusal = text === undefined ? undefined : detach(text)
    }
    this.remember([r])
    return [r]
  }

  /** Only Sendmail echoes a refusal beside its own to= line, and only the refusals are checked against these. */
  private remember(ds: readonly LogDelivery[]): void {
    if (!this.inbound) return
    for (const d of ds) if (d.software === 'sendmail' || d.direction) this.recent.unshift(d)
    if (this.recent.length > 32) this.recent.length = 32
  }
}

/**
 * Every delivery in a log excerpt, in order, CRLF or LF line ends (mixed too); with the recipients this server refused
 * at SMTP time, and, where a message's retries end, a failed entry for each recipient still deferred in it (LogReader).
 */
export function parseLog(text: string): LogDelivery[] {
  const out: LogDelivery[] = []
  const reader = new LogReader()
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end)
    start = end + 1
    for (const d of reader.line(line)) out.push(d)
  }
  for (const d of reader.end()) out.push(d)
  return out
}

/** Whether a line's reply code can be read from its diagnostic text (used to choose what to explain). */
export function hasReplyCode(text: string): boolean {
  return REPLY_CODE.test(text)
}
