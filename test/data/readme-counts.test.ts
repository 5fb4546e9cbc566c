// The README quotes the catalog's size; this keeps the quote true.
import { expect, it } from 'vitest'
import readme from '../../README.md?raw'
import { catalogCounts } from '../../data/validate.ts'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import { diagnosisCounts } from '../../data/diagnosis/validate.ts'

it('quotes the catalog counts the data has', () => {
  const c = catalogCounts()
  expect(readme).toContain(`${c.basicCodes} basic reply codes`)
  expect(readme).toContain(`${c.enhancedCodes} enhanced status codes`)
  expect(readme).toContain(`${c.confusablePairs} curated pairs`)
  expect(readme).toContain(`lists exactly these ${c.basicCodes + c.enhancedCodes} entries`)
  expect(readme).toContain(`${c.basicCodesWithContexts} codes, ${c.basicContexts} contexts`)
})

it('quotes the diagnosis counts the data has, and a real example for every reason', () => {
  const c = diagnosisCounts()
  expect(readme).toContain(
    `${c.rules} diagnosis rules (${c.genericRules} generic, ${c.providerRules} provider rules), ${c.providers} providers and blocklists, ${c.unregisteredCodes} codes in no RFC`,
  )
  for (const r of REASONS)
    expect(readme, r.id).toContain(`| \`${r.id}\` | ${EN_DIAGNOSIS.reasons[r.id].summary} | ${r.actor} | \`${r.example.replace(/\|/g, '\\|')}\` |`)
})
