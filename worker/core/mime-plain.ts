// Most bounces are plain MIME: a multipart/report of text/plain and message/delivery-status parts in 7bit or 8bit,
// UTF-8 or ASCII. For those, this reads what bounce-parser.ts reads of postal-mime's answer (the plain text, and
// each attachment's type and content as text) straight from the string, synchronously: postal-mime encodes the
// message to bytes, walks it line by line through an awaited call per line, and decodes every header line and part
// back to text, which was over a third of a bounce's whole time. Its rules are kept exactly (header folding, the first
// Content-* field winning, boundary lines from the innermost out with trailing blanks, a part closed with its
// parent, alternative parts grouped) and anything they do not cover gives undefined, so that postal-mime reads it:
// a transfer encoding, HTML, format=flowed, a charset that could change the text, a field plainStructuredHeader
// leaves to postal-mime, a byte-order mark or a lone surrogate, or a limit that postal-mime would refuse with its own
// error. test/core/mime-plain.test.ts compares both on real bounces and random MIME.
import { plainStructuredHeader, type StructuredHeader } from './mime-structured.ts'

/** What bounce-parser.ts reads of a parsed message (postal-mime's Email has these fields too). */
export interface MimeText {
  text?: string
  html?: string
  attachments: Array<{ mimeType: string; content: string | ArrayBuffer | Uint8Array }>
}

export interface PlainLimits {
  maxNestingDepth: number
  maxHeadersSize: number
}

interface Part {
  parent: Part | undefined
  depth: number
  children: Part[]
  /** Children before this index are closed (postal-mime's finalizedChildCount). */
  closed: number
  state: 'header' | 'body' | 'finished'
  header: string[]
  body: string[]
  /** A digest's parts default to message/rfc822 (RFC 2046 §5.1.5). */
  defaultType: string
  type: StructuredHeader
  multipart: string | false
  disposition: StructuredHeader
}

/** Thrown inside the reader for anything left to postal-mime; never escapes readPlainMime. */
const NOT_PLAIN = Symbol('not plain')

/** Charsets whose decoders read ASCII bytes as ASCII: text in them that is all ASCII reads the same in UTF-8. */
const ASCII_CHARSETS = new Set(['us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'iso-8859-15', 'windows-1252'])
const CONTENT_FIELDS = new Set(['content-type', 'content-transfer-encoding', 'content-disposition'])

const isWsp = (c: number) => c === 32 || c === 9

/** postal-mime's trimWsp: only spaces and tabs. */
function trimWsp(s: string): string {
  let start = 0
  let end = s.length
  while (start < end && isWsp(s.charCodeAt(start))) start++
  while (end > start && isWsp(s.charCodeAt(end - 1))) end--
  return s.slice(start, end)
}

function structured(value: string): StructuredHeader {
  const parsed = plainStructuredHeader(value)
  if (!parsed) throw NOT_PLAIN
  return parsed
}

function newPart(parent: Part | undefined, limits: PlainLimits): Part {
  const depth = parent ? parent.depth + 1 : 0
  if (depth > limits.maxNestingDepth) throw NOT_PLAIN
  const defaultType = parent?.multipart === 'digest' ? 'message/rfc822' : 'text/plain'
  const part: Part = {
    parent,
    depth,
    children: [],
    closed: 0,
    state: 'header',
    header: [],
    body: [],
    defaultType,
    type: { value: defaultType, params: {} },
    multipart: false,
    disposition: { value: '', params: {} },
  }
  parent?.children.push(part)
  return part
}

interface Reader {
  root: Part
  current: Part
  boundaries: Array<{ value: string; part: Part }>
  headerChars: number
  limits: PlainLimits
}

/** postal-mime's processHeaders, for the fields read here. */
function readHeader(r: Reader, part: Part): void {
  const values = new Map<string, string>()
  const folded: string[][] = []
  for (const line of part.header) {
    if (folded.length && isWsp(line.charCodeAt(0))) folded[folded.length - 1]!.push(line)
    else folded.push([line])
  }
  for (const lines of folded) {
    const unfolded = lines.join('')
    const sep = unfolded.indexOf(':')
    const key = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep)).toLowerCase()
    if (CONTENT_FIELDS.has(key) && !values.has(key)) values.set(key, sep < 0 ? '' : trimWsp(unfolded.slice(sep + 1).replace(/[\r\n]+/g, ' ')))
  }
  part.type = structured(values.get('content-type') ?? part.defaultType)
  part.multipart = /^multipart\//i.test(part.type.value) ? part.type.value.slice(part.type.value.indexOf('/') + 1) : false
  if (part.multipart && part.type.params.boundary) r.boundaries.push({ value: part.type.params.boundary, part })
  part.disposition = structured(values.get('content-disposition') ?? '')
  // postal-mime strips comments first; a value without "(" has none. Its decoders are chosen by these words.
  const encoding = values.get('content-transfer-encoding') ?? '8bit'
  if (encoding.includes('(')) throw NOT_PLAIN
  const word = (/[\w-]+/.exec(encoding.toLowerCase()) ?? [''])[0]
  if (/base64|quoted-printable/i.test(word)) throw NOT_PLAIN
}

function close(r: Reader, part: Part): void {
  if (part.state === 'finished') return
  if (part.state === 'header') readHeader(r, part)
  for (let i = r.boundaries.length - 1; i >= 0; i--)
    if (r.boundaries[i]!.part === part) {
      r.boundaries.splice(i, 1)
      break
    }
  closeChildren(r, part)
  part.state = 'finished'
}

function closeChildren(r: Reader, part: Part): void {
  while (part.closed < part.children.length) close(r, part.children[part.closed++]!)
}

/** A boundary line of an open multipart (postal-mime's processLine): true when `line` was one. */
function boundaryLine(r: Reader, line: string): boolean {
  for (let i = r.boundaries.length - 1; i >= 0; i--) {
    const { value, part } = r.boundaries[i]!
    if (!line.startsWith(value, 2)) continue
    let end = value.length + 2
    const terminator = line.charCodeAt(end) === 45 && line.charCodeAt(end + 1) === 45
    if (terminator) end += 2
    let blank = true
    for (let j = end; j < line.length; j++)
      if (!isWsp(line.charCodeAt(j))) {
        blank = false
        break
      }
    if (!blank) continue
    if (terminator) {
      close(r, part)
      r.current = part.parent ?? r.root
    } else {
      closeChildren(r, part)
      r.current = newPart(part, r.limits)
    }
    return true
  }
  return false
}

function feed(r: Reader, line: string): void {
  const part = r.current
  if (part.state === 'header') {
    if (line.length === 0) {
      part.state = 'body'
      readHeader(r, part)
      return
    }
    // postal-mime bounds the header bytes of all parts together; a UTF-16 unit is at most 3 of them.
    r.headerChars += line.length
    if (r.headerChars * 3 > r.limits.maxHeadersSize) throw NOT_PLAIN
    part.header.push(line)
  } else if (part.state === 'body' && !part.multipart) part.body.push(line)
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false
  return true
}

/** A text part's text, as postal-mime's decoder for its charset gives it. */
function textOf(part: Part, content: string): string {
  if (/^flowed$/i.test(part.type.params.format ?? '')) throw NOT_PLAIN
  const charset = (part.type.params.charset || 'utf8').trim().toLowerCase()
  if (charset === 'utf8' || charset === 'utf-8') return content
  if (ASCII_CHARSETS.has(charset) && isAscii(content)) return content
  throw NOT_PLAIN
}

/** postal-mime's collectNode and renderTextContent, for plain text parts and attachments. */
function collect(part: Part, alternative: Part | undefined, texts: Map<Part, string[]>, out: MimeText): void {
  if (!part.multipart) {
    const type = part.type.value
    const content = part.body.length ? `${part.body.join('\n')}\n` : ''
    if (type === 'text/html' || type === 'text/calendar' || type === 'application/ics') throw NOT_PLAIN
    if (type === 'text/plain' && part.disposition.value !== 'attachment') {
      const key = alternative ?? part
      const list = texts.get(key)
      const text = textOf(part, content)
      if (list) list.push(text)
      else texts.set(key, [text])
    } else out.attachments.push({ mimeType: type, content })
  } else if (part.multipart === 'alternative') alternative = part
  for (const child of part.children) collect(child, alternative, texts, out)
}

/** The text and attachments postal-mime would give for `raw`, or undefined when it is not plain MIME as read here. */
export function readPlainMime(raw: string, limits: PlainLimits): MimeText | undefined {
  if (raw.length === 0 || raw.includes('\uFEFF') || !(raw as unknown as { isWellFormed(): boolean }).isWellFormed?.()) return undefined
  const root = newPart(undefined, limits)
  const r: Reader = { root, current: root, boundaries: [], headerChars: 0, limits }
  try {
    for (let start = 0; start < raw.length; ) {
      const lf = raw.indexOf('\n', start)
      const next = lf < 0 ? raw.length : lf + 1
      // A line ends before its LF and any CRs in front of it.
      let end = lf < 0 ? raw.length : lf
      while (end > start && raw.charCodeAt(end - 1) === 13) end--
      const line = raw.slice(start, end)
      start = next
      if (r.boundaries.length && line.length > 2 && line.charCodeAt(0) === 45 && line.charCodeAt(1) === 45 && boundaryLine(r, line)) continue
      feed(r, line)
    }
    close(r, root)
    const out: MimeText = { attachments: [] }
    const texts = new Map<Part, string[]>()
    collect(root, undefined, texts, out)
    const text = [...texts.values()].flat().join('\n')
    if (text) out.text = text
    return out
  } catch (err) {
    if (err === NOT_PLAIN) return undefined
    throw err
  }
}
