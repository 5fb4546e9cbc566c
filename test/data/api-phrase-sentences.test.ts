// Comparison summaries in the ten locales without catalog prose: each must read as one language, keep the codes and
// command names people grep for, name the classes in the locale's own words and not stutter over repeated stages.
import { describe, expect, it } from 'vitest'
import { EN_PHRASES, phrasesFor } from '../../data/i18n/api-phrases.ts'
import { API_PHRASE_OVERRIDES as API_PHRASE_TRANSLATIONS } from '../../data/i18n/api-phrases.ts'
import type { Locale } from '../../data/i18n/locales.ts'
import type { Stage } from '../../data/schema.ts'
import { compareCodes } from '../../worker/core/compare.ts'

const LANGS = ['ru', 'fr', 'pt', 'tr', 'es', 'de', 'ja', 'zh', 'ko', 'id'] as const satisfies readonly Locale[]

/** Pieces of the English sentence frame and class names; any of them in a summary means English leaked through. */
const ENGLISH = [
  ' is a ',
  'usually sent with',
  ' reply',
  'same code',
  'positive completion',
  'negative completion',
  'permanent failure',
  'transient failure',
]

function summary(a: string, b: string, lang: Locale): string {
  const outcome = compareCodes(a, b, lang)
  if (!outcome.ok) throw new Error(`${a} vs ${b} must compare`)
  return outcome.comparison.summary
}

/** One code's sentence with a given stage list and no pairing, to look at how the stages are said. */
function stageSentence(lang: Locale, stages: Stage[]): string {
  const p = phrasesFor(lang)
  const classPhrase = p.classPhrase({ digits: '5xx', name: 'Permanent Negative Completion', kind: 'basic' })
  return p.codeSentence({ code: '550', classPhrase, stages: stages.map((s) => p.stage[s]), pairing: '' })
}

const PAIRS = [
  { a: '252', b: '535', keep: ['252', '535', 'VRFY', 'EXPN', 'ETRN', 'AUTH', '2.0.0', '5.7.8', '2xx', '5xx'] },
  { a: '450', b: '550', keep: ['450', '550', 'RCPT TO', 'MAIL FROM', '4.2.0', '5.1.1', '4xx', '5xx'] },
  { a: '550', b: '5.1.1', keep: ['550', '5.1.1', 'RCPT TO', 'MAIL FROM', '5xx', '5.x.x'] },
]

describe.each(LANGS)('%s comparison summaries', (lang) => {
  const own = API_PHRASE_TRANSLATIONS[lang]!
  const p = phrasesFor(lang)

  it('has its own sentence builders', () => {
    for (const key of ['codeSentence', 'pairing', 'classPhrase', 'same', 'join'] as const) {
      expect(own[key], `${lang}.${key}`).toBeTypeOf('function')
      expect(p[key], `${lang}.${key}`).not.toBe(EN_PHRASES[key])
    }
  })

  it.each(PAIRS)('$a vs $b reads in one language and keeps codes and commands', ({ a, b, keep }) => {
    const text = summary(a, b, lang)
    for (const word of ENGLISH) expect(text, `${lang}: "${word}" in ${text}`).not.toContain(word)
    for (const token of keep) expect(text, `${lang}: ${token} missing from ${text}`).toContain(token)
  })

  it('names the classes in the comparison table in its own words', () => {
    const outcome = compareCodes('252', '5.7.8', lang)
    if (!outcome.ok) throw new Error('252 vs 5.7.8 must compare')
    const row = outcome.comparison.aspects.find((x) => x.aspect === 'class')!
    expect(row.a).toMatch(/^2xx /)
    expect(row.b).toMatch(/^5\.x\.x /)
    for (const value of [row.a, row.b]) for (const word of ENGLISH) expect(value.toLowerCase(), `${lang}: ${value}`).not.toContain(word)
  })

  it('says the words shared by neighbouring command stages once', () => {
    // 252 arises at VRFY, EXPN and ETRN: the middle one, said in full, would mean the list repeats its frame.
    const text = summary('252', '535', lang)
    expect(text).not.toContain(p.stage.expn)
    expect(stageSentence(lang, ['vrfy', 'expn', 'etrn'])).not.toContain(p.stage.expn)
  })

  it('says the same code is the same code, in its own words', () => {
    const text = summary('550', '550', lang)
    expect(text).toBe(p.same('550', '550'))
    expect(text).not.toBe(EN_PHRASES.same('550', '550'))
    expect(text.match(/550/g)).toHaveLength(2)
    const notations = p.same('X.7.8', '5.7.8')
    expect(notations).toContain('X.7.8')
    expect(notations).toContain('5.7.8')
    const frame = (text: string, ...codes: string[]) => codes.reduce((t, c) => t.replaceAll(c, ''), text)
    expect(frame(notations, 'X.7.8', '5.7.8'), 'two notations are worded apart from one code').not.toBe(frame(p.same('535', '535'), '535'))
    for (const word of ENGLISH) expect(notations).not.toContain(word)
  })

  it('names every class in its own words, keeping the digits as given', () => {
    const classes = [
      { digits: '2xx', kind: 'basic', name: 'Positive Completion' },
      { digits: '3xx', kind: 'basic', name: 'Positive Intermediate' },
      { digits: '4xx', kind: 'basic', name: 'Transient Negative Completion' },
      { digits: '5xx', kind: 'basic', name: 'Permanent Negative Completion' },
      { digits: '2.x.x', kind: 'enhanced', name: 'Success' },
      { digits: '4.x.x', kind: 'enhanced', name: 'Persistent Transient Failure' },
      { digits: '5.x.x', kind: 'enhanced', name: 'Permanent Failure' },
    ] as const
    const phrases = classes.map((c) => p.classPhrase(c))
    phrases.forEach((phrase, i) => {
      expect(phrase).toContain(classes[i]!.digits)
      expect(phrase.toLowerCase()).not.toContain(classes[i]!.name.toLowerCase())
    })
    const names = phrases.map((phrase, i) => phrase.replace(classes[i]!.digits, ''))
    expect(new Set(names.slice(0, 4)).size, 'the four basic classes are told apart').toBe(4)
    expect(new Set(names.slice(4)).size, 'the three enhanced classes are told apart').toBe(3)
  })

  it('falls back to the given class name for a class it has no name for', () => {
    expect(p.classPhrase({ digits: '3.x.x', name: 'Unknown', kind: 'enhanced' })).toContain('Unknown')
  })
})

describe('exact summaries', () => {
  it('German', () => {
    expect(summary('252', '535', 'de')).toBe(
      '252 ist eine 2xx-Antwort (positiver Abschluss) auf VRFY, EXPN oder ETRN, meist zusammen mit 2.0.0 gesendet; ' +
        '535 ist eine 5xx-Antwort (dauerhaft negativer Abschluss) auf AUTH, meist zusammen mit 5.7.8 gesendet.',
    )
    expect(summary('550', '5.1.1', 'de')).toBe(
      '550 ist eine 5xx-Antwort (dauerhaft negativer Abschluss) auf RCPT TO, MAIL FROM oder nach dem Ende der Daten, ' +
        'meist zusammen mit 5.1.1 oder 5.7.1 gesendet; ' +
        '5.1.1 ist ein 5.x.x-Statuscode (dauerhafter Fehler) in der Antwort auf RCPT TO, meist zusammen mit 550 gesendet.',
    )
    expect(summary('550', '550', 'de')).toBe('550 und 550 sind derselbe Code.')
  })

  it('French', () => {
    expect(summary('252', '535', 'fr')).toBe(
      '252 est un code 2xx (réponse positive définitive) envoyé en réponse à VRFY, EXPN ou ETRN, généralement accompagné de 2.0.0 ; ' +
        '535 est un code 5xx (réponse négative permanente) envoyé en réponse à AUTH, généralement accompagné de 5.7.8.',
    )
    expect(summary('550', '550', 'fr')).toBe('550 et 550 sont le même code.')
  })

  it('Spanish', () => {
    expect(summary('252', '535', 'es')).toBe(
      '252 es un código 2xx (finalización positiva) enviado en respuesta a VRFY, EXPN o ETRN, normalmente acompañado de 2.0.0; ' +
        '535 es un código 5xx (finalización negativa permanente) enviado en respuesta a AUTH, normalmente acompañado de 5.7.8.',
    )
    expect(summary('450', '550', 'es')).toBe(
      '450 es un código 4xx (finalización negativa temporal) enviado en respuesta a RCPT TO, tras el fin de los datos o en respuesta a ATRN, ' +
        'normalmente acompañado de 4.2.0 o 4.7.1; ' +
        '550 es un código 5xx (finalización negativa permanente) enviado en respuesta a RCPT TO, MAIL FROM o tras el fin de los datos, ' +
        'normalmente acompañado de 5.1.1 o 5.7.1.',
    )
  })

  it('Russian', () => {
    expect(summary('252', '535', 'ru')).toBe(
      '252 — ответ 2xx (положительное завершение) на VRFY, EXPN или ETRN, обычно вместе с 2.0.0; ' +
        '535 — ответ 5xx (постоянное отрицательное завершение) на AUTH, обычно вместе с 5.7.8.',
    )
    expect(summary('550', '550', 'ru')).toBe('550 и 550 — один и тот же код.')
  })
})

describe('stage lists where the shared words come after the command', () => {
  // A merged run beside another stage must stay one unit, and "or" must not be said twice in a row.
  it('Turkish keeps a merged run together and says "ya da" between units', () => {
    expect(stageSentence('tr', ['rcpt', 'mail', 'end-of-data'])).toContain(
      'RCPT TO veya MAIL FROM yanıtı olarak ya da veri sonundan sonra gönderilir',
    )
    expect(stageSentence('tr', ['vrfy', 'expn', 'etrn'])).toContain('VRFY, EXPN veya ETRN yanıtı olarak gönderilir')
  })

  it('Japanese writes 、または between stage phrases but not inside a merged run', () => {
    expect(stageSentence('ja', ['rcpt', 'mail', 'end-of-data'])).toContain('RCPT TO または MAIL FROM への応答として、またはデータ終了後に返されます')
    expect(stageSentence('ja', ['any', 'mail', 'rcpt'])).toContain('任意のコマンド、MAIL FROM または RCPT TO への応答として返されます')
    expect(stageSentence('ja', ['any', 'auth'])).toContain('任意のコマンドまたは AUTH への応答として')
  })

  it('Chinese wraps a merged run once in 作为对…的回复', () => {
    expect(stageSentence('zh', ['vrfy', 'expn', 'etrn'])).toContain('作为对 VRFY、EXPN 或 ETRN 的回复发出')
    expect(stageSentence('zh', ['any', 'mail', 'rcpt'])).toContain('作为对任意命令、MAIL FROM 或 RCPT TO 的回复发出')
    expect(stageSentence('zh', ['greeting', 'starttls'])).toContain('在连接问候时或作为对 STARTTLS 的回复发出')
  })

  it('Korean marks where a merged run ends', () => {
    expect(stageSentence('ko', ['greeting', 'mail', 'rcpt'])).toContain('연결 인사 시, 혹은 MAIL FROM 또는 RCPT TO에 대한 응답으로 보내는')
  })
})

describe('Korean particles follow how the code is read aloud', () => {
  const ko = phrasesFor('ko')

  it('picks 은/는 and 과/와 by the last syllable', () => {
    expect(ko.same('550', '550')).toBe('550과 550은 같은 코드입니다.') // 오백오십: ends in a consonant
    expect(ko.same('252', '252')).toBe('252와 252는 같은 코드입니다.') // 이백오십이: ends in a vowel
    expect(ko.pairing('5.7.2')).toBe('보통 5.7.2와 함께 쓰입니다')
    expect(ko.pairing('5.1.10')).toBe('보통 5.1.10과 함께 쓰입니다')
    expect(ko.pairing('4.2.0 또는 4.7.1')).toBe('보통 4.2.0 또는 4.7.1과 함께 쓰입니다')
  })

  it('in a whole summary', () => {
    expect(summary('252', '535', 'ko')).toBe(
      '252는 VRFY, EXPN 또는 ETRN에 대한 응답으로 보내는 2xx(긍정 완료) 응답이며, 보통 2.0.0과 함께 쓰입니다. ' +
        '535는 AUTH에 대한 응답으로 보내는 5xx(영구적 부정 완료) 응답이며, 보통 5.7.8과 함께 쓰입니다.',
    )
    expect(summary('550', '5.1.1', 'ko')).toMatch(/^550은 .*\. 5\.1\.1은 /)
  })
})
