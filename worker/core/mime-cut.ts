// Bounds what reaches the MIME parser. A bounce's returned original is usually most of its bytes (attachments
// included) and none of its body is needed, so the message is cut after the original's header block; and a flood
// of parts is counted before parsing, since each part costs the parser a decode. Only top-level structure is read
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

/** The unfolded value of one header field in a header block. */
function headerValue(block: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\n)${name}[ \\t]*:([^\\n]*(?:\\r?\\n[ \\t][^\\n]*)*)`, 'i').exec(block)
  return m ? m[1]!.replace(/\r?\n[ \t]/g, ' ').trim() : undefined
}

/** How many delimiter lines of declared boundaries the text holds, counting no further than `cap`. */
export function countParts(text: string, cap: number): number {
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
  /** The message up to the end of the returned original's header block, closed as a well-formed multipart. */
  text: string
  /** That header block (postal-mime does not list a message/global part among its attachments). */
  originalHeaders?: string
}

export function cutReturnedOriginal(raw: string): Cut {
  const whole = { text: raw }
  const { index: end } = headerEnd(raw, 0)
  if (end < 0) return whole
  const type = headerValue(`\n${raw.slice(0, end)}`, 'Content-Type')
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
    if (!ORIGINAL_TYPES.test(headerValue(partHeaders, 'Content-Type') ?? '')) continue
    // A transfer-encoded original (base64) cannot be cut by lines; leave it whole.
    if (/^\s*(?:base64|quoted-printable)/i.test(headerValue(partHeaders, 'Content-Transfer-Encoding') ?? '')) return whole
    const original = headerEnd(raw, part.body - 1)
    // No header block, or an original that never ends its headers: nothing to cut.
    if (original.index < part.body - 1) return whole
    const newline = raw.includes('\r\n') ? '\r\n' : '\n'
    const headersEnd = Math.max(original.index, part.body)
    return { text: `${raw.slice(0, headersEnd)}${newline}${newline}--${b[1] ?? b[2]}--${newline}`, originalHeaders: raw.slice(part.body, headersEnd) }
  }
  return whole
}
