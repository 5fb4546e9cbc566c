// QQ Mail / Tencent Exmail: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const QQ_RULES: readonly DiagnosisRule[] = [
  {
    id: 'qq-mail-content-denied',
    reason: 'spam',
    pattern: 'Mail content denied',
    provider: 'qq',
    source: { url: 'https://service.exmail.qq.com/cgi-bin/help?subtype=1&id=20022&no=1000726', title: 'Tencent Exmail help, error 1000726' },
    examples: ['550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726', '550 Mail content denied.'],
  },
  {
    id: 'qq-sender-frequency',
    reason: 'rate-limited',
    pattern: '\\b(?:Sender|Ip|Domain|Connection) frequency limited',
    provider: 'qq',
    source: { url: 'https://service.exmail.qq.com/cgi-bin/help?subtype=1&id=20022&no=1000723', title: 'Tencent Exmail help, error 1000723' },
    examples: [
      '550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723',
      '550 Sender frequency limited.',
    ],
  },
  {
    id: 'qq-suspected-spam-sender',
    reason: 'blocklisted',
    pattern: 'Suspected spam sender',
    provider: 'qq',
    source: { collection: 'smtp-field-manual', where: 'data/codes/550.json (qq)' },
    examples: ['550 Suspected spam sender.'],
  },
  {
    id: 'qq-rejected-by-recipients',
    reason: 'policy',
    pattern: 'Mail is rejected by recipients',
    provider: 'qq',
    source: { collection: 'smtp-field-manual', where: 'data/codes/550.json (qq)' },
    examples: ['550 Mail is rejected by recipients'],
  },
  {
    id: 'qq-mailbox-unavailable-or-access-denied',
    reason: 'rate-limited',
    pattern: 'Mailbox unavailable or access denied',
    provider: 'qq',
    source: { collection: 'smtp-field-manual', where: 'data/codes/550.json (qq)' },
    confidence: 'medium',
    examples: ['550 Mailbox unavailable or access denied'],
  },
  {
    id: 'qq-bad-address-syntax',
    reason: 'user-unknown',
    pattern: 'Bad address syntax',
    provider: 'qq',
    source: { url: 'https://service.exmail.qq.com/cgi-bin/help?subtype=1&id=20022&no=1000730', title: 'Tencent Exmail help, error 1000730' },
    examples: ['501 Bad address syntax. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730'],
  },
  {
    id: 'qq-mailbox-not-found',
    reason: 'user-unknown',
    pattern: 'Mailbox not found\\. https?:\\/\\/service\\.(?:ex)?mail\\.qq\\.com',
    provider: 'qq',
    source: { url: 'https://service.exmail.qq.com/cgi-bin/help?subtype=1&id=20022&no=1000728', title: 'Tencent Exmail help, error 1000728' },
    examples: [
      '550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
      '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
    ],
  },
]
