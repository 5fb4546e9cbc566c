// Reads the human-readable text of a bounce when it carries no delivery-status part, or to fill in what that part
// leaves out: each recipient the text names, and the reply quoted after it. The layouts are those the servers write:
// qmail-send ("<bob@example.com>:" then "Remote host said: …", qmail's bounce format), Postfix's bounce(8) template
// ("<bob@example.com>: host … said: …"), Exim's ("  bob@example.com" then indented "SMTP error from remote mail
// server after …"), Sendmail's ("----- The following addresses had permanent fatal errors -----"), Exchange and
// Microsoft 365 ("Remote Server returned '550 5.4.1 …'", "#550 5.1.1 …##"), Gmail ("wasn't delivered to … The
// response from the remote server was:") and Yahoo ("<bob@example.com>:" then "550: 5.1.1 …").
import type { BounceDelivery, DeliveryAction } from './delivery-status.ts'

/** The returned original starts here; nothing after it is about the delivery. */
const ORIGINAL_STARTS =
  /^[ \t]*(?:-{2,}[ \t]*)?(?:Below this line is a copy of the message|This is a copy of the message|Original message follows|Below is a copy of the original message|Original message headers|Original Message(?![ \t]+Details)|The header of the original message is following|Returned message|Unsent message below|Message headers? follows?|Headers of the original message|Return-Path: |Received: from )/im

const ADDRESS = String.raw`[^\s<>"(),;:@\[\]]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}.-]{0,252}[\p{L}\p{N}])?`
/** After an address: not more of a domain (\b is ASCII-only). */
const END = String.raw`(?![\p{L}\p{N}])`
/** A RegExp compiled on its first use. */
type Pattern = Pick<RegExp, 'exec'>
/**
 * The patterns below are compiled on the first bounce an isolate reads, not when it starts: their \p{…} classes
 * cost a cold Worker about 2 ms to compile (measured in workerd, 2026-12-02), and most requests read no bounce.
 */
function lazy(source: string, flags: string): Pattern {
  let compiled: RegExp | undefined
  return { exec: (text) => (compiled ??= new RegExp(source, flags)).exec(text) }
}
/** Lines that name a recipient; group 1 is the address, group 2 what follows on the same line. */
const ANCHORS: Pattern[] = [
  // qmail, Yahoo, Postfix, Sendmail lists; not Sendmail's "<bob@example.com>... User unknown" quoted inside a reply
  // (at most 3 spaces in: Postfix indents the lines it wraps a reply onto by 4, "    <bob@example.com>: Mailbox full")
  lazy(String.raw`^[ \t]{0,3}<(${ADDRESS})>(?!\.\.\.):?\s*(.*)$`, 'u'),
  // Sendmail's transcript line "<bob@example.com>... Deferred: 450 …" at the line's start (a recipient not named
  // before it, see below); indented, it is a reply's words wrapped by Postfix ("    <blocked@…>... Access denied")
  lazy(String.raw`^<?(${ADDRESS})>?\.\.\.\s*(.*)$`, 'u'),
  // Exim (indented), Exchange, IBM Domino (alone on a line), in double quotes as some gateways write it
  lazy(String.raw`^\s{0,8}"?(${ADDRESS})"?(?:<mailto:[^>\s]*>)?\.?:?\s*()$`, 'u'),
  // Microsoft 365's "bob@example.com (bob@example.com)" or "Bob Smith (bob@example.com)" on a line of its own
  lazy(String.raw`^\s{0,8}"?(${ADDRESS})"?\s+\([^()\n]{0,200}\)\s*()$`, 'u'),
  lazy(String.raw`^\s{0,8}[^()@<>:\n]{1,80}\s\((${ADDRESS})\)\s*()$`, 'u'),
  // OpenSMTPD's "bob@example.com: 550 5.1.1 …" (usr.sbin/smtpd/bounce.c), the address then its error on one line
  lazy(String.raw`^[ \t]{0,3}"?(${ADDRESS})"?:\s+(\S.*)$`, 'u'),
  lazy(String.raw`^\s*(${ADDRESS}) on \d.*()$`, 'u'), // Exchange 2010: "bob@example.com on 11/29/2026 8:00 AM"
  lazy(String.raw`(?:wasn't|was not|couldn't be|could not be) delivered to (${ADDRESS})${END}(.*)$`, 'iu'), // Gmail
  lazy(String.raw`(?:problem delivering your message to|Your message to) (${ADDRESS})${END}(.*)$`, 'iu'), // Gmail, Microsoft 365
  lazy(String.raw`##rfc822;(${ADDRESS})()`, 'iu'), // Exchange "#550 5.1.1 …##rfc822;bob@example.com"
  // dma (DragonFly Mail Agent, its bounce.c): "There was an error delivering your mail to <bob@example.com>.", the
  // reason two lines on ("mx [192.0.2.1] did not like our RCPT TO:" then the reply); one bounce per recipient
  lazy(String.raw`error delivering your mail to <(${ADDRESS})>\.?()$`, 'u'),
]
/**
 * A transcript's RCPT command ("RCPT TO:<bob@example.com>", Sendmail's and Courier's ">>> RCPT To:<…>"): the
 * recipient when the text names it nowhere else.
 */
const RCPT_ANCHOR = lazy(String.raw`\bRCPT TO:\s*<(${ADDRESS})>${END}(.*)$`, 'iu')
const BLOCK_LINES = 40
const MAX_TEXT_RECIPIENTS = 10_000

/** Where a quoted reply starts, most specific first; group 1 (when present) is the reply itself. */
const EXCHANGE_QUOTED = /Remote Server returned '([^'\n]{1,1000})'/i
const EXCHANGE_HASH = /#([2-5]\d\d[ -][^#\n]{0,1000})##/
const EXCHANGE_ANGLE = /<([^<>#\s]{1,255}) #(\d\.\d{1,3}\.\d{1,3})[^<>]{0,40}?smtp;\s*([^<>\n]{1,1000})>/i
const INTRODUCERS =
  /(?:Remote host said:|The response (?:from the remote server )?was:|The error that the other server returned was:|\(reason:|<<<|SMTP error from remote (?:mail server|server|mailer) after|\bhost \S+ ?(?:\[[0-9a-fA-F.:]+\])? said:|Reported error:|\bgave this error:|^[ \t]*(?:because|Reason):)/im
const FIRST_CODE = /(?:^|[\s(\[:;'"#])([2-5]\d\d)(?::? |-)(?=\S)/m
const HOST =
  /\bhost ([A-Za-z0-9.-]+\.[A-Za-z]{2,63})\s?\[([0-9a-fA-F.:]+)\]|\bwhile talking to ([A-Za-z0-9.-]+\.[A-Za-z]{2,63})\.?:|\b(?:Connected to|Giving up on) ([0-9a-fA-F]{1,4}[.:][0-9a-fA-F.:]+[0-9a-fA-F]|[A-Za-z0-9.-]+\.[A-Za-z]{2,63})\b/i

const DELAYED =
  /\b(?:temporary (?:problem|failure|error)|will (?:retry|try again|keep trying|continue trying|be retried)|has not yet been delivered|not yet been delivered|delivery (?:is )?delayed|has been delayed|Delayed Mail|still trying)\b/i
/**
 * A delay notice says so whatever else it says ("could not be delivered for more than 1 minute"): Postfix's "THIS IS
 * A WARNING ONLY" (bounce.cf.default), Sendmail's "THIS IS A WARNING MESSAGE ONLY" (savemail.c), OpenSMTPD's "only a
 * temporary failure report" (bounce.c), Courier's "advisory notice only" (dsndelayed.txt), Exim's "No action is
 * required on your part" (its delay warning), and "YOU DO NOT NEED TO RESEND/re-send" in several of them.
 */
const DELAY_NOTICE =
  /\b(?:THIS IS A WARNING (?:MESSAGE )?ONLY|YOU DO NOT NEED TO RE-?SEND|only a temporary failure report|advisory notice only|No action is required on your part)\b/i
const PERMANENT =
  /\b(?:permanent(?:ly)?|given up|giving up|I'm not going to try again|could not be delivered|couldn't be delivered|wasn't delivered|was not delivered|failed permanently|undeliverable|Delivery has failed)\b/i

/**
 * Words every failure or delay report uses in one form or another (the templates quoted above, RFC 3464's "could not
 * be delivered"). A text that has none of them and names addresses without any reply code is a person's message (a
 * forward's note, a signature), not a report.
 */
const REPORT_WORDS =
  /\b(?:undeliver|not (?:be )?delivered|(?:couldn't|could not|wasn't|was not|cannot|can't) be delivered|deliver(?:y|ing)? (?:has )?(?:failed|failure|problem|incomplete|delayed)|delivery status|failed (?:permanently|recipients?)|failure notice|permanent (?:fatal )?error|temporary (?:problem|failure|error)|returned mail|mail delivery|could not reach|not listed in|does not like recipient|has been delayed|delayed mail|successful(?:ly)? deliver|delivery (?:status )?notification)/i

export function soundsLikeReport(text: string): boolean {
  return REPORT_WORDS.test(text)
}

/** The part of a bounce body before the returned original. */
export function cutOriginal(text: string): string {
  const m = ORIGINAL_STARTS.exec(text)
  return m ? text.slice(0, m.index) : text
}

/** qmail-send's closing line after the remote's words ("Giving up on 203.0.113.5."). */
const QMAIL_CLOSING = /\n(?:Giving up on |I'm not going to try again)/

/**
 * The first paragraph from `from` on, whitespace collapsed. An introducer alone in its paragraph (IBM Domino's
 * "because:" then a blank line) takes the next paragraph with it.
 */
function paragraph(block: string, from: number): string {
  let end = block.indexOf('\n\n', from)
  if (end >= 0 && /^[^\n]{0,40}:[ \t]*$/.test(block.slice(from, end).trim())) {
    const next = /\S/.exec(block.slice(end))
    if (next) end = block.indexOf('\n\n', end + next.index)
  }
  const closing = QMAIL_CLOSING.exec(block.slice(from))
  if (closing && (end < 0 || from + closing.index < end)) end = from + closing.index
  return block
    .slice(from, end < 0 ? undefined : end)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000)
}

/** The reply a block quotes, with enough context for the reply parser (Exim's "after RCPT TO:", Postfix's "said:"). */
function replyIn(block: string): string | undefined {
  const q = EXCHANGE_QUOTED.exec(block) ?? EXCHANGE_HASH.exec(block)
  if (q) return q[1]!.replace(/\s+/g, ' ').trim()
  const a = EXCHANGE_ANGLE.exec(block)
  if (a) return a[3]!.trim()
  const i = INTRODUCERS.exec(block)
  // Yahoo writes "550: 5.1.1 …"; the reply parser wants the code followed by a space.
  if (i) return paragraph(block, i.index).replace(/\b([2-5]\d\d): (?=\d\.)/, '$1 ')
  const c = FIRST_CODE.exec(block)
  if (c) return paragraph(block, c.index + c[0].indexOf(c[1]!)).replace(/^([2-5]\d\d): /, '$1 ')
  // No reply code (qmail "Sorry, I couldn't find any host named …"): the server's own words are the diagnostic.
  const words = paragraph(block, 0)
  return words || undefined
}

function hasCode(text: string): boolean {
  return FIRST_CODE.test(text) || statusIn(text) !== undefined
}

/** The enhanced code a block names: in the reply, or qmail's "(#5.1.2)". */
function statusIn(text: string): string | undefined {
  return /(?:^|[\s#(;])([245]\.\d{1,3}\.\d{1,3})(?=[\s;,)\]>]|\.(?!\d)|$)/.exec(text)?.[1]
}

/** A reply with only a basic code: the status of its class, as Postfix and Exim write it for such a reply (550 → 5.0.0). */
function classStatus(reply: string): string | undefined {
  const c = FIRST_CODE.exec(reply)?.[1]
  return c && c[0] !== '2' && c[0] !== '3' ? `${c[0]}.0.0` : undefined
}

function remoteMtaIn(block: string): string | undefined {
  const a = EXCHANGE_ANGLE.exec(block)
  if (a) return a[1]
  const h = HOST.exec(block)
  if (!h) return undefined
  if (h[1]) return `${h[1]}[${h[2]}]`
  return h[3] ?? h[4]
}

/** A recipient's own line saying its delivery worked: Postfix "delivered to maildir", Sendmail "(successfully delivered to mailbox)". */
const DELIVERED = /\b(?:successfully delivered|delivered to (?:mailbox|maildir|mbox|command|file))\b/i

/**
 * What the whole text says of delays and failures: the same for every recipient it names, so each pattern runs over
 * it at most once (on first need) however many recipients ask.
 */
interface Tone {
  notice(): boolean
  delayed(): boolean
  permanent(): boolean
}

function toneOf(whole: string): Tone {
  let notice: boolean | undefined
  let delayed: boolean | undefined
  let permanent: boolean | undefined
  return {
    notice: () => (notice ??= DELAY_NOTICE.test(whole)),
    delayed: () => (delayed ??= DELAYED.test(whole)),
    permanent: () => (permanent ??= PERMANENT.test(whole)),
  }
}

function actionFor(reply: string | undefined, tone: Tone): DeliveryAction {
  const code = reply ? (FIRST_CODE.exec(` ${reply}`)?.[1] ?? /\b([245])\.\d{1,3}\.\d{1,3}\b/.exec(reply)?.[1]) : undefined
  const cls = code?.[0]
  if (cls === '2' || (!cls && reply && DELIVERED.test(reply))) return 'delivered'
  if (cls === '5') return 'failed'
  if (tone.notice()) return 'delayed'
  const delayed = tone.delayed()
  const permanent = tone.permanent()
  // A 4xx in a final bounce means the server gave up retrying: the delivery failed.
  if (cls === '4') return permanent && !delayed ? 'failed' : 'delayed'
  return delayed && !permanent ? 'delayed' : 'failed'
}

interface Anchor {
  recipient: string
  line: number
  rest: string
  /** The reply is on the anchor's own line (Sendmail's transcript), not in the lines after it. */
  lineOnly?: boolean
}

/**
 * Sendmail names a failed recipient twice: in its list ("<bob@example.com>" then "(reason: …)") and again in the
 * session transcript after it ("<bob@example.com>... User unknown"). The transcript line anchors a recipient only
 * when the list did not name it (a delay warning has no list), so that it never cuts the list's block short.
 */
const TRANSCRIPT_ANCHOR = ANCHORS[1]

function findAnchors(lines: string[], patterns: Pattern[], into: Anchor[]): void {
  const named = new Set<string>()
  for (let n = 0; n < lines.length && into.length < MAX_TEXT_RECIPIENTS; n++) {
    const line = lines[n]!
    if (line.length > 2000 || !line.includes('@')) continue
    for (const pattern of patterns) {
      const m = pattern.exec(line)
      if (!m) continue
      const key = m[1]!.toLowerCase()
      if (pattern === TRANSCRIPT_ANCHOR && named.has(key)) break
      named.add(key)
      into.push({ recipient: m[1]!, line: n, rest: m[2] ?? '', ...(pattern === TRANSCRIPT_ANCHOR ? { lineOnly: true } : {}) })
      break
    }
  }
}

/** Recipients named in a bounce's human-readable text, each with the reply quoted after it. */
export function parseBounceText(text: string): BounceDelivery[] {
  return parseCutBounceText(cutOriginal(text))
}

/**
 * parseBounceText of a text already cut before its returned original (cutOriginal), as bounce-parser.ts has it:
 * the cut is not looked for twice. (Cutting before or after CRs become LFs cuts at the same line.)
 */
export function parseCutBounceText(text: string): BounceDelivery[] {
  const body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  const tone = toneOf(body)
  const lines = body.split('\n')
  const anchors: Anchor[] = []
  findAnchors(lines, ANCHORS, anchors)
  if (anchors.length === 0) findAnchors(lines, [RCPT_ANCHOR], anchors)
  const byRecipient = new Map<string, BounceDelivery>()
  anchors.forEach((a, i) => {
    const next = anchors[i + 1]?.line ?? lines.length
    const block = a.lineOnly ? a.rest : [a.rest, ...lines.slice(a.line + 1, Math.min(next, a.line + 1 + BLOCK_LINES))].join('\n')
    const reply = replyIn(block)
    const remoteMta = remoteMtaIn(block)
    const key = a.recipient.toLowerCase()
    const seen = byRecipient.get(key)
    if (seen) {
      // Exchange names each recipient twice: once for people, once under "Diagnostic information for administrators";
      // the second quotes the reply, which beats the words written for people.
      if (reply && (!seen.diagnosticCode || (!hasCode(seen.diagnosticCode) && hasCode(reply)))) {
        seen.diagnosticCode = reply
        seen.action = actionFor(reply, tone)
        const status = statusIn(block)
        if (status) seen.status = status
      }
      if (!seen.remoteMta && remoteMta) seen.remoteMta = remoteMta
      return
    }
    const status = statusIn(block)
    byRecipient.set(key, {
      recipient: a.recipient,
      action: actionFor(reply, tone),
      ...(status ? { status } : {}),
      ...(remoteMta ? { remoteMta } : {}),
      ...(reply ? { diagnosticCode: reply } : {}),
    })
  })
  for (const d of byRecipient.values())
    if (!d.status && d.diagnosticCode) {
      const s = statusIn(d.diagnosticCode) ?? classStatus(d.diagnosticCode)
      if (s) d.status = s
    }
  return [...byRecipient.values()]
}
