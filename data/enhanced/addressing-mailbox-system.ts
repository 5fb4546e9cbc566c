// IANA SMTP Enhanced Status Codes registry, subjects 0-3: other, addressing, mailbox, mail system. The `registry` block of each entry is the registry row
// verbatim; everything else is ours, in plain words, faithful to the cited RFC.
import type { EnhancedCode } from '../schema.ts'

export const CODES: readonly EnhancedCode[] = [
  {
    code: 'X.0.0',
    title: 'Other undefined status',
    summary: 'A generic status: the server only says whether it worked, failed for now, or failed for good.',
    description:
      'The catch-all code for any status where only the class (success, temporary or permanent failure) is known. The text after the code is the only clue to the real cause.',
    whenSeen: 'At any stage, from servers that do not map their errors to a specific enhanced code, e.g. "250 2.0.0 Ok" or "550 5.0.0".',
    stages: ['any'],
    fix: {
      sender: 'Read the text that follows the code; it carries the actual reason.',
      admin: 'Check the server log for the matching transaction to find the specific cause.',
    },
    actor: 'nobody',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: [],
    classes: [2, 4, 5],
    basic: [],
    registry: {
      sampleText: 'Other undefined Status',
      associatedBasic: 'Not given',
      description:
        'Other undefined status is the only undefined error code. It should be used for all errors for which only the class of the error is known.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.1',
    title: 'Bad destination mailbox address',
    summary: 'The mailbox named left of the @ does not exist at the receiving domain.',
    description:
      'The recipient address names a mailbox the destination does not have: the part left of the "@" is invalid. Meant for permanent failures.',
    whenSeen: 'In reply to RCPT TO (or in a bounce) when the address is mistyped, the account was deleted, or the directory lookup rejects it.',
    stages: ['rcpt'],
    fix: {
      sender: 'Check the spelling of the address or ask the recipient for a current one; do not resend unchanged.',
      admin: 'If the mailbox should exist, check the recipient directory, aliases and address rewriting on the receiving side.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.2', 'X.1.3', 'X.1.10', '550'],
    classes: [4, 5],
    basic: ['451', '550'],
    registry: {
      sampleText: 'Bad destination mailbox address',
      associatedBasic: '451, 550',
      description:
        'The mailbox specified in the address does not exist. For Internet mail names, this means the address portion to the left of the "@" sign is invalid. This code is only useful for permanent failures.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.2.2',
    title: 'Mailbox full',
    summary: "The recipient's mailbox is over its quota or capacity.",
    description:
      'The mailbox is full because the user exceeded a per-mailbox quota or the physical capacity. The recipient can free space by deleting messages, so it is meant as a persistent temporary failure.',
    whenSeen: 'At RCPT TO or after the end of data when the recipient has not cleaned up their mailbox; some servers send it with class 5.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Wait and retry later, or reach the recipient another way so they free space.',
      admin: "On the receiving side, raise the quota or ask the user to delete messages.",
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.3.1', '452', '552'],
    classes: [4, 5],
    basic: ['552'],
    registry: {
      sampleText: 'Mailbox full',
      associatedBasic: '552',
      description:
        'The mailbox is full because the user has exceeded a per-mailbox administrative quota or physical capacity. The general semantics implies that the recipient can delete messages to make more space available. This code should be used as a persistent transient failure.',
      reference: '[RFC3463]',
    },
  },
]
