// Bounds what reaches the MIME parser. A bounce's returned original is usually most of its bytes (attachments
// included) and only its header block is needed, so the message is cut where the original's part starts and that
// block is kept aside; the message's own header fields other than its MIME fields are dropped too (every line
// costs the parser, and nothing reads them); and a flood of parts is counted before parsing, since each part costs
// the parser a decode. Only top-level structure is read
// here (the top-level boundary, RFC 2046 §5.1.1); everything else is left to postal-mime.

const ORIGINAL_TYPES = /^(?:message\/rfc822|message\/global)\s*(?:;|$)/i
const BOUNDARY = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/i

/** End of the header block starting at `from`: where its last line ends and where the body starts; -1 if none. */
function headerEnd(text: string, from: number): { index: number; body: number } {
  const m = /\r?\n\r?\n/g
  m.lastIndex = from
  const hit = m.exec(text)
  return hit ? { index: hit.index, body: hit.index + hit[0].length } : { index: -1, body: -1 }
}

const FIELD_PATTERNS = new Map<string, RegExp>()

/** The unfolded value of one header field in a header block. */
function headerValue(block: string, name: string): string | undefined {
  let pattern = FIELD_PATTERNS.get(name)
  if (!pattern) FIELD_PATTERNS.set(name, (pattern = new RegExp(`(?:^|\\n)${name}[ \\t]*:([^\\n]*(?:\\r?\\n[ \\t][^\\n]*)*)`, 'i')))
  const m = pattern.exec(block)
  return m ? m[1]!.replace(/\r?\n[ \t]/g, ' ').trim() : undefined
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
  /** Length of the message's own header block before its other fields were dropped (the caller bounds it). */
  headerBytes: number
}

/** Parts that hold the returned original (RFC 3462 §2: the third part of a report), or only its header fields. */
const ORIGINAL_HEADER_TYPES = /^(?:text\/rfc822-headers|message\/global-headers)\s*(?:;|$)/i
/** The fields of a message's own header block that say how its body is structured and encoded. */
const MIME_FIELD = /^(?:Content-|MIME-Version[ \t]*:)/i

/** A header block with only its MIME fields (and their folded continuation lines) kept. */
function mimeFieldsOnly(block: string): string {
  const lines = block.split('\n')
  const kept: string[] = []
  let keep = false
  for (const line of lines) {
    if (line[0] === ' ' || line[0] === '\t') {
      if (keep) kept.push(line)
      continue
    }
    keep = MIME_FIELD.test(line)
    if (keep) kept.push(line)
  }
  return kept.join('\n')
}

export function cutReturnedOriginal(raw: string): Cut {
  const { index: end, body } = headerEnd(raw, 0)
  if (end < 0) return { text: raw, headerBytes: raw.length }
  const head = mimeFieldsOnly(raw.slice(0, end))
  const newline = raw.includes('\r\n') ? '\r\n' : '\n'
  // The body starts after an empty line; with no MIME field left, that empty line is the whole header block.
  const top = head ? `${head}${newline}${newline}` : newline
  const whole = { text: `${top}${raw.slice(body)}`, headerBytes: end }
  const type = headerValue(`\n${head}`, 'Content-Type')
  if (!type || !/^multipart\//i.test(type)) return whole
  const b = BOUNDARY.exec(type)
  if (!b) return whole
  const delimiter = `\n--${b[1] ?? b[2]}`
  for (let at = raw.indexOf(delimiter, end); at >= 0; at = raw.indexOf(delimiter, at + delimiter.length)) {
    const partStart = raw.indexOf('\n', at + 1) + 1
    if (partStart === 0) return whole
    const part = headerEnd(raw, partStart - 1)
    if (part.index < 0) return whole
    const partHeaders = `\n${raw.slice(partStart, part.index)}`
    const partType = headerValue(partHeaders, 'Content-Type') ?? ''
    const headersOnly = ORIGINAL_HEADER_TYPES.test(partType)
    if (!headersOnly && !ORIGINAL_TYPES.test(partType)) continue
    // A transfer-encoded original (base64) cannot be cut by lines; leave it to the parser.
    if (/^\s*(?:base64|quoted-printable)/i.test(headerValue(partHeaders, 'Content-Transfer-Encoding') ?? '')) return whole
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
      headerBytes: end,
    }
  }
  return whole
}
