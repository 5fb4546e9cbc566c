// Language packs are loaded on first use: a fresh isolate answers in Vietnamese from the first request, whichever
// way the request names the language, and the modules the Worker loads are the current translations.
import { describe, expect, it } from 'vitest'
import { LANGUAGE_PACKS } from '../../data/i18n/packs.all.ts'
import { PACK_LOADERS } from '../../worker/language-packs.ts'
import { get, json } from '../support/fetch.ts'

const VI = LANGUAGE_PACKS.vi!.content

describe('language packs', () => {
  it('answers the first request of each kind in Vietnamese', async () => {
    const byQuery = await json(await get('/v1/codes/535?lang=vi', { Accept: 'application/json' }))
    expect(byQuery.entries[0].title).toBe(VI.basic['535']!.title)
    const byHeader = await json(await get('/v1/compare/252/535', { Accept: 'application/json', 'Accept-Language': 'fr;q=0.5, vi' }))
    expect(byHeader.note.text).toBe(VI.pairs['252|535'])
    const page = await (await get('/vi/codes/5.7.8')).text()
    expect(page).toContain(VI.enhanced['X.7.8']!.title!)
  })

  it('has a loader for every pack, each loading exactly the current pack', async () => {
    expect(Object.keys(PACK_LOADERS).sort()).toEqual(Object.keys(LANGUAGE_PACKS).sort())
    for (const [lang, load] of Object.entries(PACK_LOADERS)) expect(await load!(), lang).toEqual(LANGUAGE_PACKS[lang as 'vi'])
  })
})
