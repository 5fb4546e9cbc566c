// Server-rendered human pages. (Being built: issue 6.)
import { Hono } from 'hono'

export const pages = new Hono()
