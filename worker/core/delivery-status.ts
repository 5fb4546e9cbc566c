// Reads the fields of a delivery status notification (RFC 3464 §2; RFC 6533 §3 for message/global-delivery-status):
// one block of per-message fields, then one block per recipient, blocks separated by blank lines, fields folded as
// in RFC 5322 §2.2.3.

export type DeliveryAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded'

export interface BounceDelivery {
  recipient: string
  action: DeliveryAction
  status?: string
  remoteMta?: string
  diagnosticCode?: string
  /**
   * The same reply as the bounce's text quotes it, with the SMTP command it answered ("… (in reply to MAIL FROM
   * command)"), which the status part leaves out: what gets explained. Never part of the answer.
   */
  explainAs?: string
}

export interface DeliveryStatus {
  reportingMta?: string
  deliveries: BounceDelivery[]
  /** More recipient blocks than MAX_DSN_RECIPIENTS: the rest were not read. */
  truncated?: boolean
}

const ACTIONS = new Set<string>(['failed', 'delayed', 'delivered', 'relayed', 'expanded'])
const STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/
/** Per-recipient blocks read from one message: reports on mailing-list bounces run to hundreds; more is a flood. */
export const MAX_DSN_RECIPIENTS = 1000

/**
 * "rfc822; bob@example.com" → "bob@example.com"; RFC 6533 utf-8 addresses may carry \x{HHHH} escapes. The type is
 * matched in any case ("RFC822;") or may be missing; a display name or comment around an address in angle brackets
 * ("Bob <bob@example.com>", "<bob@example.com> (expanded from …)") is dropped.
 */
export function addressOf(value: string): string {
  const semi = value.indexOf(';')
  let a = (semi >= 0 && semi < 20 ? value.slice(semi + 1) : value).trim()
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(a)
  if (angle) a = angle[1]!
  else {
    a = a.replace(/\s*\([^()]*\)\s*$/, '')
    if (a.startsWith('<') && a.endsWith('>')) a = a.slice(1, -1).trim()
  }
  if (a.startsWith('"') && a.endsWith('"') && a.length > 2 && !a.slice(1, -1).includes('"')) a = a.slice(1, -1).trim()
  if (a.includes('\\x{'))
    a = a.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (m, hex: string) => {
      const cp = parseInt(hex, 16)
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : m
    })
  return a
}

/** "dns; mx.example.com" → "mx.example.com"; Gmail's "mx.example.com. (203.0.113.5, the server for …)" → "mx.example.com[203.0.113.5]". */
function mtaName(value: string): string | undefined {
  const semi = value.indexOf(';')
  const rest = (semi >= 0 ? value.slice(semi + 1) : value).trim()
  const m = /^(\S+?)\.?(?:\s*[(\[]([0-9A-Fa-f.:]{3,45})[,)\]])?(?:\s|$)/.exec(rest)
  if (!m) return undefined
  return m[2] && !m[1]!.includes('[') ? `${m[1]}[${m[2]}]` : m[1]
}

/** "smtp; 550 5.1.1 …" → "550 5.1.1 …": the diagnostic type names the protocol, the rest is the server's words. */
function diagnosticText(value: string): string | undefined {
  const m = /^([A-Za-z][\w.-]{0,30})[ \t]*;[ \t]*/.exec(value)
  const text = (m ? value.slice(m[0].length) : value).replace(/\s+/g, ' ').trim()
  return text || undefined
}

function normaliseStatus(value: string): string | undefined {
  const m = STATUS.exec(value)
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : undefined
}

/**
 * The enhanced code a reply carries, else the class of its basic code ("550 Unrouteable address" → 5.0.0). The
 * enhanced code may sit after the reply's words, as qmail and some gateways write it ("… (#5.1.1)"); one of another
 * class than the basic code is not the reply's.
 */
function statusOfReply(reply: string | undefined): string | undefined {
  if (!reply) return undefined
  const enhanced = /^[2-5]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply)
  if (enhanced) return normaliseStatus(enhanced[1]!)
  const basic = /^([245])\d\d(?:[ -]|$)/.exec(reply)
  const later = /(?:^|[\s#(\[;:])([245])\.(\d{1,3})\.(\d{1,3})(?=[\s)\];,.]|$)/.exec(reply)
  if (later && (!basic || basic[1] === later[1])) return `${later[1]}.${Number(later[2])}.${Number(later[3])}`
  return basic ? `${basic[1]}.0.0` : undefined
}

/** A Status that is not class.subject.detail ("5.1", "5"): its class, and its subject when it has one. */
function partialStatus(value: string): string | undefined {
  const m = /^\s*([245])(?:\.(\d{1,3}))?(?![\d.])/.exec(value)
  return m ? `${m[1]}.${m[2] ? Number(m[2]) : 0}.0` : undefined
}

const RECIPIENT_FIELDS = new Set(['final-recipient', 'action', 'status', 'diagnostic-code', 'remote-mta'])

/** The fields read from a block (parseDeliveryStatus, recipientOf); the others (Arrival-Date…) are not kept. */
export const READ_FIELDS: ReadonlySet<string> = new Set([
  'reporting-mta',
  'final-recipient',
  'original-recipient',
  'x-actual-recipient',
  'remote-mta',
  'status',
  'diagnostic-code',
  'x-network-error',
  'action',
])
const READ_LENGTHS = new Set([...READ_FIELDS].map((f) => f.length))

/** Where the name of the field fieldColon found last ends (a second result without an object per line). */
let nameEnd = 0

/**
 * Where the colon is of the field the line t[start, end) starts with (a letter, up to 76 letters, digits or "-",
 * then ":"; some MTAs put spaces before the colon, "Final-Recipient : rfc822;…", which RFC 5322 §4.5.2's obsolete
 * syntax allows), with the name's end in nameEnd; -1 when the line starts no field.
 */
function fieldColon(t: string, start: number, end: number): number {
  const c0 = t.charCodeAt(start) | 0x20
  if (c0 < 0x61 || c0 > 0x7a) return -1
  let i = start + 1
  for (; i < start + 77 && i < end; i++) {
    const c = t.charCodeAt(i)
    const l = c | 0x20
    if (!((l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) break
  }
  nameEnd = i
  while (i < end && (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09)) i++
  return i < end && t.charCodeAt(i) === 0x3a ? i : -1
}

/**
 * Splits text into blocks of unfolded fields (lowercased names; a repeated field keeps its first value), keeping the
 * fields read here. Lines are read in place (indexOf, char codes; a line is sliced only for a field that is kept)
 * rather than by a regex and a Map entry per field: this runs on every status part. `fields` counts a block's
 * fields, kept or not, so that the same blocks are made.
 */
export function fieldBlocks(text: string): Array<Map<string, string>> {
  const blocks: Array<Map<string, string>> = []
  let block = new Map<string, string>()
  let fields = 0
  let last: string | undefined
  const t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  // A line holding U+2028 or U+2029 is not a field (a field's value is what /.*$/ matches, and "." does not match
  // them); a text without them needs no look at each line.
  const separators = t.includes('\u2028') || t.includes('\u2029')
  for (let start = 0; start <= t.length; ) {
    let end = t.indexOf('\n', start)
    if (end < 0) end = t.length
    const line = start
    start = end + 1
    const first = t.charCodeAt(line)
    // A blank line (white space alone, as String.prototype.trim sees it) ends a block.
    if (end === line || ((first <= 0x20 || first > 0x7e) && t.slice(line, end).trim() === '')) {
      if (fields) blocks.push(block)
      block = new Map()
      fields = 0
      last = undefined
      // One per-message block, then recipients; one more than the bound tells the caller there were more.
      if (blocks.length > MAX_DSN_RECIPIENTS + 1) break
      continue
    }
    if ((first === 0x20 || first === 0x09) && last !== undefined) {
      // A folded line continues the field before it ('' for a field not kept).
      if (last) block.set(last, `${block.get(last)!} ${t.slice(line, end).trim()}`)
      continue
    }
    const colon = fieldColon(t, line, end)
    if (colon < 0 || (separators && /[\u2028\u2029]/.test(t.slice(line, end)))) {
      last = undefined
      continue
    }
    const lower = READ_LENGTHS.has(nameEnd - line) ? t.slice(line, nameEnd).toLowerCase() : ''
    last = READ_FIELDS.has(lower) ? lower : ''
    // A per-recipient field seen twice in one block starts the next recipient: some MTAs leave out the blank lines.
    if (last && block.has(last) && RECIPIENT_FIELDS.has(last) && block.has('final-recipient')) {
      blocks.push(block)
      block = new Map()
      fields = 0
    }
    fields++
    if (last && !block.has(last)) {
      let v = colon + 1
      while (v < end && (t.charCodeAt(v) === 0x20 || t.charCodeAt(v) === 0x09)) v++
      block.set(last, t.slice(v, end).trim())
    }
  }
  if (fields) blocks.push(block)
  return blocks
}

function actionOf(value: string | undefined, status: string | undefined): DeliveryAction {
  const word = value
    ?.trim()
    .split(/[\s(;]/, 1)[0]
    ?.toLowerCase()
  if (word && ACTIONS.has(word)) return word as DeliveryAction
  // A missing or unknown Action is read from the status class (RFC 3464 §2.3.3 makes Action required).
  return status?.startsWith('2.') ? 'delivered' : status?.startsWith('4.') ? 'delayed' : 'failed'
}

const hasAddress = (a: string) => a.includes('@')

/**
 * The recipient a block names: Final-Recipient (RFC 3464 §2.3.2), unless it names no mail address (a local user,
 * "x-unix; bob", or an empty value) and the block has one in Original-Recipient (§2.3.1) or in Postfix's
 * X-Actual-Recipient.
 */
function recipientOf(block: Map<string, string>): string | undefined {
  let fallback: string | undefined
  for (const field of ['final-recipient', 'original-recipient', 'x-actual-recipient']) {
    const value = block.get(field)
    if (value === undefined) continue
    const a = addressOf(value)
    if (!a) continue
    if (hasAddress(a)) return a
    fallback ??= a
  }
  return fallback
}

/** Whether text holds per-recipient DSN fields at line starts. */
export function hasDeliveryStatusFields(text: string): boolean {
  return /^(?:Final|Original)-Recipient[ \t]*:/im.test(text) && /^(?:Action|Status|Reporting-MTA)[ \t]*:/im.test(text)
}

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const deliveries: BounceDelivery[] = []
  let reportingMta: string | undefined
  const blocks = fieldBlocks(text)
  for (const block of blocks) {
    const reporting = block.get('reporting-mta')
    if (reporting && !reportingMta) reportingMta = mtaName(reporting)
    const recipient = recipientOf(block)
    if (!recipient) continue
    const remoteMta = block.has('remote-mta') ? mtaName(block.get('remote-mta')!) : undefined
    const statusField = block.get('status') ?? ''
    // Haraka writes the reply as a comment after the code in Status ("5.1.2 (550 Nowhere to deliver mail to …)") and
    // then no Diagnostic-Code: a comment that is a reply is the diagnostic (other comments stay dropped).
    const inStatus = statusField.includes('(') ? /^\s*[245]\.\d{1,3}\.\d{1,3}\s*\(([2-5]\d\d[ -].+)\)\s*$/.exec(statusField)?.[1] : undefined
    // Courier writes a connection failure as X-Network-Error instead of a Diagnostic-Code (courier/module.dsn/dsn.C).
    const diagnostic = block.get('diagnostic-code') ?? inStatus ?? block.get('x-network-error')
    const diagnosticCode = diagnostic === undefined ? undefined : diagnosticText(diagnostic)
    // Status is what the reporting MTA assigned (Exim says 5.0.0 whatever the remote sent); the remote's own
    // code stays in Diagnostic-Code, which is what gets explained. Without a Status (Haraka omits it when the reply
    // has no enhanced code) the reply's own codes give it, as an MTA would map them (550 → 5.0.0).
    const status = normaliseStatus(statusField) ?? statusOfReply(diagnosticCode) ?? partialStatus(statusField)
    const delivery: BounceDelivery = { recipient, action: actionOf(block.get('action'), status) }
    if (status) delivery.status = status
    if (remoteMta) delivery.remoteMta = remoteMta
    if (diagnosticCode) delivery.diagnosticCode = diagnosticCode
    deliveries.push(delivery)
    if (deliveries.length === MAX_DSN_RECIPIENTS) {
      if (block !== blocks[blocks.length - 1]) return reportingMta ? { reportingMta, deliveries, truncated: true } : { deliveries, truncated: true }
      break
    }
  }
  return reportingMta ? { reportingMta, deliveries } : { deliveries }
}
