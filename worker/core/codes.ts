// Parsing code queries and building full, API-shaped entries from the catalog. No HTTP here: the API, the
// pages and the explain feature all call these functions.
import { BASIC_CLASSES, BASIC_CATEGORIES, ENHANCED_CLASSES, ENHANCED_SUBJECTS, type ClassInfo, type ReplyClass } from '../../data/classes.ts'
import { classLabel, type ClassKey } from '../../data/i18n/class-names.ts'
import { DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import type { Actor, BasicCode, EnhancedCode, Reference } from '../../data/schema.ts'
import type { CodeEntry, CodeSummary } from '../api/schemas.ts'
import { BASIC_BY_CODE, BASIC_CODES, ENHANCED_BY_KEY, ENHANCED_CODES } from './catalog.ts'
import { contentFor, onLanguagePackChange } from './content.ts'
import { localizeEntry } from './locale.ts'
import { findUnregistered, unregisteredEntry } from './unregistered.ts'

export type ParsedCode = { kind: 'basic'; code: string; class: ReplyClass } | { kind: 'enhanced'; code: string; key: string; class: 2 | 4 | 5 }

const BASIC = /^[1-9][0-9]{2}$/
const ENHANCED = /^([0-9])\.([0-9]{1,3})\.([0-9]{1,3})$/

export const VALID_FORMS =
  'a basic reply code of three digits such as 535 (first digit 2-5), an enhanced status code such as 5.7.8 (class 2, 4 or 5, then two numbers of 1-3 digits), or both together: "535 5.7.8" or 535-5.7.8'

/**
 * What people type, folded to the forms the catalog uses: NFKC turns full-width digits and dots (５５０,
 * ５．７．８) and other compatibility forms into ASCII, and odd spaces into plain ones.
 */
export function normaliseInput(input: string): string {
  // NFKC leaves ASCII as it is: the codes a reply or a status part gives (every recipient's, twice) skip it.
  return (PRINTABLE_ASCII.test(input) ? input : input.normalize('NFKC')).replace(/\s+/g, ' ').trim()
}
const PRINTABLE_ASCII = /^[ -~]*$/

const REGISTRY_FORM = /^[xX]\.([0-9]{1,3})\.([0-9]{1,3})$/

/** "X.7.0" (any case, leading zeros dropped) as the registry key, or undefined when it is not in registry form. */
export function registryKeyOf(input: string): string | undefined {
  const m = REGISTRY_FORM.exec(input.trim())
  return m ? `X.${Number(m[1])}.${Number(m[2])}` : undefined
}

/** The classes a registry row is used with, in registry order; empty when the row does not exist. */
export function registeredClasses(key: string): Array<2 | 4 | 5> {
  return [...(ENHANCED_BY_KEY.get(key)?.classes ?? [])] as Array<2 | 4 | 5>
}

/**
 * The concrete code a registry form stands for next to a code of class `prefer`: that class when the registry
 * lists it (535 next to X.7.8 is 5.7.8), else the most severe registered class, because a registry row that knows
 * only one class is only ever sent in it (X.1.1 is always 5.1.1). Unregistered keys read as class 5.
 */
export function concreteCode(key: string, prefer?: ReplyClass): string {
  const classes = registeredClasses(key)
  const cls = prefer !== undefined && (classes as number[]).includes(prefer) ? prefer : classes.length ? Math.max(...classes) : 5
  return `${cls}${key.slice(1)}`
}

/** One code, or why it is not one. Well-formed codes are returned even when no catalog entry exists. */
export function parseCode(input: string): ParsedCode | { error: string } {
  const s = normaliseInput(input)
  if (s === '') return { error: 'The code is empty.' }
  if (s.length > 11) return { error: 'That is too long to be an SMTP code.' }
  if (BASIC.test(s)) {
    const cls = Number(s[0])
    if (cls < 2 || cls > 5) return { error: `Basic reply codes start with 2, 3, 4 or 5; ${s} starts with ${s[0]}.` }
    return { kind: 'basic', code: s, class: cls as ReplyClass }
  }
  const m = ENHANCED.exec(s)
  if (m) {
    const cls = Number(m[1])
    if (cls !== 2 && cls !== 4 && cls !== 5)
      return { error: `Enhanced status codes start with class 2, 4 or 5 (RFC 3463 §2); ${s} starts with ${m[1]}.` }
    // Leading zeros are not allowed in subject or detail (RFC 3463 §2): normalise so 5.01.1 and 5.1.1 cannot both exist.
    const subject = Number(m[2])
    const detail = Number(m[3])
    const code = `${cls}.${subject}.${detail}`
    return { kind: 'enhanced', code, key: `X.${subject}.${detail}`, class: cls as 2 | 4 | 5 }
  }
  // Echo only harmless input: the detail may end up in a log viewer or an HTML page.
  return { error: /^[\w.+ -]{1,20}$/.test(s) ? `"${s}" is not an SMTP code.` : 'That is not an SMTP code.' }
}

/**
 * A code as it may stand on one side of a comparison: a concrete code, a registry form (made concrete next to
 * `prefer`, the other side's class), or a whole reply's "535-5.7.8", which is compared by its enhanced code, the
 * finer of the two (RFC 3463 §1), as long as both share a class.
 */
export function parseSide(input: string, prefer?: ReplyClass): ParsedCode | { error: string } {
  const key = registryKeyOf(normaliseInput(input))
  if (key) return parseCode(concreteCode(key, prefer))
  const single = parseCode(input)
  if (!('error' in single)) return single
  const query = parseCodeQuery(input)
  if (!query.ok || query.codes.length !== 2) return single
  const [basic, enhanced] = query.codes as [ParsedCode, ParsedCode]
  if (basic.class !== enhanced.class)
    return {
      error: `${basic.code} is class ${basic.class} but ${enhanced.code} is class ${enhanced.class}; one reply's codes share a class (RFC 3463 §2).`,
    }
  return enhanced
}

export type CodeQuery = { ok: true; codes: ParsedCode[]; canonical: string } | { ok: false; detail: string }

/** Words people put around a code when they search ("error 550", "SMTP error: 535 5.7.8", "code 252"). */
const NOISE = /^(?:(?:e?smtp|error|err|code|reply|status|response)\b[\s:#.]*)+|(?:\s+(?:e?smtp|error|code|reply))+$/gi

/** The query with surrounding noise words and quotes removed, for code lookups and searches. */
export function stripNoise(input: string): string {
  return normaliseInput(input)
    .replace(/^["'`“”‘’]+|["'`“”‘’.]+$/g, '')
    .replace(NOISE, '')
    .trim()
}

const MAX_QUERY = 64

/**
 * A lookup query: one code, or a basic and an enhanced code together in either order ("535 5.7.8", "535-5.7.8",
 * "535+5.7.8", "5.7.8-535"), or a registry form ("X.7.0": the registry row, in each class it is registered for;
 * "535 X.7.8": the row in 535's class). `canonical` is the one spelling URLs use.
 */
export function parseCodeQuery(input: string): CodeQuery {
  const s = stripNoise(input.slice(0, MAX_QUERY * 4))
  const parts = s.length > MAX_QUERY ? [] : s.split(/[\s+,]+|-/).filter(Boolean)
  if (parts.length === 0 || parts.length > 2) return { ok: false, detail: `Expected ${VALID_FORMS}.` }
  const keys = parts.map(registryKeyOf)
  if (parts.length === 1 && keys[0]) {
    const key = keys[0]
    const classes = registeredClasses(key)
    // A row used in one class is that concrete code; a row used in several is answered as the row itself.
    const codes = (classes.length > 1 ? classes : [undefined]).map((cls) => parseCode(concreteCode(key, cls)) as ParsedCode)
    return { ok: true, codes, canonical: classes.length > 1 ? key : codes[0]!.code }
  }
  const codes: ParsedCode[] = []
  for (const [i, part] of parts.entries()) {
    if (keys[i]) continue
    const parsed = parseCode(part)
    if ('error' in parsed) return { ok: false, detail: `${parsed.error} Expected ${VALID_FORMS}.` }
    codes.push(parsed)
  }
  // "535 X.7.8": the registry row in the basic code's class.
  for (const key of keys) if (key) codes.push(parseCode(concreteCode(key, codes[0]?.class)) as ParsedCode)
  if (codes.length === 2) {
    if (codes[0]!.kind === 'enhanced' && codes[1]!.kind === 'basic') codes.reverse()
    if (codes[0]!.kind !== 'basic' || codes[1]!.kind !== 'enhanced')
      return { ok: false, detail: `Two codes must be a basic code and an enhanced code, e.g. "535 5.7.8". To compare two codes, use /compare.` }
  }
  return { ok: true, codes, canonical: codes.map((c) => c.code).join('-') }
}

export function classInfoFor(code: ParsedCode): ClassInfo {
  return code.kind === 'basic' ? BASIC_CLASSES[code.class] : ENHANCED_CLASSES[code.class]
}

/** What an unassigned but well-formed code would mean: "599 would be a Permanent Negative Completion reply …". */
export function unassignedDetail(code: ParsedCode): string {
  const info = classInfoFor(code)
  if (code.kind === 'basic') {
    const category = BASIC_CATEGORIES[Number(code.code[1])] ?? 'Unspecified'
    return `${code.code} is not an assigned SMTP reply code. As a ${code.class}xx code it would be a ${info.name} reply (category ${code.code[1]}: ${category}): ${info.meaning}`
  }
  const subject = ENHANCED_SUBJECTS[Number(code.key.split('.')[1])]
  return `${code.code} is not in the IANA enhanced status code registry. As a ${code.class}.x.x code it is a ${info.name}${subject ? ` in the subject "${subject}"` : ''}: ${info.meaning}`
}

const IANA_URL = 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml'

export function renderReference(ref: Reference): CodeEntry['references'][number] {
  if ('iana' in ref) return { label: 'IANA SMTP Enhanced Status Codes registry', url: IANA_URL }
  const base = `https://www.rfc-editor.org/rfc/rfc${ref.rfc}`
  if (!ref.section) return { label: `RFC ${ref.rfc}`, url: base, rfc: ref.rfc }
  const appendix = /^(?:Appendix )?([A-Z](?:\.[0-9]+)*)$/.exec(ref.section)
  const anchor = appendix ? `appendix-${appendix[1]}` : `section-${ref.section}`
  return { label: `RFC ${ref.rfc} §${ref.section}`, url: `${base}#${anchor}`, rfc: ref.rfc, section: ref.section }
}

function classInfoView(info: ClassInfo): CodeEntry['classInfo'] {
  return { class: info.class, name: info.name, meaning: info.meaning, retry: info.retry }
}

/** The fields basic and enhanced entries share, with the class the query asked for. */
/** When no entry says who acts, the class does: success needs nobody, the client retries transient failures. */
export const CLASS_ACTOR: Record<ReplyClass, Actor> = { 2: 'nobody', 3: 'client', 4: 'client', 5: 'sender' }

/**
 * Who acts on a concrete enhanced code. A registry entry covers several classes but names one actor, which must
 * not contradict the class: a 2.x.x success needs nobody, a failure always needs someone, and a permanent
 * failure is never left to the client's automatic retries (5.3.2 is not 4.3.2).
 */
function actorFor(actor: Actor, cls: ReplyClass): Actor {
  if (cls === 2) return 'nobody'
  if (actor === 'nobody' || (actor === 'client' && cls === 5)) return CLASS_ACTOR[cls]
  return actor
}

// A basic code has one class, and its entry's actor was chosen for it (453 "You have no mail" needs nobody).
function commonView(e: BasicCode | EnhancedCode, cls: ReplyClass, info: ClassInfo, actor: Actor = e.actor) {
  return {
    title: e.title,
    class: cls,
    classInfo: classInfoView(info),
    summary: e.summary,
    description: e.description,
    whenSeen: e.whenSeen,
    stages: [...e.stages],
    fix: { ...e.fix },
    retry: { advice: info.retry, actor, ...(e.retryNote ? { note: e.retryNote } : {}) },
    references: e.references.map(renderReference),
    // Related rows are stored in registry form; readers follow links to concrete codes, in this entry's class
    // where the row is used in it.
    related: [...new Set(e.related.map((r) => (registryKeyOf(r) ? concreteCode(r, cls) : r)))],
  }
}

/** A code in no RFC that servers send anyway gets an honest entry (registered: false) instead of none. */
function unregistered(code: string): CodeEntry | undefined {
  const u = findUnregistered(code)
  return u ? unregisteredEntry(code, u) : undefined
}

function buildEntry(code: ParsedCode): CodeEntry | undefined {
  if (code.kind === 'basic') {
    const e = BASIC_BY_CODE.get(code.code)
    if (!e) return unregistered(code.code)
    const info = BASIC_CLASSES[code.class]
    return {
      code: e.code,
      kind: 'basic',
      ...commonView(e, code.class, info),
      pairings: [...e.enhanced],
      ...(e.contexts
        ? {
            contexts: e.contexts.map((ctx) => ({
              stages: [...ctx.stages],
              ...(ctx.extension ? { extension: ctx.extension } : {}),
              title: ctx.title,
              description: ctx.description,
              enhanced: [...ctx.enhanced],
              references: ctx.references.map(renderReference),
            })),
          }
        : {}),
    }
  }
  const e = ENHANCED_BY_KEY.get(code.key)
  if (!e) return unregistered(code.code)
  const info = ENHANCED_CLASSES[code.class]
  return {
    code: code.code,
    kind: 'enhanced',
    registryKey: e.code,
    ...commonView(e, code.class, info, actorFor(e.actor, code.class)),
    subject: ENHANCED_SUBJECTS[Number(code.key.split('.')[1])] ?? 'Unknown subject',
    // A reply and the enhanced code in it share a class (5.1.1 comes with 550, never 250), so a concrete code pairs
    // only with the basic codes of its own class; the registry row lists those of every class it is used with.
    pairings: e.basic.filter((basic) => basic.charAt(0) === String(code.class)),
    registry: { ...e.registry },
    usualClass: (e.classes as number[]).includes(code.class),
  }
}

// Entries are immutable once built; memoised per code and language so repeated lookups cost a Map hit.
const entryCache = new Map<string, CodeEntry | null>()
onLanguagePackChange(() => entryCache.clear())

/** The full entry for "535" or "5.7.8", or undefined when the code is malformed or unassigned. */
export function lookupCode(code: string, lang: Locale = DEFAULT_LOCALE): CodeEntry | undefined {
  const parsed = parseCode(code)
  if ('error' in parsed) return undefined
  return lookupParsed(parsed, lang)
}

/** The entry in `lang`, prose falling back to English field by field where no translation exists. */
export function lookupParsed(parsed: ParsedCode, lang: Locale = DEFAULT_LOCALE): CodeEntry | undefined {
  const key = `${lang}:${parsed.code}`
  let hit = entryCache.get(key)
  if (hit === undefined) {
    const english = lang === DEFAULT_LOCALE ? buildEntry(parsed) : lookupParsed(parsed, DEFAULT_LOCALE)
    hit = english ? (lang === DEFAULT_LOCALE ? english : localized(english, lang)) : null
    entryCache.set(key, hit)
  }
  return hit ?? undefined
}

/**
 * A class's name in `lang` from the one class-name table (data/i18n/class-names.ts, which the summaries use too),
 * and its meaning where the language's catalog prose has it; the class number and retry advice never change.
 */
export function classInfoIn(kind: 'basic' | 'enhanced', info: Pick<ClassInfo, 'class' | 'name' | 'meaning' | 'retry'>, lang: Locale) {
  const base = { class: info.class, name: info.name, meaning: info.meaning, retry: info.retry }
  if (lang === DEFAULT_LOCALE) return base
  const key = `${kind}-${info.class}` as ClassKey
  const name = classLabel(lang as Exclude<Locale, 'en'>, key) ?? info.name
  return { ...base, name, meaning: contentFor(lang)?.classes[key]?.meaning || info.meaning }
}

/**
 * What the first digit says, for every class of `kind` (basic 2-5, enhanced 2, 4, 5) in `lang`; `english` marks a
 * meaning the language's catalog prose does not have yet.
 */
export function classesIn(kind: 'basic' | 'enhanced', lang: Locale): Array<ReturnType<typeof classInfoIn> & { english: boolean }> {
  return Object.values(kind === 'basic' ? BASIC_CLASSES : ENHANCED_CLASSES).map((info) => {
    const local = classInfoIn(kind, info, lang)
    return { ...local, english: lang !== DEFAULT_LOCALE && local.meaning === info.meaning }
  })
}

/** The entry in `lang`, saying which prose fields are still English (all of them in a language without prose). */
function localized(english: CodeEntry, lang: Locale): CodeEntry {
  const { entry, fallback } = localizeEntry(english, lang)
  const out = localizeClass(entry, lang)
  return fallback.size ? { ...out, fallback: { lang: 'en', fields: [...fallback] } } : out
}

function localizeClass(entry: CodeEntry, lang: Locale): CodeEntry {
  return { ...entry, classInfo: classInfoIn(entry.kind, entry.classInfo, lang) }
}

export type Resolution =
  | { ok: true; entry: CodeEntry; parsed: ParsedCode }
  | { ok: false; status: 400; detail: string }
  | { ok: false; status: 404; detail: string; parsed: ParsedCode; classInfo: ClassInfo }

/** One code to an entry, or the reason it has none (malformed → 400, unassigned → 404 with its class). */
export function resolveCode(input: string, lang: Locale = DEFAULT_LOCALE, prefer?: ReplyClass): Resolution {
  return resolveParsed(parseSide(input, prefer), lang)
}

export function resolveParsed(parsed: ParsedCode | { error: string }, lang: Locale = DEFAULT_LOCALE): Resolution {
  if ('error' in parsed) return { ok: false, status: 400, detail: `${parsed.error} Expected ${VALID_FORMS}.` }
  const entry = lookupParsed(parsed, lang)
  if (!entry) return { ok: false, status: 404, detail: unassignedDetail(parsed), parsed, classInfo: classInfoFor(parsed) }
  return { ok: true, entry, parsed }
}

export type QueryResolution =
  | { ok: true; query: string; canonical: string; entries: CodeEntry[] }
  | { ok: false; status: 400; detail: string }
  | { ok: false; status: 404; detail: string; classInfo: ClassInfo; parsed: ParsedCode }

/** A lookup query (see parseCodeQuery) to its entries, as GET /v1/codes/{code}, batches and code pages answer it. */
export function resolveQuery(input: string, lang: Locale = DEFAULT_LOCALE): QueryResolution {
  const parsed = parseCodeQuery(input)
  if (!parsed.ok) return { ok: false, status: 400, detail: parsed.detail }
  const entries: CodeEntry[] = []
  for (const code of parsed.codes) {
    const entry = lookupParsed(code, lang)
    if (!entry) return { ok: false, status: 404, detail: unassignedDetail(code), classInfo: classInfoFor(code), parsed: code }
    entries.push(entry)
  }
  return { ok: true, query: parsed.canonical.replace('-', ' '), canonical: parsed.canonical, entries }
}

export function summarize(entry: CodeEntry): CodeSummary {
  return { code: entry.code, kind: entry.kind, title: entry.title, class: entry.class }
}

export interface ListFilter {
  kind?: 'basic' | 'enhanced'
  class?: 2 | 3 | 4 | 5
}

const ALL_SUMMARIES: readonly CodeSummary[] = [
  ...BASIC_CODES.map((e) => ({ code: e.code, kind: 'basic' as const, title: e.title, class: Number(e.code[0]) as ReplyClass })),
  ...ENHANCED_CODES.map((e) => ({ code: e.code, kind: 'enhanced' as const, title: e.title, classes: [...e.classes] })),
]

/** The catalog as a compact list: basic codes with their class, enhanced registry keys with the classes they use. */
export function listCodes(filter: ListFilter = {}): CodeSummary[] {
  return ALL_SUMMARIES.filter(
    (s) => (!filter.kind || s.kind === filter.kind) && (!filter.class || s.class === filter.class || (s.classes?.includes(filter.class) ?? false)),
  )
}
