// The transfer encodings of RFC 2045 §6.7 (quoted-printable) and §6.8 (base64), decoded from a part's body as
// postal-mime 4's decoders do it, byte for byte (their handling of broken input included): ./mime-plain.ts reads
// Exchange's and Gmail's bounces, which encode their parts, without postal-mime. Core does not import postal-mime
// (./mime-parser.ts), so these are its algorithms restated, not its code imported.

const encoder = new TextEncoder()

function hexNibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30
  const l = c | 0x20
  return l >= 0x61 && l <= 0x66 ? l - 0x61 + 10 : -1
}

/**
 * A quoted-printable body (its lines joined with LF, CRs before each LF allowed): "=" and two hex digits is a byte,
 * anything else is itself, and a line ending in "=" continues on the next (a soft line break); others end in LF.
 */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const bytes = encoder.encode(body)
  const out = new Uint8Array(bytes.length + 1)
  let n = 0
  for (let start = 0; start <= bytes.length; ) {
    let lf = bytes.indexOf(10, start)
    if (lf < 0) lf = bytes.length
    let end = lf
    while (end > start && bytes[end - 1] === 13) end--
    const soft = end > start && bytes[end - 1] === 0x3d
    if (soft) end--
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      if (b === 0x3d && i + 2 < end) {
        const high = hexNibble(bytes[i + 1]!)
        const low = hexNibble(bytes[i + 2]!)
        if (high >= 0 && low >= 0) {
          out[n++] = (high << 4) | low
          i += 2
          continue
        }
      }
      out[n++] = b
    }
    if (!soft) out[n++] = 10
    start = lf + 1
  }
  return out.subarray(0, n)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Uint8Array(256)
for (let i = 0; i < BASE64.length; i++) LOOKUP[BASE64.charCodeAt(i)] = i

/** One run of base64 characters without "=": a last group of one character is dropped (it encodes no byte). */
function decodeRun(run: string, out: Uint8Array, at: number): number {
  let len = run.length
  if (len % 4 === 1) len--
  const remainder = len % 4
  const size = Math.floor(len / 4) * 3 + (remainder ? remainder - 1 : 0)
  const end = at + size
  for (let i = 0; i < len; i += 4) {
    const a = LOOKUP[run.charCodeAt(i)]!
    const b = LOOKUP[run.charCodeAt(i + 1)]!
    const c = LOOKUP[run.charCodeAt(i + 2)]!
    const d = LOOKUP[run.charCodeAt(i + 3)]!
    out[at++] = (a << 2) | (b >> 4)
    if (at < end) out[at++] = ((b & 15) << 4) | (c >> 2)
    if (at < end) out[at++] = ((c & 3) << 6) | (d & 63)
  }
  return end
}

/**
 * A base64 body: characters outside the alphabet are dropped, and each run between "=" signs is decoded on its own
 * (postal-mime flushes at every padding, so data after a "=" starts a new group).
 */
export function decodeBase64Body(body: string): Uint8Array {
  const runs = body.replace(/[^a-zA-Z0-9+/=]+/g, '').split(/=+/)
  let chars = 0
  for (const r of runs) chars += r.length
  const out = new Uint8Array(Math.ceil(chars / 4) * 3)
  let n = 0
  for (const r of runs) n = decodeRun(r, out, n)
  return out.subarray(0, n)
}
