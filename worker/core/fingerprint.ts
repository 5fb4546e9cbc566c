// FNV-1a over two 32-bit lanes plus the length: a stable fingerprint of text we produced ourselves (translation
// locks: scripts/lock-translations.ts), and of bytes (ETags, the stylesheet's cache-busting URL). Fast, and wide
// enough that two different bodies of one URL never share a tag in practice; not for security.
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 0x01000193)
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995)
  }
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}${text.length.toString(16)}`
}

/**
 * The same kind of fingerprint over bytes (UTF-8 text as sent), read four at a time: a quarter of the loop's steps,
 * which is what counts in a cold isolate, where this loop runs interpreted on the first answer. Words are read in the
 * platform's byte order (little-endian wherever this runs).
 */
export function fingerprintBytes(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  const aligned = bytes.byteOffset % 4 === 0
  const n = aligned ? bytes.length >> 2 : 0
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, n)
  for (let i = 0; i < n; i++) {
    const w = words[i]!
    h1 = Math.imul(h1 ^ w, 0x01000193)
    h2 = Math.imul(h2 ^ w, 0x5bd1e995)
  }
  for (let i = n << 2; i < bytes.length; i++) {
    const b = bytes[i]!
    h1 = Math.imul(h1 ^ b, 0x01000193)
    h2 = Math.imul(h2 ^ b, 0x5bd1e995)
  }
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}${bytes.length.toString(16)}`
}
