// Registers the language pack a request is answered in before its handler runs, so core stays synchronous and a
// cold isolate parses only the languages it serves. Runs after the language middleware, which has resolved the one
// language the answer uses; each pack is imported once per isolate, and once every pack is loaded this is a
// single check.
import type { MiddlewareHandler } from 'hono'
import { allPacksLoaded, loadLanguagePack } from '../language-packs.ts'
import { requestLanguage } from './language.ts'

export const languagePacks = (): MiddlewareHandler => async (c, next) => {
  if (!allPacksLoaded()) {
    const pending = loadLanguagePack(requestLanguage(c))
    if (pending) await pending
  }
  await next()
}
