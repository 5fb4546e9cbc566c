// Every Cache-Control policy the Worker sends, by name. The catalog changes only with a deploy (which purges the
// edge), so successful answers are cached long at the edge and briefly in browsers.

/** API answers: browsers five minutes, the edge a day, a stale copy for a week while revalidating. */
export const API_CACHE = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800'
/** HTML pages: browsers five minutes, the edge a day. */
export const PAGE_CACHE = 'public, max-age=300, s-maxage=86400'
/** Deterministic client errors on GET (malformed or unknown code): a minute, so a fixed typo is seen soon. */
export const CLIENT_ERROR_CACHE = 'public, max-age=60, s-maxage=300'
/** Anything that depends on a request body, on load, or on the process (health checks, 413, 429, 500). */
export const NO_STORE = 'no-store'
/** Content-hashed files: the name changes whenever the bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Files with a stable name (/widget.js, /demo): short, so a deploy reaches readers within minutes. */
export const SHORT_ASSET_CACHE = 'public, max-age=300'
/** The sitemap: crawlers may keep it an hour, the edge a day. */
export const SITEMAP_CACHE = 'public, max-age=3600, s-maxage=86400'
/** robots.txt: a day. */
export const ROBOTS_CACHE = 'public, max-age=86400'
