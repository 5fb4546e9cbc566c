// The methods each known path accepts, read from the app's own routing table, so that a route added anywhere
// answers a wrong method with 405 and the right Allow (RFC 9110 §15.5.6) without a second list to keep in step.
import type { Hono } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'

/** The order Allow lists them in. */
const ORDER = ['GET', 'HEAD', 'POST', 'OPTIONS']

/**
 * A lookup from path to allowed methods for `app`, built on first use (after every route is registered). Hono
 * answers HEAD from GET handlers; OPTIONS is added under `preflightPrefix`, where the CORS middleware answers it.
 */
export function allowedMethodsOf(app: Hono, preflightPrefix: string): (path: string) => string[] | undefined {
  let router: TrieRouter<string> | undefined
  const build = () => {
    const r = new TrieRouter<string>()
    // Middleware is registered for ALL methods; only routes with a method are endpoints.
    for (const { method, path } of app.routes) if (method !== 'ALL') r.add('ALL', path, method)
    return r
  }
  return (path) => {
    router ??= build()
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method))
    if (methods.size === 0) return undefined
    if (methods.has('GET')) methods.add('HEAD')
    if (path.startsWith(preflightPrefix)) methods.add('OPTIONS')
    return ORDER.filter((m) => methods.has(m))
  }
}
