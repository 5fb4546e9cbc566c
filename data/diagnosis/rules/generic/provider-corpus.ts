// Wording several providers send: replies found in the provider corpus whose wording is not one provider's own (an RFC's text, or
// server software that many providers run). No provider is named by these; hints in the reply may still name one.
import type { DiagnosisRule } from '../../types.ts'

export const PROVIDER_CORPUS_RULES: readonly DiagnosisRule[] = [
  {
    id: 'postfix-too-many-errors',
    reason: 'protocol-error',
    pattern: '\\bError: too many errors',
    source: {
      software: 'Postfix',
      where: 'src/smtpd/smtpd.c (smtpd_hard_error_limit reached)',
      url: 'https://www.postfix.org/postconf.5.html#smtpd_hard_error_limit',
    },
    examples: ['421 4.7.0 me.com Error: too many errors'],
  },
  {
    id: 'postfix-recipient-verification-pending',
    reason: 'greylisted',
    pattern: 'unverified address: Address verification in progress',
    source: {
      software: 'Postfix',
      where: 'src/smtpd/smtpd_check.c (reject_unverified_recipient, probe pending)',
      url: 'https://www.postfix.org/ADDRESS_VERIFICATION_README.html',
    },
    examples: ['421 4.1.1 <email@example.com>: Recipient address rejected: unverified address: Address verification in progress'],
  },
  {
    id: 'postfix-recipient-verification-lost-connection',
    reason: 'network-error',
    pattern: 'unverified address: lost connection with',
    source: {
      software: 'Postfix',
      where: 'src/smtpd/smtpd_check.c (reject_unverified_recipient, probe failed to connect)',
      url: 'https://www.postfix.org/ADDRESS_VERIFICATION_README.html',
    },
    examples: [
      '421 4.1.1 <email@example.com>: Recipient address rejected: unverified address: host example.com[x.xx.xx.xx] said: 450 4.1.1 <email@example.com>: Recipient address rejected: unverified address: lost connection with mail.example.com[x.xx.xx.xx] while sending RCPT TO (in reply to RCPT TO command)',
    ],
  },
  {
    id: 'qmail-badmailfrom',
    reason: 'sender-rejected',
    pattern: 'envelope sender is in my badmailfrom list',
    source: { software: 'qmail', where: 'qmail-smtpd.c (badmailfrom control file)', url: 'https://cr.yp.to/qmail/qmailsmtpd.html' },
    examples: ['553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)'],
  },
  {
    id: 'mdaemon-host-limit',
    reason: 'rate-limited',
    pattern: 'reached its limit for processing requests from your host',
    source: { software: 'MDaemon', where: 'MDaemon SMTP server connection limits' },
    examples: ['451-The server has reached its limit for processing requests from your host.\r\n451 Please try again later.'],
  },
]
