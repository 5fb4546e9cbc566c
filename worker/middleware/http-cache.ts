// Edge caching for successful GETs: browsers keep answers five minutes, the edge a day, and may serve a stale
// copy for a week while revalidating. The catalog changes only with a deploy, which is when caches are purged.
import type { MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'

export const CACHE_CONTROL = 'public, max-age=300, s-maxage=86400, stale-while-revalidate=604800'

export const edgeCache = (): MiddlewareHandler => {
  const tagger = etag()
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
    await tagger(c, async () => {
      await next()
      if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', CACHE_CONTROL)
    })
  }
}
