// Mail.ru: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const MAILRU_RULES: readonly DiagnosisRule[] = [
  {
    id: 'mailru-spam',
    reason: 'spam',
    pattern: '\\bnotspam-support\\b',
    provider: 'mailru',
    source: { url: 'https://help.mail.ru/notspam-support/errors', title: 'Mail.ru: delivery errors' },
    examples: [
      '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to abuse@corp.mail.ru. Error code: ###. ID: #',
    ],
  },
  {
    id: 'mailru-account-disabled',
    reason: 'mailbox-disabled',
    pattern: 'is unavailable: account is disabled',
    provider: 'mailru',
    source: { url: 'https://help.mail.ru/notspam-support/errors', title: 'Mail.ru: delivery errors' },
    examples: ['550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: account is disabled'],
  },
  {
    id: 'mailru-user-gone',
    reason: 'user-unknown',
    pattern: 'is unavailable: user (?:is terminated|not found)',
    provider: 'mailru',
    source: { url: 'https://help.mail.ru/notspam-support/errors', title: 'Mail.ru: delivery errors' },
    examples: [
      '550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: user is terminated',
      '550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: user not found',
    ],
  },
]
