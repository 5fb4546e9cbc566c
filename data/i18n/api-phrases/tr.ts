// Turkish API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

const TR_STAGES: StageWording = {
  before: '',
  after: ' yanıtı olarak',
  list: commaList('veya'),
  units: commaList('ya da'),
}

const tr: PhraseOverrides = {
  aspects: {
    class: 'Sınıf',
    retry: 'Yeniden deneme',
    actor: 'Kim harekete geçmeli',
    stage: 'Nerede ortaya çıkar',
    rfc: 'Tanımlandığı yer',
    pairings: 'Genellikle birlikte gönderilen',
    kind: 'Kod türü',
  },
  retry: {
    'none-needed': 'Yeniden deneme gerekmez: işlem başarılı oldu',
    continue: 'Devam: istemci sonraki kısmı gönderir',
    'retry-later': 'Daha sonra yeniden deneyin: hata geçicidir',
    'do-not-retry-unchanged': 'Değiştirmeden yeniden denemeyin: hata kalıcıdır',
  },
  actor: {
    nobody: 'Kimse: bir sorun yok',
    client: 'İstemci yazılımı, otomatik olarak',
    sender: 'Gönderen (adres, kimlik bilgileri veya içerik)',
    'sender-admin': 'Gönderen sistemin yöneticisi',
    'recipient-admin': 'Alan sistemin yöneticisi',
  },
  stage: {
    greeting: 'karşılama sırasında',
    ehlo: 'EHLO/HELO yanıtı olarak',
    starttls: 'STARTTLS yanıtı olarak',
    auth: 'AUTH yanıtı olarak',
    mail: 'MAIL FROM yanıtı olarak',
    rcpt: 'RCPT TO yanıtı olarak',
    data: 'DATA yanıtı olarak',
    'end-of-data': 'veri sonundan sonra',
    bdat: 'BDAT yanıtı olarak',
    burl: 'BURL yanıtı olarak',
    vrfy: 'VRFY yanıtı olarak',
    expn: 'EXPN yanıtı olarak',
    etrn: 'ETRN yanıtı olarak',
    atrn: 'ATRN yanıtı olarak',
    help: 'HELP yanıtı olarak',
    noop: 'NOOP yanıtı olarak',
    rset: 'RSET yanıtı olarak',
    quit: 'QUIT yanıtı olarak',
    any: 'herhangi bir komuta yanıt olarak',
  },
  kind: { basic: 'Temel yanıt kodu (RFC 5321)', enhanced: 'Genişletilmiş durum kodu (RFC 3463)' },
  none: 'yok',
  or: 'veya',
  // Turkish puts the verb last, so each code gets a sentence of its own: "535 bir 5xx yanıtıdır (…), AUTH yanıtı
  // olarak gönderilir ve genellikle 5.7.8 ile birlikte gelir." The class phrase carries its copula (-dır/-dur).
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} ${classPhrase}, ${mergeStages(stages, TR_STAGES)} gönderilir${pairing ? ` ve ${pairing}` : ''}`,
  pairing: (codes) => `genellikle ${codes} ile birlikte gelir`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.tr, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.tr, digits, kind, name)
    return kind === 'basic' ? `bir ${digits} yanıtıdır (${label})` : `bir ${digits} durum kodudur (${label})`
  },
  same: (a, b) => (a === b ? `${a} ve ${b} aynı koddur.` : `${a} ve ${b} aynı kodun iki farklı yazılışıdır.`),
  join: (first, second) => `${first}. ${second}.`,
}

export default tr
