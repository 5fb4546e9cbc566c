// The Vietnamese catalog prose and the localized API phrases: complete where promised, keyed like the English
// catalog, and not silently dropping the codes and RFC citations a reader relies on.
import { describe, expect, it } from 'vitest'
import { BASIC_CODES } from '../../data/basic-codes.ts'
import { BASIC_CLASSES, ENHANCED_CLASSES } from '../../data/classes.ts'
import { CONFUSABLE_PAIRS } from '../../data/confusable-pairs.ts'
import { ENHANCED_CODES } from '../../data/enhanced-codes.ts'
import { EN_PHRASES } from '../../data/i18n/api-phrases.ts'
import { API_PHRASE_OVERRIDES as API_PHRASE_TRANSLATIONS } from '../../data/i18n/api-phrases.ts'
import { LANGUAGE_PACKS } from '../../data/i18n/packs.all.ts'
import { translatedFields, type TranslatedField } from '../../data/i18n/content/sources.ts'
import VI_LOCK from '../../data/i18n/content/vi.lock.json'
import { VI } from '../../data/i18n/content/vi.ts'
import { LOCALES } from '../../data/i18n/locales.ts'
import { ACTORS, RETRY_ADVICE, STAGES } from '../../data/schema.ts'
import { lookupCode } from '../../worker/core/codes.ts'
import { compareCodes } from '../../worker/core/compare.ts'
import { fingerprint } from '../../worker/core/fingerprint.ts'
import { contentFor, registerLanguagePack } from '../../worker/core/content.ts'
import { localizeEntry } from '../../worker/core/locale.ts'

// Core serves a language's prose once its pack is registered (the Worker does it per request, lazily).
registerLanguagePack('vi', LANGUAGE_PACKS.vi!)

/** Letters only Vietnamese uses; text without any of them is English (or another language) left in place. */
const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i
/** Text made only of tokens that stay as they are: codes, command names, placeholders. */
const PURE_TOKENS = /^[A-Z0-9\s.,:;/<>@=*"'()_-]+$/

/** Facts a translation must carry over verbatim: basic codes, enhanced codes, RFC numbers and section marks. */
function factsIn(text: string): string[] {
  const patterns = [
    /(?<![\d.])[2-5]\d\d(?!\.?\d)/g, // 535, but not 5321 or the 4.5.3 inside §4.5.3.1.10
    /(?<![\d.])[245X]\.\d{1,3}\.\d{1,3}(?!\.?\d)/g, // 5.7.8, X.7.8
    /RFC \d+/g,
    /§\d+(?:\.\d+)*/g,
  ]
  return [...new Set(patterns.flatMap((re) => text.match(re) ?? []))]
}

type Pair = { path: string; en: string; vi: string | undefined }

const VI_FIELDS = translatedFields(VI)
/** English and Vietnamese side by side for every translatable field of one entry ("basic.535", "enhanced.X.7.8"). */
const fieldPairs = (prefix: string): Pair[] =>
  VI_FIELDS.filter((f) => f.path.startsWith(`${prefix}.`)).map((f) => ({ path: f.path, en: f.en, vi: f.translated }))

/** Fields whose English no longer matches the lock, translated fields missing from it, and entries for nothing. */
function lockProblems(fields: TranslatedField[], lock: Record<string, string>) {
  const translated = fields.filter((f) => f.translated !== undefined)
  const paths = new Set(translated.map((f) => f.path))
  return {
    drifted: translated.filter((f) => lock[f.path] !== undefined && lock[f.path] !== fingerprint(f.en)).map((f) => f.path),
    unlocked: translated.filter((f) => lock[f.path] === undefined).map((f) => f.path),
    orphaned: Object.keys(lock).filter((p) => !paths.has(p)),
  }
}

function expectFaithful({ path, en, vi }: Pair): void {
  expect(vi, `${path} is missing`).toBeDefined()
  const text = vi!
  expect(text.trim(), `${path} is empty`).not.toBe('')
  if (!PURE_TOKENS.test(en)) {
    expect(text, `${path} is still English`).not.toBe(en)
    expect(text, `${path} has no Vietnamese letter: "${text}"`).toMatch(VIETNAMESE_LETTER)
  }
  const missing = factsIn(en).filter((fact) => !text.includes(fact))
  expect(missing, `${path} drops ${missing.join(', ')}`).toEqual([])
}

const basicByCode = new Map(BASIC_CODES.map((e) => [e.code, e]))
const enhancedByKey = new Map(ENHANCED_CODES.map((e) => [e.code, e]))
const pairKeys = CONFUSABLE_PAIRS.map((p) => `${p.a}|${p.b}`)
const classKeys = [...Object.keys(BASIC_CLASSES).map((c) => `basic-${c}`), ...Object.keys(ENHANCED_CLASSES).map((c) => `enhanced-${c}`)]

describe('Vietnamese catalog content', () => {
  it('is the content served for vi', () => {
    expect(contentFor('vi')).toBe(VI)
  })

  it.each(BASIC_CODES.map((e) => e.code))('basic %s is fully translated, keeping its codes and citations', (code) => {
    const t = VI.basic[code]
    expect(t, `no vi translation for ${code}`).toBeDefined()
    const en = basicByCode.get(code)!
    expect(t!.contexts?.length, `${code} contexts`).toBe(en.contexts?.length)
    fieldPairs(`basic.${code}`).forEach(expectFaithful)
  })

  // vi is a full-content locale (data/i18n/locales.ts), so a new registry entry needs its translation too.
  it('translates every enhanced registry entry', () => {
    expect(ENHANCED_CODES.map((e) => e.code).filter((key) => !VI.enhanced[key])).toEqual([])
  })

  it('translates enhanced entries completely, never the registry row', () => {
    for (const [key, t] of Object.entries(VI.enhanced)) {
      const en = enhancedByKey.get(key)
      if (!en) continue // reported by the stale-key test
      expect(t.contexts, `${key} has contexts`).toBeUndefined()
      fieldPairs(`enhanced.${key}`).forEach(expectFaithful)
      const fields = ['description', 'fix', 'summary', 'title', 'whenSeen', ...(en.retryNote === undefined ? [] : ['retryNote'])]
      expect(Object.keys(t).sort(), key).toEqual(fields.sort())
    }
  })

  it.each(pairKeys)('pair %s has a faithful note', (key) => {
    const pair = CONFUSABLE_PAIRS.find((p) => `${p.a}|${p.b}` === key)!
    expectFaithful({ path: key, en: pair.note, vi: VI.pairs[key] })
  })

  it.each(classKeys)('class %s has a name and a meaning', (key) => {
    const [kind, digit] = key.split('-') as ['basic' | 'enhanced', string]
    const en = (kind === 'basic' ? BASIC_CLASSES : ENHANCED_CLASSES)[Number(digit) as 2]
    const t = VI.classes[key]
    expectFaithful({ path: `${key}.name`, en: en.name, vi: t?.name })
    expectFaithful({ path: `${key}.meaning`, en: en.meaning, vi: t?.meaning })
  })

  it('has no stale keys: everything translated exists in the English catalog', () => {
    expect(Object.keys(VI.basic).filter((k) => !basicByCode.has(k))).toEqual([])
    expect(Object.keys(VI.enhanced).filter((k) => !enhancedByKey.has(k))).toEqual([])
    expect(Object.keys(VI.pairs).filter((k) => !pairKeys.includes(k))).toEqual([])
    expect(Object.keys(VI.classes).filter((k) => !classKeys.includes(k))).toEqual([])
    for (const [code, t] of Object.entries(VI.basic)) {
      if (t.retryNote !== undefined) expect(basicByCode.get(code)?.retryNote, `${code}.retryNote has no English source`).toBeDefined()
    }
  })

  // A translation is of one English text. When that text changes, the Vietnamese may now say something else, so
  // it must be looked at again: update it, then run `npm run lock:translations` to record the new source.
  it('was translated from the English that is there now', () => {
    const { drifted, unlocked, orphaned } = lockProblems(VI_FIELDS, VI_LOCK)
    expect(drifted, 'English changed since these were translated; review them, then run npm run lock:translations').toEqual([])
    expect(unlocked, 'translated but not locked: run npm run lock:translations').toEqual([])
    expect(orphaned, 'lock entries without a translation').toEqual([])
  })

  it('the drift guard names a field whose English changed, one added without a lock, and a stale lock entry', () => {
    const edited = VI_FIELDS.map((f) => (f.path === 'basic.535.summary' ? { ...f, en: `${f.en} Edited.` } : f))
    const added = [...VI_FIELDS, { path: 'basic.999.title', en: 'New', translated: 'Mới' }]
    const { 'basic.550.title': _gone, ...withoutOne } = VI_LOCK
    expect(lockProblems(edited, VI_LOCK).drifted).toEqual(['basic.535.summary'])
    expect(lockProblems(added, VI_LOCK).unlocked).toEqual(['basic.999.title'])
    expect(lockProblems(VI_FIELDS, { ...VI_LOCK, 'basic.999.title': 'x' }).orphaned).toEqual(['basic.999.title'])
    expect(lockProblems(VI_FIELDS, withoutOne).unlocked).toEqual(['basic.550.title'])
  })

  it('no Vietnamese code page falls back to English for any field', () => {
    const concrete = [...BASIC_CODES.map((e) => e.code), ...Object.keys(VI.enhanced).map((k) => k.replace('X', '5'))]
    for (const code of concrete) {
      const english = lookupCode(code)
      expect(english, code).toBeDefined()
      expect([...localizeEntry(english!, 'vi').fallback], code).toEqual([])
    }
    expect(lookupCode('535', 'vi')?.title).toBe(VI.basic['535']!.title)
  })

  it('the guards reject missing text, English left in place, text in another language and a dropped code', () => {
    expect(() => expectFaithful({ path: 'p', en: 'Mailbox full', vi: undefined })).toThrow(/p is missing/)
    expect(() => expectFaithful({ path: 'p', en: 'Mailbox full', vi: 'Mailbox full' })).toThrow(/p is still English/)
    expect(() => expectFaithful({ path: 'p', en: 'Mailbox full', vi: 'Postfach voll' })).toThrow(/no Vietnamese letter/)
    expect(() => expectFaithful({ path: 'p', en: 'Use 452, not 552', vi: 'Dùng 452, không phải mã kia' })).toThrow(/p drops 552/)
    expect(() => expectFaithful({ path: 'p', en: 'STARTTLS', vi: 'STARTTLS' })).not.toThrow()
  })

  it('the fact guard catches a dropped code or citation', () => {
    expect(factsIn('RFC 5321 §4.5.3.1.10 says 452 is correct, with 4.5.3 or X.7.8')).toEqual(['452', '4.5.3', 'X.7.8', 'RFC 5321', '§4.5.3.1.10'])
  })
})

describe('localized API phrases', () => {
  const others = LOCALES.filter((l) => l !== 'en')
  const mapKeys = { aspects: Object.keys(EN_PHRASES.aspects), retry: RETRY_ADVICE, actor: ACTORS, stage: STAGES, kind: ['basic', 'enhanced'] }

  it.each(others)('%s translates every aspect, retry, actor, stage and kind phrase', (lang) => {
    const t = API_PHRASE_TRANSLATIONS[lang]
    expect(t, lang).toBeDefined()
    for (const [map, keys] of Object.entries(mapKeys) as Array<[keyof typeof mapKeys, readonly string[]]>) {
      const got = t![map] as Record<string, string> | undefined
      expect(Object.keys(got ?? {}).sort(), `${lang}.${map}`).toEqual([...keys].sort())
      const english = EN_PHRASES[map] as Record<string, string>
      for (const key of keys) {
        const value = got![key]!
        expect(value.trim(), `${lang}.${map}.${key}`).not.toBe('')
        expect(value, `${lang}.${map}.${key} is still English`).not.toBe(english[key])
        // Command names are what people search their logs for; a translation must keep them.
        for (const command of english[key]!.match(/\b[A-Z]{3,}(?:\/[A-Z]+)?(?: (?:FROM|TO))?\b/g) ?? []) {
          expect(value, `${lang}.${map}.${key} drops ${command}`).toContain(command)
        }
      }
      for (const word of ['none', 'or'] as const) {
        expect(t![word]?.trim(), `${lang}.${word}`).toBeTruthy()
        expect(t![word], `${lang}.${word}`).not.toBe(EN_PHRASES[word])
      }
    }
  })

  const vi = API_PHRASE_TRANSLATIONS.vi!

  it('builds Vietnamese comparison sentences with the Vietnamese class names', () => {
    const classPhrase = vi.classPhrase!({ digits: '5xx', name: 'Permanent Negative Completion', kind: 'basic' })
    expect(classPhrase).toBe('phản hồi 5xx (hoàn tất phủ định vĩnh viễn)')
    expect(vi.classPhrase!({ digits: '4.x.x', name: 'Persistent Transient Failure', kind: 'enhanced' })).toBe(
      'mã trạng thái 4.x.x (lỗi tạm thời kéo dài)',
    )
    const sentence = vi.codeSentence!({ code: '535', classPhrase, stages: [vi.stage!.auth!], pairing: vi.pairing!('5.7.8') })
    expect(sentence).toBe('535 là phản hồi 5xx (hoàn tất phủ định vĩnh viễn) cho lệnh AUTH, thường được gửi kèm 5.7.8')
    expect(vi.codeSentence!({ code: '252', classPhrase: 'x', stages: ['y'], pairing: '' })).toBe('252 là x y')
    const mixed = [vi.stage!.rcpt!, vi.stage!.mail!, vi.stage!['end-of-data']!]
    expect(vi.codeSentence!({ code: '450', classPhrase: 'x', stages: mixed, pairing: '' })).toBe(
      '450 là x cho lệnh RCPT TO, MAIL FROM hoặc sau khi kết thúc dữ liệu',
    )
    expect(vi.join!('A', 'B')).toBe('A; B.')
  })

  it('falls back to the given class name when there is no Vietnamese one', () => {
    expect(vi.classPhrase!({ digits: '3.x.x', name: 'Unknown', kind: 'enhanced' })).toBe('mã trạng thái 3.x.x (Unknown)')
  })

  it('says whether two codes are one code or one code in two notations', () => {
    expect(vi.same!('535', '535')).toBe('535 và 535 là cùng một mã.')
    expect(vi.same!('X.7.8', '5.7.8')).toBe('X.7.8 và 5.7.8 là cùng một mã, viết theo hai cách.')
  })

  it('a Vietnamese comparison reads in Vietnamese end to end: summary, aspects and the curated note', () => {
    const outcome = compareCodes('252', '535', 'vi')
    if (!outcome.ok) throw new Error('252 vs 535 must compare')
    const { summary, aspects, note } = outcome.comparison
    expect(summary).toBe(
      '252 là phản hồi 2xx (hoàn tất khẳng định) cho lệnh VRFY, EXPN hoặc ETRN, thường được gửi kèm 2.0.0; ' +
        '535 là phản hồi 5xx (hoàn tất phủ định vĩnh viễn) cho lệnh AUTH, thường được gửi kèm 5.7.8.',
    )
    expect(aspects.find((a) => a.aspect === 'retry')).toMatchObject({
      label: 'Thử lại',
      a: 'Không cần thử lại: thao tác đã thành công',
      b: 'Không thử lại nguyên trạng: lỗi là vĩnh viễn',
    })
    expect(note?.text).toBe(VI.pairs['252|535'])
  })
})
