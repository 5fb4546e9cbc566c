// The written corpus (test/corpus/written-replies.json): replies written for this project from provider
// documentation and server software messages, each citing its source, covering every reason id, every provider and
// the code families whose reason the code alone cannot tell (5.7.1, 4.7.x, 5.2.2, 5.4.x, 550 without an enhanced
// code). Run through the path /v1/explain takes, the diagnosis must meet issue 13's bars on it; the rates are printed.
import { describe, expect, it } from 'vitest'
import { PROVIDERS } from '../../data/diagnosis/providers.ts'
import { HARD_REASONS, REASON_IDS, type ReasonId } from '../../data/diagnosis/types.ts'
import { explainReply } from '../../worker/core/explain.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import readme from '../../README.md?raw'
import { type LabelledReply, misses, pct, providerNamed, rate, rightBounce, rightReason, scoreCorpus } from '../support/corpus-scoring.ts'
import CORPUS from '../corpus/written-replies.json'

interface Entry extends LabelledReply {
  reason: ReasonId
  family?: string
  kind: 'provider-docs' | 'software-docs'
  sources: string[]
}

// Core as the npm package runs it: the rule set by plain import.
useStandaloneCore()

const entries = CORPUS.entries as Entry[]
const results = scoreCorpus(entries, (text) => {
  const x = explainReply(text)
  return x.ok ? x.explanation.diagnosis : undefined
})
describe('the written corpus', () => {
  it('is well-formed: unique ids, a source for every reply, hard only for a bad address, placeholder addresses', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    const providerIds = new Set(PROVIDERS.map((p) => p.id))
    for (const e of entries) {
      expect(REASON_IDS, e.id).toContain(e.reason)
      expect(['provider-docs', 'software-docs'], e.id).toContain(e.kind)
      expect(e.bounce === 'hard', e.id).toBe(HARD_REASONS.includes(e.reason) && !/^\D{0,80}\b4[0-9]{2}[ -]/.test(e.text))
      expect(e.sources.length, e.id).toBeGreaterThan(0)
      for (const url of e.sources) {
        expect(url, e.id).toMatch(/^https:\/\/\S+$/)
        expect(url, e.id).not.toMatch(/sisimai/i)
      }
      if (e.provider) expect(providerIds, e.id).toContain(e.provider)
      for (const address of e.text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])
        expect(address, e.id).toMatch(/^(?:example|user|email|sender|jane|bob|abuse|delist)@/i)
    }
  })

  it('covers every reason id and every provider the diagnosis knows', () => {
    for (const id of REASON_IDS)
      expect(
        entries.some((e) => e.reason === id),
        `a reply for ${id}`,
      ).toBe(true)
    for (const p of PROVIDERS)
      expect(
        entries.some((e) => e.provider === p.id),
        `a reply for ${p.id}`,
      ).toBe(true)
  })

  it('gives the right reason for at least 90 % of the replies and calls hard or soft right on at least 97 %', () => {
    const families = [...new Set(entries.flatMap((e) => (e.family ? [e.family] : [])))]
    console.log(
      `written corpus: right reason on ${pct(rate(results, rightReason))} of ${results.length}, hard/soft on ${pct(rate(results, rightBounce))}; ${families
        .map((f) => {
          const list = results.filter((x) => x.entry.family === f)
          return `${f} ${list.filter(rightReason).length}/${list.length}`
        })
        .join(', ')}`,
    )
    expect(rate(results, rightReason), misses(results, 200).join('\n')).toBeGreaterThanOrEqual(0.9)
    expect(rate(results, rightBounce)).toBeGreaterThanOrEqual(0.97)
  })

  it('names the provider on at least 80 % of the replies that carry its own code', () => {
    const withCode = results.filter((x) => x.entry.providerCode !== undefined)
    const named = rate(withCode, providerNamed)
    console.log(`written corpus: provider named on ${pct(named)} of ${withCode.length} replies with a provider code`)
    expect(withCode.length).toBeGreaterThanOrEqual(20)
    expect(named).toBeGreaterThanOrEqual(0.8)
  })
})

describe('the README', () => {
  it('quotes the written corpus as it is', () => {
    const withCode = results.filter((x) => x.entry.providerCode !== undefined)
    const text = readme.replace(/\s+/g, ' ')
    expect(text).toContain(`holds ${entries.length} replies written for this project`)
    expect(text).toContain(`the right reason on ${pct(rate(results, rightReason))} of the ${entries.length} replies`)
    expect(text).toContain(`soft right on ${pct(rate(results, rightBounce))}`)
    expect(text).toContain(`the provider named on ${pct(rate(withCode, providerNamed))} of the ${withCode.length} replies`)
  })
})
