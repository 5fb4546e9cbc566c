// The diagnosis rule set and postal-mime are modules the Worker loads on first use: a cold isolate has neither,
// a lookup or a comparison loads neither, the first request that diagnoses loads the rule set, and the modules
// the Worker loads are the current data and the same parser as the npm package's.
import PostalMime, { decodeWords } from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { buildPatternIndex } from '../../data/diagnosis/pattern-index.ts'
import { RULE_SET } from '../../data/diagnosis/rule-set.ts'
import { RULES } from '../../data/diagnosis/rules/index.ts'
import { ruleSet } from '../../worker/core/rule-set.ts'
import { loadMimeParserModule, loadRuleSetModule } from '../../worker/lazy-modules.ts'
import { get, json, send } from '../support/fetch.ts'
import postfix from '../core/fixtures/bounces/postfix.eml?raw'

const loaded = () => {
  try {
    return ruleSet().rules.length > 0
  } catch {
    return false
  }
}

describe('content loaded on first use', () => {
  it('is loaded by the first request that diagnoses, not by lookups, comparisons or other pages', async () => {
    expect(loaded()).toBe(false)
    for (const path of ['/v1/codes/535', '/v1/codes/5.7.606', '/v1/compare/252/535', '/compare/252-vs-535', '/', '/search?q=550']) {
      const res = await send(path, { headers: { Accept: 'application/json' }, redirect: 'manual' })
      expect(res.status, path).toBeLessThan(400)
      expect(loaded(), path).toBe(false)
    }
    const body = await json(await get('/v1/explain?reply=550%205.1.1%20User%20unknown', { Accept: 'application/json' }))
    expect(body.diagnosis.reason).toBe('user-unknown')
    expect(loaded()).toBe(true)
    expect(ruleSet().rules).toEqual(RULES)
  })

  it('loads the current rule set, with the word index of its patterns as the engine would compute it', async () => {
    expect(await loadRuleSetModule()).toEqual({ ...RULE_SET, patternIndex: buildPatternIndex(RULE_SET) })
  })

  it('loads a postal-mime that reads a message as the npm package does', async () => {
    const lazy = await loadMimeParserModule()
    const opts = { attachmentEncoding: 'utf8', forceRfc822Attachments: true } as const
    expect(await lazy.default.parse(postfix, opts)).toEqual(await PostalMime.parse(postfix, opts))
    const word = '=?UTF-8?Q?Quarterly_figures_=E2=80=94_draft?='
    expect(lazy.decodeWords(word)).toBe(decodeWords(word))
  })
})
