// Build-time checks over the diagnosis data, in the style of data/validate.ts: schema, unique ids, references
// that resolve, well-formed sources, linear-time patterns, and every example diagnosed as its rule says. The
// classifier is passed in (the engine lives in worker/core and data never imports it). Only tests and scripts
// import this module (it pulls in zod).
import type { z } from 'zod'
import { BASIC_CODES } from '../basic-codes.ts'
import { ENHANCED_CODES } from '../enhanced-codes.ts'
import { RFCS } from '../rfcs.ts'
import { BASIC_REASONS, ENHANCED_REASONS } from './code-reasons.ts'
import { EN_DIAGNOSIS } from './i18n/en.ts'
import { analyzePattern } from './pattern.ts'
import { PROVIDERS } from './providers.ts'
import { REASONS } from './reasons.ts'
import { RULES } from './rules/index.ts'
import { UNREGISTERED_CODES } from './unregistered-codes.ts'
import { LANGUAGE_PACKS } from '../i18n/packs.all.ts'
import { PROVIDER_RULES } from './rules/providers/index.ts'
import { diagnosisRuleSchema, providerSchema, reasonInfoSchema, unregisteredCodeSchema } from './schema.ts'
import { REASON_IDS, type DiagnosisRule, type DiagnosisSource, type Provider, type ReasonId, type ReasonInfo } from './types.ts'

export interface DiagnosisData {
  rules: readonly DiagnosisRule[]
  providers: readonly Provider[]
  reasons: readonly ReasonInfo[]
}

export const DIAGNOSIS_DATA: DiagnosisData = { rules: RULES, providers: PROVIDERS, reasons: REASONS }

/** What the engine made of an example: undefined when the text holds no reply code. */
export type Classify = (reply: string) => { reason: ReasonId; provider?: string; rule?: string } | undefined

/** Everything wrong with the data, as lines ("rule postfix-x: ..."). Empty means sound. */
export function validateDiagnosis(data: DiagnosisData, classify?: Classify): string[] {
  const problems: string[] = []
  const report = (where: string, problem: string) => problems.push(`${where}: ${problem}`)
  const providerIds = new Set<string>()
  const ruleIds = new Set<string>()

  data.providers.forEach((p, i) => {
    const where = `provider ${p.id ?? `#${i}`}`
    for (const issue of issuesOf(providerSchema.safeParse(p))) report(where, `schema ${issue}`)
    if (providerIds.has(p.id)) report(where, 'duplicate id')
    providerIds.add(p.id)
    for (const source of [...(p.codes ?? []), ...(p.hints ?? [])]) {
      for (const problem of analyzePattern(source).problems) report(where, `pattern /${source}/: ${problem}`)
    }
    for (const source of p.enhanced ?? []) {
      for (const problem of analyzePattern(source).problems.filter((x) => !x.startsWith('no indexable word')))
        report(where, `enhanced pattern /${source}/: ${problem}`)
    }
  })

  data.rules.forEach((rule, i) => {
    const where = `rule ${rule.id ?? `#${i}`}`
    for (const issue of issuesOf(diagnosisRuleSchema.safeParse(rule))) report(where, `schema ${issue}`)
    if (ruleIds.has(rule.id)) report(where, 'duplicate id')
    ruleIds.add(rule.id)
    if (rule.provider !== undefined && !providerIds.has(rule.provider))
      report(where, `provider "${rule.provider}" is not in data/diagnosis/providers.ts`)
    checkSource(where, rule.source, report)
    for (const problem of analyzePattern(rule.pattern).problems) report(where, `pattern: ${problem}`)
    if (classify) {
      for (const example of rule.examples) {
        const got = classify(example)
        if (!got) report(where, `example has no reply code: "${example}"`)
        else if (got.reason !== rule.reason)
          report(where, `example diagnosed as ${got.reason}${got.rule ? ` (by rule ${got.rule})` : ''}, not ${rule.reason}: "${example}"`)
        else if (rule.provider && got.provider !== rule.provider)
          report(where, `example names provider ${got.provider ?? 'none'}, not ${rule.provider}: "${example}"`)
      }
    }
  })

  // Provider rules are tried first; a generic rule among them would jump ahead of its file's order.
  for (const rule of PROVIDER_RULES) if (!rule.provider) report(`rule ${rule.id}`, 'is listed among provider rules but names no provider')

  const seenReasons = new Set<string>()
  data.reasons.forEach((r, i) => {
    const where = `reason ${r.id ?? `#${i}`}`
    for (const issue of issuesOf(reasonInfoSchema.safeParse(r))) report(where, `schema ${issue}`)
    if (seenReasons.has(r.id)) report(where, 'duplicate id')
    seenReasons.add(r.id)
    checkSource(where, r.source, report)
    if (classify) {
      const got = classify(r.example)
      if (got?.reason !== r.id) report(where, `example diagnosed as ${got?.reason ?? 'nothing'}: "${r.example}"`)
    }
  })
  for (const id of REASON_IDS) {
    if (!seenReasons.has(id)) report(`reason ${id}`, 'missing from data/diagnosis/reasons.ts')
    if (!EN_DIAGNOSIS.reasons[id]?.steps.length) report(`reason ${id}`, 'has no English steps')
  }

  // Unregistered codes: never a code the catalog has, ranges within one subject and in order, no overlaps.
  const seenCodes = new Set<string>()
  for (const u of UNREGISTERED_CODES) {
    const where = `unregistered ${u.code}`
    for (const issue of issuesOf(unregisteredCodeSchema.safeParse(u))) report(where, `schema ${issue}`)
    if (seenCodes.has(u.code)) report(where, 'duplicate code')
    seenCodes.add(u.code)
    const key = u.code.includes('.') ? `X${u.code.slice(1)}` : u.code
    if (ENHANCED_CODES.some((e) => e.code === key) || BASIC_CODES.some((e) => e.code === key))
      report(where, 'is in the catalog, so it is not unregistered')
    if (u.through) {
      const [a, b] = [u.code.split('.').map(Number), u.through.split('.').map(Number)]
      if (!u.code.includes('.') || a[0] !== b[0] || a[1] !== b[1] || a[2]! >= b[2]!)
        report(where, `range ${u.code}-${u.through} must stay in one class and subject and go upwards`)
      for (const other of UNREGISTERED_CODES) {
        const [oc, os, od] = other.code.split('.').map(Number)
        if (other !== u && oc === a[0] && os === a[1] && od! >= a[2]! && od! <= b[2]!)
          report(where, `range covers ${other.code}, which has its own entry`)
      }
    }
  }

  // Non-RFC codes in other languages: only codes that exist, each with its title and summary (and its users, when
  // the English names them in prose rather than by a name), keeping the codes and RFC marks the English quotes.
  for (const [lang, pack] of Object.entries(LANGUAGE_PACKS)) {
    const own = pack?.diagnosis?.unregistered
    if (!own) continue
    for (const key of Object.keys(own)) if (!seenCodes.has(key)) report(`unregistered ${key} (${lang})`, 'is not a code in unregistered-codes.ts')
    for (const u of UNREGISTERED_CODES) {
      const where = `unregistered ${u.code} (${lang})`
      const t = own[u.code]
      if (!t?.title?.trim() || !t.summary?.trim()) {
        report(where, 'has no title or summary in this language')
        continue
      }
      if (/(?<![.\w])[a-z]{3,}\b/.test(u.usedBy) && !t.usedBy?.trim()) report(where, `has no translation of "${u.usedBy}"`)
      for (const [en, tr] of [
        [u.title, t.title],
        [u.summary, t.summary],
        [u.usedBy, t.usedBy ?? u.usedBy],
      ] as const) {
        const facts = en.match(/(?<![\d.])[245X]\.\d{1,3}\.(?:\d{1,3}|x)(?![\d.])|(?<![\d.])[2-5]\d\d(?![\d.])|RFC \d+|§[\d.]+\d/g) ?? []
        for (const fact of facts) if (!tr.includes(fact)) report(where, `drops "${fact}" from "${en}"`)
      }
    }
  }

  // Every code of the catalog has a default reason, and the defaults name only codes of the catalog.
  const enhancedKeys = new Set(ENHANCED_CODES.map((e) => e.code))
  for (const key of enhancedKeys) if (!ENHANCED_REASONS[key]) report(`enhanced ${key}`, 'has no default reason in code-reasons.ts')
  for (const key of Object.keys(ENHANCED_REASONS))
    if (!enhancedKeys.has(key)) report(`enhanced ${key}`, 'has a default reason but is not in the registry catalog')
  const basicCodes = new Set(BASIC_CODES.map((e) => e.code))
  for (const code of basicCodes) if (!BASIC_REASONS[code]) report(`basic ${code}`, 'has no default reason in code-reasons.ts')
  for (const code of Object.keys(BASIC_REASONS)) if (!basicCodes.has(code)) report(`basic ${code}`, 'has a default reason but is not in the catalog')
  return problems
}

type Report = (where: string, problem: string) => void

function issuesOf(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return []
  return result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(entry)'}: ${i.message}`)
}

/** The independent yardstick the diagnosis is scored on must never be its source (HELPERS.md, issue 13). */
const FORBIDDEN_SOURCE = /sisimai/i

function checkSource(where: string, source: DiagnosisSource, report: Report) {
  if (!source || typeof source !== 'object') return
  if ('url' in source && source.url && FORBIDDEN_SOURCE.test(source.url))
    report(where, `source ${source.url}: sisimai's data is the yardstick, not a source`)
  if ('where' in source && FORBIDDEN_SOURCE.test(source.where))
    report(where, `source "${source.where}": sisimai's data is the yardstick, not a source`)
  if ('rfc' in source && !RFCS.some((r) => r.number === source.rfc)) report(where, `cites RFC ${source.rfc}, which is not listed in data/rfcs.ts`)
}

/** Numbers the README quotes. */
export function diagnosisCounts(data: DiagnosisData = DIAGNOSIS_DATA) {
  return {
    rules: data.rules.length,
    providerRules: data.rules.filter((r) => r.provider).length,
    genericRules: data.rules.filter((r) => !r.provider).length,
    providers: data.providers.length,
    examples: data.rules.reduce((n, r) => n + r.examples.length, 0),
    reasons: data.reasons.length,
    unregisteredCodes: UNREGISTERED_CODES.length,
  }
}

export const HOSTILE_SIZE = 64 * 1024

/**
 * Texts of 64 KiB built to make a pattern work hard: its own anchors repeated (every position a candidate start),
 * each example with its last character cut repeated (long near-misses), and runs of one character.
 */
export function hostileTexts(pattern: string, examples: readonly string[] = []): string[] {
  const fillTo = (unit: string) => (unit.length === 0 ? '' : unit.repeat(Math.ceil(HOSTILE_SIZE / unit.length)).slice(0, HOSTILE_SIZE))
  const anchors = analyzePattern(pattern).anchors
  const texts = [fillTo('a'), fillTo(' '), fillTo('0.'), fillTo(anchors.join(' ') + ' '), fillTo(anchors.join(''))]
  for (const e of examples.slice(0, 3)) texts.push(fillTo(`${e.slice(0, -1)} `))
  return texts
}

/** The slowest time in ms (best of `runs`) that the pattern takes on any hostile text. */
export function worstHostileMs(pattern: string, examples: readonly string[] = [], runs = 3): number {
  const re = new RegExp(pattern, 'i')
  let worst = 0
  for (const text of hostileTexts(pattern, examples)) {
    let best = Infinity
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      re.exec(text)
      best = Math.min(best, performance.now() - t0)
    }
    worst = Math.max(worst, best)
  }
  return worst
}
