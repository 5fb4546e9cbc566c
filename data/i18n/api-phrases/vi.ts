// Vietnamese API phrases: overrides of data/i18n/api-phrases.ts's English, key by key.
import { CLASS_NAMES } from '../class-names.ts'
import { classNameIn } from './shared.ts'
import { listWithOr, type PhraseOverrides } from './types.ts'

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

export default vi
