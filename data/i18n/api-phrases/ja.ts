// Japanese API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import type { PhraseOverrides } from './types.ts'
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn, mergeStages, ideographicList, type StageWording } from './shared.ts'

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

export default ja
