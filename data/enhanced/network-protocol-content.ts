// IANA SMTP Enhanced Status Codes registry, subjects 4-6: network and routing, mail delivery protocol, message content or media. The `registry` block of each entry is the registry row
// verbatim; everything else is ours, in plain words, faithful to the cited RFC.
import type { EnhancedCode } from '../schema.ts'

export const CODES: readonly EnhancedCode[] = [
  {
    code: 'X.4.0',
    title: 'Other or undefined network or routing status',
    summary: 'Something went wrong with the network or routing, and no more specific code fits.',
    description:
      'A generic network or routing problem: something went wrong with the networking, but it is not clear what, or no other X.4 detail code describes it well.',
    whenSeen:
      'Mostly in bounces and delay notices written by the sending server after a failed delivery attempt, e.g. a connection that failed for a reason the software could not classify.',
    stages: ['any'],
    fix: {
      sender: 'Read the text after the code for the actual cause; if the message was only delayed, wait for the retries.',
      admin: 'Check the outbound connection log for this destination (DNS, TCP connect, TLS) to find the concrete failure.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.1', 'X.4.4', 'X.0.0'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Other or undefined network or routing status',
      associatedBasic: 'Not given',
      description:
        'Something went wrong with the networking, but it is not clear what the problem is, or the problem cannot be well expressed with any of the other provided detail codes.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.4.1',
    title: 'No answer from host',
    summary: 'The receiving server did not answer the connection attempt.',
    description:
      'The outbound connection attempt was not answered, because the remote system was busy or unable to take a call. RFC 3463 defines it only as a persistent transient (4.x.x) error.',
    whenSeen:
      "In delay notices and final bounces from your own server when the recipient's mail servers time out or refuse TCP connections on port 25 (server down, firewall, outbound port 25 blocked by your provider).",
    stages: ['greeting'],
    fix: {
      sender: 'Nothing to change in the message; your server keeps retrying. If it persists for days, contact the recipient another way.',
      admin:
        'Test a TCP connection to the MX hosts on port 25 from the sending server; check for an outbound port 25 block or a firewall on either side.',
    },
    actor: 'client',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.2', 'X.4.7', '421'],
    classes: [4],
    basic: [],
    registry: {
      sampleText: 'No answer from host',
      associatedBasic: '451',
      description:
        'The outbound connection attempt was not answered, because either the remote system was busy, or was unable to take a call. This is useful only as a persistent transient error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.4.2',
    title: 'Bad connection',
    summary: 'The connection was made but broke before the message transaction could finish.',
    description:
      'The outbound connection was established but the message transaction could not be completed, because of a time-out or poor connection quality. RFC 3463 defines it only as a persistent transient (4.x.x) error.',
    whenSeen:
      'As "421 4.4.2 ... Error: timeout exceeded" when a server drops an idle or too slow client, or in delay notices after a connection was lost mid-transaction.',
    stages: ['any'],
    fix: {
      sender: 'Nothing to change in the message; it is retried automatically.',
      admin: 'Look for timeouts, packet loss or MTU problems between the two servers, and for a client that stalls between commands.',
    },
    actor: 'client',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.1', '421', 'X.3.2'],
    classes: [4],
    basic: ['421'],
    registry: {
      sampleText: 'Bad connection',
      associatedBasic: '421',
      description:
        'The outbound connection was established, but was unable to complete the message transaction, either because of time-out, or inadequate connection quality. This is useful only as a persistent transient error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.4.3',
    title: 'Directory server failure',
    summary: 'A directory server, usually DNS, was unavailable, so the message could not be forwarded.',
    description:
      'The network system could not forward the message because a directory server was unavailable; not being able to reach an Internet DNS server is the standard example. RFC 3463 defines it as a persistent transient error, although the registry also lists 550 with it.',
    whenSeen:
      "In delay notices when DNS lookups of the recipient domain's MX records time out or return SERVFAIL, or at MAIL/RCPT when a receiver's DNS checks on the sender fail temporarily (SPF temperror used to be reported this way, now X.7.24).",
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Wait for the retries; check that the domain is spelled correctly.',
      admin: "Check your resolver (reachable, not rate-limited) and the domain's authoritative name servers, e.g. with dig against each of them.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.4', 'X.1.2', 'X.7.24'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Directory server failure',
      associatedBasic: '451, 550',
      description:
        'The network system was unable to forward the message, because a directory server was unavailable. This is useful only as a persistent transient error. The inability to connect to an Internet DNS server is one example of the directory server failure error.',
      reference: '[RFC3463]',
    },
  },
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
    related: ['X.1.2', 'X.4.1', 'X.4.3', 'X.1.10'],
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
  {
    code: 'X.4.5',
    title: 'Mail system congestion',
    summary: 'The mail system was too congested to deliver the message for now.',
    description:
      'The message could not be delivered because the mail system was congested. RFC 3463 defines it only as a persistent transient (4.x.x) error.',
    whenSeen:
      'In temporary replies or delay notices when a receiving server or an intermediate relay is overloaded, throttles incoming connections or has too long a queue.',
    stages: ['greeting', 'mail', 'rcpt', 'end-of-data'],
    fix: {
      sender: 'Nothing to change; the message is retried automatically.',
      admin: 'Let the queue retry; if it persists, lower the sending rate or concurrency towards that destination.',
    },
    actor: 'client',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.3.1', 'X.3.2', '451', '421'],
    classes: [4],
    basic: [],
    registry: {
      sampleText: 'Mail system congestion',
      associatedBasic: '451',
      description:
        'The mail system was unable to deliver the message because the mail system was congested. This is useful only as a persistent transient error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.4.6',
    title: 'Routing loop detected',
    summary: 'The message went round in a loop between mail systems and was stopped.',
    description:
      'A routing loop made the message be forwarded too many times, because of incorrect routing tables or a forwarding loop set up by users. RFC 3463 calls it a persistent transient error, but in practice servers also bounce with 5.4.6 because retrying does not break the loop.',
    whenSeen:
      'At end of data or in a bounce when the message carries too many Received header fields (hop count exceeded), or when two mailboxes forward to each other.',
    stages: ['end-of-data'],
    fix: {
      sender: 'Tell the recipient: the address forwards in a circle. Resending does not help.',
      admin:
        'Follow the Received header fields in the bounce to find the loop: forwarding rules, aliases, or MX/relay settings that point back to each other.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.4', 'X.3.5', '554'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Routing loop detected',
      associatedBasic: 'Not given',
      description:
        'A routing loop caused the message to be forwarded too many times, either because of incorrect routing tables or a user-forwarding loop. This is useful only as a persistent transient error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.4.7',
    title: 'Delivery time expired',
    summary: 'The message was too old: it stayed queued too long or its time-to-live ran out.',
    description:
      'The message was considered too old, either because it remained on a host too long or because a time-to-live set by the sender was exceeded. RFC 3463 asks systems to report the actual problem found during delivery instead, where possible.',
    whenSeen:
      'In the final bounce after the sending queue gave up (often after several days of 4xx replies), usually next to the last error seen, e.g. a timeout or greylisting.',
    stages: ['any'],
    fix: {
      sender: 'Look at the last error quoted in the bounce; fix that cause and send again.',
      admin: 'Find why earlier attempts failed (the last reply in the log), and check the maximum queue lifetime.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.5' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.4.1', 'X.4.2', 'X.4.5'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Delivery time expired',
      associatedBasic: 'Not given',
      description:
        'The message was considered too old by the rejecting system, either because it remained on that host too long or because the time-to-live value specified by the sender of the message was exceeded. If possible, the code for the actual problem found when delivery was attempted should be returned rather than this code.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.0',
    title: 'Other or undefined protocol status',
    summary: 'Something was wrong with the SMTP dialogue, and no more specific code fits.',
    description:
      'A generic mail delivery protocol status: something was wrong with the protocol needed to deliver the message to the next hop, and no other X.5 detail code describes it well. The registry lists it with many basic codes, success ones included.',
    whenSeen:
      'Next to many different replies, e.g. "503 5.5.0" for a command out of order or "250 2.5.0" on some servers, and in bounces after an unexpected reply.',
    stages: ['any'],
    fix: {
      sender: 'Read the text after the code; if your mail client shows it, report the full reply to your provider.',
      admin: 'Capture the SMTP dialogue (client log or a protocol trace) to see which command the server objected to.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.5.1', 'X.5.2', 'X.0.0'],
    classes: [2, 4, 5],
    basic: [],
    registry: {
      sampleText: 'Other or undefined protocol status',
      associatedBasic: '220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554',
      description:
        'Something was wrong with the protocol necessary to deliver the message to the next hop and the problem cannot be well expressed with any of the other provided detail codes.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.1',
    title: 'Invalid command',
    summary: 'A command was sent out of sequence or is not supported by the server.',
    description:
      'A mail transaction command was issued that was either out of sequence or unsupported. RFC 3463 defines it only as a permanent (5.x.x) error.',
    whenSeen:
      'As "503 5.5.1 Error: need MAIL command" (Postfix) when commands come out of order, e.g. RCPT before MAIL or DATA without an accepted recipient, or with 502 for a command the server does not implement.',
    stages: ['any'],
    fix: {
      sender: "Check the sending application's SMTP settings; update or reconfigure the client that sends the command.",
      admin:
        'Trace the dialogue to see which command came out of order, and whether the client assumes an extension the server does not advertise in EHLO.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.5.2', '502', '503'],
    classes: [5],
    basic: ['500', '502', '503', '554'],
    registry: {
      sampleText: 'Invalid command',
      associatedBasic: '430, 500, 501, 503, 530, 550, 554, 555',
      description:
        'A mail transaction protocol command was issued which was either out of sequence or unsupported. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.2',
    title: 'Syntax error',
    summary: 'The server could not parse the command, or does not recognize it.',
    description:
      'A mail transaction command was issued that could not be interpreted, because its syntax was wrong or the command is unrecognized. RFC 3463 defines it only as a permanent (5.x.x) error.',
    whenSeen:
      'As "501 5.5.2 Syntax error in parameters scanning "FROM"" (Sendmail) or "502 5.5.2 Error: command not recognized" (Postfix), e.g. a malformed MAIL FROM, a misspelled command, or a plain-text client talking to a TLS-only port.',
    stages: ['any'],
    fix: {
      sender: 'Check the address you typed and the port and encryption settings of your mail client (587 with STARTTLS or 465 with TLS).',
      admin: 'Trace the dialogue to see the exact line the server rejected; fix the client or script that builds the commands.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.5.1', 'X.5.4', 'X.1.3', '500', '501'],
    classes: [5],
    basic: ['500', '501'],
    registry: {
      sampleText: 'Syntax error',
      associatedBasic: '500, 501, 502, 550, 555',
      description:
        'A mail transaction protocol command was issued which could not be interpreted, either because the syntax was wrong or the command is unrecognized. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.3',
    title: 'Too many recipients',
    summary: 'The message named more recipients than the server accepts in one transaction.',
    description:
      'More recipients were given than the protocol could deliver. Normally the sender splits the message and sends the remaining recipients in a later transaction; this code exists for when that is not possible.',
    whenSeen:
      'After RCPT TO once a per-message recipient limit is reached, as "452 4.5.3 Too many recipients" (send the rest later) or, on some servers, "552 5.5.3".',
    stages: ['rcpt'],
    fix: {
      sender: 'Send to fewer recipients per message, or use a mailing list.',
      admin:
        'Compare the recipient limit of the receiving server with how many recipients your software puts in one transaction; make it split batches.',
    },
    actor: 'client',
    retryNote:
      'With 452 the recipients already accepted stay accepted: deliver this message to them and try the remaining recipients in a new transaction (RFC 5321 §4.5.3.1.10).',
    references: [{ rfc: 3463, section: '3.6' }, { rfc: 5321, section: '4.5.3.1.10' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['452', '552', 'X.2.3'],
    classes: [4, 5],
    basic: ['452', '552'],
    registry: {
      sampleText: 'Too many recipients',
      associatedBasic: '451',
      description:
        'More recipients were specified for the message than could have been delivered by the protocol. This error should normally result in the segmentation of the message into two, the remainder of the recipients to be delivered on a subsequent delivery attempt. It is included in this list in the event that such segmentation is not possible.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.4',
    title: 'Invalid command arguments',
    summary: 'A valid command was sent with arguments the server does not accept.',
    description:
      'A valid mail transaction command was issued with invalid arguments, because they were out of range or named unrecognized features. RFC 3463 defines it only as a permanent error, though the registry also lists 451 with it.',
    whenSeen:
      'As "555 5.5.4 Unsupported option" for a MAIL FROM or RCPT TO parameter the server did not advertise (e.g. SMTPUTF8, SIZE, BODY), or "504 5.5.4" for an unknown AUTH mechanism.',
    stages: ['mail', 'rcpt', 'auth'],
    fix: {
      sender: 'Update the sending software, or turn off the option it adds to the command.',
      admin: 'Compare the parameters the client sends with the extensions the server lists in its EHLO reply; only use advertised ones.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.5.2', 'X.5.1', '504', '555'],
    classes: [4, 5],
    basic: ['501', '504', '555'],
    registry: {
      sampleText: 'Invalid command arguments',
      associatedBasic: '451, 501, 502, 503, 504, 550, 555',
      description:
        'A valid mail transaction protocol command was issued with invalid arguments, either because the arguments were out of range or represented unrecognized features. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.5',
    title: 'Wrong protocol version',
    summary: 'The two systems speak protocol versions that they could not reconcile.',
    description: 'A protocol version mismatch existed that the communicating systems could not resolve automatically.',
    whenSeen: 'Rare in SMTP itself; mostly in bounces from gateways between SMTP and other mail systems whose protocol versions do not match.',
    stages: ['greeting', 'ehlo'],
    fix: {
      sender: 'Check that your client is set to the right server, port and protocol.',
      admin: 'Check which protocol and version each side expects (SMTP vs LMTP, gateway settings) and align them.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.5.1', 'X.5.2'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Wrong protocol version',
      associatedBasic: 'Not given',
      description: 'A protocol version mis-match existed which could not be automatically resolved by the communicating parties.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.5.6',
    title: 'Authentication Exchange line is too long',
    summary: 'AUTH failed because a base64 response from the client was longer than the server can take.',
    description:
      'Sent when the server fails the AUTH command because the client sent a base64 response longer than the buffer available for the selected SASL mechanism. Usable as a permanent or a persistent transient error.',
    whenSeen:
      'As "500 5.5.6 Authentication Exchange line is too long" during AUTH, for example with a large OAuth token or Kerberos (GSSAPI) ticket.',
    stages: ['auth'],
    fix: {
      sender: 'Try another authentication method offered by the server, or a shorter token.',
      admin: 'Raise the maximum AUTH line length on the server, or offer a mechanism with shorter responses.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 4954, section: '4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.8', '500', '501'],
    classes: [4, 5],
    basic: ['500'],
    registry: {
      sampleText: 'Authentication Exchange line is too long',
      associatedBasic: '500',
      description:
        'This enhanced status code SHOULD be returned when the server fails the AUTH command due to the client sending a [BASE64] response which is longer than the maximum buffer size available for the currently selected SASL mechanism. This is useful for both permanent and persistent transient errors.',
      reference: '[RFC4954]',
    },
  },
  {
    code: 'X.6.0',
    title: 'Other or undefined media error',
    summary: 'Something about the message content made it undeliverable, and no more specific code fits.',
    description:
      'A generic content status: something about the content of the message caused it to be considered undeliverable, and no other X.6 detail code describes it well.',
    whenSeen:
      'After the end of data, with 554, when a content filter rejects the message, e.g. for a malformed MIME structure, a blocked attachment type or a header it cannot parse.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Remove or zip unusual attachments, send from another client, and check the text after the code for the reason.',
      admin: 'Check the content filter log for this message to see which rule or parser rejected it.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.1', 'X.7.1', '554'],
    classes: [5],
    basic: ['554'],
    registry: {
      sampleText: 'Other or undefined media error',
      associatedBasic: 'Not given',
      description:
        'Something about the content of a message caused it to be considered undeliverable and the problem cannot be well expressed with any of the other provided detail codes.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.6.1',
    title: 'Media not supported',
    summary: 'The delivery protocol or the next system cannot carry the type of content in the message.',
    description:
      'The media of the message is not supported by the delivery protocol or by the next system in the forwarding path. RFC 3463 defines it only as a permanent (5.x.x) error.',
    whenSeen:
      'In bounces from gateways to other messaging systems (fax, SMS, legacy X.400) and from filters that refuse a content type or attachment format.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Send the content in a more common format (plain text, PDF) or without the attachment.',
      admin: 'Check which content types the gateway or filter accepts for this destination.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.0', 'X.6.3', 'X.3.3'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Media not supported',
      associatedBasic: 'Not given',
      description:
        'The media of the message is not supported by either the delivery protocol or the next system in the forwarding path. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.6.2',
    title: 'Conversion required and prohibited',
    summary: 'The content would have to be converted for delivery, but conversion is not allowed.',
    description:
      'The content must be converted before it can be delivered, and conversion is not permitted, either by the sender in the message itself or by the policy of the sending host.',
    whenSeen:
      'In bounces when a message marked against conversion (for example signed content that must not be re-encoded) meets a next hop that cannot take it as it is, such as 8-bit content to a 7-bit-only server.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Send the message in a form that needs no conversion, e.g. with 7-bit safe (quoted-printable or base64) encoding.',
      admin: 'Check whether the sending host forbids conversion by policy and whether the next hop supports 8BITMIME or BINARYMIME.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.3', 'X.6.4', 'X.6.5'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Conversion required and prohibited',
      associatedBasic: 'Not given',
      description:
        'The content of the message must be converted before it can be delivered and such conversion is not permitted. Such prohibitions may be the expression of the sender in the message itself or the policy of the sending host.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.6.3',
    title: 'Conversion required but not supported',
    summary: 'The content would have to be converted for the next hop, but no host on the way can do it.',
    description:
      'The content must be converted to be forwarded, but a host in the forwarding path cannot do it or it is not practical. The standard example is a server that accepts 8-bit mail but cannot downgrade it to 7 bit for a next hop that requires that.',
    whenSeen: 'In bounces for 8-bit or binary messages relayed to a server that does not advertise 8BITMIME, when the relay does not re-encode.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Make your mail client send 7-bit safe encodings (quoted-printable or base64) and send again.',
      admin: 'Enable 8-bit to 7-bit conversion on the relay, or make the next hop support 8BITMIME.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.2', 'X.6.5', 'X.6.1'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Conversion required but not supported',
      associatedBasic: '554',
      description:
        'The message content must be converted in order to be forwarded but such conversion is not possible or is not practical by a host in the forwarding path. This condition may result when an ESMTP gateway supports 8bit transport but is not able to downgrade the message to 7 bit as required for the next hop.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.6.4',
    title: 'Conversion with loss performed',
    summary: 'The message was delivered, but a conversion on the way lost some of its data.',
    description:
      'A warning that delivery succeeded but needed a conversion in which some data was lost. It can also be a permanent error if the sender said that lossy conversion is prohibited for the message.',
    whenSeen:
      'In a success or relay notice (2.6.4) from a gateway that had to drop or flatten parts of the content, or a bounce (5.6.4) when the sender forbade such loss.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Check with the recipient that the important parts arrived; send those parts in a simpler format if not.',
      admin: 'Find which gateway converted the message and which content it could not carry over.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.2', 'X.6.5'],
    classes: [2, 5],
    basic: [],
    registry: {
      sampleText: 'Conversion with loss performed',
      associatedBasic: '250',
      description:
        'This is a warning sent to the sender when message delivery was successfully but when the delivery required a conversion in which some data was lost. This may also be a permanent error if the sender has indicated that conversion with loss is prohibited for the message.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.6.5',
    title: 'Conversion Failed',
    summary: 'A required conversion of the content was attempted but did not work.',
    description: 'A conversion was required but did not succeed. Usable as a permanent or a persistent temporary notification.',
    whenSeen:
      'In bounces or delay notices when a gateway or relay tried to re-encode the content (charset, 8-bit to 7-bit, format change) and failed, often on malformed MIME.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Send the message again with a standard mail client and simpler content or attachments.',
      admin: 'Look at the converter or gateway log for the failing part of the message.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.3', 'X.6.2', 'X.6.4'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Conversion Failed',
      associatedBasic: 'Not given',
      description: 'A conversion was required but was unsuccessful. This may be useful as a permanent or persistent temporary notification.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.6.6',
    title: 'Message content not available',
    summary: 'The server could not fetch the message content from the remote system it was pointed to.',
    description:
      'The message content could not be fetched from a remote system. It belongs to the BURL extension, where a submission server fetches the message from an IMAP URL instead of receiving it with DATA, and can be permanent or persistent temporary.',
    whenSeen:
      'In reply to the BURL command on a submission server when the IMAP URL cannot be resolved: IMAP server unreachable, the URL expired or was revoked, or the message was deleted.',
    stages: ['burl'],
    fix: {
      sender:
        'Send the message again; if it keeps failing, report it to your provider, because the fault lies between their submission and IMAP servers.',
      admin: 'Check that the submission server can reach the IMAP server and that URLAUTH-authorized URLs are accepted and not expired.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 4468 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.14', 'X.6.0', '554'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Message content not available',
      associatedBasic: '554',
      description:
        'The message content could not be fetched from a remote system. This may be useful as a permanent or persistent temporary notification.',
      reference: '[RFC4468]',
    },
  },
  {
    code: 'X.6.7',
    title: 'Non-ASCII addresses not permitted for that sender/recipient',
    summary: 'A MAIL or RCPT command carried a non-ASCII address that is not permitted there.',
    description:
      'Sent in reply to MAIL or RCPT when a non-ASCII (internationalized) address is not permitted, for example because the client did not use the SMTPUTF8 extension or the server does not accept such addresses.',
    whenSeen:
      'After MAIL FROM or RCPT TO with an address like "用户@例子.广告" or "josé@example.com", as "553 5.6.7" or "550 5.6.7", when the transaction lacks SMTPUTF8 or the server does not offer it.',
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Use the ASCII address of the recipient if they have one, or send through a provider that supports internationalized email (SMTPUTF8).',
      admin: 'Check that both sides advertise and use SMTPUTF8 in EHLO and on MAIL FROM, or offer ASCII aliases for the mailboxes.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 6531, section: '3.5' }, { rfc: 6531, section: '4.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.8', 'X.6.9', 'X.1.3', '553'],
    classes: [5],
    basic: ['550', '553'],
    registry: {
      sampleText: 'Non-ASCII addresses not permitted for that sender/recipient',
      associatedBasic: '553, 550',
      description: 'This indicates the reception of a MAIL or RCPT command that non-ASCII addresses are not permitted',
      reference: '[RFC6531]',
    },
  },
  {
    code: 'X.6.8',
    title: 'UTF-8 string reply is required, but not permitted by the SMTP client',
    summary: 'The server would need UTF-8 in its reply to show a mailbox name, but the client did not allow UTF-8 replies.',
    description:
      'A reply containing a UTF-8 string is needed to show the mailbox name, but the SMTP client has not permitted that form of reply (it did not request SMTPUTF8).',
    whenSeen: 'In replies to VRFY or EXPN (or RCPT) for a mailbox whose name is non-ASCII, when the client did not ask for UTF-8 replies.',
    stages: ['vrfy', 'expn', 'rcpt'],
    fix: {
      sender: 'Use a client that supports SMTPUTF8, or the ASCII form of the address.',
      admin: 'Enable SMTPUTF8 on the client and issue VRFY/EXPN with the SMTPUTF8 parameter.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 6531, section: '4.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.7', 'X.6.10', '252', '553'],
    classes: [2, 5],
    basic: ['550', '553'],
    registry: {
      sampleText: 'UTF-8 string reply is required, but not permitted by the SMTP client',
      associatedBasic: '252, 553, 550',
      description:
        'This indicates that a reply containing a UTF-8 string is required to show the mailbox name, but that form of response is not permitted by the SMTP client.',
      reference: '[RFC6531]',
    },
  },
  {
    code: 'X.6.9',
    title: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected',
    summary: 'A message with UTF-8 header fields could not be passed on to some recipient, so it was rejected after the data.',
    description:
      'The transaction failed after the final "." of the DATA command: a message with internationalized (UTF-8) header fields cannot be transferred to one or more recipients.',
    whenSeen:
      'After the end of data (or the last BDAT chunk) when a message with UTF-8 headers must go to a next hop that does not support SMTPUTF8 and cannot be downgraded.',
    stages: ['end-of-data', 'bdat'],
    fix: {
      sender: 'Send with ASCII-only addresses and subject, or ask the recipient for an address at a provider that supports internationalized email.',
      admin: 'Check whether the next hop advertises SMTPUTF8, and whether your relay can downgrade or should refuse such messages earlier.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 6531, section: '4.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.7', 'X.6.3', '554'],
    classes: [5],
    basic: ['550', '554'],
    registry: {
      sampleText: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected',
      associatedBasic: '550',
      description: 'This indicates that transaction failed after the final "." of the DATA command.',
      reference: '[RFC6531]',
    },
  },
  {
    code: 'X.6.10',
    title: 'Deprecated duplicate of X.6.8',
    summary: 'A deprecated duplicate of X.6.8 (UTF-8 string reply required but not permitted by the client).',
    description: 'RFC 6531 registered this code only to mark it as a duplicate of X.6.8; it is deprecated, so servers should send X.6.8 instead.',
    whenSeen:
      'Rarely, from software that used this number for the X.6.8 condition: a reply that would need UTF-8 to show a mailbox name to a client that did not allow UTF-8 replies.',
    stages: ['vrfy', 'expn', 'rcpt'],
    fix: {
      sender: 'Treat it as X.6.8: use a client that supports SMTPUTF8, or the ASCII form of the address.',
      admin: 'If your server sends it, switch to X.6.8; otherwise handle it exactly as X.6.8.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 6531, section: '4.2' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.8', 'X.6.7'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: '',
      associatedBasic: '',
      description: 'This is a duplicate of X.6.8 and is thus deprecated.',
      reference: '[RFC6531]',
    },
  },
]
