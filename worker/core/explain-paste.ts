// Whatever a person pastes: one reply (explained as /v1/explain always did), a whole bounce message, or a log excerpt.
// Messages and logs give one item per recipient, each with the explanation of its reply, and a summary.
import { DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import type { Explanation } from '../api/schemas.ts'
import { parseBounce, type NotBounce, type OriginalMessage } from './bounce-parser.ts'
import { parseBounceText } from './bounce-text.ts'
import { looksLikeMessage, quotedText, withoutMboxLine } from './bounce-unwrap.ts'
import { inDeliveryContext } from './delivery-context.ts'
import { hasDeliveryStatusFields, MAX_DSN_RECIPIENTS, type DeliveryAction } from './delivery-status.ts'
import { explainReply } from './explain.ts'
import { parseLog, type LogDelivery } from './log-parser.ts'

/** A whole message or a log may be this long (the API's limit; one place, api/limits.ts). */
export { PASTE_MAX_BYTES } from '../api/limits.ts'
export { looksLikeMessage } from './bounce-unwrap.ts'
/** Recipients listed with their explanation; the summary counts all of them. Each explanation is a few KB. */
export const MAX_LISTED_RECIPIENTS = 300
/** Domains named in the summary; the rest are counted under "(other)". */
const MAX_SUMMARY_DOMAINS = 50

export type Bounce = 'hard' | 'soft' | 'none'

export interface RecipientResult {
  recipient: string
  action: DeliveryAction
  /** The most specific enhanced code known: the MTA's, or the reply's where the MTA wrote only its class (5.0.0). */
  status?: string
  /** The class-only status the MTA wrote (Exim, OpenSMTPD: 5.0.0, 4.0.0) when the reply quotes a specific one. */
  reportedStatus?: string
  remoteMta?: string
  diagnosticCode?: string
  /** What /v1/explain says about this recipient's reply; absent when the line quotes no code at all. */
  explanation?: Explanation
  software?: LogDelivery['software']
  queueId?: string
  time?: string
  direction?: 'inbound'
}

export interface DeliverySummary {
  recipients: number
  listed: number
  byAction: Partial<Record<DeliveryAction, number>>
  byReason: Record<string, number>
  byDomain: Record<string, number>
  byBounce: Record<Bounce, number>
}

export interface DeliveryReport {
  kind: 'message' | 'log'
  lang: Locale
  /** The returned original's fields, for a message. */
  message?: OriginalMessage
  /** For a message: read from its delivery-status part, or from the text written for people. */
  source?: 'delivery-status' | 'text'
  recipients: RecipientResult[]
  summary: DeliverySummary
  warnings: string[]
}

export type PasteKind = 'reply' | 'message' | 'log'

export type PasteOutcome =
  | { ok: true; kind: 'reply'; explanation: Explanation }
  | { ok: true; kind: 'message' | 'log'; report: DeliveryReport }
  | { ok: false; reason: 'no-code' | 'unreadable-message'; detail: string; notBounce?: NotBounce }

/** What a message that is no bounce is, said in the 422 it gets. */
const NOT_BOUNCE_DETAIL: Record<NotBounce, string> = {
  'auto-reply': 'The message is an automatic reply (an out-of-office or vacation notice, RFC 3834), not a bounce: no delivery failed.',
  'feedback-report':
    'The message is a feedback report (RFC 5965): a complaint about a message that was delivered, not a bounce. The address that complained is in its Original-Rcpt-To field.',
  'read-receipt':
    'The message is a read receipt (a message disposition notification, RFC 8098): the message was delivered and its recipient opened or handled it; not a bounce.',
}

const REPLY_CODE = /(?:^|[\s:;(\['"#])[2-5]\d\d(?:[ -]|$)/

/** What a paste is: a message (headers or DSN fields), a log (two or more lines, at least one a delivery), or a reply. */
export function classifyPaste(text: string): { kind: PasteKind; log?: LogDelivery[]; bodyOnly?: boolean } {
  if (looksLikeMessage(withoutMboxLine(text))) return { kind: 'message' }
  if (hasDeliveryStatusFields(text)) return { kind: 'message' }
  // A bounce quoted with "> " in a reply or a forward, pasted with the quote marks.
  if (/^[ \t]?>/m.test(text.slice(0, 4096))) {
    const inner = quotedText(text)
    if (inner && (looksLikeMessage(inner) || hasDeliveryStatusFields(inner))) return { kind: 'message' }
  }
  const firstBreak = text.trimEnd().indexOf('\n')
  if (firstBreak > 0) {
    const log = parseLog(text)
    if (log.length > 0) return { kind: 'log', log }
    // A bounce's text copied from a mail client, without its header fields: recipients in a bounce layout, each with
    // a reply code or a status.
    if (parseBounceText(text).some((d) => d.status !== undefined || REPLY_CODE.test(d.diagnosticCode ?? '')))
      return { kind: 'message', bodyOnly: true }
  }
  return { kind: 'reply' }
}

/** Hard or soft: the diagnosis says, else the action does. */
export function bounceOf(e: Explanation | undefined, action: DeliveryAction): Bounce {
  const b = e?.diagnosis.bounce
  if (b === 'hard' || b === 'soft' || b === 'none') return b
  return action === 'failed' ? 'hard' : action === 'delayed' ? 'soft' : 'none'
}

function count<K extends string>(into: Partial<Record<K, number>>, key: K): void {
  into[key] = (into[key] ?? 0) + 1
}

function sortedByCount(counts: Map<string, number>, keep: number): Record<string, number> {
  const out: Record<string, number> = {}
  // Most bounces name one recipient: nothing to sort.
  if (counts.size === 1 && keep >= 1) {
    for (const [k, n] of counts) out[k] = n
    return out
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  let other = 0
  sorted.forEach(([k, n], i) => {
    if (i < keep) out[k] = n
    else other += n
  })
  if (other) out['(other)'] = other
  return out
}

// A continuation line's hyphen counts too: "452-4.2.2 The recipient's inbox …" already carries its code.
const ENHANCED_IN_TEXT = /(?:^|[\s=;:(\[]|(?<=^[2-5]\d\d)-)[245]\.\d{1,3}\.\d{1,3}(?=[\s,;)\]]|$)/

/**
 * What to explain for a delivery: the quoted reply; a reply without an enhanced code gets the status the report
 * gives ("550 user unknown" with Status 5.1.1 reads as 550 5.1.1); words without any code get the status in front.
 */
export function replyInput(d: { status?: string | undefined; diagnosticCode?: string | undefined }): string | undefined {
  const text = d.diagnosticCode ?? ''
  const hasEnhanced = ENHANCED_IN_TEXT.test(text)
  const bare = /^([2-5]\d\d)([ -])/.exec(text)
  if (bare && !hasEnhanced && d.status && d.status[0] === bare[1]![0]) return `${bare[1]}${bare[2]}${d.status} ${text.slice(4)}`
  if (/(?:^|[\s:;(\['"#])[2-5]\d\d(?:[ -]|$)/.test(text) || hasEnhanced) return text
  if (d.status) return `${d.status} ${text}`.trim()
  return undefined
}

interface Delivery {
  /** What to explain instead of diagnosticCode (the same reply with its SMTP command); not listed. */
  explainAs?: string
  recipient: string
  action: DeliveryAction
  status?: string
  remoteMta?: string
  diagnosticCode?: string
  software?: LogDelivery['software']
  queueId?: string
  time?: string
  direction?: 'inbound'
}

/** A delivery as listed: its own fields, in their order, without what is only read (explainAs). A fresh object. */
function listed(delivery: Delivery): RecipientResult {
  if (!('explainAs' in delivery)) return { ...delivery }
  const { explainAs: _, ...d } = delivery
  return d
}

const IS_DELIVERY: Partial<Record<DeliveryAction, true>> = { delivered: true, relayed: true, expanded: true }

/**
 * Which deliveries are listed when there are more than MAX_LISTED_RECIPIENTS: a log holds far more deliveries and
 * retries than failures, and a bounced or deferred recipient is what a reader looks for. First each recipient's first
 * entry of each failing action (its deferral, its bounce), then the other failures (later retries), then deliveries;
 * listed in the log's order. Undefined: all are listed.
 */
function listedIndices(deliveries: readonly Delivery[]): Set<number> | undefined {
  if (deliveries.length <= MAX_LISTED_RECIPIENTS) return undefined
  const chosen = new Set<number>()
  const seen = new Set<string>()
  for (let i = 0; i < deliveries.length && chosen.size < MAX_LISTED_RECIPIENTS; i++) {
    const d = deliveries[i]!
    if (IS_DELIVERY[d.action]) continue
    const key = `${d.action}\u0000${d.recipient.toLowerCase()}`
    if (seen.has(key)) continue
    seen.add(key)
    chosen.add(i)
  }
  for (const failures of [true, false])
    for (let i = 0; i < deliveries.length && chosen.size < MAX_LISTED_RECIPIENTS; i++)
      if (!chosen.has(i) && !IS_DELIVERY[deliveries[i]!.action] === failures) chosen.add(i)
  return chosen
}

const CLASS_ONLY_STATUS = /^[245]\.0\.0$/

/**
 * Exim and OpenSMTPD write 5.0.0 (4.0.0 in a delay warning) whatever the remote answered; the remote's own enhanced
 * code, quoted in the diagnostic, is the one a reader looks up. It replaces the class-only status when the two agree
 * on the class; the MTA's stays in reportedStatus.
 */
export function refineStatus(d: RecipientResult, explanation: Explanation | undefined): void {
  const quoted = explanation?.enhanced
  if (!quoted || !d.status || !CLASS_ONLY_STATUS.test(d.status) || quoted === d.status || quoted[0] !== d.status[0]) return
  d.reportedStatus = d.status
  d.status = quoted
}

function report(
  kind: 'message' | 'log',
  deliveries: Delivery[],
  lang: Locale,
  extra: Partial<DeliveryReport>,
  reportingMta?: string,
): DeliveryReport {
  // Thousands of recipients usually share a handful of replies: explain each distinct one once.
  const explained = new Map<string, Explanation | undefined>()
  const reasons = new Map<string, number>()
  const domains = new Map<string, number>()
  const byAction: DeliverySummary['byAction'] = {}
  const byBounce: Record<Bounce, number> = { hard: 0, soft: 0, none: 0 }
  const recipients: RecipientResult[] = []
  const toList = listedIndices(deliveries)
  for (let i = 0; i < deliveries.length; i++) {
    const delivery = deliveries[i]!
    const { explainAs } = delivery
    const d = listed(delivery)
    const reply = explainAs ?? d.diagnosticCode
    const key = `${d.status ?? ''}\u0000${reply ?? ''}`
    let explanation: Explanation | undefined
    if (explained.has(key)) explanation = explained.get(key)
    else {
      const input = replyInput({ status: d.status, diagnosticCode: reply })
      const o = input === undefined ? undefined : explainReply(input, lang)
      explanation = o?.ok ? o.explanation : undefined
      explained.set(key, explanation)
    }
    refineStatus(d, explanation)
    if (explanation) explanation = inDeliveryContext(explanation, reportingMta ? { ...d, reportingMta } : d, lang)
    const diagnosis = explanation?.diagnosis
    const reason = diagnosis?.reason ?? 'unknown'
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
    const at = d.recipient.lastIndexOf('@')
    const domain = at >= 0 ? d.recipient.slice(at + 1).toLowerCase() : '(local)'
    domains.set(domain, (domains.get(domain) ?? 0) + 1)
    count(byAction, d.action)
    byBounce[bounceOf(explanation, d.action)]++
    if (toList ? toList.has(i) : recipients.length < MAX_LISTED_RECIPIENTS) {
      if (explanation) (d as RecipientResult).explanation = explanation
      recipients.push(d)
    }
  }
  const warnings = [...(extra.warnings ?? [])]
  if (deliveries.length > recipients.length)
    warnings.push(
      `${deliveries.length} recipients: ${recipients.length} are listed (each bounced or deferred recipient first), the summary counts all of them.`,
    )
  return {
    kind,
    lang,
    ...extra,
    recipients,
    summary: {
      recipients: deliveries.length,
      listed: recipients.length,
      byAction,
      byReason: sortedByCount(reasons, Number.MAX_SAFE_INTEGER),
      byDomain: sortedByCount(domains, MAX_SUMMARY_DOMAINS),
      byBounce,
    },
    warnings,
  }
}

export interface PasteOptions {
  /** The client said what it sent (Content-Type: message/rfc822): skip the guessing. */
  kind?: PasteKind
}

export async function explainPaste(raw: string, lang: Locale = DEFAULT_LOCALE, options: PasteOptions = {}): Promise<PasteOutcome> {
  const warnings: string[] = []
  let text = raw
  if (text.includes('\0')) {
    text = text.replace(/\0/g, '')
    warnings.push('The text held NUL bytes; they were removed before reading it.')
  }
  const guessed = options.kind ? { kind: options.kind } : classifyPaste(text)

  if (guessed.kind === 'log') {
    const log = 'log' in guessed && guessed.log ? guessed.log : parseLog(text)
    if (log.length === 0)
      return {
        ok: false,
        reason: 'no-code',
        detail:
          'No delivery lines found: expected Postfix "status=", Exim "**", "==" or "=>", Sendmail "stat=" lines, or Exchange message tracking FAIL and DEFER events.',
      }
    return { ok: true, kind: 'log', report: report('log', log, lang, { warnings }) }
  }

  if (guessed.kind === 'message') {
    // Text without a header block is a body: given a plain-text header, its first paragraph is not read as fields.
    const parsed = await parseBounce('bodyOnly' in guessed && guessed.bodyOnly ? `Content-Type: text/plain; charset=utf-8\n\n${text}` : text)
    if (!parsed.ok) return parsed
    const r = parsed.report
    if (r.notBounce)
      return {
        ok: false,
        reason: 'no-code',
        detail: NOT_BOUNCE_DETAIL[r.notBounce],
        notBounce: r.notBounce,
      }
    if (r.deliveries.length === 0) {
      // A message that names no recipient we can read: fall back to the first reply in what it says to people.
      const o = explainReply(r.humanText || text, lang)
      if (o.ok) return { ok: true, kind: 'reply', explanation: o.explanation }
      return {
        ok: false,
        reason: 'no-code',
        detail: 'The message holds no delivery-status part, names no recipient in a bounce layout we know, and quotes no SMTP reply code.',
      }
    }
    if (r.truncated)
      warnings.push(`The delivery-status part names more than ${MAX_DSN_RECIPIENTS} recipients; the first ${MAX_DSN_RECIPIENTS} were read.`)
    const message = r.message
    return { ok: true, kind: 'message', report: report('message', r.deliveries, lang, { message, source: r.source, warnings }, r.reportingMta) }
  }

  const o = explainReply(text, lang)
  if (!o.ok) return o
  return { ok: true, kind: 'reply', explanation: o.explanation }
}
