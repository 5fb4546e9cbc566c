// A class has one name per language: the code card, the comparison summary, the summary list, the explanation and
// the API's classInfo (which the widget badge shows) all say the same words.
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../data/i18n/locales.ts'
import { get, json } from '../support/fetch.ts'

const ENGLISH = 'Permanent Negative Completion'

describe('class names', () => {
  it('are the page language on a Russian code card, comparison and explanation', async () => {
    const card = await (await get('/ru/codes/550')).text()
    expect(card).toContain('Постоянное отрицательное завершение')
    expect(card).not.toContain(ENGLISH)
    const comparison = await (await get('/ru/compare/550-vs-5.1.1')).text()
    expect(comparison).not.toContain(ENGLISH)
    const explained = await (await get('/ru/explain?reply=550%205.1.1%20no')).text()
    expect(explained).toContain('Постоянное отрицательное завершение')
  })

  it('are the same words in the API entry, its summary and its explanation, in every language', async () => {
    for (const lang of LOCALES) {
      const entry = (await json(await get(`/v1/codes/550?lang=${lang}`))).entries[0]
      const name: string = entry.classInfo.name
      if (lang !== 'en') expect(name, lang).not.toBe(ENGLISH)
      const summary: string = (await json(await get(`/v1/compare/550/421?lang=${lang}`))).summary
      expect(summary.toLowerCase(), lang).toContain(name.toLowerCase())
      const explanation = await json(await get(`/v1/explain?reply=550%20no&lang=${lang}`))
      expect(explanation.classInfo.name, lang).toBe(name)
    }
  })
})

describe('English left on a translated page', () => {
  it('is marked lang="en" where it is English, and only there', async () => {
    const vi = await (await get('/vi/compare/550-vs-5.1.1')).text()
    const viMeaning = /<li><strong class="c5">550<\/strong> — [^:]+: <span( lang="en")?>/.exec(vi)
    expect(viMeaning, 'summary list item').not.toBeNull()
    expect(viMeaning![1], 'Vietnamese class meanings are translated').toBeUndefined()
    const ru = await (await get('/ru/compare/550-vs-5.1.1')).text()
    expect(ru).toMatch(/<li><strong class="c5">550<\/strong> — [^:]+: <span lang="en">/)
    // The enhanced code's subject has no translation: marked as English on the card.
    expect(ru).toMatch(/· <span lang="en">Addressing Status<\/span>/)
  })
})
