// The API's documented contract, read from the served /openapi.json (assets/) at test time so new routes and statuses are fuzzed
// without editing the tests; plus the zod schema each 2xx JSON body must match.
import type { z } from '@hono/zod-openapi'
import { BatchSchema, CodeListSchema, CodeLookupSchema, ComparisonSchema, ExplanationSchema, MatrixSchema } from '../../worker/api/schemas.ts'
import openApiDocument from '../../assets/openapi.json'

export interface Operation {
  template: string
  pattern: RegExp
  method: string
  statuses: Set<number>
}

const SCHEMAS: Record<string, z.ZodType> = {
  '/v1/codes': CodeListSchema,
  '/v1/codes/{code}': CodeLookupSchema,
  '/v1/compare/{a}/{b}': ComparisonSchema,
  '/v1/compare': MatrixSchema,
  '/v1/batch': BatchSchema,
  '/v1/explain': ExplanationSchema,
}

export function schemaFor(template: string): z.ZodType | undefined {
  return SCHEMAS[template]
}

export async function loadContract(): Promise<Operation[]> {
  // The document as served: a static asset, written at build time.
  const doc = openApiDocument as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
  const ops: Operation[] = []
  for (const [template, methods] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)
    for (const [method, op] of Object.entries(methods))
      ops.push({ template, pattern, method: method.toUpperCase(), statuses: new Set(Object.keys(op.responses).map(Number)) })
  }
  return ops
}

/** Statuses any route may answer besides its documented ones: conditional GETs and HTTP-level refusals. */
export const HTTP_LEVEL = new Set([304, 405])

export function operationFor(ops: Operation[], method: string, pathname: string): Operation | undefined {
  return (
    ops.find((o) => o.method === method && o.pattern.test(pathname)) ??
    (method === 'HEAD' ? ops.find((o) => o.method === 'GET' && o.pattern.test(pathname)) : undefined)
  )
}
