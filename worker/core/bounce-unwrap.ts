// A bounce as people paste it is not always the message their mailbox received. A mail client's "save as" or an mbox
// export starts it with the mbox "From " separator line; a bounce passed on by a colleague sits inside the forwarder's
// message, each line quoted with "> " (RFC 3676 §4.5), or below the forward's own header block ("---------- Forwarded
// message ---------", Outlook's "-----Original Message-----", Apple Mail's "Begin forwarded message:"). These read
// the bounce back out; what to make of it stays with the bounce parser.

/** The mbox separator ("From MAILER-DAEMON Tue Dec  1 22:05:01 2026", RFC 4155 §2) before a message's header block. */
const MBOX_FROM = /^From [^\s:]+[^\n]*\n/

/** The text without a leading mbox "From " line (a header field would have a colon right after its name). */
export function withoutMboxLine(text: string): string {
  const start = text.length - text.trimStart().length
  const m = MBOX_FROM.exec(text.slice(start))
  return m ? text.slice(start + m[0].length) : text
}

/** A quoted line: ">", "> ", ">> ", "> > " (RFC 3676 §4.5 quote marks, and the spaced form mail clients write). */
const QUOTED = /^[ \t]?>/
/** Below this many quoted lines there is no quoted bounce, only a reply quoting a sentence. */
const MIN_QUOTED_LINES = 3
const MAX_QUOTE_DEPTH = 4

/** One level of quote marks taken off the quoted lines; the forwarder's own lines around them are dropped. */
function unquoteOnce(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) if (QUOTED.test(line)) out.push(line.replace(/^[ \t]?> ?/, ''))
  return out
}

/**
 * The quoted text of a message that quotes a bounce, with its quote marks removed (as deep as they go), or
 * undefined when the text quotes too little to hold one.
 */
export function quotedText(text: string): string | undefined {
  let lines = text.replace(/\r\n?/g, '\n').split('\n')
  let quoted = 0
  for (const line of lines) if (QUOTED.test(line)) quoted++
  if (quoted < MIN_QUOTED_LINES) return undefined
  for (let depth = 0; depth < MAX_QUOTE_DEPTH; depth++) {
    const inner = unquoteOnce(lines)
    lines = inner
    // Another level only when every non-empty line is quoted again (a bounce quoted inside a quoted reply).
    if (!inner.every((l) => l.trim() === '' || QUOTED.test(l))) break
  }
  return lines.join('\n')
}

/** Where a forward's own header block starts, as mail clients write it. */
const FORWARD_MARKER =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht)[ \t]*-*|Begin forwarded message:)[ \t]*$/im
/** A line of the forward's header block ("From: …", "Sent: …", "*Subject:* …"). */
const FORWARD_FIELD = /^[ \t]*\*?[A-Za-z][A-Za-z-]{0,20}\*?:/

/**
 * The forwarded message's text below a forward marker, its header block dropped, or undefined without a marker.
 * The header block is what the forward quotes of the bounce's own header fields (From, Date, Subject, To).
 */
export function forwardedText(text: string): string | undefined {
  const m = FORWARD_MARKER.exec(text)
  if (!m) return undefined
  const lines = text
    .slice(m.index + m[0].length)
    .replace(/\r\n?/g, '\n')
    .split('\n')
  let i = 0
  while (i < lines.length && lines[i]!.trim() === '') i++
  while (i < lines.length && (FORWARD_FIELD.test(lines[i]!) || /^[ \t]+\S/.test(lines[i]!))) i++
  return lines.slice(i).join('\n')
}

/** Header fields a message starts with; a DSN's own fields (Reporting-MTA, Final-Recipient) are not among them. */
const MESSAGE_HEADERS =
  /^(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|Sender|Reply-To|X-[A-Za-z0-9-]+|Auto-Submitted|DKIM-Signature|ARC-[A-Za-z-]+|Authentication-Results|Thread-Topic|Thread-Index|Content-Language|In-Reply-To|References)[ \t]*:/i
const HEADER_LINE = /^[!-9;-~]{1,76}:/

/** Whether text starts with an RFC 5322 header block that names a message (at least two fields, one well known). */
export function looksLikeMessage(text: string): boolean {
  const head = text
    .slice(0, 16 * 1024)
    .replace(/^\s+/, '')
    .split(/\r?\n/, 40)
  let fields = 0
  let known = false
  for (const line of head) {
    if (line === '') break
    if (line[0] === ' ' || line[0] === '\t') continue
    if (!HEADER_LINE.test(line)) return false
    fields++
    if (MESSAGE_HEADERS.test(line)) known = true
  }
  return fields >= 2 && known
}
