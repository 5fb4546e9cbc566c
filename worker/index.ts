// The app: cross-cutting middleware, then two route groups (API, human pages). Static files (the widget, /demo,
// the stylesheet, /openapi.json) never get here: Workers Static Assets serve them from assets/ (wrangler.toml).
import { Hono, type Context } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'
import { conditionalGet } from './middleware/http-cache.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { language } from './middleware/language.ts'
import { languagePacks } from './middleware/language-packs.ts'
import { problem } from './http/problem.ts'
import { API_PREFIX, api } from './routes/api.ts'
import { allowedMethodsOf } from './http/allow.ts'
import { notFoundPage, pages } from './routes/pages/index.ts'
import { NO_STORE } from './http/cache-policy.ts'
import { useLazyModules } from './lazy-modules.ts'

// Hono's default router first tries to compile every route into one RegExp; our routes' custom patterns make that
// fail on the first request of every isolate (after several ms of work) and it falls back to this router anyway.
const app = new Hono({ router: new TrieRouter() })

// Core loads the diagnosis rule set and postal-mime from the upload's own modules, on first use.
useLazyModules()

app.use('*', securityHeaders())
app.use('*', conditionalGet())
app.use('*', language())
app.use('*', languagePacks())
app.get('/healthz', (c) => c.text('ok', 200, { 'Cache-Control': NO_STORE }))
app.route('/', api)
app.route('/', pages)

const allowedMethods = allowedMethodsOf(app, API_PREFIX)
const isApiPath = (path: string) => path === '/v1' || path.startsWith(API_PREFIX) || path === '/openapi.json'
/** Every method some path serves; any other (TRACE, PROPFIND, a made-up token) is served nowhere: 501, RFC 9110 §15.6.2. */
const SERVED_METHODS = new Set(['GET', 'HEAD', 'POST', 'OPTIONS'])

app.notFound((c: Context) => {
  const allow = allowedMethods(c.req.path)
  if (allow && !allow.includes(c.req.method))
    return problem(c, 'method-not-allowed', 405, `${c.req.method} is not allowed here; use ${allow.join(', ')}.`, {}, { Allow: allow.join(', ') })
  if (!SERVED_METHODS.has(c.req.method))
    return problem(
      c,
      'method-not-implemented',
      501,
      `${c.req.method} is not a method this service implements anywhere; it serves GET, HEAD, POST and OPTIONS.`,
    )
  if (isApiPath(c.req.path)) return problem(c, 'not-found', 404, 'No such API endpoint. The endpoints are listed in /openapi.json.')
  return notFoundPage(c)
})

// No input should get here; if something does, the client still gets a problem, never a stack trace.
app.onError((err, c) => {
  console.error(err)
  if ('getResponse' in err && typeof err.getResponse === 'function') return err.getResponse() as Response
  return problem(c, 'internal-error', 500, 'Something went wrong on our side. Please try again later.')
})

/**
 * workerd hands an HTTP CONNECT (a tunnel request) to a `connect` handler instead of `fetch`, and answers 500 when
 * there is none. With one, workerd itself has already answered 200 before the handler runs (measured under plain
 * workerd 2026-11-02), so no status of ours can reach the client: close the socket at once, so the tunnel carries
 * nothing. Under `wrangler dev` its proxy answers CONNECT with 500 before the request reaches workerd.
 */
async function connect(socket: Socket): Promise<void> {
  await socket.close()
}

export default { fetch: app.fetch, connect } satisfies ExportedHandler
