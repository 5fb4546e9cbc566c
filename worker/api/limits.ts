// Limits the API enforces and documents: one place, read by the routes and by the OpenAPI document.
export const EXPLAIN_MAX_BYTES = 64 * 1024
/** A whole bounce message or a log excerpt posted to /v1/explain; one reply keeps EXPLAIN_MAX_BYTES. */
export const PASTE_MAX_BYTES = 256 * 1024
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
