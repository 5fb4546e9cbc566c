// Korean API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, commaList, type StageWording } from './shared.ts'

/**
 * Korean particles follow the sound of the word before them: a code read aloud ends in a consonant when its last
 * digit is 1 (일), 3 (삼), 6 (육), 7 (칠), 8 (팔) or 0 (영, 십, 백).
 */
const koFinalConsonant = (word: string): boolean => /[013678]$/.test(word)
const koTopic = (word: string): string => `${word}${koFinalConsonant(word) ? '은' : '는'}`
const koAnd = (word: string): string => `${word}${koFinalConsonant(word) ? '과' : '와'}`

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

export default ko
