// The statuses a server files its own code-less words under (data/diagnosis/implied-statuses.ts): each a code the
// registry defines, each example claimed by its own entry and by no earlier one (the first match decides).
import { describe, expect, it } from 'vitest'
import { IMPLIED_STATUSES } from '../../data/diagnosis/implied-statuses.ts'
import { ENHANCED_BY_KEY } from '../../worker/core/catalog.ts'

describe('implied statuses', () => {
  it.each(IMPLIED_STATUSES.map((s) => [s.status, s]))('%s is a registered enhanced code of a failure class', (_, s) => {
    expect(s.status).toMatch(/^[45]\.\d{1,3}\.\d{1,3}$/)
    expect(ENHANCED_BY_KEY.has(`X${s.status.slice(1)}`), s.status).toBe(true)
    expect(s.source.where.length).toBeGreaterThan(10)
    expect(s.examples.length).toBeGreaterThan(0)
  })

  it('each example is claimed first by its own entry', () => {
    const patterns = IMPLIED_STATUSES.map((s) => new RegExp(s.pattern))
    IMPLIED_STATUSES.forEach((s, i) => {
      for (const e of s.examples)
        expect(
          patterns.findIndex((re) => re.test(e)),
          e,
        ).toBe(i)
    })
  })
})
