// The app: cross-cutting middleware, then three route groups (API, widget asset + demo, human pages).
import { OpenAPIHono } from '@hono/zod-openapi'
import { api } from './routes/api.ts'
import { pages } from './routes/pages.tsx'
import { widgetRoutes } from './routes/widget.ts'

const app = new OpenAPIHono()

app.get('/healthz', (c) => c.text('ok'))
app.route('/', api)
app.route('/', widgetRoutes)
app.route('/', pages)

export default app
