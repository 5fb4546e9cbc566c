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
    whenSeen:
      'At any stage, from servers that do not map their replies to a specific enhanced code, e.g. "250 2.0.0 Ok: queued", "221 2.0.0 Bye" or a bare "550 5.0.0".',
    stages: ['any'],
    fix: {
      sender: 'Read the text that follows the code; it carries the actual reason.',
      admin: 'Check the server log for the matching transaction to find the specific cause.',
    },
    actor: 'nobody',
    references: [{ rfc: 3463, section: '3.1' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.3.0'],
    classes: [2, 4, 5],
    basic: ['214', '220', '221', '250', '252'],
    registry: {
      sampleText: 'Other undefined Status',
      associatedBasic: 'Any',
      description:
        'Other undefined status is the only undefined error code. It should be used for all errors for which only the class of the error is known.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.0',
    title: 'Other address status',
    summary: 'Something about an address (sender or recipient) caused this status, without a more specific reason.',
    description:
      'The generic addressing code: the originator or destination address is what the status is about, but no more specific X.1 detail applies. Addressing problems can usually be corrected by the sender.',
    whenSeen:
      'As a success after MAIL FROM ("250 2.1.0 Ok"), or as a rejection of a sender or recipient address whose exact problem the server does not classify, e.g. "550 5.1.0 <addr>: Sender address rejected: User unknown in local recipient table".',
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Check both the envelope sender and the recipient addresses, and read the reply text for which one was refused.',
      admin: 'Look up the rejection in the server log to see which address rule or lookup refused it.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.1', 'X.1.7', 'X.0.0'],
    classes: [2, 5],
    basic: ['250', '550'],
    registry: {
      sampleText: 'Other address status',
      associatedBasic: 'Not given',
      description: 'Something about the address specified in the message caused this DSN.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.1',
    title: 'Bad destination mailbox address',
    summary: 'The mailbox named left of the @ does not exist at the receiving domain.',
    description:
      'The recipient address names a mailbox the destination does not have: the part left of the "@" is invalid. The RFC means it for permanent failures.',
    whenSeen:
      'In reply to RCPT TO (or in a bounce) when the address is mistyped, the account was deleted, or the directory lookup rejects it. A 4.1.1 appears when the server cannot confirm the address yet, e.g. a recipient verification probe that has not completed.',
    stages: ['rcpt'],
    fix: {
      sender: 'Check the spelling of the address or ask the recipient for a current one; do not resend unchanged.',
      admin: 'If the mailbox should exist, check the recipient directory, aliases and address rewriting on the receiving side.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.2', 'X.1.3', 'X.1.6', 'X.1.10', 'X.2.1', '550'],
    classes: [4, 5],
    basic: ['550'],
    registry: {
      sampleText: 'Bad destination mailbox address',
      associatedBasic: '451, 550',
      description:
        'The mailbox specified in the address does not exist. For Internet mail names, this means the address portion to the left of the "@" sign is invalid. This code is only useful for permanent failures.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.2',
    title: 'Bad destination system address',
    summary: 'The domain right of the @ in the recipient address does not exist or cannot accept mail.',
    description:
      'The destination system named in the address does not exist or is not able to accept mail: for Internet mail, the part right of the "@" is invalid for mail. The RFC means it for permanent failures.',
    whenSeen:
      'At RCPT TO on a relay or submission server that checks the recipient domain in DNS, or in a bounce from your own server, when the domain is mistyped, expired or has no mail records. Postfix, for example, answers "450 4.1.2 <addr>: Recipient address rejected: Domain not found" by default, so the sender can retry if DNS was only briefly broken.',
    stages: ['rcpt'],
    fix: {
      sender: 'Check the spelling of the domain after the @ and ask the recipient for a working address.',
      admin: "If the domain should receive mail, check its MX and A records; on the sending side, make sure the server's DNS resolver works.",
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.1', 'X.1.10', 'X.4.4', 'X.1.8'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Bad destination system address',
      associatedBasic: 'Not given',
      description:
        'The destination system specified in the address does not exist or is incapable of accepting mail. For Internet mail names, this means the address portion to the right of the "@" is invalid for mail. This code is only useful for permanent failures.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.3',
    title: 'Bad destination mailbox address syntax',
    summary: 'The recipient address is not a syntactically valid address.',
    description: 'The destination address is malformed; the problem can be in any part of it. The RFC means it for permanent failures.',
    whenSeen:
      'In reply to RCPT TO when the address has no angle brackets, contains spaces or unquoted special characters, has two "@" signs or a trailing dot, or is only a display name pasted from an address book.',
    stages: ['rcpt'],
    fix: {
      sender: 'Correct the recipient address so it reads like name@example.com, without display names or stray characters.',
      admin: 'Check that the client or application sends RCPT TO:<name@example.com> and that address rewriting does not produce broken addresses.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.7', 'X.1.1', 'X.5.4', '501', '553'],
    classes: [5],
    basic: ['501', '553'],
    registry: {
      sampleText: 'Bad destination mailbox address syntax',
      associatedBasic: '501',
      description:
        'The destination address was syntactically invalid. This can apply to any field in the address. This code is only useful for permanent failures.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.4',
    title: 'Destination mailbox address ambiguous',
    summary: 'The recipient address matches more than one mailbox, so the server cannot pick one.',
    description:
      'The address as given matches several recipients on the destination system. This can happen when the system maps addresses to local mailboxes heuristically, for example by matching names loosely.',
    whenSeen:
      "At RCPT TO (or VRFY) on systems that resolve partial names or fuzzy matches, e.g. a bare first name shared by several users. Rare on today's Internet.",
    stages: ['rcpt', 'vrfy'],
    fix: {
      sender: 'Use the full, exact address of the person you mean.',
      admin: 'Make addresses and aliases unique, or turn off loose name matching for incoming mail.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.1', '553'],
    classes: [5],
    basic: ['553'],
    registry: {
      sampleText: 'Destination mailbox address ambiguous',
      associatedBasic: 'Not given',
      description:
        'The mailbox address as specified matches one or more recipients on the destination system. This may result if a heuristic address mapping algorithm is used to map the specified address to a local mailbox name.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.5',
    title: 'Destination address valid',
    summary: 'The recipient address was accepted as valid.',
    description: 'A positive status: the recipient mailbox address as given is valid. It is meant for success replies and positive delivery reports.',
    whenSeen:
      'After a successful RCPT TO, e.g. "250 2.1.5 Ok" or "250 2.1.5 Recipient OK", and with 251 when the server accepts a non-local recipient and forwards it.',
    stages: ['rcpt'],
    fix: {
      sender: 'Nothing to do; the recipient was accepted for this transaction.',
      admin: 'Nothing to fix; remember that acceptance at RCPT TO is not delivery, and later failures arrive as bounces.',
    },
    actor: 'nobody',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.1', 'X.0.0', '250', '251'],
    classes: [2],
    basic: ['250', '251'],
    registry: {
      sampleText: 'Destination address valid',
      associatedBasic: '250',
      description: 'This mailbox address as specified was valid. This status code should be used for positive delivery reports.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.6',
    title: 'Destination mailbox has moved, no forwarding address',
    summary: 'The recipient address used to work, but mail for it is no longer accepted and there is no new address.',
    description:
      'The mailbox address was valid at one time, but the destination no longer accepts mail for it and gives no forwarding address. The RFC means it for permanent failures.',
    whenSeen:
      'At RCPT TO or in a bounce when a person has left an organisation or changed provider and the receiving system still knows the old address existed.',
    stages: ['rcpt'],
    fix: {
      sender: 'Get the new address from the person by other means and remove the old one from your lists.',
      admin: 'If people still need to reach the former user, set up forwarding or an auto-reply that names the new contact.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.1', 'X.2.1', '551'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Destination mailbox has moved, No forwarding address',
      associatedBasic: 'Not given',
      description:
        'The mailbox address provided was at one time valid, but mail is no longer being accepted for that address. This code is only useful for permanent failures.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.7',
    title: "Bad sender's mailbox address syntax",
    summary: 'The sender address given in MAIL FROM is not a syntactically valid address.',
    description: "The sender's (originator's) address is malformed; the problem can be in any part of it.",
    whenSeen:
      'In reply to MAIL FROM when an application or device sends a bare name, a hostname without a domain, missing angle brackets or invalid characters as the envelope sender.',
    stages: ['mail'],
    fix: {
      sender: 'Configure the sending application with a complete sender address such as alerts@example.com.',
      admin:
        'Check the MAIL FROM the client really sends (server log or a protocol trace) and fix address rewriting or masquerading that mangles it.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.3', 'X.1.8', 'X.5.4', '501', '553'],
    classes: [5],
    basic: ['501', '553'],
    registry: {
      sampleText: "Bad sender's mailbox address syntax",
      associatedBasic: 'Not given',
      description: "The sender's address was syntactically invalid. This can apply to any field in the address.",
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.8',
    title: "Bad sender's system address",
    summary: 'The domain in the sender address does not exist or cannot receive replies.',
    description:
      'The sender\'s system named in the address does not exist or cannot accept return mail: the part right of the "@" is invalid for mail. Receivers refuse it because bounces could never be delivered.',
    whenSeen:
      'At MAIL FROM (or at RCPT TO on servers that delay their checks) when the envelope sender uses an unregistered or internal domain such as a .local name, a typo in the domain, or a domain that has expired. A 4.1.8 is common while the DNS lookup of that domain fails temporarily.',
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Send from an address in a real, registered domain that can receive mail.',
      admin: 'Publish MX or A records for the envelope sender domain, and make the server rewrite internal hostnames to a public domain.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.2', 'X.1.7', 'X.7.27', 'X.4.3'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: "Bad sender's system address",
      associatedBasic: '451, 501',
      description:
        'The sender\'s system specified in the address does not exist or is incapable of accepting return mail. For domain names, this means the address portion to the right of the "@" is invalid for mail.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.1.9',
    title: 'Message relayed to non-compliant mailer',
    summary: 'The address was valid, but the message was passed on to a system that cannot report further status.',
    description:
      'The mailbox address was valid and the message has been relayed to a system that does not support this status reporting, so no further information can come back. It is used only with class 2, together with a "relayed" action.',
    whenSeen:
      'Not as an SMTP reply but in delivery status notifications and message tracking responses, when the message left the reporting system for one that does not return delivery or tracking reports.',
    stages: ['end-of-data'],
    fix: {
      sender: 'Nothing to fix; the message was handed on, but confirmation of final delivery is not possible.',
      admin: 'If you need end-to-end reports, find out which next hop lacks DSN or tracking support.',
    },
    actor: 'nobody',
    references: [{ rfc: 3886 }, { rfc: 3464, section: '2.3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.5'],
    classes: [2],
    basic: [],
    registry: {
      sampleText: 'Message relayed to non-compliant mailer',
      associatedBasic: 'Not given',
      description:
        'The mailbox address specified was valid, but the message has been relayed to a system that does not speak this protocol; no further information can be provided.',
      reference: '[RFC3886]',
    },
  },
  {
    code: 'X.1.10',
    title: 'Recipient address has null MX',
    summary: 'The recipient domain publishes a null MX record, declaring that it accepts no mail at all.',
    description:
      'The recipient address is invalid because its domain has a "null MX" (a single MX record with preference 0 and the host "."). Mail to such a domain fails at once instead of being retried; the matching basic reply is 556.',
    whenSeen:
      'Usually in a bounce from your own outgoing server, which fails the message at once instead of retrying, or at RCPT TO on a relay that checks the recipient domain, e.g. "556 5.1.10 <addr>: Recipient address rejected: Domain example.com does not accept mail".',
    stages: ['rcpt'],
    fix: {
      sender: 'The domain does not take mail; ask the recipient for an address at a domain that does.',
      admin: 'If it is your domain and it should receive mail, replace the null MX with real MX records.',
    },
    actor: 'sender',
    references: [{ rfc: 7505 }, { rfc: 7504 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.2', 'X.7.27', '556', '521'],
    classes: [5],
    basic: ['556'],
    registry: {
      sampleText: 'Recipient address has null MX',
      associatedBasic: '556',
      description: 'This status code is returned when the associated address is marked as invalid using a null MX.',
      reference: '[RFC7505], [RFC7504]',
    },
  },
  {
    code: 'X.2.0',
    title: 'Other or undefined mailbox status',
    summary: 'Something about the existing recipient mailbox stopped delivery, without a more specific reason.',
    description: 'The mailbox exists, but something about it caused this status, and no more specific X.2 detail applies.',
    whenSeen:
      'At RCPT TO or after the end of data, e.g. "450 4.2.0" from greylisting policies that defer the first attempt from an unknown sender, or a local delivery failure such as a locked mailbox.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'For a 4.2.0, let your server retry as it normally does; for a 5.2.0, contact the recipient another way.',
      admin: "On the receiving side, check the mailbox's state and the delivery agent's log for the recipient.",
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.2.1', 'X.2.2', 'X.1.1', '450'],
    classes: [4, 5],
    basic: ['450'],
    registry: {
      sampleText: 'Other or undefined mailbox status',
      associatedBasic: 'Not given',
      description: 'The mailbox exists, but something about the destination mailbox has caused the sending of this DSN.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.2.1',
    title: 'Mailbox disabled, not accepting messages',
    summary: 'The recipient mailbox exists but has been disabled and is not accepting mail.',
    description:
      'The mailbox exists but does not accept messages. It is permanent if the mailbox will never be enabled again and temporary if it is only disabled for a while.',
    whenSeen:
      'At RCPT TO or in a bounce when the account is suspended, disabled for inactivity or abuse, or closed but not yet deleted, e.g. "550 5.2.1 The email account that you tried to reach is disabled".',
    stages: ['rcpt'],
    fix: {
      sender: 'Reach the recipient another way and ask for a working address; retrying a 5.2.1 will not help.',
      admin: 'On the receiving side, re-enable the account if it should receive mail, or forward it to a current mailbox.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.1', 'X.1.6', 'X.2.2', 'X.7.13'],
    classes: [4, 5],
    basic: ['450', '550'],
    registry: {
      sampleText: 'Mailbox disabled, not accepting messages',
      associatedBasic: 'Not given',
      description:
        'The mailbox exists, but is not accepting messages. This may be a permanent error if the mailbox will never be re-enabled or a transient error if the mailbox is only temporarily disabled.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.2.2',
    title: 'Mailbox full',
    summary: "The recipient's mailbox is over its quota or capacity.",
    description:
      'The mailbox is full because the user exceeded a per-mailbox quota or the physical capacity. The recipient can free space by deleting messages, so the RFC means it as a persistent temporary failure.',
    whenSeen:
      'At RCPT TO or after the end of data when the recipient has not cleaned up their mailbox; many servers send it with class 5 (552 5.2.2) even though the RFC intends class 4.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Wait and retry later, or reach the recipient another way so they free space.',
      admin: 'On the receiving side, raise the quota or ask the user to delete messages.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.3.1', 'X.2.3', '452', '552'],
    classes: [4, 5],
    basic: ['452', '552'],
    registry: {
      sampleText: 'Mailbox full',
      associatedBasic: '552',
      description:
        'The mailbox is full because the user has exceeded a per-mailbox administrative quota or physical capacity. The general semantics implies that the recipient can delete messages to make more space available. This code should be used as a persistent transient failure.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.2.3',
    title: 'Message length exceeds administrative limit',
    summary: "The message is bigger than this recipient's own size limit.",
    description:
      'A per-mailbox limit on message size was exceeded; the code is for mailboxes whose limit is lower than the system-wide one. The RFC means it as a permanent failure.',
    whenSeen:
      'At RCPT TO or after the end of data when one recipient has a lower receive-size limit than the server as a whole, so other recipients of the same message may still get it.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Send a smaller message, for example by sharing large attachments as links.',
      admin: "On the receiving side, raise that mailbox's message size limit if it is meant to take larger mail.",
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.3.4', 'X.2.2', 'X.7.16', '552'],
    classes: [5],
    basic: ['552'],
    registry: {
      sampleText: 'Message length exceeds administrative limit',
      associatedBasic: '552',
      description:
        'A per-mailbox administrative message length limit has been exceeded. This status code should be used when the per-mailbox message length limit is less than the general system limit. This code should be used as a permanent failure.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.2.4',
    title: 'Mailing list expansion problem',
    summary: 'The recipient is a mailing list, and the list could not be expanded to its members.',
    description:
      'The address belongs to a mailing list and the list could not be expanded into its member addresses. It can be a permanent or a persistent temporary failure.',
    whenSeen:
      'At RCPT TO or in a bounce when mail goes to a list or group address whose member file, directory group or list manager is broken, empty or unreachable.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Tell the list owner, or write to the members directly until the list works.',
      admin: "Check the list's definition (member file, directory group, list manager) and the server log for the expansion error.",
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.2', 'X.2.0'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Mailing list expansion problem',
      associatedBasic: '450, 452',
      description:
        'The mailbox is a mailing list address and the mailing list was unable to be expanded. This code may represent a permanent failure or a persistent transient failure.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.3.0',
    title: 'Other or undefined mail system status',
    summary: 'Something about the receiving mail system itself caused this status, without a more specific reason.',
    description:
      'The destination system exists and normally accepts mail, but something about the system caused this status, and no more specific X.3 detail applies.',
    whenSeen:
      'At almost any stage, often as "451 4.3.0" when the server hits an internal problem: a failed table or directory lookup, a queue file write error, or a content filter or milter that did not answer.',
    stages: ['any'],
    fix: {
      sender: "For a 4.3.0, let your server retry; if a 5.3.0 persists, contact the recipient's mail administrator.",
      admin: 'Check the server log at the time of the reply for lookup, disk, filter or milter errors.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.0.0', 'X.3.5', 'X.4.3', '451'],
    classes: [2, 4, 5],
    basic: ['451'],
    registry: {
      sampleText: 'Other or undefined mail system status',
      associatedBasic: '221, 250, 421, 451, 550, 554',
      description: 'The destination system exists and normally accepts mail, but something about the system has caused the generation of this DSN.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.3.1',
    title: 'Mail system full',
    summary: 'The receiving mail system has run out of storage.',
    description:
      "The mail system's storage is exhausted, which the recipient cannot fix by deleting messages. The RFC means it only as a persistent temporary failure.",
    whenSeen:
      'At MAIL FROM, RCPT TO or after the end of data when the disk holding the mail queue or the mailbox store is full or below the free-space threshold, e.g. "452 4.3.1 Insufficient system storage".',
    stages: ['mail', 'rcpt', 'end-of-data'],
    fix: {
      sender: 'Nothing to change; let your server retry, the message is still queued.',
      admin: 'On the receiving side, free or add disk space for the queue and mailbox store and check free-space thresholds.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.2.2', 'X.3.4', '452'],
    classes: [4],
    basic: ['452'],
    registry: {
      sampleText: 'Mail system full',
      associatedBasic: '452',
      description:
        'Mail system storage has been exceeded. The general semantics imply that the individual recipient may not be able to delete material to make room for additional messages. This is useful only as a persistent transient error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.3.2',
    title: 'System not accepting network messages',
    summary: 'The receiving host is not taking messages right now, for example during shutdown, overload or maintenance.',
    description:
      'The host where the mailbox lives is not accepting messages, for example because it is about to shut down, is overloaded or is under maintenance. It can be permanent or a persistent temporary failure.',
    whenSeen:
      'In the greeting or in answer to any command, usually as "421 4.3.2" while a server restarts, runs out of connection slots ("All server ports are busy") or sheds load. With 521 it means the host takes no mail at all; the Postfix postscreen sends "521 5.3.2 Service currently unavailable" to blocklisted clients.',
    stages: ['greeting', 'any'],
    fix: {
      sender: 'Nothing to change; your server will retry later.',
      admin: 'On the receiving side, check why the service refuses mail (maintenance mode, load limits, a stopped queue) and restore it.',
    },
    actor: 'client',
    references: [{ rfc: 3463, section: '3.4' }, { rfc: 7504 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.5', 'X.3.0', '421', '521'],
    classes: [4, 5],
    basic: ['421', '521'],
    registry: {
      sampleText: 'System not accepting network messages',
      associatedBasic: '453, 521',
      description:
        'The host on which the mailbox is resident is not accepting messages. Examples of such conditions include an imminent shutdown, excessive load, or system maintenance. This is useful for both permanent and persistent transient errors.',
      reference: '[RFC3463], [RFC7504]',
    },
  },
  {
    code: 'X.3.3',
    title: 'System not capable of selected features',
    summary: 'The message asks for features the destination system does not support.',
    description:
      'Features selected for the message are not supported by the destination system. This happens in gateways when a feature of one mail system cannot be mapped onto one the other system supports.',
    whenSeen:
      'In a bounce or a reply from a gateway or relay when the message requests a delivery option or extension the next system cannot provide.',
    stages: ['mail', 'rcpt', 'end-of-data'],
    fix: {
      sender: 'Send the message without the special option it requested, or by another route.',
      admin: 'Find which feature the next hop lacks (reply text, logs) and either stop requesting it or route around that system.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.5.4', 'X.6.1', 'X.7.4'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'System not capable of selected features',
      associatedBasic: 'Not given',
      description:
        'Selected features specified for the message are not supported by the destination system. This can occur in gateways when features from one domain cannot be mapped onto the supported feature in another.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.3.4',
    title: 'Message too big for system',
    summary: "The message is larger than the receiving system's size limit.",
    description:
      'The message is larger than the per-message size limit of the system, whether that limit is physical or administrative. The RFC means it only as a permanent failure.',
    whenSeen:
      'At MAIL FROM when the SIZE= parameter exceeds the size the server announced in EHLO, or after the end of data (or a BDAT chunk) when the actual message is too big, e.g. "552 5.3.4 Message file too big".',
    stages: ['mail', 'end-of-data', 'bdat'],
    fix: {
      sender: 'Make the message smaller, for example by sending large attachments as links.',
      admin: 'If larger messages should pass, raise the message size limit on every hop, including content filters.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.4' }, { rfc: 1870 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.2.3', 'X.7.16', '552', '554'],
    classes: [5],
    basic: ['552', '554'],
    registry: {
      sampleText: 'Message too big for system',
      associatedBasic: '552, 554',
      description:
        'The message is larger than per-message size limit. This limit may either be for physical or administrative reasons. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.3.5',
    title: 'System incorrectly configured',
    summary: 'The receiving system is set up in a way that stops it from accepting this message.',
    description: 'The system is not configured in a way that lets it accept this message; the fault lies in its own setup.',
    whenSeen:
      'At RCPT TO, after the end of data or in a bounce when a server finds a fault in its own setup, such as a lookup table or policy it cannot use (Postfix: "451 4.3.5 Server configuration error"), or mail for a domain looping back to itself because its MX records point at a host that does not consider the domain local.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: "Tell the recipient's mail administrator by another channel; resending will not help until they fix it.",
      admin: 'Check the local domain list, MX records and routing tables for the affected domain, and the log entry for the exact fault.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.3.0', 'X.4.4', 'X.4.6'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'System incorrectly configured',
      associatedBasic: 'Not given',
      description: 'The system is not configured in a manner that will permit it to accept this message.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.3.6',
    title: 'Requested priority was changed',
    summary: 'The message was accepted, but not with the priority the sender asked for.',
    description:
      'The message was accepted for relay or delivery, but the requested priority (possibly the implied default) was not honoured. The reply text starts with the new priority, followed by a space and an explanation.',
    whenSeen:
      'In a 250 reply in sessions that use the MT-PRIORITY extension, when the server lowers or raises the priority a sender requested with MAIL FROM, for example because the sender is not authorised for it.',
    stages: ['mail', 'end-of-data'],
    fix: {
      sender: 'Nothing is wrong; if the priority matters, ask the receiving operator which priorities you are allowed to use.',
      admin: 'Check the priority policy for this sender if it should be allowed the requested priority.',
    },
    actor: 'nobody',
    references: [{ rfc: 6710 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.15', 'X.7.16', '250'],
    classes: [2],
    basic: [],
    registry: {
      sampleText: 'Requested priority was changed',
      associatedBasic: '250 or 251',
      description:
        'The message was accepted for relay/delivery, but the requested priority (possibly the implied default) was not honoured. The human readable text after the status code contains the new priority, followed by SP (space) and explanatory human readable text.',
      reference: '[RFC6710]',
    },
  },
]
