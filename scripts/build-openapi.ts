// Writes worker/generated/openapi.json from the zod schemas (run by Node's type stripping, before start, test and
// build), so the Worker serves the document without bundling zod.
import { mkdirSync, writeFileSync } from 'node:fs'
import { buildOpenApiDocument } from '../worker/api/openapi.ts'

mkdirSync('worker/generated', { recursive: true })
const document = buildOpenApiDocument()
writeFileSync('worker/generated/openapi.json', `${JSON.stringify(document)}\n`)
console.log(`openapi.json: ${Object.keys(document.paths ?? {}).length} paths`)
