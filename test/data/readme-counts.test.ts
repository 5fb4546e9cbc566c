// The README quotes the catalog's size; this keeps the quote true.
import { expect, it } from 'vitest'
import readme from '../../README.md?raw'
import { catalogCounts } from '../../data/validate.ts'

it('quotes the catalog counts the data has', () => {
  const c = catalogCounts()
  expect(readme).toContain(`${c.basicCodes} basic reply codes`)
  expect(readme).toContain(`${c.enhancedCodes} enhanced status codes`)
  expect(readme).toContain(`${c.confusablePairs} curated pairs`)
  expect(readme).toContain(`lists exactly these ${c.basicCodes + c.enhancedCodes} entries`)
  expect(readme).toContain(`${c.basicCodesWithContexts} codes, ${c.basicContexts} contexts`)
})
