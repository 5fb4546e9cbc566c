// English API phrases: complete, the fallback of every other language (data/i18n/api-phrases.ts merges them).
// Its own module so that the widget can load the words it shows without every other language.
import { listWithOr, type ApiPhrases } from './types.ts'

const en: ApiPhrases = {
  aspects: {
    class: 'Class',
    retry: 'Retry',
    actor: 'Who must act',
    stage: 'Where it arises',
    rfc: 'Defined in',
    pairings: 'Usually paired with',
    kind: 'Kind of code',
  },
  retry: {
    'none-needed': 'No retry needed: the action succeeded',
    continue: 'Continue: the client sends the next part',
    'retry-later': 'Retry later: the failure is temporary',
    'do-not-retry-unchanged': 'Do not retry unchanged: the failure is permanent',
  },
  actor: {
    nobody: 'Nobody: nothing is wrong',
    client: 'The client software, automatically',
    sender: 'The sender (address, credentials or content)',
    'sender-admin': "The sending system's administrator",
    'recipient-admin': "The receiving system's administrator",
  },
  stage: {
    greeting: 'at the greeting',
    ehlo: 'to EHLO/HELO',
    starttls: 'to STARTTLS',
    auth: 'to AUTH',
    mail: 'to MAIL FROM',
    rcpt: 'to RCPT TO',
    data: 'to DATA',
    'end-of-data': 'after the end of data',
    bdat: 'to BDAT',
    burl: 'to BURL',
    vrfy: 'to VRFY',
    expn: 'to EXPN',
    etrn: 'to ETRN',
    atrn: 'to ATRN',
    help: 'to HELP',
    noop: 'to NOOP',
    rset: 'to RSET',
    quit: 'to QUIT',
    any: 'to any command',
  },
  kind: { basic: 'Basic reply code (RFC 5321)', enhanced: 'Enhanced status code (RFC 3463)' },
  none: 'none',
  or: 'or',
  codeSentence: ({ code, classPhrase, stages, pairing }) => `${code} is a ${classPhrase} ${listWithOr(stages, 'or')}${pairing ? `, ${pairing}` : ''}`,
  pairing: (codes) => `usually sent with ${codes}`,
  className: ({ digits, name }) => `${digits} ${name}`,
  classPhrase: ({ digits, name, kind }) => `${digits} ${name.toLowerCase()}${kind === 'basic' ? ' reply' : ''}`,
  same: (a, b) => (a === b ? `${a} and ${b} are the same code.` : `${a} and ${b} are the same code in two notations.`),
  join: (first, second) => `${first}; ${second}.`,
}

export default en
