// Rendered answers as the bytes that go on the wire, with their strong ETag, kept by request identity so a repeated
// lookup or page costs a map read instead of a serialisation and a hash.
import { BoundedCache } from '../core/bounded-cache.ts'
import { fingerprintBytes } from '../core/fingerprint.ts'

/** A body ready to send, as the UTF-8 bytes that go on the wire (encoded once, not per request), and its validator. */
export interface Rendered {
  body: Uint8Array<ArrayBuffer>
  etag: string
}

const utf8 = new TextEncoder()

/** Text as the bytes to send and a strong ETag: the same text always gets the same tag, different text another. */
export function toRendered(text: string): Rendered {
  const body = utf8.encode(text) as Uint8Array<ArrayBuffer>
  return { body, etag: `"${fingerprintBytes(body)}"` }
}

/**
 * Rendered bodies by request identity. The catalog is immutable, so the same lookup always renders the same bytes:
 * serialising them and hashing the ETag once, instead of per request, is most of what a hot lookup costs. Keys come
 * only from requests that already resolved to catalog codes. Bounded to 4096 answers and 16 MB, so
 * clients choosing keys cannot push the isolate towards its memory limit.
 */
const rendered = new BoundedCache<Rendered>(4096, 16_000_000, (r) => r.body.byteLength)

/** The body `make` renders, with its ETag; with a `key` (everything the bytes depend on), rendered once and reused. */
export function render(key: string | undefined, make: () => string): Rendered {
  let hit = key === undefined ? undefined : rendered.get(key)
  if (!hit) {
    hit = toRendered(make())
    if (key !== undefined) rendered.set(key, hit)
  }
  return hit
}
