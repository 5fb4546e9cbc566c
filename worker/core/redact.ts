// Hides who a bounce is about. The /explain page's box (for a page someone wants to screenshot or share) hides the
// local part of every email address and every IP address, in everything the answer shows; the widget's reply card
// hides local parts before it sends a reply to the API (redactAddresses: the diagnosis reads the words and the
// domains, never whose mailbox it is; test/core/widget-redaction.test.ts checks every rule's examples keep theirs).
// Domains stay, because they name the provider whose reply is explained and the summary counts recipients by
// domain. The catalog entries an explanation carries come from data/, not from the paste, and are left as they are.
// One module for both, so that what counts as an address is decided once.
import type { Explanation } from '../api/schemas.ts'
import type { DeliveryReport, PasteOutcome } from './explain-paste.ts'

/** What stands for a hidden local part and a hidden IP address. */
export const HIDDEN = '…'
export const HIDDEN_IPV4 = 'x.x.x.x'
export const HIDDEN_IPV6 = 'x:x::x'

// An RFC 5322 dot-atom local part, any letter or digit (RFC 6531), less "=" and "/", which in logs join a label to
// the address (to=jane@…, orcpt=rfc822/jane@…) and must stay visible.
// Compiled on first use, not when an isolate starts: \p{…} classes cost a cold Worker a few tenths of a ms each.
let addressChars: { local: RegExp; domain: RegExp } | undefined
const chars = () => (addressChars ??= { local: /[\p{L}\p{N}!#$%&'*+?^_`{|}~.-]/u, domain: /[\p{L}\p{N}.-]/u })
const MAX_LOCAL = 128
const MAX_DOMAIN = 255
// Built on first use, so a bundle that only hides addresses (the widget's reply card) carries none of it.
let ipPattern: RegExp | undefined
function ipsPattern(): RegExp {
  const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)'
  const v4 = `(?<![\\d.])${octet}(?:\\.${octet}){3}(?!\\.?\\d)`
  // Hex groups joined by colons, with "::" or all eight groups (checked below): times such as 10:00:00 are neither.
  const v6 = '(?<![\\w.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\\w:])'
  ipPattern ??= new RegExp(`(${v4})|(${v6})`, 'gi')
  return ipPattern
}

interface Hit {
  start: number
  end: number
  with: string
}

/**
 * Addresses are found from their "@" outwards (a scan for local parts everywhere would cost a bounded look-ahead
 * at every character of a 256 KiB paste); quoted local parts ("jane doe"@example.com) count too. A local part never
 * reaches back into the address before it, so hits never overlap. `literals`: a domain literal ([192.0.2.1]) loses
 * its IP address too.
 */
function addressHits(text: string, literals: boolean): Hit[] {
  const { local: LOCAL_CHAR, domain: DOMAIN_CHAR } = chars()
  const out: Hit[] = []
  let from = 0
  let taken = 0
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', from)) {
    from = at + 1
    let start = at
    if (text[at - 1] === '"') {
      const open = text.lastIndexOf('"', at - 2)
      // A quoted local part holds no line break, and no bracket or @ of an address around it.
      if (open >= taken && at - open <= 66 && !/[\r\n<>@[\]]/.test(text.slice(open + 1, at - 1))) start = open
    } else {
      while (start > taken && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--
      while (start < at && text[start] === "'") start++ // a quote before the address is punctuation, not the address
    }
    if (start === at) continue
    let end = at + 1
    if (text[end] === '[') {
      // An address literal ([192.0.2.1], [IPv6:2001:db8::1]): no space, no other bracket inside.
      const literal = /^\[[\w.:-]{1,64}\]/.exec(text.slice(end, end + 67))
      if (!literal) continue
      end += literal[0].length
    } else {
      while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end]!)) end++
      while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end-- // the full stop after an address
    }
    if (end === at + 1) continue
    const domain = text.slice(at + 1, end)
    out.push({ start, end, with: `${HIDDEN}@${literals ? redactIps(domain) : domain}` })
    from = taken = end
  }
  return out
}

function hits(text: string): Hit[] {
  const addresses = addressHits(text, true)
  const ips: Hit[] = []
  for (const m of text.matchAll(ipsPattern())) {
    const [all, v4, v6] = m
    if (v4 !== undefined) ips.push({ start: m.index, end: m.index + all.length, with: HIDDEN_IPV4 })
    else if (v6 !== undefined && isIpv6(v6)) ips.push({ start: m.index, end: m.index + all.length, with: HIDDEN_IPV6 })
  }
  if (ips.length === 0) return addresses
  // An IP address inside an address (a domain literal, digits in a local part) is hidden with that address.
  const all = [...addresses, ...ips].sort((a, b) => a.start - b.start)
  const out: Hit[] = []
  for (const h of all) if (out.length === 0 || h.start >= out[out.length - 1]!.end) out.push(h)
  return out
}

function isIpv6(s: string): boolean {
  const groups = s.split(':')
  const digits = s.replace(/:/g, '').length
  return digits >= 2 && (s.includes('::') ? !s.includes(':::') : groups.length === 8 && groups.every((g) => g !== ''))
}

/** A domain literal ([192.0.2.1]) keeps its brackets and loses its address. */
function redactIps(domain: string): string {
  return domain.startsWith('[') ? `[${domain.includes(':') ? HIDDEN_IPV6 : HIDDEN_IPV4}]` : domain
}

function apply(text: string, list: Hit[]): string {
  if (list.length === 0) return text
  let out = ''
  let at = 0
  for (const h of list) {
    out += text.slice(at, h.start) + h.with
    at = h.end
  }
  return out + text.slice(at)
}

/**
 * `text` with the local part of each address hidden, and nothing else: what the reply card sends to the API. Linear
 * in the text: each "@" walks back at most MAX_LOCAL characters and never past the previous address.
 */
export function redactAddresses(text: string): string {
  return apply(text, addressHits(text, false))
}

/** `text` with the local part of each address and each IP address hidden. */
export function redactText(text: string): string {
  return apply(text, hits(text))
}

/**
 * `text` redacted, with a span of it (UTF-16 offsets) moved to where it lands in the result; the span is dropped
 * when an address or IP address begins or ends inside it, since it would then mark part of what was hidden.
 */
export function redactSpan(text: string, span: { start: number; end: number }): { text: string; span?: { start: number; end: number } } {
  const list = hits(text)
  const out = apply(text, list)
  let shift = 0
  let start: number | undefined
  let end: number | undefined
  for (const h of list) {
    const crossesStart = h.start < span.start && h.end > span.start
    const crossesEnd = h.start < span.end && h.end > span.end
    if (crossesStart || crossesEnd) return { text: out }
    if (start === undefined && h.start >= span.start) start = span.start + shift
    if (end === undefined && h.start >= span.end) end = span.end + shift
    shift += h.with.length - (h.end - h.start)
  }
  return { text: out, span: { start: start ?? span.start + shift, end: end ?? span.end + shift } }
}

const optional = (s: string | undefined) => (s === undefined ? undefined : redactText(s))

export function redactExplanation(x: Explanation): Explanation {
  const d = x.diagnosis
  let text = redactText(x.text)
  let evidence = d.evidence
  if (evidence) {
    const r = redactSpan(x.text, evidence)
    text = r.text
    evidence = r.span ? { text: text.slice(r.span.start, r.span.end), ...r.span } : undefined
  }
  const note = optional(x.retry.note)
  const diagnosis = { ...d, summary: redactText(d.summary), steps: d.steps.map(redactText) }
  if (evidence) diagnosis.evidence = evidence
  else delete diagnosis.evidence
  return {
    ...x,
    text,
    retry: { ...x.retry, ...(note === undefined ? {} : { note }) },
    warnings: x.warnings.map((w) => ({ ...w, message: redactText(w.message) })),
    diagnosis,
  }
}

export function redactReport(r: DeliveryReport): DeliveryReport {
  // Recipients that share a reply share one explanation object: redact each once.
  const done = new Map<Explanation, Explanation>()
  const once = (x: Explanation) => done.get(x) ?? done.set(x, redactExplanation(x)).get(x)!
  const message = r.message && {
    ...r.message,
    ...(r.message.messageId === undefined ? {} : { messageId: redactText(r.message.messageId) }),
    ...(r.message.subject === undefined ? {} : { subject: redactText(r.message.subject) }),
  }
  return {
    ...r,
    ...(message ? { message } : {}),
    recipients: r.recipients.map((p) => {
      const q = { ...p, recipient: redactText(p.recipient) }
      if (p.remoteMta !== undefined) q.remoteMta = redactText(p.remoteMta)
      if (p.diagnosticCode !== undefined) q.diagnosticCode = redactText(p.diagnosticCode)
      if (p.explanation) q.explanation = once(p.explanation)
      return q
    }),
    warnings: r.warnings.map(redactText),
  }
}

/** The whole answer about a paste, with addresses and IP addresses hidden wherever it shows text from the paste. */
export function redactOutcome(o: PasteOutcome): PasteOutcome {
  if (!o.ok) return { ...o, detail: redactText(o.detail) }
  if (o.kind === 'reply') return { ...o, explanation: redactExplanation(o.explanation) }
  return { ...o, report: redactReport(o.report) }
}
