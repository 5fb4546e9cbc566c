// HTTP caching for the whole app. Routes that can be cached set their own strong ETag (a fingerprint of bytes they
// already keep), so validators cost nothing per request; this module answers conditional requests for all of them
// in one way.
import type { MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'

// hono/etag does the matching: lists, weak tags, `*`, and a 304 that keeps the headers a 200 would have sent
// (RFC 9110 §15.4.5). Also kept: Content-Language, because pages vary by language, and the CORS headers, because a
// cross-origin script that revalidates must be allowed to read the 304.
const conditional = etag({
  retainedHeaders: [
    'cache-control',
    'content-location',
    'date',
    'etag',
    'expires',
    'vary',
    'content-language',
    'access-control-allow-origin',
    'access-control-expose-headers',
  ],
})

/**
 * 304 Not Modified for a GET or HEAD whose If-None-Match names the response's ETag. Requests without the header,
 * the usual case, skip it entirely.
 */
export const conditionalGet = (): MiddlewareHandler => async (c, next) => {
  if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || !c.req.header('If-None-Match')) return next()
  await conditional(c, next)
}
