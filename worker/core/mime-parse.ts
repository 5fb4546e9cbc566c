// How postal-mime is called. It collects each MIME part's decoded lines as chunks and joins them through a Blob
// (`new Blob(chunks).arrayBuffer()`), which Node builds and reads back through a stream at several µs a chunk: in
// Node that was most of a bounce's parse time. Each part of one parser is given a finalize that joins the same chunks
// into one buffer directly; the MIME parsing, decoding and everything else stay postal-mime's own. This reaches into
// postal-mime 4.0's internals (its root and current part nodes, their decoders' chunks), so every piece is checked,
// and a part shaped otherwise is left to postal-mime's own code (slower, same answer); a test compares both.
import type PostalMime from 'postal-mime'
import type { Email, PostalMimeOptions } from 'postal-mime'

interface Decoder {
  chunks?: unknown
  finalize(): Promise<ArrayBuffer>
  flushBuffer?: () => void
  flushRemainder?: () => void
}

interface PartNode {
  setupContentDecoder?: (encoding: string) => void
  contentDecoder?: Decoder | null
}

const NEWLINE = new Uint8Array([10])
const encoder = new TextEncoder()

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

function finish(decoder: Decoder, own: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  // What postal-mime's decoders do before joining: quoted-printable flushes its buffer, base64 its last group.
  if (typeof decoder.flushBuffer === 'function') decoder.flushBuffer()
  else if (typeof decoder.flushRemainder === 'function') decoder.flushRemainder()
  const buffer = Array.isArray(decoder.chunks) ? joined(decoder.chunks) : undefined
  // Flushing again is a no-op, so postal-mime's own finalize still gives the same bytes.
  return buffer ? Promise.resolve(buffer) : own.call(decoder)
}

function hook(node: PartNode, hooked: WeakSet<object>): void {
  if (hooked.has(node)) return
  hooked.add(node)
  const setup = node.setupContentDecoder
  if (typeof setup !== 'function') return
  node.setupContentDecoder = function (this: PartNode, encoding: string) {
    setup.call(this, encoding)
    const decoder = this.contentDecoder
    if (decoder && typeof decoder.finalize === 'function') {
      const own = decoder.finalize
      decoder.finalize = () => finish(decoder, own)
    }
  }
}

interface Internals {
  root?: PartNode
  currentNode?: PartNode
  processLine?: (line: Uint8Array, isFinal: boolean) => Promise<void>
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
      constructor(options?: PostalMimeOptions) {
        super(options)
        const root = (this as Internals).root
        if (root) hook(root, this.hooked)
      }
    }
    const prototype = Direct.prototype as unknown as Internals
    prototype.processLine = function (this: Internals & { hooked: WeakSet<object> }, line: Uint8Array, isFinal: boolean) {
      const node = this.currentNode
      if (node) hook(node, this.hooked)
      return own.call(this, line, isFinal)
    }
  }
  subclasses.set(Parser, Direct)
  return Direct
}

/** postal-mime's parse of `raw`, with each part's chunks joined without a Blob. */
export async function parseMime(Parser: typeof PostalMime, raw: string, options: PostalMimeOptions): Promise<Email> {
  const Direct = direct(Parser)
  return new Direct(options).parse(raw)
}
