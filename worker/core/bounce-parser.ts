// Reads a whole bounce message: MIME structure, transfer encodings, folded headers and RFC 2047 words by postal-mime,
// then per-recipient results from its delivery-status part (RFC 3464, RFC 6533) or, lacking one, from the text the
// server wrote for people. The returned original contributes only its Message-ID, Subject and Date: postal-mime keeps
// it as one undecoded part (forceRfc822Attachments) and only its header block is read, so its body is never parsed.
import PostalMime, { type Attachment, type Email } from 'postal-mime'
import { parseBounceText, cutOriginal } from './bounce-text.ts'
import { hasDeliveryStatusFields, parseDeliveryStatus, type BounceDelivery } from './delivery-status.ts'

export type { BounceDelivery } from './delivery-status.ts'

export interface OriginalMessage {
  messageId?: string
  subject?: string
  date?: string
}

export interface BounceReport {
  /** Where the recipients came from: a delivery-status part, or the bounce's text. */
  source: 'delivery-status' | 'text'
  reportingMta?: string
  message: OriginalMessage
  deliveries: BounceDelivery[]
  /** The text written for people, before the returned original (for the caller's fallback, never echoed). */
  humanText: string
}

export type BounceOutcome = { ok: true; report: BounceReport } | { ok: false; reason: 'unreadable-message'; detail: string }

/** Limits for hostile input, well above real bounces (a few levels of nesting, a few KB of headers). */
export const MIME_LIMITS = { maxNestingDepth: 32, maxHeadersSize: 128 * 1024, maxRfc822NestingDepth: 0 }
/** A report names its recipients in one or two status parts; more is a flood. */
const MAX_STATUS_PARTS = 20
/** The returned original's header block; anything longer is not headers. */
const MAX_ORIGINAL_HEADERS = 32 * 1024

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status'])
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers', 'message/partial'])

function contentText(a: Attachment): string {
  return typeof a.content === 'string' ? a.content : new TextDecoder().decode(a.content)
}

/** The header block of a returned original (up to its first empty line). */
function headerBlock(text: string): string {
  const s = text.replace(/^\s+/, '').slice(0, MAX_ORIGINAL_HEADERS)
  const end = s.search(/\r?\n\r?\n/)
  return end < 0 ? s : s.slice(0, end)
}

/** Headers of the returned original, read by the same MIME parser so RFC 2047 words are decoded. */
async function originalFields(block: string): Promise<OriginalMessage> {
  if (!/^(?:message-id|subject|date):/im.test(block)) return {}
  try {
    const e = await PostalMime.parse(`${block}\r\n\r\n`, { ...MIME_LIMITS })
    return {
      ...(e.messageId ? { messageId: e.messageId } : {}),
      ...(e.subject ? { subject: e.subject } : {}),
      ...(e.date ? { date: e.date } : {}),
    }
  } catch {
    return {}
  }
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

/** Recipients from the text fill what the status part leaves out (Exchange often omits Diagnostic-Code). */
function fillFromText(deliveries: BounceDelivery[], fromText: BounceDelivery[]): void {
  if (fromText.length === 0) return
  const byRecipient = new Map(fromText.map((d) => [d.recipient.toLowerCase(), d]))
  for (const d of deliveries) {
    const t = byRecipient.get(d.recipient.toLowerCase())
    if (!t) continue
    if (!d.diagnosticCode && t.diagnosticCode) d.diagnosticCode = t.diagnosticCode
    if (!d.remoteMta && t.remoteMta) d.remoteMta = t.remoteMta
  }
}

export async function parseBounce(raw: string): Promise<BounceOutcome> {
  let email: Email
  try {
    email = await PostalMime.parse(raw, { ...MIME_LIMITS, attachmentEncoding: 'utf8', forceRfc822Attachments: true })
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return { ok: false, reason: 'unreadable-message', detail: `The message could not be read as MIME: ${why}.` }
  }

  const attachments = email.attachments ?? []
  const human = cutOriginal(email.text ?? (email.html ? stripTags(email.html) : ''))
  const statusParts = attachments.filter((a) => STATUS_TYPES.has(a.mimeType.toLowerCase())).slice(0, MAX_STATUS_PARTS)

  let source: BounceReport['source'] = 'delivery-status'
  let reportingMta: string | undefined
  let deliveries: BounceDelivery[] = []
  for (const part of statusParts) {
    const status = parseDeliveryStatus(contentText(part))
    reportingMta ??= status.reportingMta
    deliveries.push(...status.deliveries)
  }
  // A delivery-status block pasted on its own, or sent as text/plain by an MTA that gets the type wrong.
  if (deliveries.length === 0) {
    const plain = hasDeliveryStatusFields(human) ? human : hasDeliveryStatusFields(raw) ? raw : undefined
    if (plain) {
      const status = parseDeliveryStatus(plain)
      reportingMta ??= status.reportingMta
      deliveries = status.deliveries
    }
  }
  const fromText = parseBounceText(human)
  if (deliveries.length === 0) {
    source = 'text'
    deliveries = fromText
  } else fillFromText(deliveries, fromText)

  // The original: its own part, else the header block the text quotes.
  const originalPart = attachments.find((a) => ORIGINAL_TYPES.has(a.mimeType.toLowerCase()))
  const quoted = originalPart ? headerBlock(contentText(originalPart)) : quotedOriginalHeaders(email.text ?? '')
  const message = quoted ? await originalFields(quoted) : {}

  return {
    ok: true,
    report: { source, ...(reportingMta ? { reportingMta } : {}), message, deliveries, humanText: human },
  }
}
