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
