// Serves the widget bundle (/widget.js, short cache + ETag; /widget.<hash>.js and its label chunks, immutable),
// the custom-elements manifest, and /demo, a third-party-style page embedding the widget (its script and style
// are separate files because the site's CSP forbids inline ones).
import { Hono, type Context } from 'hono'
import { WIDGET_CHUNKS, WIDGET_CODE, WIDGET_HASH } from '../generated/widget-bundle.ts'
import { DEMO_CSS, DEMO_HTML, DEMO_JS } from '../generated/demo-assets.ts'
import { IMMUTABLE, SHORT_ASSET_CACHE } from '../http/cache-policy.ts'

export const widgetRoutes = new Hono()

const JS = 'text/javascript; charset=utf-8'
const etag = `"${WIDGET_HASH}"`

function serveAsset(c: Context, body: string, type: string, cacheControl: string, tag: string) {
  return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': cacheControl, ETag: tag, 'Access-Control-Allow-Origin': '*' })
}

widgetRoutes.get('/widget.js', (c) => serveAsset(c, WIDGET_CODE, JS, SHORT_ASSET_CACHE, etag))
widgetRoutes.get('/:file{widget\\.[0-9a-f]+\\.js}', (c) => {
  // Only the current hash exists; an old one is gone, and guessing it must not get a cached-forever wrong file.
  if (c.req.param('file') !== `widget.${WIDGET_HASH}.js`) return c.notFound()
  return serveAsset(c, WIDGET_CODE, JS, IMMUTABLE, etag)
})

// The label chunks /widget.js imports by language: content-hashed names, so cached forever; others do not exist.
widgetRoutes.get('/:file{widget-(?:[a-z]{2}|chunk)-[A-Z0-9]+\\.js}', (c) => {
  const file = c.req.param('file')
  const code = Object.hasOwn(WIDGET_CHUNKS, file) ? WIDGET_CHUNKS[file] : undefined
  if (code === undefined) return c.notFound()
  return serveAsset(c, code, JS, IMMUTABLE, `"${file}"`)
})

widgetRoutes.get('/demo', (c) => c.html(DEMO_HTML.replace('%WIDGET_SRC%', `/widget.${WIDGET_HASH}.js`), 200, { 'Cache-Control': SHORT_ASSET_CACHE }))
widgetRoutes.get('/demo.js', (c) => serveAsset(c, DEMO_JS, JS, SHORT_ASSET_CACHE, `"demo-${WIDGET_HASH}"`))
widgetRoutes.get('/demo.css', (c) => serveAsset(c, DEMO_CSS, 'text/css; charset=utf-8', SHORT_ASSET_CACHE, `"demo-${WIDGET_HASH}"`))
