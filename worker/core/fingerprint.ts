// FNV-1a over two 32-bit lanes plus the length: a stable fingerprint of text we produced ourselves, for ETags and
// cache-busting URLs. Fast, and wide enough that two different bodies of one URL never share a tag in practice;
// not for security.
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
