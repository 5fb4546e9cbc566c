// Most bounces are plain MIME: a multipart/report of text/plain and message/delivery-status parts, in UTF-8 or
// ASCII, 7bit or 8bit (Exchange and Gmail: quoted-printable or base64, with an HTML alternative). For those, this
// reads what bounce-parser.ts reads of postal-mime's answer (the text, and each attachment's type and content as
// text) straight from the string, synchronously: postal-mime encodes the message to bytes, walks it line by line
// through an awaited call per line, and decodes every header line and part back to text, which was over a third of a
// bounce's whole time. Its rules are kept exactly (header folding, the first Content-* field winning, boundary lines
// from the innermost out with trailing blanks, a part closed with its parent, alternative parts grouped, its
// transfer decoders: ./mime-transfer.ts) and anything they do not cover gives undefined, so that postal-mime reads
// it: HTML without a text alternative, format=flowed, a charset that could change the text, a field
// plainStructuredHeader leaves to postal-mime, a byte-order mark or a lone surrogate, or a limit that postal-mime
// would refuse with its own error. test/core/mime-plain.test.ts compares both on real bounces and random MIME.
import { plainStructuredHeader, type StructuredHeader } from './mime-structured.ts'
import { decodeBase64Body, decodeQuotedPrintable } from './mime-transfer.ts'

/** What bounce-parser.ts reads of a parsed message (postal-mime's Email has these fields too). */
export interface MimeText {
  text?: string
  /** postal-mime's HTML, which bounce-parser.ts reads only when there is no text: readPlainMime leaves it out. */
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
  /** The body's lines are one run of the message: where it starts, and where its last line ends (-1: no line). */
  bodyStart: number
  bodyEnd: number
  /** A digest's parts default to message/rfc822 (RFC 2046 §5.1.5). */
  defaultType: string
  type: StructuredHeader
  multipart: string | false
  disposition: StructuredHeader
  encoding: 'none' | 'quoted-printable' | 'base64'
}

/** Thrown inside the reader for anything left to postal-mime; never escapes readPlainMime. */
const NOT_PLAIN = Symbol('not plain')

/** Charsets whose decoders read ASCII bytes as ASCII: text in them that is all ASCII reads the same in UTF-8. */
const ASCII_CHARSETS = new Set(['us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'iso-8859-15', 'windows-1252'])

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
    bodyStart: -1,
    bodyEnd: -1,
    defaultType,
    type: { value: defaultType, params: {} },
    multipart: false,
    disposition: { value: '', params: {} },
    encoding: 'none',
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

/** postal-mime's processHeaders, for the fields read here: the first of each, unfolded (RFC 5322 §2.2.3). */
function readHeader(r: Reader, part: Part): void {
  let type: string | undefined
  let encoding: string | undefined
  let disposition: string | undefined
  const lines = part.header
  for (let i = 0; i < lines.length; i++) {
    let unfolded = lines[i]!
    while (i + 1 < lines.length && isWsp(lines[i + 1]!.charCodeAt(0))) unfolded += lines[++i]!
    const sep = unfolded.indexOf(':')
    const key = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep)).toLowerCase()
    if (key !== 'content-type' && key !== 'content-transfer-encoding' && key !== 'content-disposition') continue
    let value = sep < 0 ? '' : unfolded.slice(sep + 1)
    value = trimWsp(value.includes('\r') ? value.replace(/[\r\n]+/g, ' ') : value)
    if (key === 'content-type') type ??= value
    else if (key === 'content-transfer-encoding') encoding ??= value
    else disposition ??= value
  }
  part.type = structured(type ?? part.defaultType)
  part.multipart = /^multipart\//i.test(part.type.value) ? part.type.value.slice(part.type.value.indexOf('/') + 1) : false
  if (part.multipart && part.type.params.boundary) r.boundaries.push({ value: part.type.params.boundary, part })
  part.disposition = structured(disposition ?? '')
  // postal-mime strips comments first; a value without "(" has none. Its decoders are chosen by these words.
  encoding ??= '8bit'
  if (encoding.includes('(')) throw NOT_PLAIN
  const word = (/[\w-]+/.exec(encoding.toLowerCase()) ?? [''])[0]
  part.encoding = /base64/i.test(word) ? 'base64' : /quoted-printable/i.test(word) ? 'quoted-printable' : 'none'
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

/** The line raw[start, end) reaching the current part. */
function feed(r: Reader, raw: string, start: number, end: number): void {
  const part = r.current
  if (part.state === 'header') {
    if (end === start) {
      part.state = 'body'
      readHeader(r, part)
      return
    }
    // postal-mime bounds the header bytes of all parts together; a UTF-16 unit is at most 3 of them.
    r.headerChars += end - start
    if (r.headerChars * 3 > r.limits.maxHeadersSize) throw NOT_PLAIN
    part.header.push(raw.slice(start, end))
  } else if (part.state === 'body' && !part.multipart) {
    // A part's lines come one after another: only a boundary line moves on to another part, never back.
    if (part.bodyStart < 0) part.bodyStart = start
    part.bodyEnd = end
  }
}

const utf8 = new TextDecoder()
const decoders = new Map<string, InstanceType<typeof TextDecoder>>([
  ['utf8', utf8],
  ['utf-8', utf8],
])

/**
 * A part's content as postal-mime's decoders give it: as is, each line followed by "\n" (the CRs before its LF
 * dropped), or its transfer encoding's bytes.
 */
function contentOf(raw: string, part: Part): string | Uint8Array {
  if (part.bodyStart < 0) return part.encoding === 'none' ? '' : new Uint8Array(0)
  const run = raw.slice(part.bodyStart, part.bodyEnd)
  if (part.encoding === 'quoted-printable') return decodeQuotedPrintable(run)
  if (part.encoding === 'base64') return decodeBase64Body(run)
  return `${run.includes('\r') ? run.replace(/\r+\n/g, '\n') : run}\n`
}

function isAscii(s: string | Uint8Array): boolean {
  if (typeof s !== 'string') return s.every((b) => b < 128)
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false
  return true
}

/**
 * A text part's text, as postal-mime's decoder for its charset gives it: UTF-8 (a string read from a well-formed
 * string is itself), or ASCII in a charset whose decoder reads ASCII as ASCII.
 */
function textOf(part: Part, content: string | Uint8Array): string {
  if (/^flowed$/i.test(part.type.params.format ?? '')) throw NOT_PLAIN
  const charset = (part.type.params.charset || 'utf8').trim().toLowerCase()
  if (!decoders.has(charset) && !(ASCII_CHARSETS.has(charset) && isAscii(content))) throw NOT_PLAIN
  return typeof content === 'string' ? content : utf8.decode(content)
}

/** The text parts under one key of postal-mime's text map (a part, or the alternative it is one of). */
interface TextEntry {
  plain: string[]
  html: boolean
}

/** postal-mime's collectNode, for text parts and attachments. */
function collect(raw: string, part: Part, alternative: Part | undefined, texts: Map<Part, TextEntry>, out: MimeText): void {
  if (!part.multipart) {
    const type = part.type.value
    if (type === 'text/calendar' || type === 'application/ics') throw NOT_PLAIN
    if ((type === 'text/plain' || type === 'text/html') && part.disposition.value !== 'attachment') {
      const key = alternative ?? part
      let entry = texts.get(key)
      if (!entry) texts.set(key, (entry = { plain: [], html: false }))
      // The HTML is not decoded: its text is not read when the part it is an alternative to has text of its own.
      if (type === 'text/html') entry.html = true
      else entry.plain.push(textOf(part, contentOf(raw, part)))
    } else {
      const content = contentOf(raw, part)
      out.attachments.push({ mimeType: type, content: typeof content === 'string' ? content : utf8.decode(content) })
    }
  } else if (part.multipart === 'alternative') alternative = part
  for (const child of part.children) collect(raw, child, alternative, texts, out)
}

/**
 * postal-mime's renderTextContent for the plain text: each entry's text parts, joined with "\n". An entry with HTML
 * alone would be converted to text, and HTML without any text is read by bounce-parser.ts: both left to postal-mime.
 */
function plainText(texts: Map<Part, TextEntry>): string {
  const parts: string[] = []
  let html = false
  for (const entry of texts.values()) {
    if (entry.plain.length === 0) throw NOT_PLAIN
    html ||= entry.html
    for (const t of entry.plain) parts.push(t)
  }
  const text = parts.join('\n')
  if (html && !text) throw NOT_PLAIN
  return text
}

/** The text and attachments postal-mime would give for `raw`, or undefined when it is not plain MIME as read here. */
export function readPlainMime(raw: string, limits: PlainLimits): MimeText | undefined {
  if (raw.length === 0 || raw.includes('\uFEFF') || !(raw as unknown as { isWellFormed(): boolean }).isWellFormed?.()) return undefined
  const root = newPart(undefined, limits)
  const r: Reader = { root, current: root, boundaries: [], headerChars: 0, limits }
  try {
    const crs = raw.includes('\r')
    for (let start = 0; start < raw.length; ) {
      const lf = raw.indexOf('\n', start)
      const next = lf < 0 ? raw.length : lf + 1
      // A line ends before its LF and any CRs in front of it.
      let end = lf < 0 ? raw.length : lf
      if (crs) while (end > start && raw.charCodeAt(end - 1) === 13) end--
      const dashes = end - start > 2 && raw.charCodeAt(start) === 45 && raw.charCodeAt(start + 1) === 45
      if (!(dashes && r.boundaries.length && boundaryLine(r, raw.slice(start, end)))) feed(r, raw, start, end)
      start = next
    }
    close(r, root)
    const out: MimeText = { attachments: [] }
    const texts = new Map<Part, TextEntry>()
    collect(raw, root, undefined, texts, out)
    const text = plainText(texts)
    if (text) out.text = text
    return out
  } catch (err) {
    if (err === NOT_PLAIN) return undefined
    throw err
  }
}
