// Server-rendered human pages. (Being built: issue 6.)
import { Hono, type Context } from 'hono'

export const pages = new Hono()

/** The HTML 404 for any path no route claims (the API answers its own 404s as problem+json). */
export function notFoundPage(c: Context) {
  return c.text('Not found', 404)
}
