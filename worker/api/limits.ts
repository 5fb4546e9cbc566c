// Limits the API enforces and documents: one place, read by the routes and by the OpenAPI document.
export const EXPLAIN_MAX_BYTES = 64 * 1024
/** A whole bounce message or a log excerpt posted to /v1/explain; one reply keeps EXPLAIN_MAX_BYTES. */
export const PASTE_MAX_BYTES = 256 * 1024
/**
 * What the /explain form's body may hold beyond the paste itself: the multipart boundary and part headers, the
 * redaction box, and the CR a browser puts before each LF of a textarea's value when it sends the form (HTML's
 * form submission): a 256 KiB paste in lines of 8 bytes or more fits. The limit itself applies to the pasted text.
 */
export const FORM_FRAMING_MAX_BYTES = 32 * 1024
export const BATCH_MAX = 50
export const MATRIX_MIN = 2
export const MATRIX_MAX = 6
/**
 * A GET /v1/explain reply up to this many characters is a lookup of one reply line (RFC 5321 §4.5.3.1.5 caps a
 * reply line at 512 octets): cacheable and not throttled, like a code lookup. Anything longer is pasted text.
 */
export const SHORT_REPLY_MAX = 512
/** The pasted-text throttle per client address: wrangler.toml's [[ratelimits]] EXPLAIN_LIMITER (a test compares them). */
export const EXPLAIN_RATE = { limit: 60, period: 60 } as const

/**
 * A paste's size as PASTE_MAX_BYTES counts it: the UTF-8 bytes of the text as the textarea holds it, so a CRLF
 * that the browser's form submission made of a line feed counts as the one byte it was.
 */
export function pasteBytes(text: string): number {
  let crlf = 0
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) crlf++
  return new TextEncoder().encode(text).length - crlf
}
