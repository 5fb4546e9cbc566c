// Every user-visible phrase the API builds (comparison summaries, aspect labels and values). English is
// complete; other locales override any subset and fall back to English key by key.
import type { Locale } from './locales.ts'
import { listWithOr, type ApiPhrases, type PhraseOverrides } from './api-phrases/types.ts'
import vi from './api-phrases/vi.ts'
import ru from './api-phrases/ru.ts'
import fr from './api-phrases/fr.ts'
import pt from './api-phrases/pt.ts'
import tr from './api-phrases/tr.ts'
import es from './api-phrases/es.ts'
import de from './api-phrases/de.ts'
import ja from './api-phrases/ja.ts'
import zh from './api-phrases/zh.ts'
import ko from './api-phrases/ko.ts'
import id from './api-phrases/id.ts'
import en from './api-phrases/en.ts'

export { listWithOr, type ApiPhrases, type PhraseOverrides }

/** Overrides per locale; what a locale leaves out is said in English. */
export const API_PHRASE_OVERRIDES: Partial<Record<Locale, PhraseOverrides>> = { vi, ru, fr, pt, tr, es, de, ja, zh, ko, id }

const cache = new Map<Locale, ApiPhrases>()

export function phrasesFor(lang: Locale): ApiPhrases {
  const hit = cache.get(lang)
  if (hit) return hit
  const over = API_PHRASE_OVERRIDES[lang] ?? {}
  const merged = { ...en } as Record<string, unknown>
  for (const [k, v] of Object.entries(over)) {
    const base = (en as unknown as Record<string, unknown>)[k]
    merged[k] = typeof v === 'object' && v !== null && typeof base === 'object' ? { ...base, ...v } : v
  }
  const result = merged as unknown as ApiPhrases
  cache.set(lang, result)
  return result
}

export const EN_PHRASES = en
