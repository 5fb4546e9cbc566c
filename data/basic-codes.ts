// Basic reply codes (three digits): RFC 5321 §4.2 and the extensions that define replies.
// Each fact cites its section; see ../shared/reference/sources.md for the sources this must follow.
import type { BasicCode } from './schema.ts'

export const BASIC_CODES: readonly BasicCode[] = [
  {
    code: '252',
    title: 'Cannot VRFY user, but will accept message and attempt delivery',
    summary:
      'The server will not confirm or deny that the address exists, but it will accept mail for it and attempt delivery.',
    description:
      'A positive completion reply to VRFY (or EXPN) in which the server declines to verify the address, usually by policy, yet says it will accept a message for it and attempt delivery. RFC 5321 defines it so that servers that disable verification for privacy or anti-harvesting reasons still give a success-class answer.',
    whenSeen:
      'In answer to VRFY when the server does not reveal whether mailboxes exist, typically as a defence against address harvesting. Many public servers answer every VRFY this way.',
    stages: ['vrfy'],
    fix: {
      sender:
        'Nothing is wrong: the server will still attempt delivery. Do not treat 252 as proof that the mailbox exists; send the message and watch for a bounce instead.',
      admin:
        'No action needed. Answering VRFY with 252 rather than 250/550 is the recommended way to avoid disclosing which mailboxes exist (RFC 5321 §3.5.3, §7.3).',
    },
    actor: 'nobody',
    references: [
      { rfc: 5321, section: '3.5.3' },
      { rfc: 5321, section: '4.2.2' },
      { rfc: 5321, section: '7.3' },
    ],
    related: ['250', '550', '502'],
    enhanced: ['2.1.5'],
  },
  {
    code: '535',
    title: 'Authentication credentials invalid',
    summary:
      'AUTH failed: the server rejected the credentials (username, password or token) or they were insufficient for the mechanism.',
    description:
      'A permanent negative reply to the AUTH command indicating that authentication failed because the credentials supplied were invalid or insufficient. The client should ask the user for new credentials rather than retry the same ones.',
    whenSeen:
      'At the end of the AUTH exchange, after the client has sent a username and password (or token) that the server does not accept. Typical causes: a wrong or expired password, an app password that was revoked, a username given in the wrong form, or a mechanism whose credentials the account does not allow.',
    stages: ['auth'],
    fix: {
      sender:
        'Check the username and password (or OAuth token) in the mail client; if the provider requires an app password or OAuth, create a current one. Make sure the client uses a mechanism the account allows (PLAIN, LOGIN, XOAUTH2) over TLS.',
      admin:
        'Check the authentication backend and logs for the account: locked or disabled accounts, password changes, and whether the chosen mechanism is enabled for it. Rate-limit repeated failures: they are a common sign of password guessing.',
    },
    actor: 'sender',
    references: [
      { rfc: 4954, section: '4' },
      { rfc: 4954, section: '6' },
      { iana: 'smtp-enhanced-status-codes' },
    ],
    related: ['534', '530', '454', '538'],
    enhanced: ['5.7.8'],
  },
]
