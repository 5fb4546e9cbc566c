// Records, for each translated field, a fingerprint of the English text it was translated from
// (data/i18n/content/<locale>.lock.json). Run it after updating a translation to match changed English prose:
//   npm run lock:translations
// The translation tests fail while any English source differs from what its lock entry recorded.
import { writeFileSync } from 'node:fs'
import { LANGUAGE_PACKS } from '../data/i18n/packs.all.ts'
import { translatedFields } from '../data/i18n/content/sources.ts'
import { fingerprint } from '../worker/core/fingerprint.ts'

for (const [locale, pack] of Object.entries(LANGUAGE_PACKS)) {
  const lock = Object.fromEntries(
    translatedFields(pack!.content)
      .filter((f) => f.translated !== undefined)
      .map((f) => [f.path, fingerprint(f.en)]),
  )
  const file = `data/i18n/content/${locale}.lock.json`
  writeFileSync(file, `${JSON.stringify(lock, null, 1)}\n`)
  console.log(`${file}: ${Object.keys(lock).length} fields`)
}
