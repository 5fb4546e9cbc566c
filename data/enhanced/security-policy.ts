// IANA SMTP Enhanced Status Codes registry, subject 7: security or policy. The `registry` block of each entry is the registry row
// verbatim; everything else is ours, in plain words, faithful to the cited RFC.
import type { EnhancedCode } from '../schema.ts'

export const CODES: readonly EnhancedCode[] = [
  {
    code: 'X.7.8',
    title: 'Authentication credentials invalid',
    summary: 'Authentication failed because the credentials supplied were invalid or insufficient.',
    description:
      'Sent with 535 in answer to AUTH when the credentials are invalid or insufficient for the mechanism. The client should ask the user for new credentials.',
    whenSeen: 'At the end of an AUTH exchange whose username, password or token the server does not accept.',
    stages: ['auth'],
    fix: {
      sender: 'Correct the username and password (or renew the app password or OAuth token) and authenticate again.',
      admin: 'Check the account in the authentication backend and the logs for the failed attempt.',
    },
    actor: 'sender',
    references: [{ rfc: 4954, section: '6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.0', 'X.7.9'],
    classes: [5],
    basic: ['535'],
    registry: {
      sampleText: 'Authentication credentials invalid',
      associatedBasic: '535',
      description:
        'This response to the AUTH command indicates that the authentication failed due to invalid or insufficient authentication credentials. In this case, the client SHOULD ask the user to supply new credentials (such as by presenting a password dialog box).',
      reference: '[RFC4954]',
    },
  },
]
