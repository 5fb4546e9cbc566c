// Finds the SMTP reply inside whatever a person pastes: a bare reply, a multiline reply, or a Postfix, Exim,
// Sendmail or DSN line that quotes one. Every pattern here is linear (no nested quantifiers), and the input is
// capped, so a hostile paste costs at most one pass over 64 KiB.
import type { Stage } from '../../data/schema.ts'

export const MAX_SCAN = 64 * 1024

export interface ReplyLine {
  basic: string
  continued: boolean
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
}

const REPLY_LINE = /^([2-5][0-9]{2})(?:([ -])(.*))?$/
const ENHANCED_AT_START = /^([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=\s|$)/
const ENHANCED_ANYWHERE = /(?:^|[\s=;:(\[])([245]\.[0-9]{1,3}\.[0-9]{1,3})(?=[\s,;)\]]|$)/
/** Where log formats quote the remote reply; group 1 is where the reply starts. */
const WRAPPERS: RegExp[] = [
  /Diagnostic-Code:[ \t]*smtp;[ \t]*/i, // RFC 3464 §2.3.6
  /\bsaid:[ \t]*/i, // Postfix: "host mx[1.2.3.4] said: 550 ..."
  /SMTP error from remote (?:mail server|server|mailer) after [^:\n]{1,200}:[ \t]*(?:host [^:\n]{1,200}:[ \t]*)?/i, // Exim
  /\breply:[ \t]*/i, // Sendmail "reply: 550 ..."
  /\bstat=[ \t]*/i,
]

const STAGE_HINTS: Array<[RegExp, Stage]> = [
  [/\b(?:in reply to|after) end of (?:DATA|data)\b/i, 'end-of-data'],
  [/\bafter pipelined (?:DATA|end of data)\b/i, 'end-of-data'],
  [/\b(?:in reply to|after)(?: pipelined)? RCPT(?: TO)?\b/i, 'rcpt'],
  [/\b(?:in reply to|after)(?: pipelined)? MAIL(?: FROM)?\b/i, 'mail'],
  [/\b(?:in reply to|after)(?: pipelined)? DATA\b/i, 'data'],
  [/\b(?:in reply to|after) BDAT\b/i, 'bdat'],
  [/\b(?:in reply to|after) AUTH\b/i, 'auth'],
  [/\b(?:in reply to|after) STARTTLS\b/i, 'starttls'],
  [/\b(?:in reply to|after) (?:EHLO|HELO)\b/i, 'ehlo'],
  [/\b(?:in reply to|after) VRFY\b/i, 'vrfy'],
  [/\b(?:in reply to|after) EXPN\b/i, 'expn'],
  [/\b(?:after initial connection|while receiving the initial server greeting|greeting|banner)\b/i, 'greeting'],
]

function detectStage(input: string): Stage | undefined {
  for (const [pattern, stage] of STAGE_HINTS) if (pattern.test(input)) return stage
  return undefined
}

/** Drops "(in reply to RCPT TO command))" and the ")" that closes a Postfix "(host … said: …)" wrapper. */
function stripLogTail(text: string): string {
  let t = text.replace(/\s*\((?:in reply to|after)[^()]{0,200}\)\)?\s*$/i, '')
  const opens = t.split('(').length
  const closes = t.split(')').length
  if (t.endsWith(')') && closes > opens) t = t.slice(0, -1).trimEnd()
  return t
}

function parseLine(line: string): ReplyLine | undefined {
  const m = REPLY_LINE.exec(line)
  if (!m) return undefined
  const rest = m[3] ?? ''
  const e = ENHANCED_AT_START.exec(rest)
  return {
    basic: m[1]!,
    continued: m[2] === '-',
    ...(e ? { enhanced: e[1]! } : {}),
    text: (e ? rest.slice(e[0].length) : rest).trim(),
  }
}

/** The part of the input where the reply starts: after a known log wrapper, else the input itself. */
function replyRegion(input: string): string {
  let best = -1
  let bestEnd = 0
  for (const w of WRAPPERS) {
    const m = w.exec(input)
    if (m && (best < 0 || m.index < best)) {
      best = m.index
      bestEnd = m.index + m[0].length
    }
  }
  return best >= 0 ? input.slice(bestEnd) : input
}

export function parseReply(raw: string): ParsedReply | undefined {
  const input = raw.slice(0, MAX_SCAN).replace(/\r\n?/g, '\n')
  const region = replyRegion(input)
  const rawLines = region.split('\n').map((l) => l.trim())

  // A multiline reply: consecutive lines that each start with a code.
  const lines: ReplyLine[] = []
  const multilineProblems: string[] = []
  let started = false
  let gap = false
  for (const l of rawLines) {
    const parsed = parseLine(l)
    if (parsed) {
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
    const inline = /(?:^|[\s:;(\[])([2-5][0-9]{2})([ -])([^\n]*)/.exec(region)
    if (inline) {
      const p = parseLine(`${inline[1]}${inline[2]}${inline[3]}`)
      if (p) lines.push({ ...p, continued: false })
    }
  }

  const stage = detectStage(input)
  if (lines.length === 0) {
    const e = ENHANCED_ANYWHERE.exec(region) ?? ENHANCED_ANYWHERE.exec(input)
    if (!e) return undefined
    const after = region.slice(region.indexOf(e[1]!) + e[1]!.length)
    return {
      enhanced: e[1]!,
      text: stripLogTail(after.split('\n')[0]!.trim()),
      lines: [],
      ...(stage ? { stage } : {}),
      multilineProblems: [],
      enhancedCodes: [e[1]!],
    }
  }

  const first = lines[0]!
  const last = lines[lines.length - 1]!
  if (lines.some((l) => l.basic !== first.basic))
    multilineProblems.push(`The lines of one reply carry different codes (${[...new Set(lines.map((l) => l.basic))].join(', ')}); RFC 5321 §4.2.1 requires the same code on every line.`)
  if (last.continued) multilineProblems.push('The last line has a hyphen after the code, so the reply never ends (RFC 5321 §4.2.1).')

  const enhancedCodes = [...new Set(lines.flatMap((l) => (l.enhanced ? [l.enhanced] : [])))]
  const basic = first.basic
  const enhanced = first.enhanced ?? enhancedCodes[0]
  // Postfix and others flatten multiline replies onto one line: drop the repeated "550-5.1.1" markers.
  const repeated = enhanced ? new RegExp(`(?:^|\\s)${basic}[ -]${enhanced.replace(/\./g, '\\.')}(?=\\s|$)`, 'g') : null
  const text = stripLogTail(
    lines
      .map((l) => l.text)
      .join(' ')
      .replace(repeated ?? /$^/, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  return {
    basic,
    ...(enhanced ? { enhanced } : {}),
    text,
    lines,
    ...(stage ? { stage } : {}),
    multilineProblems,
    enhancedCodes,
  }
}
