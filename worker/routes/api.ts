// JSON API under /v1 and its OpenAPI document. (Being built: issue 3/4.)
import { OpenAPIHono } from '@hono/zod-openapi'

export const api = new OpenAPIHono()
