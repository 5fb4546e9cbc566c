// The provider corpus (test/corpus/provider-replies.json): real replies of mailbox providers, filters and
// blocklists, each labelled by a reader with the reason it means. Run through the path /v1/explain takes (parse and
// explain the reply, then diagnose the explanation), the diagnosis must meet issue 13's bar on them: the right
// reason on at least 95 % of the replies from the community collections and the provider named on at least 80 % of
// the replies that carry a provider's own code. The rates are printed, so a run shows the real numbers.
import { describe, expect, it } from 'vitest'
import { PROVIDERS } from '../../data/diagnosis/providers.ts'
import { RULES } from '../../data/diagnosis/rules/index.ts'
import { HARD_REASONS, REASON_IDS, type ReasonId } from '../../data/diagnosis/types.ts'
import { diagnose, type Diagnosis } from '../../worker/core/diagnose.ts'
import { explainReply } from '../../worker/core/explain.ts'
import readme from '../../README.md?raw'
import { type LabelledReply, misses, pct, providerNamed, rate, rightBounce, rightReason, scoreCorpus } from '../support/corpus-scoring.ts'
import { PROVIDER_RULES } from '../../data/diagnosis/rules/providers/index.ts'
import CORPUS from '../corpus/provider-replies.json'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

interface Entry extends LabelledReply {
  reason: ReasonId
  blocklist?: string
  collections: string[]
  kind?: 'provider-docs' | 'public-bounce' | 'held-out'
  sources: string[]
}

const entries = CORPUS.entries as Entry[]
const providerIds = new Set(PROVIDERS.map((p) => p.id))

function diagnosisOf(text: string): Diagnosis | undefined {
  const outcome = explainReply(text)
  if (!outcome.ok) return undefined
  const x = outcome.explanation
  return diagnose({
    ...(x.basic ? { basic: x.basic } : {}),
    ...(x.enhanced ? { enhanced: x.enhanced } : {}),
    text: x.text,
    ...(x.stage ? { stage: x.stage } : {}),
  })
}

const results = scoreCorpus(entries, diagnosisOf)

const fromCollections = results.filter((r) => r.entry.collections.length > 0)
const others = results.filter((r) => r.entry.collections.length === 0)
const withCode = results.filter((r) => r.entry.providerCode !== undefined)

describe('the provider corpus', () => {
  it('is well-formed: unique ids, known reasons, hard only for a bad address, a source for every reply', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    for (const e of entries) {
      expect(REASON_IDS, e.id).toContain(e.reason)
      expect(e.bounce === 'hard', e.id).toBe(HARD_REASONS.includes(e.reason) && !/^\D{0,80}\b4[0-9]{2}[ -]/.test(e.text))
      expect(e.sources.length, e.id).toBeGreaterThan(0)
      for (const url of e.sources) expect(url, e.id).toMatch(/^https:\/\/\S+$/)
      for (const c of e.collections) expect(['smtp-field-manual', 'smtp-codes'], e.id).toContain(c)
      if (e.collections.length === 0) expect(['provider-docs', 'public-bounce', 'held-out'], e.id).toContain(e.kind)
      if (e.blocklist) expect(providerIds, e.id).toContain(e.blocklist)
      // Pasted bounces carry people's addresses: the corpus keeps only placeholders and abuse desks.
      for (const address of e.text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])
        expect(address, e.id).toMatch(/^(?:example|user|email|sender|jane|abuse)@/i)
    }
  })

  it('gives the right reason for at least 95 % of the replies from the community collections', () => {
    const r = rate(fromCollections, rightReason)
    console.log(
      `provider corpus: right reason on ${pct(r)} of ${fromCollections.length} collection replies, ${pct(rate(others, rightReason))} of ${others.length} others`,
    )
    expect(r, misses(fromCollections).join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('gives the right reason for at least 85 % of the documentation and bounce-report replies', () => {
    expect(rate(others, rightReason), misses(others).join('\n')).toBeGreaterThanOrEqual(0.85)
  })

  it('calls hard or soft as labelled for at least 97 % of the replies', () => {
    const wrong = results.filter((x) => x.d?.bounce !== x.entry.bounce)
    console.log(`provider corpus: hard/soft as labelled on ${pct(1 - wrong.length / results.length)} of ${results.length}`)
    expect(1 - wrong.length / results.length, wrong.map((x) => `${x.entry.id}: ${x.entry.bounce} expected`).join('\n')).toBeGreaterThanOrEqual(0.97)
  })

  it('names the provider on at least 80 % of the replies that carry its own code, and usually that code', () => {
    const named = rate(withCode, providerNamed)
    const code = rate(withCode, (x) => x.d?.provider?.code === x.entry.providerCode)
    console.log(
      `provider corpus: provider named on ${pct(named)} of ${withCode.length} replies with a provider code, the code itself on ${pct(code)}`,
    )
    expect(named).toBeGreaterThanOrEqual(0.8)
    expect(code).toBeGreaterThanOrEqual(0.6)
  })

  it('names the blocklist of a blocklisting and gives its lookup or removal page as a step', () => {
    const listed = results.filter((x) => x.entry.blocklist !== undefined)
    expect(listed.length).toBeGreaterThanOrEqual(10)
    for (const { entry, d } of listed) {
      expect(d?.reason, entry.id).toBe('blocklisted')
      const list = PROVIDERS.find((p) => p.id === entry.blocklist)!
      // A provider's own code outranks the list it quotes (Exchange Online's AS…): then the provider is named.
      if (d?.provider?.id !== entry.provider) {
        expect(d?.provider?.id, entry.id).toBe(list.id)
        expect(d!.steps.join('\n'), entry.id).toContain(list.delistUrl ?? list.url)
      }
    }
  })
})

describe('the README', () => {
  it('quotes the provider counts and the corpus rates the data has', () => {
    const kinds = (k: string) => PROVIDERS.filter((p) => p.kind === k).length
    expect(readme).toContain(
      `knows ${PROVIDERS.length} providers (${kinds('mailbox-provider')} mailbox providers, ${kinds('hosting')} hosting services, ${kinds('filter')} filtering services,\n${kinds('blocklist')} blocklists)`,
    )
    expect(readme).toContain(`holds ${PROVIDER_RULES.length} provider rules`)
    const n = (kind: string) => entries.filter((e) => e.kind === kind).length
    expect(readme).toContain(`The corpus holds ${entries.length} labelled replies: ${fromCollections.length} from`)
    expect(readme).toContain(
      `${n('provider-docs')} from provider documentation, ${n('public-bounce')} quoted in public bounce reports and ${n('held-out')} held out`,
    )
    const reason = (list: typeof results) => pct(rate(list, rightReason))
    expect(readme).toContain(`the right reason on ${reason(fromCollections)} of the collection replies and ${reason(others)} of the others`)
    expect(readme).toContain(`soft as labelled on ${pct(rate(results, rightBounce))}`)
    expect(readme).toContain(`the provider named on ${pct(rate(withCode, providerNamed))} of the ${withCode.length} replies`)
  })
})

describe('the provider registry', () => {
  // The providers and blocklists issue 13 asks the diagnosis to know, by their ids here.
  const required = [
    'google',
    'microsoft',
    'yahoo',
    'icloud',
    'comcast',
    'gmx-webde',
    'orange',
    'laposte',
    'free',
    'mailru',
    'yandex',
    'qq',
    'zoho',
    'godaddy',
    'rackspace',
    'proofpoint',
    'mimecast',
    'barracuda-email',
    'cisco',
    'trendmicro',
    'spamhaus',
    'spamcop',
    'barracuda',
    'sorbs',
    'uceprotect',
  ]

  it('has every provider the issue names, each with rules of its own and replies in the corpus', () => {
    for (const id of required) {
      expect(providerIds, id).toContain(id)
      expect(
        RULES.some((r) => r.provider === id),
        `rules for ${id}`,
      ).toBe(true)
      expect(
        entries.some((e) => e.provider === id || e.blocklist === id),
        `corpus replies for ${id}`,
      ).toBe(true)
    }
  })

  it('gives every blocklist a page to look a listing up on', () => {
    for (const p of PROVIDERS.filter((x) => x.kind === 'blocklist')) expect(p.delistUrl ?? p.url, p.id).toMatch(/^https:\/\//)
  })
})
