// Translations of the API phrases in data/i18n/api-phrases.ts. Every locale gets the string-valued maps and its own
// sentence builders, so a comparison summary reads as one language. Class names come from data/i18n/class-names.ts,
// the table the cards and the widget badge use too. Command names, codes and RFC numbers stay as they are: they are
// what people grep.
import { listWithOr, type PhraseOverrides } from './api-phrases.ts'
import { CLASS_NAMES, type ClassNames } from './class-names.ts'
import type { Locale } from './locales.ts'


const vi: PhraseOverrides = {
  aspects: {
    class: 'Lớp',
    retry: 'Thử lại',
    actor: 'Ai cần xử lý',
    stage: 'Xuất hiện ở đâu',
    rfc: 'Được định nghĩa trong',
    pairings: 'Thường đi kèm với',
    kind: 'Loại mã',
  },
  retry: {
    'none-needed': 'Không cần thử lại: thao tác đã thành công',
    continue: 'Tiếp tục: máy khách gửi phần tiếp theo',
    'retry-later': 'Thử lại sau: lỗi chỉ là tạm thời',
    'do-not-retry-unchanged': 'Không thử lại nguyên trạng: lỗi là vĩnh viễn',
  },
  actor: {
    nobody: 'Không ai cả: không có gì sai',
    client: 'Phần mềm máy khách, một cách tự động',
    sender: 'Người gửi (địa chỉ, thông tin xác thực hoặc nội dung)',
    'sender-admin': 'Quản trị viên của hệ thống gửi',
    'recipient-admin': 'Quản trị viên của hệ thống nhận',
  },
  stage: {
    greeting: 'tại lời chào khi mở kết nối',
    ehlo: 'cho lệnh EHLO/HELO',
    starttls: 'cho lệnh STARTTLS',
    auth: 'cho lệnh AUTH',
    mail: 'cho lệnh MAIL FROM',
    rcpt: 'cho lệnh RCPT TO',
    data: 'cho lệnh DATA',
    'end-of-data': 'sau khi kết thúc dữ liệu',
    bdat: 'cho lệnh BDAT',
    burl: 'cho lệnh BURL',
    vrfy: 'cho lệnh VRFY',
    expn: 'cho lệnh EXPN',
    etrn: 'cho lệnh ETRN',
    atrn: 'cho lệnh ATRN',
    help: 'cho lệnh HELP',
    noop: 'cho lệnh NOOP',
    rset: 'cho lệnh RSET',
    quit: 'cho lệnh QUIT',
    any: 'cho bất kỳ lệnh nào',
  },
  kind: { basic: 'Mã phản hồi cơ bản (RFC 5321)', enhanced: 'Mã trạng thái mở rộng (RFC 3463)' },
  none: 'không có',
  or: 'hoặc',
  // "cho lệnh VRFY, cho lệnh EXPN hoặc cho lệnh ETRN" reads as a stutter; say "cho lệnh" once.
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} là ${classPhrase} ${listWithOr(stages, 'hoặc').replace(/(,| hoặc) cho lệnh /g, '$1 ')}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `thường được gửi kèm ${codes}`,
  // Vietnamese puts the noun first: "phản hồi 5xx (hoàn tất phủ định vĩnh viễn)".
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.vi, digits, kind, name)
    return kind === 'basic' ? `phản hồi ${digits} (${label})` : `mã trạng thái ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} và ${b} là cùng một mã.` : `${a} và ${b} là cùng một mã, viết theo hai cách.`),
  join: (first, second) => `${first}; ${second}.`,
}

type CodeKind = 'basic' | 'enhanced'

/** The locale's name for the class of "5xx" / "5.x.x"; the catalog's English name only for a class it does not know. */
function classNameIn(names: ClassNames, digits: string, kind: CodeKind, english: string): string {
  return (names as Record<string, string>)[`${kind}-${digits.charAt(0)}`] ?? english
}

/**
 * How a locale words its stages around the command: "auf " + AUTH, AUTH + " への応答として", "作为对 " + AUTH +
 * " 的回复" (spaces next to the command are trimmed, so "作为对任意命令的回复" shares the words too). `list` writes a
 * list the way the language does ("a, b oder c", "a、b または c").
 */
interface StageWording {
  before: string
  after: string
  list: (items: string[]) => string
  /**
   * Where the shared words come after the commands, a merged run next to another stage must read as one unit:
   * "RCPT TO veya MAIL FROM yanıtı olarak ya da veri sonundan sonra", not "RCPT TO, MAIL FROM yanıtı olarak veya …".
   * This lists such units; without it the merged items are listed flat, which reads well when the words come first.
   */
  units?: (units: string[]) => string
}

/**
 * Says the shared words once for neighbouring stages worded the same way, as the Vietnamese builder does for
 * "cho lệnh": "auf VRFY, EXPN oder ETRN" rather than "auf VRFY, auf EXPN oder auf ETRN". The first of a run keeps
 * the words before the command and the last keeps the words after it.
 */
function mergeStages(items: string[], w: StageWording): string {
  const framed = items.map((s) => s.length > w.before.length + w.after.length && s.startsWith(w.before) && s.endsWith(w.after))
  const run = (i: number, j: number) => framed[i] === true && framed[j] === true
  const runs: string[][] = []
  items.forEach((s, i) => {
    const part = s.slice(run(i - 1, i) ? w.before.length : 0, run(i, i + 1) ? s.length - w.after.length : s.length).trim()
    if (run(i - 1, i)) runs.at(-1)!.push(part)
    else runs.push([part])
  })
  return w.units && runs.length > 1 ? w.units(runs.map(w.list)) : w.list(runs.flat())
}

/** "a, b or c" with the locale's word for "or". */
const commaList =
  (or: string) =>
  (items: string[]): string =>
    listWithOr(items, or)

/**
 * Japanese and Chinese lists: an ideographic comma, and spaces around "or" only where it touches a command name or
 * code. `afterIdeograph` is what stands between an ideograph and "or": Japanese separates whole stage phrases with
 * "、または" but writes "任意のコマンドまたは AUTH" inside one.
 */
const ideographicList =
  (or: string, afterIdeograph: string) =>
  (items: string[]): string => {
    if (items.length < 2) return items[0] ?? ''
    const head = items.slice(0, -1).join('、')
    const tail = items.at(-1)!
    return `${head}${/[A-Za-z0-9]$/.test(head) ? ' ' : afterIdeograph}${or}${/^[A-Za-z0-9]/.test(tail) ? ' ' : ''}${tail}`
  }

/**
 * Korean particles follow the sound of the word before them: a code read aloud ends in a consonant when its last
 * digit is 1 (일), 3 (삼), 6 (육), 7 (칠), 8 (팔) or 0 (영, 십, 백).
 */
const koFinalConsonant = (word: string): boolean => /[013678]$/.test(word)
const koTopic = (word: string): string => `${word}${koFinalConsonant(word) ? '은' : '는'}`
const koAnd = (word: string): string => `${word}${koFinalConsonant(word) ? '과' : '와'}`


const RU_STAGES: StageWording = { before: 'на ', after: '', list: commaList('или') }

const ru: PhraseOverrides = {
  aspects: {
    class: 'Класс',
    retry: 'Повтор',
    actor: 'Кто должен действовать',
    stage: 'Где возникает',
    rfc: 'Определён в',
    pairings: 'Обычно вместе с',
    kind: 'Тип кода',
  },
  retry: {
    'none-needed': 'Повтор не нужен: действие выполнено',
    continue: 'Продолжить: клиент отправляет следующую часть',
    'retry-later': 'Повторить позже: сбой временный',
    'do-not-retry-unchanged': 'Не повторять без изменений: сбой постоянный',
  },
  actor: {
    nobody: 'Никто: всё в порядке',
    client: 'Клиентская программа, автоматически',
    sender: 'Отправитель (адрес, учётные данные или содержимое)',
    'sender-admin': 'Администратор отправляющей системы',
    'recipient-admin': 'Администратор принимающей системы',
  },
  stage: {
    greeting: 'при приветствии',
    ehlo: 'на EHLO/HELO',
    starttls: 'на STARTTLS',
    auth: 'на AUTH',
    mail: 'на MAIL FROM',
    rcpt: 'на RCPT TO',
    data: 'на DATA',
    'end-of-data': 'после конца данных',
    bdat: 'на BDAT',
    burl: 'на BURL',
    vrfy: 'на VRFY',
    expn: 'на EXPN',
    etrn: 'на ETRN',
    atrn: 'на ATRN',
    help: 'на HELP',
    noop: 'на NOOP',
    rset: 'на RSET',
    quit: 'на QUIT',
    any: 'на любую команду',
  },
  kind: { basic: 'Базовый код ответа (RFC 5321)', enhanced: 'Расширенный код состояния (RFC 3463)' },
  none: 'нет',
  or: 'или',
  // "535 — ответ 5xx (…) на AUTH": the dash is how Russian says "is". An enhanced code is not itself a reply, it
  // travels in one, hence "в ответе на RCPT TO".
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} — ${classPhrase} ${mergeStages(stages, RU_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `обычно вместе с ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.ru, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.ru, digits, kind, name)
    return kind === 'basic' ? `ответ ${digits} (${label})` : `код состояния ${digits} (${label}) в ответе`
  },
  same: (a, b) => (a === b ? `${a} и ${b} — один и тот же код.` : `${a} и ${b} — один и тот же код в двух записях.`),
  join: (first, second) => `${first}; ${second}.`,
}

const FR_STAGES: StageWording = { before: 'en réponse à ', after: '', list: commaList('ou') }

const fr: PhraseOverrides = {
  aspects: {
    class: 'Classe',
    retry: 'Nouvel essai',
    actor: 'Qui doit agir',
    stage: 'Où il survient',
    rfc: 'Défini dans',
    pairings: 'Généralement associé à',
    kind: 'Type de code',
  },
  retry: {
    'none-needed': 'Aucun nouvel essai : l’action a réussi',
    continue: 'Continuer : le client envoie la partie suivante',
    'retry-later': 'Réessayer plus tard : l’échec est temporaire',
    'do-not-retry-unchanged': 'Ne pas réessayer à l’identique : l’échec est permanent',
  },
  actor: {
    nobody: 'Personne : tout va bien',
    client: 'Le logiciel client, automatiquement',
    sender: 'L’expéditeur (adresse, identifiants ou contenu)',
    'sender-admin': 'L’administrateur du système expéditeur',
    'recipient-admin': 'L’administrateur du système destinataire',
  },
  stage: {
    greeting: 'à l’accueil du serveur',
    ehlo: 'en réponse à EHLO/HELO',
    starttls: 'en réponse à STARTTLS',
    auth: 'en réponse à AUTH',
    mail: 'en réponse à MAIL FROM',
    rcpt: 'en réponse à RCPT TO',
    data: 'en réponse à DATA',
    'end-of-data': 'après la fin des données',
    bdat: 'en réponse à BDAT',
    burl: 'en réponse à BURL',
    vrfy: 'en réponse à VRFY',
    expn: 'en réponse à EXPN',
    etrn: 'en réponse à ETRN',
    atrn: 'en réponse à ATRN',
    help: 'en réponse à HELP',
    noop: 'en réponse à NOOP',
    rset: 'en réponse à RSET',
    quit: 'en réponse à QUIT',
    any: 'en réponse à n’importe quelle commande',
  },
  kind: { basic: 'Code de réponse de base (RFC 5321)', enhanced: 'Code d’état étendu (RFC 3463)' },
  none: 'aucun',
  or: 'ou',
  // "envoyé" fits every stage phrase: "envoyé en réponse à AUTH", "envoyé à l’accueil du serveur".
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} est ${classPhrase} envoyé ${mergeStages(stages, FR_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `généralement accompagné de ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.fr, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.fr, digits, kind, name)
    return kind === 'basic' ? `un code ${digits} (${label})` : `un code d’état ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} et ${b} sont le même code.` : `${a} et ${b} sont le même code, écrit de deux façons.`),
  join: (first, second) => `${first} ; ${second}.`,
}

const PT_STAGES: StageWording = { before: 'em resposta a ', after: '', list: commaList('ou') }

const pt: PhraseOverrides = {
  aspects: {
    class: 'Classe',
    retry: 'Nova tentativa',
    actor: 'Quem deve agir',
    stage: 'Onde surge',
    rfc: 'Definido em',
    pairings: 'Geralmente enviado com',
    kind: 'Tipo de código',
  },
  retry: {
    'none-needed': 'Nenhuma nova tentativa: a ação foi concluída',
    continue: 'Continuar: o cliente envia a próxima parte',
    'retry-later': 'Tentar mais tarde: a falha é temporária',
    'do-not-retry-unchanged': 'Não repetir sem alterações: a falha é permanente',
  },
  actor: {
    nobody: 'Ninguém: nada está errado',
    client: 'O software cliente, automaticamente',
    sender: 'O remetente (endereço, credenciais ou conteúdo)',
    'sender-admin': 'O administrador do sistema remetente',
    'recipient-admin': 'O administrador do sistema destinatário',
  },
  stage: {
    greeting: 'na saudação',
    ehlo: 'em resposta a EHLO/HELO',
    starttls: 'em resposta a STARTTLS',
    auth: 'em resposta a AUTH',
    mail: 'em resposta a MAIL FROM',
    rcpt: 'em resposta a RCPT TO',
    data: 'em resposta a DATA',
    'end-of-data': 'após o fim dos dados',
    bdat: 'em resposta a BDAT',
    burl: 'em resposta a BURL',
    vrfy: 'em resposta a VRFY',
    expn: 'em resposta a EXPN',
    etrn: 'em resposta a ETRN',
    atrn: 'em resposta a ATRN',
    help: 'em resposta a HELP',
    noop: 'em resposta a NOOP',
    rset: 'em resposta a RSET',
    quit: 'em resposta a QUIT',
    any: 'em resposta a qualquer comando',
  },
  kind: { basic: 'Código de resposta básico (RFC 5321)', enhanced: 'Código de status estendido (RFC 3463)' },
  none: 'nenhum',
  or: 'ou',
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} é ${classPhrase} enviado ${mergeStages(stages, PT_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `geralmente acompanhado de ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.pt, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.pt, digits, kind, name)
    return kind === 'basic' ? `um código ${digits} (${label})` : `um código de status ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} e ${b} são o mesmo código.` : `${a} e ${b} são o mesmo código em duas notações.`),
  join: (first, second) => `${first}; ${second}.`,
}

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

const ES_STAGES: StageWording = { before: 'en respuesta a ', after: '', list: commaList('o') }

const es: PhraseOverrides = {
  aspects: {
    class: 'Clase',
    retry: 'Reintento',
    actor: 'Quién debe actuar',
    stage: 'Dónde aparece',
    rfc: 'Definido en',
    pairings: 'Suele ir con',
    kind: 'Tipo de código',
  },
  retry: {
    'none-needed': 'No hace falta reintentar: la acción se completó',
    continue: 'Continuar: el cliente envía la parte siguiente',
    'retry-later': 'Reintentar más tarde: el fallo es temporal',
    'do-not-retry-unchanged': 'No reintentar sin cambios: el fallo es permanente',
  },
  actor: {
    nobody: 'Nadie: no hay ningún problema',
    client: 'El software cliente, automáticamente',
    sender: 'El remitente (dirección, credenciales o contenido)',
    'sender-admin': 'El administrador del sistema emisor',
    'recipient-admin': 'El administrador del sistema receptor',
  },
  stage: {
    greeting: 'en el saludo',
    ehlo: 'en respuesta a EHLO/HELO',
    starttls: 'en respuesta a STARTTLS',
    auth: 'en respuesta a AUTH',
    mail: 'en respuesta a MAIL FROM',
    rcpt: 'en respuesta a RCPT TO',
    data: 'en respuesta a DATA',
    'end-of-data': 'tras el fin de los datos',
    bdat: 'en respuesta a BDAT',
    burl: 'en respuesta a BURL',
    vrfy: 'en respuesta a VRFY',
    expn: 'en respuesta a EXPN',
    etrn: 'en respuesta a ETRN',
    atrn: 'en respuesta a ATRN',
    help: 'en respuesta a HELP',
    noop: 'en respuesta a NOOP',
    rset: 'en respuesta a RSET',
    quit: 'en respuesta a QUIT',
    any: 'en respuesta a cualquier comando',
  },
  kind: { basic: 'Código de respuesta básico (RFC 5321)', enhanced: 'Código de estado extendido (RFC 3463)' },
  none: 'ninguno',
  or: 'o',
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} es ${classPhrase} enviado ${mergeStages(stages, ES_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `normalmente acompañado de ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.es, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.es, digits, kind, name)
    return kind === 'basic' ? `un código ${digits} (${label})` : `un código de estado ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} y ${b} son el mismo código.` : `${a} y ${b} son el mismo código en dos notaciones.`),
  join: (first, second) => `${first}; ${second}.`,
}

const DE_STAGES: StageWording = { before: 'auf ', after: '', list: commaList('oder') }

const de: PhraseOverrides = {
  aspects: {
    class: 'Klasse',
    retry: 'Wiederholung',
    actor: 'Wer handeln muss',
    stage: 'Wo er auftritt',
    rfc: 'Definiert in',
    pairings: 'Meist zusammen mit',
    kind: 'Art des Codes',
  },
  retry: {
    'none-needed': 'Keine Wiederholung nötig: die Aktion war erfolgreich',
    continue: 'Fortfahren: der Client sendet den nächsten Teil',
    'retry-later': 'Später wiederholen: der Fehler ist vorübergehend',
    'do-not-retry-unchanged': 'Nicht unverändert wiederholen: der Fehler ist dauerhaft',
  },
  actor: {
    nobody: 'Niemand: alles in Ordnung',
    client: 'Die Client-Software, automatisch',
    sender: 'Der Absender (Adresse, Zugangsdaten oder Inhalt)',
    'sender-admin': 'Der Administrator des sendenden Systems',
    'recipient-admin': 'Der Administrator des empfangenden Systems',
  },
  stage: {
    greeting: 'bei der Begrüßung',
    ehlo: 'auf EHLO/HELO',
    starttls: 'auf STARTTLS',
    auth: 'auf AUTH',
    mail: 'auf MAIL FROM',
    rcpt: 'auf RCPT TO',
    data: 'auf DATA',
    'end-of-data': 'nach dem Ende der Daten',
    bdat: 'auf BDAT',
    burl: 'auf BURL',
    vrfy: 'auf VRFY',
    expn: 'auf EXPN',
    etrn: 'auf ETRN',
    atrn: 'auf ATRN',
    help: 'auf HELP',
    noop: 'auf NOOP',
    rset: 'auf RSET',
    quit: 'auf QUIT',
    any: 'auf einen beliebigen Befehl',
  },
  kind: { basic: 'Einfacher Antwortcode (RFC 5321)', enhanced: 'Erweiterter Statuscode (RFC 3463)' },
  none: 'keine',
  or: 'oder',
  // "eine 5xx-Antwort (…) auf AUTH"; an enhanced code is not itself a reply but travels in one, hence
  // "ein 5.x.x-Statuscode (…) in der Antwort auf RCPT TO".
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} ist ${classPhrase} ${mergeStages(stages, DE_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `meist zusammen mit ${codes} gesendet`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.de, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.de, digits, kind, name)
    return kind === 'basic' ? `eine ${digits}-Antwort (${label})` : `ein ${digits}-Statuscode (${label}) in der Antwort`
  },
  same: (a, b) => (a === b ? `${a} und ${b} sind derselbe Code.` : `${a} und ${b} sind derselbe Code in zwei Schreibweisen.`),
  join: (first, second) => `${first}; ${second}.`,
}

const JA_STAGES: StageWording = {
  before: '',
  after: 'への応答として',
  list: ideographicList('または', ''),
  units: ideographicList('または', '、'),
}

const ja: PhraseOverrides = {
  aspects: {
    class: 'クラス',
    retry: '再試行',
    actor: '対処すべき人',
    stage: '発生する場面',
    rfc: '定義元',
    pairings: 'よく一緒に送られるコード',
    kind: 'コードの種類',
  },
  retry: {
    'none-needed': '再試行は不要：処理は成功しました',
    continue: '続行：クライアントが次の部分を送信します',
    'retry-later': '後で再試行：一時的な失敗です',
    'do-not-retry-unchanged': 'そのまま再試行しない：恒久的な失敗です',
  },
  actor: {
    nobody: '不要：問題はありません',
    client: 'クライアントソフトウェアが自動的に',
    sender: '送信者（アドレス、認証情報または内容）',
    'sender-admin': '送信側システムの管理者',
    'recipient-admin': '受信側システムの管理者',
  },
  stage: {
    greeting: '接続時のグリーティングで',
    ehlo: 'EHLO/HELO への応答として',
    starttls: 'STARTTLS への応答として',
    auth: 'AUTH への応答として',
    mail: 'MAIL FROM への応答として',
    rcpt: 'RCPT TO への応答として',
    data: 'DATA への応答として',
    'end-of-data': 'データ終了後に',
    bdat: 'BDAT への応答として',
    burl: 'BURL への応答として',
    vrfy: 'VRFY への応答として',
    expn: 'EXPN への応答として',
    etrn: 'ETRN への応答として',
    atrn: 'ATRN への応答として',
    help: 'HELP への応答として',
    noop: 'NOOP への応答として',
    rset: 'RSET への応答として',
    quit: 'QUIT への応答として',
    any: '任意のコマンドへの応答として',
  },
  kind: { basic: '基本応答コード（RFC 5321）', enhanced: '拡張ステータスコード（RFC 3463）' },
  none: 'なし',
  or: 'または',
  // Each code is a sentence of its own ending in the verb: "535 は … の応答コードで、AUTH への応答として返され、
  // 通常は 5.7.8 を伴います。"
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} は ${classPhrase}で、${mergeStages(stages, JA_STAGES)}返され${pairing ? `、${pairing}` : 'ます'}`,
  pairing: (codes) => `通常は ${codes} を伴います`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.ja, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.ja, digits, kind, name)
    return kind === 'basic' ? `${digits} クラス（${label}）の応答コード` : `${digits} クラス（${label}）の拡張ステータスコード`
  },
  same: (a, b) => (a === b ? `${a} と ${b} は同じコードです。` : `${a} と ${b} は同じコードを二通りに書いたものです。`),
  join: (first, second) => `${first}。${second}。`,
}

const ZH_STAGES: StageWording = {
  before: '作为对',
  after: '的回复',
  list: ideographicList('或', ''),
  units: ideographicList('或', ''),
}

const zh: PhraseOverrides = {
  aspects: {
    class: '类别',
    retry: '重试',
    actor: '谁需要处理',
    stage: '出现位置',
    rfc: '定义于',
    pairings: '通常搭配',
    kind: '代码类型',
  },
  retry: {
    'none-needed': '无需重试：操作已成功',
    continue: '继续：客户端发送下一部分',
    'retry-later': '稍后重试：故障是暂时的',
    'do-not-retry-unchanged': '不要原样重试：故障是永久性的',
  },
  actor: {
    nobody: '无需任何人：一切正常',
    client: '客户端软件，自动处理',
    sender: '发件人（地址、凭据或内容）',
    'sender-admin': '发送方系统的管理员',
    'recipient-admin': '接收方系统的管理员',
  },
  stage: {
    greeting: '在连接问候时',
    ehlo: '作为对 EHLO/HELO 的回复',
    starttls: '作为对 STARTTLS 的回复',
    auth: '作为对 AUTH 的回复',
    mail: '作为对 MAIL FROM 的回复',
    rcpt: '作为对 RCPT TO 的回复',
    data: '作为对 DATA 的回复',
    'end-of-data': '在数据结束之后',
    bdat: '作为对 BDAT 的回复',
    burl: '作为对 BURL 的回复',
    vrfy: '作为对 VRFY 的回复',
    expn: '作为对 EXPN 的回复',
    etrn: '作为对 ETRN 的回复',
    atrn: '作为对 ATRN 的回复',
    help: '作为对 HELP 的回复',
    noop: '作为对 NOOP 的回复',
    rset: '作为对 RSET 的回复',
    quit: '作为对 QUIT 的回复',
    any: '作为对任意命令的回复',
  },
  kind: { basic: '基本回复码（RFC 5321）', enhanced: '增强状态码（RFC 3463）' },
  none: '无',
  or: '或',
  // "作为对 AUTH 的回复发出": the stage phrase says when the code is sent, so it goes before the verb.
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} 是 ${classPhrase}，${mergeStages(stages, ZH_STAGES)}发出${pairing ? `，${pairing}` : ''}`,
  pairing: (codes) => `通常与 ${codes} 一起出现`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.zh, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.zh, digits, kind, name)
    return kind === 'basic' ? `${digits} 类（${label}）回复码` : `${digits} 类（${label}）增强状态码`
  },
  same: (a, b) => (a === b ? `${a} 和 ${b} 是同一个代码。` : `${a} 和 ${b} 是同一个代码的两种写法。`),
  join: (first, second) => `${first}；${second}。`,
}

const KO_STAGES: StageWording = {
  before: '',
  after: '에 대한 응답으로',
  list: commaList('또는'),
  // A comma and 혹은 mark where a merged run ends, so "or" is not said twice in a row:
  // "연결 인사 시, 혹은 MAIL FROM 또는 RCPT TO에 대한 응답으로".
  units: (units) => (units.length < 2 ? (units[0] ?? '') : `${units.slice(0, -1).join(', ')}, 혹은 ${units.at(-1)}`),
}

const ko: PhraseOverrides = {
  aspects: {
    class: '클래스',
    retry: '재시도',
    actor: '조치할 주체',
    stage: '발생 위치',
    rfc: '정의 문서',
    pairings: '주로 함께 쓰이는 코드',
    kind: '코드 종류',
  },
  retry: {
    'none-needed': '재시도 불필요: 작업이 성공했습니다',
    continue: '계속: 클라이언트가 다음 부분을 보냅니다',
    'retry-later': '나중에 재시도: 일시적인 실패입니다',
    'do-not-retry-unchanged': '그대로 재시도하지 마세요: 영구적인 실패입니다',
  },
  actor: {
    nobody: '없음: 문제가 없습니다',
    client: '클라이언트 소프트웨어가 자동으로',
    sender: '발신자(주소, 자격 증명 또는 내용)',
    'sender-admin': '발신 시스템 관리자',
    'recipient-admin': '수신 시스템 관리자',
  },
  stage: {
    greeting: '연결 인사 시',
    ehlo: 'EHLO/HELO에 대한 응답으로',
    starttls: 'STARTTLS에 대한 응답으로',
    auth: 'AUTH에 대한 응답으로',
    mail: 'MAIL FROM에 대한 응답으로',
    rcpt: 'RCPT TO에 대한 응답으로',
    data: 'DATA에 대한 응답으로',
    'end-of-data': '데이터 종료 후',
    bdat: 'BDAT에 대한 응답으로',
    burl: 'BURL에 대한 응답으로',
    vrfy: 'VRFY에 대한 응답으로',
    expn: 'EXPN에 대한 응답으로',
    etrn: 'ETRN에 대한 응답으로',
    atrn: 'ATRN에 대한 응답으로',
    help: 'HELP에 대한 응답으로',
    noop: 'NOOP에 대한 응답으로',
    rset: 'RSET에 대한 응답으로',
    quit: 'QUIT에 대한 응답으로',
    any: '모든 명령에 대한 응답으로',
  },
  kind: { basic: '기본 응답 코드(RFC 5321)', enhanced: '확장 상태 코드(RFC 3463)' },
  none: '없음',
  or: '또는',
  // The stage phrase modifies the class noun: "535는 AUTH에 대한 응답으로 보내는 5xx(…) 응답이며, 보통 5.7.8과
  // 함께 쓰입니다." Each code is a sentence of its own ending in the verb.
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${koTopic(code)} ${mergeStages(stages, KO_STAGES)} 보내는 ${classPhrase}${pairing ? `이며, ${pairing}` : '입니다'}`,
  pairing: (codes) => `보통 ${koAnd(codes)} 함께 쓰입니다`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.ko, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.ko, digits, kind, name)
    return kind === 'basic' ? `${digits}(${label}) 응답` : `${digits}(${label}) 확장 상태 코드`
  },
  same: (a, b) => (a === b ? `${koAnd(a)} ${koTopic(b)} 같은 코드입니다.` : `${koAnd(a)} ${koTopic(b)} 표기만 다른 같은 코드입니다.`),
  join: (first, second) => `${first}. ${second}.`,
}

const ID_STAGES: StageWording = { before: 'sebagai balasan ', after: '', list: commaList('atau') }

const id: PhraseOverrides = {
  aspects: {
    class: 'Kelas',
    retry: 'Coba ulang',
    actor: 'Siapa yang harus bertindak',
    stage: 'Di mana muncul',
    rfc: 'Didefinisikan dalam',
    pairings: 'Biasanya dikirim bersama',
    kind: 'Jenis kode',
  },
  retry: {
    'none-needed': 'Tidak perlu mencoba ulang: tindakan berhasil',
    continue: 'Lanjutkan: klien mengirim bagian berikutnya',
    'retry-later': 'Coba lagi nanti: kegagalannya sementara',
    'do-not-retry-unchanged': 'Jangan ulangi tanpa perubahan: kegagalannya permanen',
  },
  actor: {
    nobody: 'Tidak ada: tidak ada yang salah',
    client: 'Perangkat lunak klien, secara otomatis',
    sender: 'Pengirim (alamat, kredensial, atau isi)',
    'sender-admin': 'Administrator sistem pengirim',
    'recipient-admin': 'Administrator sistem penerima',
  },
  stage: {
    greeting: 'saat sapaan pembuka',
    ehlo: 'sebagai balasan EHLO/HELO',
    starttls: 'sebagai balasan STARTTLS',
    auth: 'sebagai balasan AUTH',
    mail: 'sebagai balasan MAIL FROM',
    rcpt: 'sebagai balasan RCPT TO',
    data: 'sebagai balasan DATA',
    'end-of-data': 'setelah akhir data',
    bdat: 'sebagai balasan BDAT',
    burl: 'sebagai balasan BURL',
    vrfy: 'sebagai balasan VRFY',
    expn: 'sebagai balasan EXPN',
    etrn: 'sebagai balasan ETRN',
    atrn: 'sebagai balasan ATRN',
    help: 'sebagai balasan HELP',
    noop: 'sebagai balasan NOOP',
    rset: 'sebagai balasan RSET',
    quit: 'sebagai balasan QUIT',
    any: 'sebagai balasan perintah apa pun',
  },
  kind: { basic: 'Kode balasan dasar (RFC 5321)', enhanced: 'Kode status yang diperluas (RFC 3463)' },
  none: 'tidak ada',
  or: 'atau',
  codeSentence: ({ code, classPhrase, stages, pairing }) =>
    `${code} adalah ${classPhrase} yang dikirim ${mergeStages(stages, ID_STAGES)}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `biasanya bersama ${codes}`,
  className: ({ digits, name, kind }) => `${digits} ${classNameIn(CLASS_NAMES.id, digits, kind, name)}`,
  classPhrase: ({ digits, name, kind }) => {
    const label = classNameIn(CLASS_NAMES.id, digits, kind, name)
    return kind === 'basic' ? `kode ${digits} (${label})` : `kode status ${digits} (${label})`
  },
  same: (a, b) => (a === b ? `${a} dan ${b} adalah kode yang sama.` : `${a} dan ${b} adalah kode yang sama dalam dua penulisan.`),
  join: (first, second) => `${first}; ${second}.`,
}

export const API_PHRASE_TRANSLATIONS: Partial<Record<Locale, PhraseOverrides>> = { vi, ru, fr, pt, tr, es, de, ja, zh, ko, id }
