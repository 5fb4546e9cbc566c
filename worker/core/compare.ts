// Comparisons computed from catalog fields, so every pair works; curated notes are layered on top.
import { DEFAULT_LOCALE, type Locale } from '../../data/i18n/locales.ts'
import { listWithOr, phrasesFor, type ApiPhrases } from '../../data/i18n/api-phrases.ts'
import type { Aspect, CodeEntry, Comparison, Matrix } from '../api/schemas.ts'
import { BoundedCache } from './bounded-cache.ts'
import { contentFor, onLanguagePackChange } from './content.ts'
import { PAIR_NOTES, pairKey } from './catalog.ts'
import { normaliseInput, parseSide, registryKeyOf, renderReference, resolveCode, resolveParsed, summarize, type Resolution } from './codes.ts'

type Failure = Extract<Resolution, { ok: false }> & { side: 'a' | 'b' }
export type CompareOutcome = { ok: true; comparison: Comparison } | { ok: false; failure: Failure }

function classDigits(e: CodeEntry): string {
  return e.kind === 'basic' ? `${e.class}xx` : `${e.class}.x.x`
}

function classNameOf(e: CodeEntry, p: ApiPhrases): string {
  return p.className({ digits: classDigits(e), name: e.classInfo.name, kind: e.kind })
}

/** Where the code arises, at most three stages, in the locale's words. */
function stagePhrases(e: CodeEntry, p: ApiPhrases): string[] {
  return e.stages.slice(0, 3).map((s) => p.stage[s])
}

function stagesText(e: CodeEntry, p: ApiPhrases): string {
  return listWithOr(stagePhrases(e, p), p.or)
}

function rfcsText(e: CodeEntry, p: ApiPhrases): string {
  const rfcs = [...new Set(e.references.flatMap((r) => (r.rfc ? [`RFC ${r.rfc}`] : [])))]
  if (e.kind === 'enhanced') rfcs.push('IANA')
  return rfcs.join(', ') || p.none
}

function aspectsOf(a: CodeEntry, b: CodeEntry, p: ApiPhrases): Aspect[] {
  const values: Array<[Aspect['aspect'], string, string, boolean?]> = [
    ['class', classNameOf(a, p), classNameOf(b, p), a.class === b.class],
    ['retry', p.retry[a.retry.advice], p.retry[b.retry.advice]],
    ['actor', p.actor[a.retry.actor], p.actor[b.retry.actor]],
    ['stage', stagesText(a, p), stagesText(b, p)],
    ['rfc', rfcsText(a, p), rfcsText(b, p)],
    ['pairings', a.pairings.join(', ') || p.none, b.pairings.join(', ') || p.none],
    ['kind', p.kind[a.kind], p.kind[b.kind]],
  ]
  const aspects = values.map(([aspect, va, vb, shared]) => ({
    aspect,
    label: p.aspects[aspect],
    a: va,
    b: vb,
    shared: shared ?? va === vb,
  }))
  // Differences first: they are what the reader came for. The sort is stable, so the aspect order holds within each group.
  return [...aspects.filter((x) => !x.shared), ...aspects.filter((x) => x.shared)]
}

function sentenceFor(e: CodeEntry, p: ApiPhrases): string {
  return p.codeSentence({
    code: e.code,
    classPhrase: p.classPhrase({ digits: classDigits(e), name: e.classInfo.name, kind: e.kind }),
    stages: stagePhrases(e, p),
    pairing: e.pairings.length ? p.pairing(e.pairings.slice(0, 2).join(` ${p.or} `)) : '',
  })
}

/** Ordering for URLs: curated order when the pair is curated, else basic before enhanced, then numeric. */
export function canonicalPair(a: string, b: string): [string, string] {
  const curated = PAIR_NOTES.get(pairKey(a, b))
  if (curated) return [curated.a, curated.b]
  const rank = (c: string) => (c.includes('.') ? 1 : 0)
  const nums = (c: string) => c.split('.').map(Number)
  const cmp = rank(a) - rank(b) || compareNums(nums(a), nums(b))
  return cmp <= 0 ? [a, b] : [b, a]
}

function compareNums(x: number[], y: number[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1)
    if (d) return d
  }
  return 0
}

export function comparisonPath(a: string, b: string): string {
  const [first, second] = canonicalPair(a, b)
  return `/compare/${first}-vs-${second}`
}

function sameCode(a: CodeEntry, b: CodeEntry): boolean {
  return a.code === b.code
}

// A comparison is a function of its two entries' codes and the language, and immutable: built once per isolate
// (bounded, since clients choose the codes), so a repeated comparison is a map read.
const comparisons = new BoundedCache<Comparison>(2048, 4_000_000, () => 1000)
onLanguagePackChange(() => comparisons.clear())

export function compareEntries(a: CodeEntry, b: CodeEntry, lang: Locale = DEFAULT_LOCALE): Comparison {
  const key = `${lang}|${a.code}|${b.code}`
  let hit = comparisons.get(key)
  if (!hit) comparisons.set(key, (hit = buildComparison(a, b, lang)))
  return hit
}

function buildComparison(a: CodeEntry, b: CodeEntry, lang: Locale): Comparison {
  const p = phrasesFor(lang)
  const same = sameCode(a, b)
  const curated = PAIR_NOTES.get(pairKey(a.code, b.code))
  return {
    lang,
    a,
    b,
    same,
    summary: same ? p.same(a.code, b.code) : p.join(sentenceFor(a, p), sentenceFor(b, p)),
    aspects: aspectsOf(a, b, p),
    ...(curated
      ? {
          note: {
            text: contentFor(lang)?.pairs[`${curated.a}|${curated.b}`] || curated.note,
            references: curated.references.map(renderReference),
          },
        }
      : {}),
    page: comparisonPath(a.code, b.code),
  }
}

/**
 * Compare two codes given as text. Failures name the side (a or b) so the caller can say which is wrong. A side in
 * registry form ("X.7.0") takes the other side's class when the registry lists it (X.7.0 next to 5.7.8 is 5.7.0).
 */
export function compareCodes(a: string, b: string, lang: Locale = DEFAULT_LOCALE): CompareOutcome {
  let pa = parseSide(a)
  let pb = parseSide(b)
  if (registryKeyOf(normaliseInput(a)) && !('error' in pb)) pa = parseSide(a, pb.class)
  else if (registryKeyOf(normaliseInput(b)) && !('error' in pa)) pb = parseSide(b, pa.class)
  const ra = resolveParsed(pa, lang)
  if (!ra.ok) return { ok: false, failure: { ...ra, side: 'a' } }
  const rb = resolveParsed(pb, lang)
  if (!rb.ok) return { ok: false, failure: { ...rb, side: 'b' } }
  return { ok: true, comparison: compareEntries(ra.entry, rb.entry, lang) }
}

export type MatrixOutcome = { ok: true; matrix: Matrix } | { ok: false; failure: Extract<Resolution, { ok: false }> & { code: string } }

/** All pairs of 2–6 codes, each with its summary and the aspects on which the two differ. */
export function compareMatrix(codes: readonly string[], lang: Locale = DEFAULT_LOCALE): MatrixOutcome {
  const entries: CodeEntry[] = []
  for (const code of codes) {
    const r = resolveCode(code, lang)
    if (!r.ok) return { ok: false, failure: { ...r, code } }
    entries.push(r.entry)
  }
  const pairs: Matrix['pairs'] = []
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const c = compareEntries(entries[i]!, entries[j]!, lang)
      pairs.push({
        a: c.a.code,
        b: c.b.code,
        summary: c.summary,
        differing: c.aspects.filter((x) => !x.shared).map((x) => x.aspect),
        ...(c.note ? { note: c.note.text } : {}),
      })
    }
  }
  return { ok: true, matrix: { lang, codes: entries.map(summarize), pairs } }
}
