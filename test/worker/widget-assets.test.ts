// The widget script and the label chunks it imports by language, as a page on another origin fetches them.
import { describe, expect, it } from 'vitest'
import { WIDGET_LABELS } from '../../data/i18n/widget-labels.all.ts'
import { LOCALES } from '../../data/i18n/locales.ts'
import { get } from '../support/fetch.ts'

/** Relative module specifiers in a script ("./widget-vi-ABC.js"). */
const importsIn = (code: string) => [...code.matchAll(/["'](\.\/widget-[^"']+\.js)["']/g)].map((m) => m[1]!.slice(1))

describe('widget assets', () => {
  it('serves /widget.js with every chunk it imports, cross-origin and cacheable forever', async () => {
    const entry = await get('/widget.js')
    expect(entry.status).toBe(200)
    const chunks = [...new Set(importsIn(await entry.text()))]
    // One chunk per language other than English, plus esbuild's runtime for the import by language.
    expect(chunks.filter((c) => /^\/widget-[a-z]{2}-/.test(c)).length).toBe(LOCALES.length - 1)
    for (const path of chunks) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Content-Type'), path).toBe('text/javascript; charset=utf-8')
      expect(res.headers.get('Cache-Control'), path).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBe('*')
    }
  })

  it('puts each language\'s own words in its chunk, and English only in the entry', async () => {
    const entryCode = await (await get('/widget.js')).text()
    expect(entryCode).toContain(WIDGET_LABELS.en.details)
    expect(entryCode).not.toContain(WIDGET_LABELS.vi.timeline)
    for (const lang of LOCALES.filter((l) => l !== 'en')) {
      const path = importsIn(entryCode).find((c) => c.startsWith(`/widget-${lang}-`))
      expect(path, lang).toBeDefined()
      const code = await (await get(path!)).text()
      expect(code, lang).toContain(WIDGET_LABELS[lang].timeline)
      expect(code, lang).not.toContain(WIDGET_LABELS.en.timeline)
    }
  })

  it('answers 404 for chunk names that do not exist, never another file', async () => {
    for (const path of ['/widget-vi-AAAAAAAA.js', '/widget-xx-ZZZZ1234.js', '/widget-chunk-NOPE0000.js', '/widget-constructor-A.js'])
      expect((await get(path)).status, path).toBe(404)
  })
})
