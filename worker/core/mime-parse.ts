// How postal-mime is called. It collects each MIME part's decoded lines as chunks and joins them through a Blob
// (`new Blob(chunks).arrayBuffer()`), which Node builds and reads back through a stream at several µs a chunk: in
// Node that was most of a bounce's parse time. Each part of one parser is given a finalize that joins the same chunks
// into one buffer directly; the MIME parsing, decoding and everything else stay postal-mime's own. This reaches into
// postal-mime 4.0's internals (its root and current part nodes, their decoders' chunks), so every piece is checked,
// and a part shaped otherwise is left to postal-mime's own code (slower, same answer); a test compares both.
import type PostalMime from 'postal-mime'
import type { Email, PostalMimeOptions } from 'postal-mime'
import { plainStructuredHeader, type StructuredHeader } from './mime-structured.ts'

interface Decoder {
  chunks?: unknown
  finalize(): Promise<ArrayBuffer>
  flushBuffer?: () => void
  flushRemainder?: () => void
}

interface PartNode {
  contentType?: { multipart?: unknown }
  setupContentDecoder?: (encoding: string) => void
  contentDecoder?: Decoder | null
  parseStructuredHeader?: (str: string) => StructuredHeader
}

type ReadStructured = (this: PartNode, str: string) => StructuredHeader
const structuredReaders = new WeakMap<ReadStructured, ReadStructured>()

/** The node's structured-field reader with plain fields read by plainStructuredHeader (same answer, no garbage). */
function plainFirst(own: ReadStructured): ReadStructured {
  let reader = structuredReaders.get(own)
  if (!reader) {
    reader = function (this: PartNode, str: string) {
      return (typeof str === 'string' ? plainStructuredHeader(str) : undefined) ?? own.call(this, str)
    }
    structuredReaders.set(own, reader)
  }
  return reader
}

const NEWLINE = new Uint8Array([10])
const encoder = new TextEncoder()

/**
 * A pass-through part's chunks are views of the message's own bytes, each line followed by "\n": when each view is
 * followed by that very "\n" in the message and the next view starts right after it (LF line ends, nothing dropped
 * between), the joined bytes are one run of the message. With `view`, that run is given as a view of the message's
 * bytes rather than copied into a buffer of its own (allocating buffers is most of what joining costs).
 */
function contiguous(chunks: readonly unknown[], view: boolean): ArrayBuffer | undefined {
  const n = chunks.length
  if (n === 0 || n % 2 !== 0) return undefined
  const first = chunks[0]
  if (!(first instanceof Uint8Array)) return undefined
  const buffer = first.buffer
  if (!(buffer instanceof ArrayBuffer)) return undefined
  const bytes = new Uint8Array(buffer)
  let end = first.byteOffset
  for (let i = 0; i < n; i += 2) {
    const c = chunks[i]
    if (!(c instanceof Uint8Array) || c.buffer !== buffer || c.byteOffset !== end || chunks[i + 1] !== '\n') return undefined
    end = c.byteOffset + c.byteLength
    if (bytes[end] !== 10) return undefined
    end++
  }
  return view ? (new Uint8Array(buffer, first.byteOffset, end - first.byteOffset) as unknown as ArrayBuffer) : buffer.slice(first.byteOffset, end)
}

/** The chunks as one buffer, as the Blob would give it; undefined for a chunk of a type the Blob path handles otherwise. */
function joined(chunks: readonly unknown[]): ArrayBuffer | undefined {
  const bytes: Uint8Array[] = new Array(chunks.length)
  let size = 0
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]
    const b =
      c instanceof Uint8Array
        ? c
        : c instanceof ArrayBuffer
          ? new Uint8Array(c)
          : c === '\n'
            ? NEWLINE
            : typeof c === 'string'
              ? encoder.encode(c)
              : undefined
    if (!b) return undefined
    bytes[i] = b
    size += b.byteLength
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const b of bytes) {
    out.set(b, at)
    at += b.byteLength
  }
  return out.buffer
}

function finish(decoder: Decoder, own: () => Promise<ArrayBuffer>, view: boolean): Promise<ArrayBuffer> {
  // What postal-mime's decoders do before joining: quoted-printable flushes its buffer, base64 its last group.
  if (typeof decoder.flushBuffer === 'function') decoder.flushBuffer()
  else if (typeof decoder.flushRemainder === 'function') decoder.flushRemainder()
  const buffer = Array.isArray(decoder.chunks) ? (contiguous(decoder.chunks, view) ?? joined(decoder.chunks)) : undefined
  // Flushing again is a no-op, so postal-mime's own finalize still gives the same bytes.
  return buffer ? Promise.resolve(buffer) : own.call(decoder)
}

/** What a multipart node's decoder collects (its preamble and epilogue) is never read: it is not joined. */
const UNREAD = new ArrayBuffer(0)

function hook(node: PartNode, hooks: Hooks): void {
  const { hooked, views } = hooks
  if (hooked.has(node)) return
  hooked.add(node)
  const structured = node.parseStructuredHeader
  if (typeof structured === 'function') node.parseStructuredHeader = plainFirst(structured)
  const setup = node.setupContentDecoder
  if (typeof setup !== 'function') return
  node.setupContentDecoder = function (this: PartNode, encoding: string) {
    setup.call(this, encoding)
    const decoder = this.contentDecoder
    if (decoder && typeof decoder.finalize === 'function') {
      const own = decoder.finalize
      // postal-mime reads a node's content only when it is not a multipart (collectNode), and its contentType is
      // known by now (processHeaders sets it up before the decoder).
      decoder.finalize = this.contentType?.multipart ? () => Promise.resolve(UNREAD) : () => finish(decoder, own, views)
    }
  }
}

interface Internals {
  root?: PartNode
  currentNode?: PartNode
  processLine?: (line: Uint8Array, isFinal: boolean) => Promise<void>
  readLine?: () => { bytes: Uint8Array; done: boolean }
  buf?: unknown
  av?: unknown
  readPos?: unknown
}

interface Hooks {
  hooked: WeakSet<object>
  /** The node hooked last: the current node changes only at boundaries, so most lines skip the set. */
  last?: PartNode
  /**
   * Whether a part's content may be a view of the message's bytes instead of an ArrayBuffer of its own. postal-mime
   * reads content through TextDecoder (text parts, and attachments with the utf8 encoding) and base64ArrayBuffer
   * (the base64 encoding), which take either; only the arraybuffer encoding hands the content itself to the caller.
   */
  views: boolean
}

/**
 * postal-mime's readLine, which walks the message byte by byte in JavaScript to find each line's end: the same line
 * (its bytes up to the LF, without the CRs and LFs that end it), found with indexOf. Left to postal-mime when its
 * fields are not what this expects.
 */
function readLine(this: Internals, own: NonNullable<Internals['readLine']>): { bytes: Uint8Array; done: boolean } {
  const { av, buf, readPos } = this
  if (!(av instanceof Uint8Array) || !(buf instanceof ArrayBuffer) || av.buffer !== buf || av.byteOffset !== 0 || typeof readPos !== 'number')
    return own.call(this)
  const length = av.length
  const lf = av.indexOf(10, readPos)
  const next = lf < 0 ? length : lf + 1
  let end = lf < 0 ? length : lf
  while (end > readPos && (av[end - 1] === 13 || av[end - 1] === 10)) end--
  this.readPos = next
  return { bytes: new Uint8Array(buf, readPos, end - readPos), done: next >= length }
}

const subclasses = new WeakMap<typeof PostalMime, typeof PostalMime>()

/**
 * A subclass whose part nodes finalize without a Blob. Each part node becomes the parser's current node before a
 * line reaches it (a boundary line creates it, the next lines feed its headers), so it is hooked there, once per line
 * rather than per byte, and before its headers set up its decoder.
 */
function direct(Parser: typeof PostalMime): typeof PostalMime {
  let Direct = subclasses.get(Parser)
  if (Direct) return Direct
  const own = (Parser.prototype as Internals).processLine
  if (typeof own !== 'function') Direct = Parser
  else {
    Direct = class extends Parser {
      hooked = new WeakSet<object>()
      last?: PartNode
      views: boolean
      constructor(options?: PostalMimeOptions) {
        super(options)
        const encoding = (this as { attachmentEncoding?: unknown }).attachmentEncoding
        this.views = encoding === 'utf8' || encoding === 'base64'
        const root = (this as Internals).root
        if (root) hook(root, this)
        this.last = root
      }
    }
    const prototype = Direct.prototype as unknown as Internals
    prototype.processLine = function (this: Internals & Hooks, line: Uint8Array, isFinal: boolean) {
      const node = this.currentNode
      if (node && node !== this.last) {
        hook(node, this)
        this.last = node
      }
      return own.call(this, line, isFinal)
    }
    const ownReadLine = (Parser.prototype as Internals).readLine
    if (typeof ownReadLine === 'function')
      prototype.readLine = function (this: Internals) {
        return readLine.call(this, ownReadLine)
      }
  }
  subclasses.set(Parser, Direct)
  return Direct
}

/** postal-mime's parse of `raw`, with each part's chunks joined without a Blob. */
export async function parseMime(Parser: typeof PostalMime, raw: string, options: PostalMimeOptions): Promise<Email> {
  const Direct = direct(Parser)
  // postal-mime encodes a string, then copies the bytes out of the encoder's view; an ArrayBuffer of those bytes is
  // taken as is.
  const bytes = encoder.encode(raw)
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return new Direct(options).parse(whole ? (bytes.buffer as ArrayBuffer) : raw)
}
