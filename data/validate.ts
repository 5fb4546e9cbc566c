// Build-time checks over the whole catalog. Accuracy is the product, so the data is tested like code: every
// entry must parse, every cross-reference must resolve, and pairings must agree in both directions.
// Only tests and scripts import this module (it pulls in zod); the worker never runs it per request.
import type { z } from 'zod'
import { BASIC_CODES } from './basic-codes.ts'
import { CONFUSABLE_PAIRS } from './confusable-pairs.ts'
import { ENHANCED_CODES } from './enhanced-codes.ts'
import { RFCS } from './rfcs.ts'
import {
  BASIC_CODE_PATTERN,
  ENHANCED_CODE_PATTERN,
  ENHANCED_KEY_PATTERN,
  basicCodeSchema,
  confusablePairSchema,
  enhancedCodeSchema,
  rfcSchema,
  type BasicCode,
  type ConfusablePair,
  type EnhancedCode,
  type Reference,
  type Rfc,
} from './schema.ts'

export interface Catalog {
  basic: readonly BasicCode[]
  enhanced: readonly EnhancedCode[]
  pairs: readonly ConfusablePair[]
  rfcs: readonly Rfc[]
}

export const CATALOG: Catalog = { basic: BASIC_CODES, enhanced: ENHANCED_CODES, pairs: CONFUSABLE_PAIRS, rfcs: RFCS }

/**
 * Obsoleted RFCs that may still be cited, each with the reason. Anything else obsoleted is a problem: readers
 * act on what we cite, and an obsoleted rule (e.g. RFC 821's 552 for too many recipients) misleads them.
 */
export const HISTORICAL_CITATIONS: Readonly<Record<number, string>> = {}

const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX|lorem|ipsum)\b|\?\?\?/i
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|cf|approx)\./gi

/** Everything the validator reports, as human-readable lines ("basic 535: ..."). Empty means the catalog is sound. */
export function validateCatalog(catalog: Catalog = CATALOG): string[] {
  const problems: string[] = []
  const report = (where: string, problem: string) => problems.push(`${where}: ${problem}`)

  checkSchemas(catalog, report)
  checkDuplicates(catalog, report)

  const index = indexCatalog(catalog)
  checkBasicCodes(catalog, index, report)
  checkEnhancedCodes(catalog, index, report)
  checkPairs(catalog, index, report)
  checkRfcs(catalog, report)
  checkText(catalog, report)
  return problems
}

/** Numbers the README and the about page quote. */
export function catalogCounts(catalog: Catalog = CATALOG) {
  const contexts = catalog.basic.reduce((n, entry) => n + (entry.contexts?.length ?? 0), 0)
  const citations =
    catalog.basic.reduce((n, e) => n + e.references.length + (e.contexts ?? []).reduce((m, c) => m + c.references.length, 0), 0) +
    catalog.enhanced.reduce((n, e) => n + e.references.length, 0) +
    catalog.pairs.reduce((n, p) => n + p.references.length, 0)
  return {
    basicCodes: catalog.basic.length,
    /** Basic codes with more than one meaning, and how many meanings they have in total. */
    basicCodesWithContexts: catalog.basic.filter((e) => e.contexts).length,
    basicContexts: contexts,
    enhancedCodes: catalog.enhanced.length,
    confusablePairs: catalog.pairs.length,
    rfcs: catalog.rfcs.length,
    citations,
  }
}

type Report = (where: string, problem: string) => void

interface Index {
  basic: Map<string, BasicCode>
  enhanced: Map<string, EnhancedCode>
  rfcs: Map<number, Rfc>
}

function indexCatalog(catalog: Catalog): Index {
  return {
    basic: new Map(catalog.basic.map((e) => [e.code, e])),
    enhanced: new Map(catalog.enhanced.map((e) => [e.code, e])),
    rfcs: new Map(catalog.rfcs.map((r) => [r.number, r])),
  }
}

/** "5.7.8" -> "X.7.8". */
export function registryKey(concrete: string): string {
  return `X${concrete.slice(1)}`
}

function issuesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return []
  return result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(entry)'}: ${i.message}`)
}

function checkSchemas(catalog: Catalog, report: Report) {
  catalog.basic.forEach((e, i) => {
    for (const issue of issuesOf(basicCodeSchema.safeParse(e))) report(`basic ${e.code ?? `#${i}`}`, `schema ${issue}`)
  })
  catalog.enhanced.forEach((e, i) => {
    for (const issue of issuesOf(enhancedCodeSchema.safeParse(e))) report(`enhanced ${e.code ?? `#${i}`}`, `schema ${issue}`)
  })
  catalog.pairs.forEach((p, i) => {
    for (const issue of issuesOf(confusablePairSchema.safeParse(p))) report(pairName(p, i), `schema ${issue}`)
  })
  catalog.rfcs.forEach((r, i) => {
    for (const issue of issuesOf(rfcSchema.safeParse(r))) report(`rfc ${r.number ?? `#${i}`}`, `schema ${issue}`)
  })
}

function checkDuplicates(catalog: Catalog, report: Report) {
  const dupes = <T>(items: readonly T[], key: (t: T) => string, where: (k: string) => string) => {
    const seen = new Set<string>()
    for (const item of items) {
      const k = key(item)
      if (seen.has(k)) report(where(k), 'duplicate entry')
      seen.add(k)
    }
  }
  dupes(
    catalog.basic,
    (e) => e.code,
    (k) => `basic ${k}`,
  )
  dupes(
    catalog.enhanced,
    (e) => e.code,
    (k) => `enhanced ${k}`,
  )
  dupes(
    catalog.rfcs,
    (r) => String(r.number),
    (k) => `rfc ${k}`,
  )
  // A pair is the same pair in either order: /compare/450/550 and /compare/550/450 show one note.
  dupes(
    catalog.pairs,
    (p) => [p.a, p.b].sort().join(' vs '),
    (k) => `pair ${k}`,
  )
}

/** What a code string in `related`, `enhanced`, `basic` or a pair points at, or why it points nowhere. */
function resolve(code: string, index: Index, allowKey: boolean): string | null {
  if (BASIC_CODE_PATTERN.test(code)) {
    return index.basic.has(code) ? null : `basic code ${code} is not in the catalog`
  }
  if (ENHANCED_CODE_PATTERN.test(code)) {
    const entry = index.enhanced.get(registryKey(code))
    if (!entry) return `enhanced code ${code} has no registry entry ${registryKey(code)}`
    const cls = Number(code[0]) as 2 | 4 | 5
    if (!entry.classes.includes(cls)) {
      return `enhanced code ${code}: ${entry.code} is not used with class ${cls} (classes ${entry.classes.join(', ')})`
    }
    return null
  }
  if (allowKey && ENHANCED_KEY_PATTERN.test(code)) {
    return index.enhanced.has(code) ? null : `registry key ${code} is not in the catalog`
  }
  return `"${code}" is not a ${allowKey ? 'basic code, concrete enhanced code or registry key' : 'basic or concrete enhanced code'}`
}

function checkReferences(where: string, references: readonly Reference[], index: Index, report: Report) {
  const seen = new Set<string>()
  for (const ref of references) {
    const key = JSON.stringify(ref)
    if (seen.has(key)) report(where, `cites ${describe(ref)} twice`)
    seen.add(key)
    if (!('rfc' in ref)) continue
    const rfc = index.rfcs.get(ref.rfc)
    if (!rfc) {
      report(where, `cites RFC ${ref.rfc}, which is not listed in data/rfcs.ts`)
    } else if (rfc.obsoletedBy !== undefined && !(ref.rfc in HISTORICAL_CITATIONS)) {
      report(where, `cites RFC ${ref.rfc}, obsoleted by RFC ${rfc.obsoletedBy}, without a reason in HISTORICAL_CITATIONS`)
    }
  }
}

function describe(ref: Reference): string {
  if ('iana' in ref) return 'the IANA registry'
  return ref.section ? `RFC ${ref.rfc} §${ref.section}` : `RFC ${ref.rfc}`
}

/** Every concrete enhanced code a basic entry lists, top level and in its contexts. */
function enhancedOf(entry: BasicCode): string[] {
  return [...entry.enhanced, ...(entry.contexts ?? []).flatMap((c) => c.enhanced)]
}

function checkBasicCodes(catalog: Catalog, index: Index, report: Report) {
  for (const entry of catalog.basic) {
    const where = `basic ${entry.code}`
    const cls = entry.code[0]
    checkReferences(where, entry.references, index, report)

    for (const related of entry.related) {
      const problem = resolve(related, index, true)
      if (problem) report(where, `related: ${problem}`)
      if (related === entry.code) report(where, 'lists itself as related')
    }

    // A 3xx reply continues a dialogue and has no enhanced class; 2/4/5 replies carry codes of their own class.
    for (const code of new Set(enhancedOf(entry))) {
      if (code[0] !== cls) report(where, `enhanced code ${code} has class ${code[0]}, but a ${cls}xx reply carries ${cls}.x.x codes`)
      const problem = resolve(code, index, false)
      if (problem) report(where, `enhanced: ${problem}`)
    }
    for (const code of new Set(entry.contexts?.flatMap((c) => c.enhanced))) {
      if (!entry.enhanced.includes(code)) report(where, `context code ${code} is missing from the entry's enhanced list`)
    }

    if ((cls === '2' || cls === '3') && entry.actor !== 'nobody' && entry.actor !== 'client') {
      report(where, `a ${cls}xx reply asks nobody to fix anything, but actor is "${entry.actor}"`)
    }

    for (const context of entry.contexts ?? []) {
      const cwhere = `${where} context "${context.title}"`
      checkReferences(cwhere, context.references, index, report)
      for (const stage of context.stages) {
        if (!entry.stages.includes(stage)) report(cwhere, `stage "${stage}" is not among the entry's stages`)
      }
    }
    const titles = (entry.contexts ?? []).map((c) => c.title)
    if (new Set(titles).size !== titles.length) report(where, 'two contexts share a title')

    // Pairing in the other direction: the registry row should name this reply among its usual basic codes.
    for (const code of new Set(enhancedOf(entry))) {
      const target = index.enhanced.get(registryKey(code))
      if (target && target.basic.length > 0 && !target.basic.includes(entry.code)) {
        report(where, `lists ${code}, but ${target.code} does not list ${entry.code} among its basic codes (${target.basic.join(', ')})`)
      }
    }
  }
}

function checkEnhancedCodes(catalog: Catalog, index: Index, report: Report) {
  for (const entry of catalog.enhanced) {
    const where = `enhanced ${entry.code}`
    checkReferences(where, entry.references, index, report)

    for (const related of entry.related) {
      const problem = resolve(related, index, true)
      if (problem) report(where, `related: ${problem}`)
      if (related === entry.code) report(where, 'lists itself as related')
    }

    for (const basic of entry.basic) {
      const target = index.basic.get(basic)
      if (!target) {
        report(where, `basic code ${basic} is not in the catalog`)
        continue
      }
      const cls = Number(basic[0])
      if (!(entry.classes as number[]).includes(cls)) {
        report(where, `lists basic ${basic}, but class ${cls} is not among its classes (${entry.classes.join(', ')})`)
      }
      if (!enhancedOf(target).some((code) => registryKey(code) === entry.code)) {
        report(where, `lists basic ${basic}, but ${basic} does not list any ${entry.code.replace('X', 'n')} code`)
      }
    }

    // The registry's Reference column names the defining RFCs; each must be one we can link to.
    for (const match of entry.registry.reference.matchAll(/RFC\s?(\d+)/gi)) {
      const number = Number(match[1])
      if (!index.rfcs.has(number)) report(where, `registry reference names RFC ${number}, which is not listed in data/rfcs.ts`)
    }
  }
}

function pairName(pair: ConfusablePair, i?: number): string {
  return pair.a && pair.b ? `pair ${pair.a} vs ${pair.b}` : `pair #${i}`
}

function checkPairs(catalog: Catalog, index: Index, report: Report) {
  for (const pair of catalog.pairs) {
    const where = pairName(pair)
    if (pair.a === pair.b) report(where, 'compares a code with itself')
    for (const code of [pair.a, pair.b]) {
      const problem = resolve(code, index, false)
      if (problem) report(where, problem)
    }
    checkReferences(where, pair.references, index, report)
  }
}

function checkRfcs(catalog: Catalog, report: Report) {
  for (const rfc of catalog.rfcs) {
    if (rfc.obsoletedBy === rfc.number) report(`rfc ${rfc.number}`, 'cannot obsolete itself')
  }
}

/** Visible text must be finished prose: no placeholders, and summaries are exactly one sentence. */
function checkText(catalog: Catalog, report: Report) {
  const scan = (where: string, value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value)) report(where, `${path} contains placeholder text: "${value.match(PLACEHOLDER)?.[0]}"`)
      if (value.trim() === '') report(where, `${path} is empty`)
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => scan(where, v, `${path}[${i}]`))
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) scan(where, v, path ? `${path}.${k}` : k)
    }
  }
  for (const e of catalog.basic) {
    scan(`basic ${e.code}`, e, '')
    checkSummary(`basic ${e.code}`, e.summary, report)
  }
  for (const e of catalog.enhanced) {
    // The registry row is a verbatim copy, not our prose: its sample text and basic-code columns may be blank.
    const { sampleText: _sample, associatedBasic: _basic, ...registryProse } = e.registry
    scan(`enhanced ${e.code}`, { ...e, registry: registryProse }, '')
    checkSummary(`enhanced ${e.code}`, e.summary, report)
  }
  catalog.pairs.forEach((p, i) => scan(pairName(p, i), p, ''))
  for (const r of catalog.rfcs) scan(`rfc ${r.number}`, r, '')
}

export function isOneSentence(text: string): boolean {
  const plain = text.trim().replace(ABBREVIATIONS, 'ABBR')
  if (!/[.!?]["')]?$/.test(plain)) return false
  // A sentence end inside the text: punctuation, space, then a capital letter or a quote.
  return !/[.!?]["')]?\s+["'(]?[A-Z]/.test(plain.slice(0, -1))
}

function checkSummary(where: string, summary: unknown, report: Report) {
  if (typeof summary !== 'string' || summary.trim() === '') return
  if (!isOneSentence(summary)) report(where, `summary must be exactly one sentence ending with a period: "${summary}"`)
}
