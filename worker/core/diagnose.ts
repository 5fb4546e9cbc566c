// Says why a reply failed and what to do, from its words first and its codes second. Pure: no HTTP. The rules
// (data/diagnosis/, registered with ./rule-set.ts) are compiled on the first call, not at startup, and indexed by
// the literal phrases each pattern needs, so a reply costs one pass over its words plus the few patterns those words
// make possible.
import type { CodeReason } from '../../data/diagnosis/code-reasons.ts'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import { isWordCode } from '../../data/diagnosis/pattern.ts'
import { buildPatternIndex, indexedPatterns } from '../../data/diagnosis/pattern-index.ts'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import { ruleSet } from './rule-set.ts'
import { findUnregistered } from './unregistered.ts'
import {
  HARD_REASONS,
  type Basis,
  type BounceKind,
  type Confidence,
  type DiagnosisRule,
  type DiagnosisTexts,
  type Provider,
  type ReasonId,
  type ReasonInfo,
  type ReasonText,
} from '../../data/diagnosis/types.ts'
import { DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import type { Actor, Stage } from '../../data/schema.ts'
import { diagnosisTextsFor, onLanguagePackChange } from './content.ts'

/** Real replies are a few hundred characters; past this a paste is not a reply, and rules only read this much. */
export const MAX_DIAGNOSE_TEXT = 4096

export interface DiagnoseInput {
  basic?: string
  enhanced?: string
  /** The server's words, codes stripped (an explanation's `text`). Evidence offsets point into it. */
  text: string
  stage?: Stage
  /** The remote MTA's host name when known (a DSN's Remote-MTA, a log's "host … said"). */
  remoteHost?: string
}

export interface Diagnosis {
  reason: ReasonId
  /** The reason in words, in the answer's language. */
  title: string
  summary: string
  bounce: BounceKind
  actor: Actor
  steps: string[]
  basis: Basis
  /** The words that decided it; present when the basis is `text`. Offsets are UTF-16 indexes into the text. */
  evidence?: { text: string; start: number; end: number }
  provider?: { id: string; name: string; code?: string; url: string }
  confidence: Confidence
  /** The id of the rule that decided, for tracing a diagnosis back to its data. */
  rule?: string
}

/** `sticky`: the pattern's every match starts at one of its anchors, so it is tried only there (flag y). */
type Matcher = { re: RegExp; sticky: boolean } & (
  | { kind: 'rule'; rule: DiagnosisRule; codes: ((c: Codes) => boolean) | null }
  | { kind: 'code'; provider: Provider }
  | { kind: 'hint'; provider: Provider }
)

interface Codes {
  basic?: string
  enhanced?: string
  cls: number
}

/**
 * The anchor trie, flat: node 0 is the root, and the edge from node n on character code k is found in an
 * open-addressed table keyed n * 65536 + k (one multiply, one probe or two, no Map and no call per character).
 */
interface Trie {
  edgeKey: Float64Array
  edgeTo: Int32Array
  mask: number
  /** Per node, the matchers whose anchor ends there. */
  ends: Array<number[] | null>
}

const edgeSlot = (node: number, code: number, mask: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask

function buildTrie(anchors: Array<{ anchor: string; id: number }>): Trie {
  // There are at most as many edges as anchor characters, so the table is sized once and filled in place.
  let chars = 0
  for (const { anchor } of anchors) chars += anchor.length
  let size = 16
  while (size < chars * 2) size *= 2
  const mask = size - 1
  const edgeKey = new Float64Array(size).fill(-1)
  const edgeTo = new Int32Array(size)
  const ends: Array<number[] | null> = [null]
  for (const { anchor, id } of anchors) {
    let node = 0
    for (let i = 0; i < anchor.length; i++) {
      const code = anchor.charCodeAt(i)
      const key = node * 65536 + code
      let slot = edgeSlot(node, code, mask)
      while (edgeKey[slot] !== -1 && edgeKey[slot] !== key) slot = (slot + 1) & mask
      if (edgeKey[slot] === -1) {
        edgeKey[slot] = key
        edgeTo[slot] = ends.push(null) - 1
      }
      node = edgeTo[slot]!
    }
    ;(ends[node] ??= []).push(id)
  }
  return { edgeKey, edgeTo, mask, ends }
}

interface Compiled {
  matchers: Matcher[]
  /** Every anchor, character by character: a walk from each word start finds the anchors that begin there. */
  trie: Trie
  enhancedPatterns: Array<{ re: RegExp; provider: Provider }>
  providers: Map<string, Provider>
  /** Mail host domain suffix ("yahoodns.net") → its provider. */
  hosts: Map<string, Provider>
  reasons: Map<ReasonId, ReasonInfo>
  stamps: Uint32Array
  /** Per matcher, the first text position where one of its anchors starts, and any further ones (sticky matchers, one call). */
  firstAt: Int32Array
  moreAt: Array<number[] | undefined>
  generation: number
}

let compiled: Compiled | undefined

/** A code constraint ("5", "55", "550", "5.7", "5.7.1", "X.7.1") as a test on a reply's codes. */
function constraintTest(constraint: string): (c: Codes) => boolean {
  if (!constraint.includes('.')) {
    if (constraint.length === 1) {
      const cls = Number(constraint)
      return (c) => c.cls === cls
    }
    return (c) => c.basic !== undefined && c.basic.startsWith(constraint)
  }
  const anyClass = constraint.startsWith('X')
  const tail = anyClass ? constraint.slice(1) : constraint
  return (c) => {
    const e = c.enhanced
    if (!e) return false
    const rest = anyClass ? e.slice(1) : e
    return rest === tail || rest.startsWith(`${tail}.`)
  }
}

function compile(): Compiled {
  const set = ruleSet()
  const { rules: RULES, providers: PROVIDERS } = set
  // The Worker's rule-set module brings the word index precomputed; one that does not match the patterns (another
  // build's) is recomputed, as it is for a rule set registered without one.
  let patternIndex = set.patternIndex
  if (patternIndex?.length !== indexedPatterns(set).length) patternIndex = buildPatternIndex(set)
  const matchers: Matcher[] = []
  const anchored: Array<{ anchor: string; id: number }> = []
  type Spec = { kind: 'rule'; rule: DiagnosisRule; codes: ((c: Codes) => boolean) | null } | { kind: 'code' | 'hint'; provider: Provider }
  const index = (source: string, spec: Spec) => {
    const [anchors, leading] = patternIndex[matchers.length]!
    const id = matchers.push({ ...spec, re: new RegExp(source, leading ? 'iy' : 'i'), sticky: leading } as Matcher) - 1
    // The validation rejects patterns without anchors; one that slipped through is simply never a candidate.
    for (const anchor of anchors) anchored.push({ anchor, id })
  }
  for (const rule of RULES) {
    const tests = rule.codes?.map(constraintTest)
    index(rule.pattern, { kind: 'rule', rule, codes: tests ? (c) => tests.some((t) => t(c)) : null })
  }
  const enhancedPatterns: Compiled['enhancedPatterns'] = []
  for (const provider of PROVIDERS) {
    for (const p of provider.codes ?? []) index(p, { kind: 'code', provider })
    for (const p of provider.hints ?? []) index(p, { kind: 'hint', provider })
    if (provider.enhanced?.length) enhancedPatterns.push({ re: new RegExp(`^(?:${provider.enhanced.join('|')})$`), provider })
  }
  return {
    matchers,
    trie: buildTrie(anchored),
    enhancedPatterns,
    providers: new Map(PROVIDERS.map((p) => [p.id, p])),
    // The first provider that lists a host keeps it, as a scan of the list in order would.
    hosts: new Map(
      PROVIDERS.flatMap((p) => (p.hosts ?? []).map((h) => [h, p] as const))
        .reverse()
        .map(([h, p]) => [h, p]),
    ),
    reasons: new Map(REASONS.map((r) => [r.id, r])),
    stamps: new Uint32Array(matchers.length),
    firstAt: new Int32Array(matchers.length),
    moreAt: matchers.map(() => undefined),
    generation: 0,
  }
}

/** Ids of the matchers whose anchors occur at a word start in the text, ascending (= the order rules are tried). */
function candidates(c: Compiled, lower: string): number[] {
  const found: number[] = []
  if (c.generation === 0xfffffffe) {
    c.stamps.fill(0)
    c.generation = 0
  }
  const gen = ++c.generation
  const n = lower.length
  const { edgeKey, edgeTo, mask, ends } = c.trie
  let prevWord = false
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i)
    const word = isWordCode(code)
    if (word && !prevWord) {
      // Walk the trie along the text from this word start; every node passed that ends an anchor enables its matchers.
      let node = 0
      for (let j = i; j < n; j++) {
        const k = lower.charCodeAt(j)
        const key = node * 65536 + k
        let slot = edgeSlot(node, k, mask)
        let next = -1
        for (let probe = edgeKey[slot]!; probe !== -1; probe = edgeKey[slot]!) {
          if (probe === key) {
            next = edgeTo[slot]!
            break
          }
          slot = (slot + 1) & mask
        }
        if (next < 0) break
        node = next
        const ids = ends[node]
        if (ids) {
          for (let x = 0; x < ids.length; x++) {
            const id = ids[x]!
            if (c.stamps[id] !== gen) {
              c.stamps[id] = gen
              c.firstAt[id] = i
              c.moreAt[id] = undefined
              found.push(id)
            } else if (c.firstAt[id] !== i) (c.moreAt[id] ??= []).push(i)
          }
        }
      }
    }
    prevWord = word
  }
  // Insertion sort: a reply enables a dozen or so matchers, found almost in order.
  for (let i = 1; i < found.length; i++) {
    const id = found[i]!
    let j = i - 1
    while (j >= 0 && found[j]! > id) {
      found[j + 1] = found[j]!
      j--
    }
    found[j + 1] = id
  }
  return found
}

function textsFor(lang: Locale): DiagnosisTexts {
  return lang === DEFAULT_LOCALE ? EN_DIAGNOSIS : (textCache.get(lang) ?? buildTexts(lang))
}

const textCache = new Map<Locale, DiagnosisTexts>()
onLanguagePackChange(() => textCache.clear())

function buildTexts(lang: Locale): DiagnosisTexts {
  // Registered with the language's pack (worker/language-packs.ts loads it on first use).
  const t = diagnosisTextsFor(lang)
  if (!t) return EN_DIAGNOSIS
  const reasons = {} as Record<ReasonId, ReasonText>
  for (const [id, en] of Object.entries(EN_DIAGNOSIS.reasons) as Array<[ReasonId, ReasonText]>) {
    const tr = t.reasons[id] ?? {}
    reasons[id] = {
      title: tr.title || en.title,
      summary: tr.summary || en.summary,
      steps: tr.steps?.length ? tr.steps : en.steps,
      ...(en.provider ? { provider: tr.provider || en.provider } : {}),
      ...(en.delist ? { delist: tr.delist || en.delist } : {}),
    }
  }
  const labels = { ...EN_DIAGNOSIS.labels }
  for (const [k, v] of Object.entries(t.labels ?? {})) if (v) labels[k as keyof typeof labels] = v
  const out: DiagnosisTexts = {
    reasons,
    labels,
    notAFailure: {
      title: t.notAFailure?.title || EN_DIAGNOSIS.notAFailure.title,
      summary: t.notAFailure?.summary || EN_DIAGNOSIS.notAFailure.summary,
    },
  }
  textCache.set(lang, out)
  return out
}

const fill = (template: string, provider: Provider, url: string) => template.replace('{name}', provider.name).replace('{url}', url)

function fromCodes(codes: Codes, stage: Stage | undefined): { reason: ReasonId; confidence: Confidence; basis: Basis } {
  const { basicReasons: BASIC_REASONS, basicStageReasons: BASIC_STAGE_REASONS, enhancedReasons: ENHANCED_REASONS } = ruleSet()
  let enhanced: CodeReason | undefined
  if (codes.enhanced) {
    const [, subject, detail] = codes.enhanced.split('.')
    enhanced = ENHANCED_REASONS[`X.${subject}.${detail}`]
    // A vendor's own code we know (5.7.606), else its subject, as RFC 3463 §2 says a client may read it.
    const vendor = enhanced ? undefined : findUnregistered(codes.enhanced)
    if (vendor) enhanced = { reason: vendor.reason, confidence: 'high' }
    if (!enhanced) {
      const bySubject = ENHANCED_REASONS[`X.${subject}.0`]
      if (bySubject) enhanced = { reason: bySubject.reason, confidence: 'low' }
    }
  }
  const vendorBasic = codes.basic && !BASIC_REASONS[codes.basic] ? findUnregistered(codes.basic) : undefined
  const basic = codes.basic
    ? ((stage && BASIC_STAGE_REASONS[codes.basic]?.[stage]) ??
      BASIC_REASONS[codes.basic] ??
      (vendorBasic ? { reason: vendorBasic.reason, confidence: 'low' as const } : undefined))
    : undefined
  if (enhanced && (enhanced.reason !== 'unknown' || !basic)) return { ...enhanced, basis: 'enhanced-code' }
  if (basic) return { ...basic, basis: 'basic-code' }
  return { reason: 'unknown', confidence: 'low', basis: codes.enhanced ? 'enhanced-code' : 'basic-code' }
}

/** The diagnosis of one reply. */
export function diagnose(input: DiagnoseInput, lang: Locale = DEFAULT_LOCALE): Diagnosis {
  const c = (compiled ??= compile())
  const cls = Number((input.basic ?? input.enhanced ?? '0')[0])
  const codes: Codes = { basic: input.basic || undefined, enhanced: input.enhanced || undefined, cls }
  const texts = textsFor(lang)
  const text = input.text.length > MAX_DIAGNOSE_TEXT ? input.text.slice(0, MAX_DIAGNOSE_TEXT) : input.text

  if (cls === 2 || cls === 3) {
    return {
      reason: 'unknown',
      title: texts.notAFailure.title,
      summary: texts.notAFailure.summary,
      bounce: 'none',
      actor: cls === 2 ? 'nobody' : 'client',
      steps: [],
      basis: input.basic ? 'basic-code' : 'enhanced-code',
      confidence: 'high',
    }
  }

  // Positions come from the lower-cased text; where lower-casing changed its length they are not the text's.
  const lower = text.toLowerCase()
  const exact = lower.length === text.length
  const run = (m: Matcher, id: number): RegExpExecArray | null => {
    if (!m.sticky || !exact) {
      m.re.lastIndex = 0
      return m.sticky ? new RegExp(m.re.source, 'i').exec(text) : m.re.exec(text)
    }
    m.re.lastIndex = c.firstAt[id]!
    const match = m.re.exec(text)
    if (match) return match
    for (const at of c.moreAt[id] ?? []) {
      m.re.lastIndex = at
      const again = m.re.exec(text)
      if (again) return again
    }
    return null
  }

  let decided: { rule: DiagnosisRule; match: RegExpExecArray } | undefined
  let codeToken: { provider: Provider; code: string } | undefined
  let hinted: Provider | undefined
  // Once a provider's own rule has decided for sure, only that provider's code token can still matter: the other
  // providers' tokens and every hint are skipped (their regexes are most of the remaining cost).
  let settled: Provider | undefined
  for (const id of candidates(c, lower)) {
    const m = c.matchers[id]!
    if (m.kind === 'rule') {
      if (decided) continue
      if (m.codes && !m.codes(codes)) continue
      if (m.rule.stages && !(input.stage && m.rule.stages.includes(input.stage))) continue
      const match = run(m, id)
      if (match) {
        decided = { rule: m.rule, match }
        if (m.rule.provider && (m.rule.confidence ?? 'high') === 'high') settled = c.providers.get(m.rule.provider)
      }
    } else if (m.kind === 'code') {
      if (codeToken || (settled && m.provider !== settled)) continue
      const match = run(m, id)
      if (match) codeToken = { provider: m.provider, code: match[1] ?? match[0] }
    } else if (!hinted && !settled && run(m, id)) {
      hinted = m.provider
    }
  }

  // Words a rule marks as weaker than high ("access denied", "policy") say no more than a specific code does:
  // then the code decides (550 5.1.1 "Access denied" is still an unknown user; 5.7.705 is Microsoft's own).
  let fallback = decided ? undefined : fromCodes(codes, input.stage)
  if (decided && decided.rule.confidence && decided.rule.confidence !== 'high') {
    const byCode = fromCodes(codes, input.stage)
    if (byCode.confidence === 'high' && byCode.reason !== decided.rule.reason) {
      decided = undefined
      fallback = byCode
    }
  }
  const reason: ReasonId = decided ? decided.rule.reason : fallback!.reason

  // Which provider: the deciding rule's, else one whose own code token or enhanced code the reply carries, else
  // one its words or its host name point at.
  let provider: Provider | undefined = decided?.rule.provider ? c.providers.get(decided.rule.provider) : undefined
  let providerCode: string | undefined
  if (codeToken && (!provider || provider === codeToken.provider)) {
    provider = codeToken.provider
    providerCode = codeToken.code
  }
  if (input.enhanced && !providerCode) {
    for (const e of c.enhancedPatterns) {
      if ((!provider || provider === e.provider) && e.re.test(input.enhanced)) {
        provider = e.provider
        providerCode = input.enhanced
        break
      }
    }
  }
  provider ??= hinted
  if (!provider && input.remoteHost) {
    // The host itself, then each parent domain: mx1.mail.yahoodns.net, mail.yahoodns.net, yahoodns.net.
    const host = input.remoteHost.toLowerCase().replace(/\.$/, '')
    for (let from = 0; !provider; ) {
      provider = c.hosts.get(from === 0 ? host : host.slice(from))
      const dot = host.indexOf('.', from)
      if (dot < 0) break
      from = dot + 1
    }
  }

  const info = c.reasons.get(reason)!
  const words = texts.reasons[reason]
  // Only a permanent reply ends delivery: a 4xx is retried by the client whatever its words (or a server it quotes,
  // "451 4.4.0 … responded with: 550 5.1.1 User unknown") say, so it is soft even when they name a bad address.
  const hard = cls === 5 && HARD_REASONS.includes(reason)
  const actor: Actor = reason === 'unknown' ? (cls === 4 ? 'client' : 'sender') : cls === 4 ? (info.transientActor ?? info.actor) : info.actor
  // Built field by field, in the order the API documents, without spreading objects (this runs on every reply).
  const out = {
    reason,
    title: words.title,
    summary: words.summary,
    bounce: hard ? 'hard' : 'soft',
    actor,
    steps: provider ? stepsWith(words, provider) : words.steps.slice(),
    basis: decided ? 'text' : fallback!.basis,
  } as Diagnosis
  if (decided) out.evidence = { text: decided.match[0], start: decided.match.index, end: decided.match.index + decided.match[0].length }
  if (provider)
    out.provider = providerCode
      ? { id: provider.id, name: provider.name, code: providerCode, url: provider.url }
      : { id: provider.id, name: provider.name, url: provider.url }
  out.confidence = decided ? (decided.rule.confidence ?? 'high') : fallback!.confidence
  if (decided) out.rule = decided.rule.id
  return out
}

/** A reason's steps with the provider's delisting page first and its documentation last, filled in once per pair. */
const providerSteps = new WeakMap<ReasonText, Map<string, string[]>>()
function stepsWith(words: ReasonText, provider: Provider): string[] {
  let byProvider = providerSteps.get(words)
  if (!byProvider) providerSteps.set(words, (byProvider = new Map()))
  let steps = byProvider.get(provider.id)
  if (!steps) {
    steps = [...words.steps]
    if (provider.delistUrl && words.delist) steps.unshift(fill(words.delist, provider, provider.delistUrl))
    if (words.provider) steps.push(fill(words.provider, provider, provider.url))
    byProvider.set(provider.id, steps)
  }
  return steps.slice()
}

/**
 * A diagnosis whose reason the delivery report around a reply decided (core/delivery-context.ts), not the reply
 * itself: the reason's words in `lang`, hard or soft and who acts as diagnose() gives them; the reply's provider kept.
 */
export function reportDiagnosis(reason: ReasonId, cls: number, from: Diagnosis, lang: Locale = DEFAULT_LOCALE): Diagnosis {
  const c = (compiled ??= compile())
  const info = c.reasons.get(reason)!
  const words = textsFor(lang).reasons[reason]
  const steps = [...words.steps]
  const provider = from.provider ? c.providers.get(from.provider.id) : undefined
  if (provider && words.provider) steps.push(fill(words.provider, provider, provider.url))
  return {
    reason,
    title: words.title,
    summary: words.summary,
    bounce: HARD_REASONS.includes(reason) && cls === 5 ? 'hard' : 'soft',
    actor: cls === 4 ? (info.transientActor ?? info.actor) : info.actor,
    steps,
    basis: 'delivery-report',
    ...(from.provider ? { provider: from.provider } : {}),
    confidence: 'high',
  }
}

/** Headings and badges for showing a diagnosis, in `lang` where translated. */
export function diagnosisLabels(lang: Locale = DEFAULT_LOCALE): DiagnosisTexts['labels'] {
  return textsFor(lang).labels
}

/** The English words and whom it concerns, for pages and the README. */
export function reasonInfo(reason: ReasonId, lang: Locale = DEFAULT_LOCALE): ReasonInfo & ReasonText {
  const c = (compiled ??= compile())
  return { ...c.reasons.get(reason)!, ...textsFor(lang).reasons[reason] }
}
