// Finds the SMTP reply inside whatever a person pastes: a bare reply, a multiline reply, or a Postfix, Exim,
// Sendmail or DSN line that quotes one. Every pattern here is linear (no nested quantifiers), and the input is
// capped, so a hostile paste costs at most one pass over 64 KiB.
import type { Stage } from '../../data/schema.ts'

export const MAX_SCAN = 64 * 1024
/** Real multiline replies run to a dozen lines; past this a paste is a flood, and the Worker's CPU budget is small. */
export const MAX_REPLY_LINES = 200

export interface ReplyLine {
  basic: string
  continued: boolean
  /** The line held a whole multiline reply flattened by a log ("550-… 550-… 550 …"). */
  flattened?: boolean
  enhanced?: string
  text: string
}

export interface ParsedReply {
  basic?: string
  enhanced?: string
  /** The server's words, continuation lines joined, codes and log wrapping removed. */
  text: string
  lines: ReplyLine[]
  stage?: Stage
  /** Problems in the reply's own structure (RFC 5321 §4.2.1 multiline rules). */
  multilineProblems: string[]
  /** Distinct enhanced codes when a multiline reply carries more than one. */
  enhancedCodes: string[]
  /** The remote server's host name when a log or DSN names it (Postfix "host mx.example.org[192.0.2.1] said"). */
  remoteHost?: string
}

const REPLY_LINE = /^([2-5][0-9]{2})(?:([ -])(.*))?$/
const QMAIL_ENHANCED = /\(#([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=[\s)])/
const ENHANCED_AT_START = /^([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=\s|$)/
const ENHANCED_ANYWHERE = /(?:^|[\s=;:(\[])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=[\s,;)\]]|$)/
/** Where log formats quote the remote reply; group 1 is where the reply starts. */
const DIAGNOSTIC_CODE = /Diagnostic-Code:[ \t]*smtp;[ \t]*/i // RFC 3464 §2.3.6
const WRAPPERS: RegExp[] = [
  DIAGNOSTIC_CODE,
  /\bsaid:[ \t]*/i, // Postfix: "host mx[1.2.3.4] said: 550 ..."
  /SMTP error from remote (?:mail server|server|mailer) after [^:\n]{1,200}:[ \t]*(?:host [^:\n]{1,200}:[ \t]*)?/i, // Exim
  /\breply:[ \t]*/i, // Sendmail "reply: 550 ..."
  /\bstat=[ \t]*/i,
]

const STAGE_HINTS: Array<[RegExp, Stage]> = [
  [/\b(?:in reply to|after) end of (?:DATA|data)\b/i, 'end-of-data'],
  [/\bafter pipelined end of data\b/i, 'end-of-data'],
  [/\b(?:in reply to|after)(?: pipelined)? RCPT(?: TO)?\b/i, 'rcpt'],
  [/\b(?:in reply to|after)(?: pipelined)? MAIL(?: FROM)?\b/i, 'mail'],
  [/\b(?:in reply to|after)(?: pipelined)? DATA\b/i, 'data'],
  [/\b(?:in reply to|after) BDAT\b/i, 'bdat'],
  [/\b(?:in reply to|after) BURL\b/i, 'burl'],
  [/\b(?:in reply to|after) AUTH\b/i, 'auth'],
  [/\b(?:in reply to|after) STARTTLS\b/i, 'starttls'],
  [/\b(?:in reply to|after) (?:EHLO|HELO)\b/i, 'ehlo'],
  [/\b(?:in reply to|after) VRFY\b/i, 'vrfy'],
  [/\b(?:in reply to|after) EXPN\b/i, 'expn'],
  // Postfix says "refused to talk to me" when the banner itself is a 4xx/5xx (RFC 5321 §3.1).
  [/\b(?:after initial connection|while receiving the initial server greeting|refused to talk to me|greeting|banner)\b/i, 'greeting'],
]

// Postfix/Exim "host mx.example.org[192.0.2.1]" and "host mx.example.org [192.0.2.1]", DSN "Remote-MTA: dns; mx…".
const REMOTE_HOST =
  /\bhost ([A-Za-z0-9][A-Za-z0-9.-]{0,252}) ?\[[0-9A-Fa-f:.]{2,45}\]|^Remote-MTA:[ \t]*dns;[ \t]*([A-Za-z0-9][A-Za-z0-9.-]{0,252})/im

function remoteHostOf(input: string): string | undefined {
  const m = REMOTE_HOST.exec(input)
  return m ? (m[1] ?? m[2])!.toLowerCase() : undefined
}

/** Every hint but the last (the greeting's) needs these words: most replies are tested once, not thirteen times. */
const COMMAND_WORDS = /\b(?:in reply to|after) /i
const GREETING_HINT = STAGE_HINTS.length - 1

function detectStage(input: string): Stage | undefined {
  const from = COMMAND_WORDS.test(input) ? 0 : GREETING_HINT
  for (let i = from; i < STAGE_HINTS.length; i++) if (STAGE_HINTS[i]![0].test(input)) return STAGE_HINTS[i]![1]
  return undefined
}

/** Drops "(in reply to RCPT TO command))" and the ")" that closes a Postfix "(host … said: …)" wrapper. */
function stripLogTail(text: string): string {
  let t = text.includes('(') ? text.replace(/\s*\((?:in reply to|after)[^()]{0,200}\)\)?\s*$/i, '') : text
  if (t.endsWith(')') && count(t, ')') > count(t, '(')) t = t.slice(0, -1).trimEnd()
  return t
}

/** How often `char` occurs in `text` (counted in place: this runs on every reply). */
function count(text: string, char: string): number {
  let n = 0
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++
  return n
}

/** RFC 3463 §2 forbids leading zeros in subject and detail; normalise so "5.01.1" is read as 5.1.1. */
function normaliseEnhanced(code: string): string {
  // The code is class.subject.detail (the patterns that find it say so): two dots, found without a split.
  const first = code.indexOf('.')
  const second = code.indexOf('.', first + 1)
  return `${code.slice(0, first)}.${Number(code.slice(first + 1, second))}.${Number(code.slice(second + 1))}`
}

function parseLine(line: string): ReplyLine | undefined {
  const m = REPLY_LINE.exec(line)
  if (!m) return undefined
  const rest = m[3] ?? ''
  const e = ENHANCED_AT_START.exec(rest)
  // Field by field, in the answer's order (basic, continued, enhanced, text), rather than by spreading.
  const parsed = { basic: m[1]!, continued: m[2] === '-' } as ReplyLine
  if (e) parsed.enhanced = normaliseEnhanced(e[1]!)
  parsed.text = (e ? rest.slice(e[0].length) : rest).trim()
  return parsed
}

/** Whether a "550-" line's text also holds the "550 " that ends a reply, i.e. a log flattened it. */
function holdsFinalMarker(line: ReplyLine): boolean {
  const marker = `${line.basic} `
  for (let i = line.text.indexOf(marker); i >= 0; i = line.text.indexOf(marker, i + 1)) if (i === 0 || /\s/.test(line.text[i - 1]!)) return true
  return false
}

/**
 * A reply quoted inside other text: Exchange's "Remote Server returned '550 5.4.1 …'", a ticket's
 * "\"550 5.1.1 User unknown\"". Group 1 is the opening quote, if any.
 */
const INLINE_REPLY = /(?:^|[\s:;(\[])(["'“‘«]?)([2-5][0-9]{2})([ -])([^\n]*)/
const CLOSING_QUOTE: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»' }

/** The quoted reply without its closing quote and what follows it; the last one, since the words may hold apostrophes. */
function unquote(open: string, rest: string): string {
  if (!open) return rest
  const end = rest.lastIndexOf(CLOSING_QUOTE[open]!)
  return end < 0 ? rest : rest.slice(0, end)
}

/** The input starts with a reply line of its own: "450 4.1.1 …", not a log or bounce line that quotes one. */
const OWN_REPLY = /^\s{0,20}[2-5][0-9]{2}(?:[ -]|$)/

/**
 * The part of the input where the reply starts: after a known log wrapper, else the input itself. A reply that
 * itself quotes another server ("450 4.1.1 …: unverified address: host mx… said: 550 5.1.1 …", Postfix's
 * reject_unverified_recipient; Exchange's "451 4.4.0 … responded with: 550 …") is the outer reply: its code is what
 * the client acts on (RFC 5321 §4.2.1), and the quoted words stay in its text for the diagnosis to read.
 */
function replyRegion(input: string): string {
  if (OWN_REPLY.test(input)) return input
  let best = -1
  let bestEnd = 0
  for (const w of WRAPPERS) {
    const m = w.exec(input)
    if (m && (best < 0 || m.index < best)) {
      best = m.index
      bestEnd = m.index + m[0].length
    }
  }
  if (best < 0) return input
  const region = input.slice(bestEnd)
  // RFC 3464 fields are header fields: a long Diagnostic-Code folds onto lines that begin with whitespace
  // (RFC 5322 §2.2.3). Unfold those, but keep folded lines that start a new reply line ("    550-5.1.1 …").
  return DIAGNOSTIC_CODE.test(input.slice(best, bestEnd)) ? region.replace(/\n[ \t]+(?![ \t]|[2-5][0-9]{2}(?:[ -]|$))/g, ' ') : region
}

export function parseReply(raw: string): ParsedReply | undefined {
  const scanned = raw.length > MAX_SCAN ? raw.slice(0, MAX_SCAN) : raw
  const input = scanned.includes('\r') ? scanned.replace(/\r\n?/g, '\n') : scanned
  const region = replyRegion(input)
  const rawLines = region.split('\n').map((l) => l.trim())

  // A multiline reply: consecutive lines that each start with a code.
  const lines: ReplyLine[] = []
  const multilineProblems: string[] = []
  let started = false
  let gap = false
  for (let i = 0; i < rawLines.length; i++) {
    const l = rawLines[i]!
    const parsed = parseLine(l)
    if (parsed) {
      if (lines.length === MAX_REPLY_LINES) {
        multilineProblems.push(`The reply runs past ${MAX_REPLY_LINES} lines; the rest was not read.`)
        break
      }
      // A multiline reply flattened onto one log line ("550-5.1.1 a 550-5.1.1 b 550 5.1.1 c") ends on that line;
      // one that goes on to a next line with its code only quotes a reply (Exim's sender verify callout:
      // "550-Response: 550 5.1.1 …" and then "550 Sender verify failed").
      if (parsed.continued && holdsFinalMarker(parsed) && parseLine(rawLines[i + 1] ?? '')?.basic !== parsed.basic) {
        parsed.continued = false
        parsed.flattened = true
      }
      if (gap) multilineProblems.push('A line without a reply code interrupts the multiline reply.')
      lines.push(parsed)
      started = true
      gap = false
      if (!parsed.continued) break
    } else if (started && l !== '') {
      gap = true
    } else if (started) {
      break
    }
  }

  if (lines.length === 0) {
    // No line starts with a code: look for one after whitespace or punctuation (a log line that did not match a
    // wrapper), then for an enhanced code alone ("Status: 5.1.1", "dsn=5.1.1").
    const inline = INLINE_REPLY.exec(region)
    if (inline) {
      const p = parseLine(`${inline[2]}${inline[3]}${unquote(inline[1]!, inline[4]!)}`)
      // Only the one line is trusted here: it is log text, not a reply framed by the server.
      if (p) lines.push({ ...p, continued: false, ...(p.continued && holdsFinalMarker(p) ? { flattened: true } : {}) })
    }
  }

  const stage = detectStage(input)
  const remoteHost = remoteHostOf(input)
  if (lines.length === 0) {
    const inRegion = ENHANCED_ANYWHERE.exec(region)
    const e = inRegion ?? ENHANCED_ANYWHERE.exec(input)
    if (!e) return undefined
    // "Status: 5.1.1 …": the words follow the code. Sendmail "dsn=5.1.1, stat=User unknown": the code sits
    // before the wrapper and the words are the wrapper's region.
    const words = inRegion ? region.slice(e.index + e[0].length) : region === input ? '' : region
    const enhanced = normaliseEnhanced(e[1]!)
    return {
      enhanced,
      text: stripLogTail(words.split('\n')[0]!.trim()),
      lines: [],
      ...(stage ? { stage } : {}),
      multilineProblems: [],
      enhancedCodes: [enhanced],
      ...(remoteHost ? { remoteHost } : {}),
    }
  }

  const first = lines[0]!
  const last = lines[lines.length - 1]!
  if (lines.some((l) => l.basic !== first.basic))
    multilineProblems.push(
      `The lines of one reply carry different codes (${[...new Set(lines.map((l) => l.basic))].join(', ')}); RFC 5321 §4.2.1 requires the same code on every line.`,
    )
  if (last.continued) multilineProblems.push('The last line has a hyphen after the code, so the reply never ends (RFC 5321 §4.2.1).')

  const enhancedCodes: string[] = []
  for (const l of lines) if (l.enhanced && !enhancedCodes.includes(l.enhanced)) enhancedCodes.push(l.enhanced)
  const basic = first.basic
  // qmail writes its enhanced code after the words, "(#5.1.1)" (qmail-smtpd, qmail-remote; chkuser "(#5.1.1 - chkuser)").
  const qmail = enhancedCodes.length === 0 ? QMAIL_ENHANCED.exec(lines.map((l) => l.text).join(' ')) : null
  if (qmail) enhancedCodes.push(normaliseEnhanced(qmail[1]!))
  const enhanced = first.enhanced ?? enhancedCodes[0]
  // Postfix and others flatten multiline replies onto one line: drop the repeated "550-5.1.1" markers.
  const flattened = lines.some((l) => l.flattened)
  const marker = enhanced ? `(?:${enhanced.replace(/\./g, '\\.')}(?=\\s|$))?` : ''
  const repeated = flattened ? new RegExp(`(?:^|\\s)${basic}[ -]${marker}`, 'g') : null
  const joined = lines.length === 1 ? first.text : lines.map((l) => l.text).join(' ')
  const text = stripLogTail((repeated ? joined.replace(repeated, ' ') : joined).replace(/\s+/g, ' ').trim())
  return {
    basic,
    ...(enhanced ? { enhanced } : {}),
    text,
    lines,
    ...(stage ? { stage } : {}),
    multilineProblems,
    enhancedCodes,
    ...(remoteHost ? { remoteHost } : {}),
  }
}
