// Writes assets/openapi.json from the route declarations (run by Node's type stripping, before start, test and
// build): served as a static asset, so neither zod nor the document is in the Worker.
import { mkdirSync, writeFileSync } from 'node:fs'
import { buildOpenApiDocument } from '../worker/api/openapi.ts'

mkdirSync('assets', { recursive: true })
const document = buildOpenApiDocument()
writeFileSync('assets/openapi.json', `${JSON.stringify(document)}\n`)
console.log(`openapi.json: ${Object.keys(document.paths ?? {}).length} paths`)
