// Chinese API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, ideographicList, type StageWording } from './shared.ts'

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

export default zh
