// The diagnosis data is tested like the catalog: the shipped rules validate cleanly (each example diagnosed as its
// rule says, through the real parser and engine), and the validator catches each kind of mistake.
import { describe, expect, it } from 'vitest'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import { VI_DIAGNOSIS } from '../../data/diagnosis/i18n/vi.ts'
import { PROVIDERS } from '../../data/diagnosis/providers.ts'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import { RULES } from '../../data/diagnosis/rules/index.ts'
import type { DiagnosisRule } from '../../data/diagnosis/types.ts'
import { DIAGNOSIS_DATA, validateDiagnosis, type Classify } from '../../data/diagnosis/validate.ts'
import { diagnose } from '../../worker/core/diagnose.ts'
import { parseReply } from '../../worker/core/reply-parser.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

const classify: Classify = (reply) => {
  const p = parseReply(reply)
  if (!p || (!p.basic && !p.enhanced)) return undefined
  const d = diagnose({
    ...(p.basic ? { basic: p.basic } : {}),
    ...(p.enhanced ? { enhanced: p.enhanced } : {}),
    text: p.text,
    ...(p.stage ? { stage: p.stage } : {}),
  })
  return { reason: d.reason, ...(d.provider ? { provider: d.provider.id } : {}), ...(d.rule ? { rule: d.rule } : {}) }
}

const rule = (over: Partial<DiagnosisRule>): DiagnosisRule => ({
  id: 'test-rule',
  reason: 'mailbox-full',
  pattern: '\\bmailbox full\\b',
  source: { rfc: 5321, section: '4.2.2' },
  examples: ['552 5.2.2 Mailbox full'],
  ...over,
})
const withRule = (r: DiagnosisRule) => ({ ...DIAGNOSIS_DATA, rules: [...RULES, r] })
const problemsOf = (r: DiagnosisRule) => validateDiagnosis(withRule(r), classify).filter((p) => p.startsWith(`rule ${r.id}:`))

describe('the shipped diagnosis data', () => {
  it('has no problems', () => {
    const problems = validateDiagnosis(DIAGNOSIS_DATA, classify)
    expect(problems, `diagnosis data problems:\n${problems.join('\n')}`).toEqual([])
  })

  it('has a reason entry for every reason id, and providers for the rules that name one', () => {
    expect(REASONS.length).toBe(25)
    const ids = new Set(PROVIDERS.map((p) => p.id))
    for (const r of RULES) if (r.provider) expect(ids, r.id).toContain(r.provider)
  })
})

it('has Vietnamese words for every reason, with the same placeholders as English', () => {
  for (const [id, en] of Object.entries(EN_DIAGNOSIS.reasons)) {
    const vi = VI_DIAGNOSIS.reasons[id as keyof typeof EN_DIAGNOSIS.reasons]
    expect(vi?.title, id).toBeTruthy()
    expect(vi?.summary, id).toBeTruthy()
    expect(vi?.steps?.length, id).toBeGreaterThan(0)
    for (const field of ['provider', 'delist'] as const) {
      if (en[field]) expect(vi?.[field], `${id}.${field}`).toMatch(/\{name\}.*\{url\}/)
    }
  }
})

describe('the validator', () => {
  it('rejects an example that the rules diagnose otherwise', () => {
    expect(problemsOf(rule({ id: 'wrong-example', examples: ['550 5.1.1 User unknown in local recipient table'] })).join('\n')).toMatch(
      /diagnosed as user-unknown/,
    )
  })

  it('rejects duplicate ids and unknown providers', () => {
    expect(
      problemsOf(rule({ id: RULES[0]!.id })).length +
        validateDiagnosis(withRule(rule({ id: RULES[0]!.id })), classify).filter((p) => /duplicate id/.test(p)).length,
    ).toBeGreaterThan(0)
    expect(problemsOf(rule({ id: 'no-such-provider', provider: 'nowhere' })).join('\n')).toMatch(/provider "nowhere" is not in/)
  })

  it('rejects patterns that are not linear-time or not indexable', () => {
    expect(problemsOf(rule({ id: 'star', pattern: '\\bmailbox.*full' })).join('\n')).toMatch(/unbounded repeat/)
    expect(problemsOf(rule({ id: 'nested', pattern: '\\bmailbox(?: full.{0,3}){0,4}' })).join('\n')).toMatch(/repeated group|nested quantifiers/)
    expect(problemsOf(rule({ id: 'backref', pattern: '\\b(mail)box \\1' })).join('\n')).toMatch(/back-reference/)
    expect(problemsOf(rule({ id: 'wide', pattern: '\\bmailbox.{0,500}full' })).join('\n')).toMatch(/exceeds/)
    expect(problemsOf(rule({ id: 'no-anchor', pattern: '[a-z]{1,3}box' })).join('\n')).toMatch(/no indexable word/)
    expect(problemsOf(rule({ id: 'broken', pattern: '\\bmailbox (full' })).join('\n')).toMatch(/not a valid regular expression|unterminated group/)
  })

  it('rejects sisimai as a source and RFCs the catalog does not list', () => {
    expect(problemsOf(rule({ id: 'yardstick', source: { url: 'https://github.com/sisimai/set-of-emails/blob/master/x.eml' } })).join('\n')).toMatch(
      /yardstick/,
    )
    expect(problemsOf(rule({ id: 'unlisted-rfc', source: { rfc: 9999 } })).join('\n')).toMatch(/RFC 9999/)
  })

  it('rejects a rule without examples or with a malformed code constraint', () => {
    expect(problemsOf(rule({ id: 'no-examples', examples: [] })).join('\n')).toMatch(/examples/)
    expect(problemsOf(rule({ id: 'bad-code', codes: ['5.x'] })).join('\n')).toMatch(/codes/)
  })
})
