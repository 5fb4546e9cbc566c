// Yandex Mail: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const YANDEX_RULES: readonly DiagnosisRule[] = [
  {
    id: 'yandex-spam',
    reason: 'spam',
    pattern: 'rejected under suspicion of SPAM',
    provider: 'yandex',
    source: { url: 'https://yandex.com/support/mail/bounces/yandex.html', title: 'Yandex Mail: bounce messages' },
    examples: ['554 5.7.1 [1] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc ##'],
  },
  {
    id: 'yandex-policy-target-address',
    reason: 'mailbox-disabled',
    pattern: 'Policy rejection on the target address',
    provider: 'yandex',
    source: { url: 'https://yandex.com/support/mail/bounces/yandex.html', title: 'Yandex Mail: bounce messages' },
    examples: ['550 5.7.1 Policy rejection on the target address'],
  },
  {
    id: 'yandex-recipient-rate',
    reason: 'rate-limited',
    pattern: 'recipient has exceeded message rate limit',
    provider: 'yandex',
    source: { url: 'https://yandex.com/support/mail/bounces/yandex.html', title: 'Yandex Mail: bounce messages' },
    examples: ['450 4.2.1 The recipient has exceeded message rate limit. Try again later.'],
  },
  {
    id: 'yandex-spam-statistics',
    reason: 'blocklisted',
    pattern: '\\bspamsource\\.yandex\\.ru|Blocked by spam statistics',
    provider: 'yandex',
    source: { url: 'https://yandex.com/support/mail/bounces/yandex.html', title: 'Yandex Mail: bounce messages' },
    examples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.40] blocked using spamsource.yandex.ru; Blocked by spam statistics - see http://feedback.yandex.ru/?from=mail-rejects&subject=192.0.2.40',
    ],
  },
  {
    id: 'yandex-service-unavailable',
    reason: 'system-error',
    pattern: 'the service is currently unavailable\\. Please come back later',
    provider: 'yandex',
    source: { url: 'https://yandex.com/support/mail/bounces/yandex.html', title: 'Yandex Mail: bounce messages' },
    examples: ['451 4.7.1 Sorry, the service is currently unavailable. Please come back later.'],
  },
]
