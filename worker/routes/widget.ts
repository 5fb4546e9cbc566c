// Serves the widget bundle (/widget.js) and the demo page. (Being built: issue 5.)
import { Hono } from 'hono'

export const widgetRoutes = new Hono()
