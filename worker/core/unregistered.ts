// Codes in no RFC that servers send anyway (data/diagnosis/unregistered-codes.ts): found by exact code or by a
// vendor's range, and shaped like a catalog entry marked registered: false, so lookups and pages answer them.
import { BASIC_CLASSES, ENHANCED_CLASSES, type ReplyClass } from '../../data/classes.ts'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import type { UnregisteredCode, UnregisteredWords } from '../../data/diagnosis/types.ts'
import type { EntryTranslation } from '../../data/i18n/content/types.ts'
import type { Locale } from '../../data/i18n/locales.ts'
import { UNREGISTERED_CODES } from '../../data/diagnosis/unregistered-codes.ts'
import type { Actor } from '../../data/schema.ts'
import type { CodeEntry } from '../api/schemas.ts'
import { diagnosisTextsFor } from './content.ts'

const EXACT = new Map(UNREGISTERED_CODES.filter((u) => !u.through).map((u) => [u.code, u]))
const RANGES = UNREGISTERED_CODES.filter((u) => u.through)

const detailOf = (code: string) => code.split('.').map(Number)

/** The entry for a code in no RFC ("5.7.606", "422"), by exact code or by the vendor's range that holds it. */
export function findUnregistered(code: string): UnregisteredCode | undefined {
  const hit = EXACT.get(code)
  if (hit || !code.includes('.')) return hit
  const [c, s, d] = detailOf(code)
  return RANGES.find((u) => {
    const [uc, us, ud] = detailOf(u.code)
    const [, , td] = detailOf(u.through!)
    return c === uc && s === us && d! >= ud! && d! <= td!
  })
}

/** A catalog-shaped entry for the code, in English (the vendor's words have no translation). */
export function unregisteredEntry(code: string, u: UnregisteredCode): CodeEntry {
  const kind = code.includes('.') ? 'enhanced' : 'basic'
  const cls = Number(code[0]) as ReplyClass
  const info = kind === 'basic' ? BASIC_CLASSES[cls] : ENHANCED_CLASSES[cls as 2 | 4 | 5]
  const reason = REASONS.find((r) => r.id === u.reason)!
  const words = EN_DIAGNOSIS.reasons[u.reason]
  const actor: Actor = cls === 4 ? (reason.transientActor ?? reason.actor) : reason.actor
  return {
    code,
    kind,
    title: u.title,
    class: cls,
    classInfo: { class: info.class, name: info.name, meaning: info.meaning, retry: info.retry },
    summary: u.summary,
    description: fillWords(kind === 'enhanced' ? EN_WORDS.descriptionEnhanced : EN_WORDS.descriptionBasic, code, u.summary, u.usedBy),
    whenSeen: fillWords(EN_WORDS.whenSeen, code, u.summary, u.usedBy),
    stages: ['any'],
    fix: { sender: words.steps[0]!, admin: words.steps[1] ?? words.steps[0]! },
    retry: { advice: info.retry, actor },
    references: [{ label: u.usedBy, url: u.url }],
    related: [],
    pairings: [],
    registered: false,
    usedBy: u.usedBy,
  }
}

/** The English sentences of a non-RFC entry; a language pack's diagnosis words may carry its own (UnregisteredWords). */
const EN_WORDS: Required<UnregisteredWords> = {
  descriptionBasic: "{summary} {code} is in no RFC: it is {usedBy}'s own code, and other servers may mean something else by it.",
  descriptionEnhanced:
    "{summary} {code} is in no RFC and not in the IANA enhanced status code registry: it is {usedBy}'s own code, and other servers may mean something else by it.",
  whenSeen: 'In replies from {usedBy}.',
}

/** A lower-case word outside a domain name: the attribution is prose to translate, not a name. */
const PROSE_WORD = /(?<![.\w])[a-z]{3,}\b/

const fillWords = (template: string, code: string, summary: string, usedBy: string) =>
  template
    .replace('{summary}', () => summary)
    .replace('{code}', () => code)
    .replace('{usedBy}', () => usedBy)

/**
 * A non-RFC entry's prose in `lang`, shaped as a catalog translation so that the catalog's field-by-field fallback
 * (worker/core/locale.ts) applies to it: what the language pack leaves out stays English and is listed as such.
 * A sentence built from parts is translated only when every part it needs is.
 */
export function unregisteredTranslation(entry: CodeEntry, lang: Locale): (EntryTranslation & { usedBy?: string }) | undefined {
  const u = findUnregistered(entry.code)
  const texts = diagnosisTextsFor(lang)
  if (!u || !texts) return undefined
  const own = texts.unregistered?.[u.code] ?? {}
  const words = texts.unregisteredWords ?? {}
  // A name ("Microsoft 365 / Exchange Online / Outlook.com") reads the same in every language.
  const usedBy = own.usedBy || (PROSE_WORD.test(u.usedBy) ? undefined : u.usedBy)
  const template = entry.kind === 'enhanced' ? words.descriptionEnhanced : words.descriptionBasic
  const steps = texts.reasons[u.reason]?.steps
  return {
    ...(own.title ? { title: own.title } : {}),
    ...(own.summary ? { summary: own.summary } : {}),
    ...(own.usedBy ? { usedBy: own.usedBy } : {}),
    ...(template && own.summary && usedBy ? { description: fillWords(template, entry.code, own.summary, usedBy) } : {}),
    ...(words.whenSeen && usedBy ? { whenSeen: fillWords(words.whenSeen, entry.code, own.summary ?? u.summary, usedBy) } : {}),
    ...(steps?.length ? { fix: { sender: steps[0]!, admin: steps[1] ?? steps[0]! } } : {}),
  }
}
