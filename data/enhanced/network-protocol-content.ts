// IANA SMTP Enhanced Status Codes registry, subjects 4-6: network and routing, mail delivery protocol, message content or media. The `registry` block of each entry is the registry row
// verbatim; everything else is ours, in plain words, faithful to the cited RFC.
import type { EnhancedCode } from '../schema.ts'

export const CODES: readonly EnhancedCode[] = [
  {
    code: 'X.4.4',
    title: 'Unable to route',
    summary: 'The mail system could not find where to send the message next.',
    description:
      'The next hop could not be determined because the routing information (for Internet mail, DNS) was unavailable. A DNS answer with only an SOA record for the domain is one example. Used for both permanent and persistent temporary errors.',
    whenSeen: 'In bounces from the sending side when the recipient domain has no usable MX or address records, or DNS lookups fail.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Check the recipient domain for typos.',
      admin: "Check the recipient domain's MX and address records and your resolver.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.2', 'X.4.1'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Unable to route',
      associatedBasic: 'Not given',
      description:
        'The mail system was unable to determine the next hop for the message because the necessary routing information was unavailable from the directory server. This is useful for both permanent and persistent transient errors. A DNS lookup returning only an SOA (Start of Administration) record for a domain name is one example of the unable to route error.',
      reference: '[RFC3463]',
    },
  },
]
