// Shorthands for citations in the catalog files.
import type { Reference } from './schema.ts'

/** A citation of one RFC section; the section is omitted only where the RFC has no finer place to point at. */
export const rfc = (number: number, section?: string): Reference => (section === undefined ? { rfc: number } : { rfc: number, section })

export const IANA: Reference = { iana: 'smtp-enhanced-status-codes' }
