// Reads a whole bounce message: MIME structure, transfer encodings, folded headers and RFC 2047 words by postal-mime
// (plain MIME, most bounces, by ./mime-plain.ts with postal-mime's answer),
// then per-recipient results from its delivery-status part (RFC 3464, RFC 6533) or, lacking one, from the text the
// server wrote for people. The returned original contributes only its Message-ID, Subject and Date: the message is cut
// after the original's header block before it reaches the MIME parser (its body, often most of the bytes, is never
// parsed), postal-mime keeps that part undecoded (forceRfc822Attachments), and only its header fields are read.
import { loadMimeParser, type MimeParser } from './mime-parser.ts'
import { cutReturnedOriginal, countParts } from './mime-cut.ts'
import { parseMime } from './mime-parse.ts'
import { readPlainMime, type MimeText } from './mime-plain.ts'
import { parseCutBounceText, cutOriginal, soundsLikeReport } from './bounce-text.ts'
import { addressOf, hasDeliveryStatusFields, parseDeliveryStatus, type BounceDelivery } from './delivery-status.ts'
import { forwardedText, looksLikeMessage, quotedText, withoutMboxLine } from './bounce-unwrap.ts'

export type { BounceDelivery } from './delivery-status.ts'

export interface OriginalMessage {
  messageId?: string
  subject?: string
  date?: string
}

/** A message that is about a delivery but reports no failure: what it is instead. */
export type NotBounce = 'auto-reply' | 'feedback-report' | 'read-receipt'

export interface BounceReport {
  /** Where the recipients came from: a delivery-status part, or the bounce's text. */
  source: 'delivery-status' | 'text'
  /**
   * The message is a report about mail but no bounce: an automatic reply (RFC 3834; a vacation notice) or a feedback
   * report (RFC 5965; a complaint sent through a feedback loop), or a read receipt (RFC 8098, a message disposition
   * notification). It names no failed delivery.
   */
  notBounce?: NotBounce
  reportingMta?: string
  message: OriginalMessage
  deliveries: BounceDelivery[]
  /** The status part named more recipients than are read (MAX_DSN_RECIPIENTS). */
  truncated?: boolean
  /** The text written for people, before the returned original (for the caller's fallback, never echoed). */
  humanText: string
}

export type BounceOutcome = { ok: true; report: BounceReport } | { ok: false; reason: 'unreadable-message'; detail: string }

/** Limits for hostile input, well above real bounces (a few levels of nesting, a few KB of headers). */
export const MIME_LIMITS = { maxNestingDepth: 32, maxHeadersSize: 128 * 1024, maxRfc822NestingDepth: 0 }
/** Real bounces have 2-8 MIME parts; each costs the parser a decode, so a flood of them is refused up front. */
export const MAX_MIME_PARTS = 500
/**
 * Lines left once the returned original is cut: a bounce has a few hundred (a report on a hundred recipients, about
 * a thousand). The MIME parser keeps every line of a part as a chunk and joins them through a Blob, which in Node
 * costs about 10 µs a chunk, so this bound is what keeps a hostile 256 KiB message within its CPU budget.
 */
export const MAX_MESSAGE_LINES = 1500
/** A report names its recipients in one or two status parts; more is a flood. */
const MAX_STATUS_PARTS = 20
/** The returned original's header block; anything longer is not headers. */
const MAX_ORIGINAL_HEADERS = 32 * 1024

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers', 'message/partial'])

function contentText(a: MimeText['attachments'][number]): string {
  return typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content)
}

/** The header block of a returned original (up to its first empty line). */
function headerBlock(text: string): string {
  const s = text.replace(/^\s+/, '').slice(0, MAX_ORIGINAL_HEADERS)
  const end = s.search(/\r?\n\r?\n/)
  return end < 0 ? s : s.slice(0, end)
}

const initials = new WeakMap<Set<string>, Set<number>>()

/** The characters a line may start with to start one of the names (either case), worked out once per set. */
function initialsOf(wanted: Set<string>): Set<number> {
  let set = initials.get(wanted)
  if (!set) {
    set = new Set()
    for (const name of wanted) set.add(name.charCodeAt(0)).add(name.toUpperCase().charCodeAt(0))
    initials.set(wanted, set)
  }
  return set
}

/**
 * The first value of each wanted field in a header block, unfolded (RFC 5322 §2.2.3). Lines are found with indexOf
 * and a line is sliced only when its first character may start a wanted name: a returned original's header block is
 * mostly Received and DKIM lines, which are skipped without a copy.
 */
export function fields(block: string, wanted: Set<string>): Map<string, string> {
  const out = new Map<string, string>()
  const initials = initialsOf(wanted)
  let current: string | undefined
  for (let start = 0; start <= block.length; ) {
    const lf = block.indexOf('\n', start)
    let end = lf < 0 ? block.length : lf
    const next = end + 1
    // A line ends before "\r\n" as before "\n".
    if (lf > start && block.charCodeAt(lf - 1) === 13) end--
    const first = block.charCodeAt(start)
    if ((first === 32 || first === 9) && current) out.set(current, `${out.get(current)!} ${block.slice(start, end).trim()}`)
    // Every field is found, and the last one's folded lines are read: nothing further changes the answer.
    else if (out.size === wanted.size) break
    else if (!(first < 128) || initials.has(first) || first === 32 || (first >= 9 && first <= 13)) {
      // Only an ASCII line start that cannot begin a wanted name (after trim) is skipped unread; an empty line too.
      const line = block.slice(start, end)
      const colon = line.indexOf(':')
      const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : ''
      current = wanted.has(name) && !out.has(name) ? name : undefined
      if (current) out.set(current, line.slice(colon + 1).trim())
    } else current = undefined
    start = next
  }
  return out
}

const ORIGINAL_FIELDS = new Set(['message-id', 'subject', 'date'])

/** Message-ID, Subject (RFC 2047 words decoded by postal-mime's decoder) and Date of the returned original. */
function originalFields(block: string, decodeWords: MimeParser['decodeWords']): OriginalMessage {
  const f = fields(block, ORIGINAL_FIELDS)
  const messageId = f.get('message-id')
  const subject = f.get('subject')
  const date = f.get('date')
  const out: OriginalMessage = {}
  if (messageId) out.messageId = messageId
  // Without "=?" a subject holds no encoded word (RFC 2047 §2), and the decoder would give it back as it is.
  if (subject) out.subject = (subject.includes('=?') ? decodeWords(subject) : subject).replace(/\s+/g, ' ').trim()
  if (date) {
    const when = new Date(date.replace(/\s*\([^()]*\)\s*$/, ''))
    out.date = Number.isNaN(when.getTime()) ? date : when.toISOString()
  }
  return out
}

/** The original's header block quoted in the text (Exchange "Original message headers:", qmail's inline copy). */
function quotedOriginalHeaders(text: string): string | undefined {
  const cut = cutOriginal(text)
  if (cut.length === text.length) return undefined
  const rest = text.slice(cut.length).replace(/^[^\n]*\n/, (line) => (/^[ \t]*(?:Return-Path|Received):/i.test(line) ? line : ''))
  return headerBlock(rest)
}

function stripTags(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d)[^>]{0,100}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/**
 * The SMTP command a reply answered, as Postfix ("in reply to MAIL FROM command") and Exim ("after MAIL FROM") write
 * it: the commands that change what a reply means (a 550 to RCPT TO is read as one anyway, and reading the text for
 * it would cost every DSN a second parse).
 */
const STAGE_WORDS = /\b(?:in reply to|after)(?: pipelined)? (?:MAIL FROM|DATA|end of data)\b/i
const squashed = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** Where a delivery-status block starts in a text: its first per-message or per-recipient field. */
const STATUS_FIELDS_START = /^(?:Reporting-MTA|Original-Envelope-Id|Arrival-Date|Final-Recipient|Original-Recipient|Action)[ \t]*:/im

/**
 * Recipients from the text fill what the status part leaves out (Exchange often omits Diagnostic-Code), and give
 * the SMTP command a reply answered when the Diagnostic-Code quotes the reply without it.
 */
function fillFromText(deliveries: BounceDelivery[], fromText: BounceDelivery[]): void {
  if (fromText.length === 0) return
  const byRecipient = new Map(fromText.map((d) => [d.recipient.toLowerCase(), d]))
  for (const d of deliveries) {
    const t = byRecipient.get(d.recipient.toLowerCase())
    if (!t) continue
    if (!d.diagnosticCode && t.diagnosticCode) d.diagnosticCode = t.diagnosticCode
    else if (
      d.diagnosticCode &&
      t.diagnosticCode &&
      !STAGE_WORDS.test(d.diagnosticCode) &&
      STAGE_WORDS.test(t.diagnosticCode) &&
      squashed(t.diagnosticCode).includes(squashed(d.diagnosticCode))
    )
      d.explainAs = t.diagnosticCode
    if (!d.remoteMta && t.remoteMta) d.remoteMta = t.remoteMta
  }
}

/**
 * Reports that are about a message but not about its delivery failing: RFC 5965 §2's feedback report (a complaint)
 * and RFC 8098 §3's disposition notification (a read receipt; its Final-Recipient is the reader).
 */
const NOT_BOUNCE_TYPES = new Map<string, NonNullable<BounceReport['notBounce']>>([
  ['message/feedback-report', 'feedback-report'],
  ['message/disposition-notification', 'read-receipt'],
  ['message/global-disposition-notification', 'read-receipt'],
])
/**
 * What marks an automatic reply that is not a bounce: the fields vacation programs add (X-Autoreply, X-Autorespond,
 * Precedence: auto_reply) or a subject that says so. Auto-Submitted: auto-replied alone does not: RFC 3834 §5 has
 * bounces carry it too (Exim and Gmail do).
 */
const AUTO_REPLY_FIELDS = new Set(['x-autoreply', 'x-autorespond', 'x-autoresponder', 'precedence', 'subject'])
const AUTO_REPLY_SUBJECT =
  /^\s*(?:Auto(?:matic)?[ -]?(?:reply|response|antwort)\b|Auto:|Out of (?:the )?office\b|Abwesenheitsnotiz|Réponse automatique|Risposta automatica|Respuesta automática|Resposta automática|Automatisch antwoord|Vacation\b)/i

function looksAutoReplied(raw: string): boolean {
  const f = fields(headerBlock(raw), AUTO_REPLY_FIELDS)
  if (f.has('x-autoreply') || f.has('x-autorespond') || f.has('x-autoresponder')) return true
  if (/^\s*auto[_-]reply\b/i.test(f.get('precedence') ?? '')) return true
  return AUTO_REPLY_SUBJECT.test(f.get('subject') ?? '')
}

/** Whether a delivery read from text carries anything of a failure report: a status, or a reply code in its words. */
const hasReplyCode = (d: BounceDelivery) => d.status !== undefined || /(?:^|[\s(:;'"#])[245]\d\d(?:[ -]|$)/.test(d.diagnosticCode ?? '')

/** Lines in `text`, counted no further than one past the bound. */
function countLines(text: string): number {
  let lines = 0
  for (let i = text.indexOf('\n'); i >= 0 && lines <= MAX_MESSAGE_LINES; i = text.indexOf('\n', i + 1)) lines++
  return lines
}

/** The text up to the end of the header block of the original it copies below a marker line, or the text as it is. */
function cutInlineOriginal(text: string): string {
  const body = text.search(/\r?\n\r?\n/)
  if (body < 0) return text
  const kept = cutOriginal(text.slice(body))
  if (kept.length === text.length - body) return text
  const marker = body + kept.length
  const lineEnd = text.indexOf('\n', marker)
  if (lineEnd < 0) return text
  // The copy's header block: from its first non-empty line to the next empty line (bounded like any header block).
  const first = text.slice(lineEnd + 1).search(/\S/)
  if (first < 0) return text
  const start = lineEnd + 1 + first
  const end = text.slice(start, start + MAX_ORIGINAL_HEADERS).search(/\r?\n[ \t]*\r?\n/)
  return text.slice(0, end < 0 ? Math.min(text.length, start + MAX_ORIGINAL_HEADERS) : start + end + 1)
}

/** A bounce forwarded inside a forward inside a forward is still read; deeper is not a bounce someone pastes. */
const MAX_WRAPPING = 2

/**
 * The bounce a message passes on when it is none itself: quoted with "> " or below a forward's header block. A
 * bounce's body without header fields of its own is given a plain-text header so that it parses as a message.
 */
function wrappedBounce(text: string): string | undefined {
  const inner = quotedText(text) ?? forwardedText(text)
  if (!inner?.trim()) return undefined
  const unwrapped = withoutMboxLine(inner)
  return looksLikeMessage(unwrapped) ? unwrapped : `Content-Type: text/plain; charset=utf-8\n\n${inner}`
}

const FAILED_RECIPIENTS = new Set(['x-failed-recipients'])

/** The message's own X-Failed-Recipients (Exim adds it to every bounce): the recipients when the body names none. */
function failedRecipientsField(raw: string): BounceDelivery[] {
  const value = fields(headerBlock(raw), FAILED_RECIPIENTS).get('x-failed-recipients')
  if (!value) return []
  return value
    .split(',')
    .map((a) => addressOf(a))
    .filter((a) => a.includes('@'))
    .slice(0, MAX_STATUS_PARTS * 50)
    .map((recipient) => ({ recipient, action: 'failed' as const }))
}

export async function parseBounce(text: string, wrapping = 0): Promise<BounceOutcome> {
  const raw = withoutMboxLine(text)
  const parts = countParts(raw, MAX_MIME_PARTS + 1)
  if (parts > MAX_MIME_PARTS)
    return { ok: false, reason: 'unreadable-message', detail: `The message has more than ${MAX_MIME_PARTS} MIME parts; a bounce has a handful.` }
  const cutParts = cutReturnedOriginal(raw)
  const { originalHeaders, originalAt, headerBytes } = cutParts
  // The fields dropped before parsing still count against the bound the parser applies to the rest.
  if (headerBytes > MIME_LIMITS.maxHeadersSize)
    return {
      ok: false,
      reason: 'unreadable-message',
      detail: `The message could not be read as MIME: its header block exceeds the maximum header size of ${MIME_LIMITS.maxHeadersSize} bytes.`,
    }
  let cut = cutParts.text
  // A bounce without MIME (qmail, Sendmail and Exim without it) copies the original into its text below a line
  // that says so; past the bound, the text is cut after that copy's header block, which is all that is read of it.
  // Counted again only when the first count was over the bound (and the cut may have removed lines).
  if (countLines(cut) > MAX_MESSAGE_LINES && countLines((cut = cutInlineOriginal(cut))) > MAX_MESSAGE_LINES)
    return {
      ok: false,
      reason: 'unreadable-message',
      detail: `The message has more than ${MAX_MESSAGE_LINES} lines once its returned original is cut; a bounce has a few hundred. For more recipients, send the log lines instead.`,
    }
  const mime = await loadMimeParser()
  let email: MimeText
  try {
    // Plain MIME is read without postal-mime (the same answer, a fraction of the time); the rest is postal-mime's.
    email =
      readPlainMime(cut, MIME_LIMITS) ??
      (await parseMime(mime.default, cut, { ...MIME_LIMITS, attachmentEncoding: 'utf8', forceRfc822Attachments: true }))
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return { ok: false, reason: 'unreadable-message', detail: `The message could not be read as MIME: ${why}.` }
  }

  const attachments = email.attachments ?? []
  const fullText = email.text ?? (email.html ? stripTags(email.html) : '')
  const human = cutOriginal(fullText)
  const statusParts = attachments.filter((a) => STATUS_TYPES.has(a.mimeType.toLowerCase())).slice(0, MAX_STATUS_PARTS)

  let source: BounceReport['source'] = 'delivery-status'
  let reportingMta: string | undefined
  let deliveries: BounceDelivery[] = []
  let truncated = false
  for (const part of statusParts) {
    const status = parseDeliveryStatus(contentText(part))
    reportingMta ??= status.reportingMta
    truncated ||= status.truncated === true
    for (const d of status.deliveries) deliveries.push(d)
  }
  // A bounce forwarded as an attachment: the message/rfc822 part the cut left out is the bounce, read whole (what
  // follows it, the forward's closing boundary, is text after the bounce's own end). Read at most once.
  let attached: Promise<BounceOutcome | undefined> | undefined
  const attachedBounce = () =>
    (attached ??=
      originalAt === undefined || statusParts.length > 0 || wrapping >= MAX_WRAPPING
        ? Promise.resolve(undefined)
        : parseBounce(raw.slice(originalAt), wrapping + 1).then((o) => (o.ok && o.report.deliveries.length > 0 ? o : undefined)))
  // The words written for people, which fill in what the fields leave out.
  let forPeople = human
  // A delivery-status block pasted on its own, or sent as text/plain by an MTA that gets the type wrong.
  if (deliveries.length === 0) {
    const plain = hasDeliveryStatusFields(human) ? human : hasDeliveryStatusFields(raw) ? raw : undefined
    // Fields only past the cut: the attached bounce's. Read whole, it keeps the words its fields leave out (Exim's
    // reply is only in its text).
    if (plain === raw) {
      const whole = await attachedBounce()
      if (whole) return whole
    }
    if (plain) {
      const status = parseDeliveryStatus(plain)
      reportingMta ??= status.reportingMta
      truncated = status.truncated === true
      deliveries = status.deliveries
      // The fields are no text for people: read as text, a recipient's block would take the next one's reply.
      if (plain === human) forPeople = human.slice(0, STATUS_FIELDS_START.exec(human)?.index ?? human.length)
    }
  }
  if (deliveries.length === 0) {
    source = 'text'
    deliveries = parseCutBounceText(human)
    // Addresses without any reply code in a text that reads as no report (a forward's note, a signature) are no recipients.
    if (!deliveries.some(hasReplyCode) && !soundsLikeReport(human)) deliveries = []
  } else if (deliveries.some((d) => !d.diagnosticCode) || STAGE_WORDS.test(forPeople)) fillFromText(deliveries, parseCutBounceText(forPeople))
  if (source === 'text' && wrapping < MAX_WRAPPING) {
    // No status part: perhaps a forward of a bounce, whose text (the body's, or the paste's) holds it. The forward
    // wins when it names recipients: the forwarder's own lines (a signature's address) are not about a delivery.
    // Recipients read from text without any reply code or status may be the forwarder's own lines.
    const weak = !deliveries.some(hasReplyCode)
    const inner = wrappedBounce(fullText) ?? (weak ? wrappedBounce(raw) : undefined)
    const o = inner === undefined ? undefined : await parseBounce(inner, wrapping + 1)
    if (o?.ok && o.report.deliveries.length > 0) return o
    if (weak) {
      const whole = await attachedBounce()
      if (whole) return whole
    }
  }
  if (deliveries.length === 0) deliveries = failedRecipientsField(raw)
  let notBounce: BounceReport['notBounce']
  const other = statusParts.length === 0 ? attachments.find((a) => NOT_BOUNCE_TYPES.has(a.mimeType.toLowerCase())) : undefined
  if (other) notBounce = NOT_BOUNCE_TYPES.get(other.mimeType.toLowerCase())
  // A vacation notice's text may hold an address on a line of its own (a signature, "write to …"): no reply code, no bounce.
  else if (source === 'text' && !deliveries.some(hasReplyCode) && looksAutoReplied(raw)) notBounce = 'auto-reply'
  if (notBounce) deliveries = []

  // The original: its own part, else the header block the text quotes.
  const originalPart = attachments.find((a) => ORIGINAL_TYPES.has(a.mimeType.toLowerCase()))
  const quoted =
    originalHeaders !== undefined
      ? headerBlock(originalHeaders)
      : originalPart
        ? headerBlock(contentText(originalPart))
        : quotedOriginalHeaders(email.text ?? '')
  const message = quoted ? originalFields(quoted, mime.decodeWords) : {}

  return {
    ok: true,
    report: {
      source,
      ...(notBounce ? { notBounce } : {}),
      ...(reportingMta ? { reportingMta } : {}),
      message,
      deliveries,
      ...(truncated ? { truncated } : {}),
      humanText: human,
    },
  }
}
