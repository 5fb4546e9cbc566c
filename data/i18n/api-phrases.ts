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

export { listWithOr, type ApiPhrases, type PhraseOverrides }

const en: ApiPhrases = {
  aspects: {
    class: 'Class',
    retry: 'Retry',
    actor: 'Who must act',
    stage: 'Where it arises',
    rfc: 'Defined in',
    pairings: 'Usually paired with',
    kind: 'Kind of code',
  },
  retry: {
    'none-needed': 'No retry needed: the action succeeded',
    continue: 'Continue: the client sends the next part',
    'retry-later': 'Retry later: the failure is temporary',
    'do-not-retry-unchanged': 'Do not retry unchanged: the failure is permanent',
  },
  actor: {
    nobody: 'Nobody: nothing is wrong',
    client: 'The client software, automatically',
    sender: 'The sender (address, credentials or content)',
    'sender-admin': "The sending system's administrator",
    'recipient-admin': "The receiving system's administrator",
  },
  stage: {
    greeting: 'at the greeting',
    ehlo: 'to EHLO/HELO',
    starttls: 'to STARTTLS',
    auth: 'to AUTH',
    mail: 'to MAIL FROM',
    rcpt: 'to RCPT TO',
    data: 'to DATA',
    'end-of-data': 'after the end of data',
    bdat: 'to BDAT',
    burl: 'to BURL',
    vrfy: 'to VRFY',
    expn: 'to EXPN',
    etrn: 'to ETRN',
    atrn: 'to ATRN',
    help: 'to HELP',
    noop: 'to NOOP',
    rset: 'to RSET',
    quit: 'to QUIT',
    any: 'to any command',
  },
  kind: { basic: 'Basic reply code (RFC 5321)', enhanced: 'Enhanced status code (RFC 3463)' },
  none: 'none',
  or: 'or',
  codeSentence: ({ code, classPhrase, stages, pairing }) => `${code} is a ${classPhrase} ${listWithOr(stages, 'or')}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `usually sent with ${codes}`,
  className: ({ digits, name }) => `${digits} ${name}`,
  classPhrase: ({ digits, name, kind }) => `${digits} ${name.toLowerCase()}${kind === 'basic' ? ' reply' : ''}`,
  same: (a, b) => (a === b ? `${a} and ${b} are the same code.` : `${a} and ${b} are the same code in two notations.`),
  join: (first, second) => `${first}; ${second}.`,
}

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
