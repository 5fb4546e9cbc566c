// Bounds what reaches the MIME parser. A bounce's returned original is usually most of its bytes (attachments
// included) and only its header block is needed, so the message is cut where the original's part starts and that
// block is kept aside; the message's own header fields other than its MIME fields are dropped too (every line
// costs the parser, and nothing reads them); and a flood of parts is counted before parsing, since each part costs
// the parser a decode. Only top-level structure is read
// here (the top-level boundary, RFC 2046 §5.1.1); everything else is left to postal-mime.

const ORIGINAL_TYPES = /^(?:message\/rfc822|message\/global)\s*(?:;|$)/i
const BOUNDARY = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i

/**
 * End of the header block starting at `from`: where its last line ends and where the body starts; -1 if none. The
 * first empty line (LF or CRLF) found with indexOf, as /\r?\n\r?\n/ from `from` finds it.
 */
function headerEnd(text: string, from: number): { index: number; body: number } {
  for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1)
    const body = next === 10 ? i + 2 : next === 13 && text.charCodeAt(i + 2) === 10 ? i + 3 : -1
    if (body < 0) continue
    return { index: i > from && text.charCodeAt(i - 1) === 13 ? i - 1 : i, body }
  }
  return { index: -1, body: -1 }
}

/** Whether text holds `name` (ASCII) at `at`, before `end`, letters compared without case. */
function nameAt(text: string, at: number, name: string, end: number): boolean {
  if (at + name.length > end) return false
  for (let i = 0; i < name.length; i++) {
    const a = text.charCodeAt(at + i)
    const b = name.charCodeAt(i)
    if (a !== b && !((a | 0x20) === (b | 0x20) && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a)) return false
  }
  return true
}

/**
 * The unfolded value of one header field in the header block text[start, end) (start at a line start): the first
 * line that starts with the name (any case), spaces or tabs and a colon, with its folded continuation lines.
 */
function headerValue(text: string, name: string, start = 0, end = text.length): string | undefined {
  for (let line = start; line < end; ) {
    let lf = text.indexOf('\n', line)
    if (lf < 0 || lf > end) lf = end
    if (nameAt(text, line, name, end)) {
      let colon = line + name.length
      while (colon < lf && (text.charCodeAt(colon) === 32 || text.charCodeAt(colon) === 9)) colon++
      if (colon < lf && text.charCodeAt(colon) === 58) {
        // Folded lines continue the value (RFC 5322 §2.2.3).
        let last = lf
        while (last < end) {
          const c = text.charCodeAt(last + 1)
          if (last + 1 >= end || (c !== 32 && c !== 9)) break
          const next = text.indexOf('\n', last + 1)
          last = next < 0 || next > end ? end : next
        }
        const value = text.slice(colon + 1, last)
        return (value.includes('\n') ? value.replace(/\r?\n[ \t]/g, ' ') : value).trim()
      }
    }
    line = lf + 1
  }
  return undefined
}

/**
 * How many delimiter lines of declared boundaries the text holds, counting no further than `cap`; below the cap, the
 * number of lines that start with "--" (an upper bound, which is all a flood check needs).
 */
export function countParts(text: string, cap: number): number {
  // Every delimiter line starts with "--": with fewer such lines than the cap, the exact count is not needed.
  let dashes = 0
  for (let i = text.indexOf('\n--'); i >= 0 && dashes < cap; i = text.indexOf('\n--', i + 3)) dashes++
  if (dashes < cap) return dashes
  const boundaries = new Set<string>()
  const declared = new RegExp(BOUNDARY.source, 'gi')
  for (let m = declared.exec(text); m && boundaries.size < 100; m = declared.exec(text)) boundaries.add(`--${m[1] ?? m[2]}`)
  if (boundaries.size === 0) return 0
  let n = 0
  for (let i = text.indexOf('\n--'); i >= 0 && n < cap; i = text.indexOf('\n--', i + 3)) {
    for (const b of boundaries)
      if (text.startsWith(b, i + 1)) {
        n++
        break
      }
  }
  return n
}

export interface Cut {
  /**
   * What the MIME parser needs: the message's own MIME header fields and its parts up to the returned original,
   * closed as a well-formed multipart. Its other header fields (Received, From, DKIM-Signature…) and the original are
   * never read from the parse, and each line costs the parser.
   */
  text: string
  /** The returned original's header block, when the cut removed its part. */
  originalHeaders?: string
  /** Where in the raw text the removed part's content (the original itself) starts. */
  originalAt?: number
  /** Length of the message's own header block before its other fields were dropped (the caller bounds it). */
  headerBytes: number
}

/** Parts that hold the returned original (RFC 3462 §2: the third part of a report), or only its header fields. */
const ORIGINAL_HEADER_TYPES = /^(?:text\/rfc822-headers|message\/global-headers)\s*(?:;|$)/i
/** The fields of a message's own header block that say how its body is structured and encoded. */
const MIME_FIELD_AT = /(?:Content-|MIME-Version[ \t]*:)/iy

/**
 * A header block with only its MIME fields (and their folded continuation lines) kept. Lines are found with indexOf
 * and only those starting with C or M are tested: a bounce's header block is mostly Received and DKIM lines.
 */
function mimeFieldsOnly(block: string): string {
  let kept = ''
  let keep = false
  for (let start = 0; start <= block.length; ) {
    let end = block.indexOf('\n', start)
    if (end < 0) end = block.length
    const first = block.charCodeAt(start)
    if (first === 32 || first === 9) {
      if (keep) kept += kept ? `\n${block.slice(start, end)}` : block.slice(start, end)
    } else {
      const c = first | 0x20
      MIME_FIELD_AT.lastIndex = start
      keep = (c === 0x63 || c === 0x6d) && MIME_FIELD_AT.test(block)
      if (keep) kept += kept ? `\n${block.slice(start, end)}` : block.slice(start, end)
    }
    start = end + 1
  }
  return kept
}

export function cutReturnedOriginal(raw: string): Cut {
  const { index: end, body } = headerEnd(raw, 0)
  if (end < 0) return { text: raw, headerBytes: raw.length }
  const head = mimeFieldsOnly(raw.slice(0, end))
  const newline = raw.includes('\r\n') ? '\r\n' : '\n'
  // The body starts after an empty line; with no MIME field left, that empty line is the whole header block.
  const top = head ? `${head}${newline}${newline}` : newline
  const whole = { text: `${top}${raw.slice(body)}`, headerBytes: end }
  const type = headerValue(head, 'Content-Type')
  if (!type || !/^multipart\//i.test(type)) return whole
  const b = BOUNDARY.exec(type)
  if (!b) return whole
  const delimiter = `\n--${b[1] ?? b[2]}`
  for (let at = raw.indexOf(delimiter, end); at >= 0; at = raw.indexOf(delimiter, at + delimiter.length)) {
    const partStart = raw.indexOf('\n', at + 1) + 1
    if (partStart === 0) return whole
    const part = headerEnd(raw, partStart - 1)
    if (part.index < 0) return whole
    const partType = headerValue(raw, 'Content-Type', partStart, part.index) ?? ''
    const headersOnly = ORIGINAL_HEADER_TYPES.test(partType)
    if (!headersOnly && !ORIGINAL_TYPES.test(partType)) continue
    // A transfer-encoded original (base64) cannot be cut by lines; leave it to the parser.
    if (/^\s*(?:base64|quoted-printable)/i.test(headerValue(raw, 'Content-Transfer-Encoding', partStart, part.index) ?? '')) return whole
    // The original's header block: the whole part for text/rfc822-headers, else up to the original's empty line.
    const original = headerEnd(raw, part.body - 1)
    const next = raw.indexOf(delimiter, part.body - 1)
    let headersEnd = headersOnly ? (next < 0 ? raw.length : next) : original.index < part.body - 1 ? -1 : Math.max(original.index, part.body)
    if (!headersOnly && next >= 0 && headersEnd > next) headersEnd = next
    // No header block, or an original that never ends its headers: nothing to cut.
    if (headersEnd < 0) return whole
    const partsBefore = raw.slice(body, at)
    return {
      text: `${top}${partsBefore}${newline}--${b[1] ?? b[2]}--${newline}`,
      originalHeaders: raw.slice(part.body, headersEnd),
      originalAt: part.body,
      headerBytes: end,
    }
  }
  return whole
}
