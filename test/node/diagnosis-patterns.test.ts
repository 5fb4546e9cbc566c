// Runs in Node, not workerd: workerd's clock does not advance during synchronous code, and this check measures
// time. Every pattern the engine compiles must scan 64 KiB of text built to be hard for it in under 1 ms.
import { expect, it } from 'vitest'
import { IMPLIED_STATUSES } from '../../data/diagnosis/implied-statuses.ts'
import { PROVIDERS } from '../../data/diagnosis/providers.ts'
import { RULES } from '../../data/diagnosis/rules/index.ts'
import { worstHostileMs } from '../../data/diagnosis/validate.ts'

it('every rule and provider pattern scans 64 KiB of hostile text in under 1 ms', () => {
  const patterns = [
    ...RULES.map((r) => ({ where: `rule ${r.id}`, pattern: r.pattern, examples: r.examples })),
    ...PROVIDERS.flatMap((p) => [...(p.codes ?? []), ...(p.hints ?? [])].map((pattern) => ({ where: `provider ${p.id}`, pattern, examples: [] }))),
    ...IMPLIED_STATUSES.map((s) => ({ where: `implied status ${s.status}`, pattern: s.pattern, examples: s.examples })),
  ]
  const slow = patterns
    .map((p) => ({ ...p, ms: worstHostileMs(p.pattern, p.examples) }))
    .filter((p) => p.ms >= 1)
    .map((p) => `${p.where} /${p.pattern}/: ${p.ms.toFixed(2)} ms`)
  expect(slow, slow.join('\n')).toEqual([])
})
