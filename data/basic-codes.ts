// Basic reply codes (three digits): RFC 5321 §4.2 and the standards-track extensions that define replies.
// Each fact cites its section; see ../shared/reference/sources.md for the sources this must follow.
// Where one number means different things after different commands (454 after STARTTLS vs after AUTH),
// each meaning is a context with its own stages and citations, so a comparison never blends them.
import { IANA, rfc } from './references.ts'
import type { BasicCode } from './schema.ts'

export const BASIC_CODES: readonly BasicCode[] = [
  {
    code: '211',
    title: 'System status, or system help reply',
    summary: 'A status or help reply that the server sends in answer to an informational request such as HELP.',
    description:
      'A positive completion reply carrying system status or help information. RFC 5321 lists it, with 214, as a success reply to HELP; the text is meant for a person, not for software.',
    whenSeen: 'Rarely, in answer to HELP on servers that report status this way. Most servers answer HELP with 214 instead.',
    stages: ['help'],
    fix: {
      sender: 'Nothing to fix: the request succeeded. Read the text if you asked for help.',
      admin: 'No action needed.',
    },
    actor: 'nobody',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
    related: ['214'],
    enhanced: [],
  },
  {
    code: '214',
    title: 'Help message',
    summary: 'The server answered HELP with information meant for a human reader.',
    description:
      'A positive completion reply carrying help text: how to use the server or what a non-standard command means. RFC 5321 notes that this reply is useful only to the human user, so software should not parse it.',
    whenSeen: 'In answer to HELP, with or without a command name as argument.',
    stages: ['help'],
    fix: {
      sender: 'Nothing to fix. The text is documentation, not an error.',
      admin: 'No action needed. Some sites shorten the help text to avoid announcing software details (RFC 5321 §7.5 discusses the trade-off).',
    },
    actor: 'nobody',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.1.1.8'), rfc(5321, '4.3.2')],
    related: ['211', '502', '504'],
    enhanced: ['2.0.0'],
  },
  {
    code: '220',
    title: '<domain> Service ready',
    summary: 'The server is ready: either the greeting when a connection opens, or the go-ahead to start TLS after STARTTLS.',
    description:
      'A positive completion reply with two distinct uses. As the connection greeting it tells the client that the server is ready and names the server host; the client should wait for it before sending EHLO. In answer to STARTTLS (RFC 3207) it means "Ready to start TLS": the client must begin the TLS handshake immediately.',
    whenSeen:
      'First, as the banner right after the TCP connection opens (often with the server software name). Second, as the reply to STARTTLS, after which the TLS handshake starts and the session is reset to the state after the greeting.',
    stages: ['greeting', 'starttls'],
    fix: {
      sender: 'Nothing to fix. After a 220 to STARTTLS, the client starts TLS and then sends EHLO again.',
      admin:
        "No action needed. Make sure the greeting names the server's fully qualified domain name (RFC 5321 §4.3.1) and arrives promptly: clients wait at least 5 minutes for it (RFC 5321 §4.5.3.2.1) but slow greetings delay all mail.",
    },
    actor: 'nobody',
    references: [rfc(5321, '3.1'), rfc(5321, '4.3.1'), rfc(5321, '4.3.2'), rfc(3207, '4')],
    related: ['421', '554', '521', '454'],
    enhanced: ['2.0.0'],
    contexts: [
      {
        stages: ['greeting'],
        title: 'Service ready (connection greeting)',
        description:
          'The normal opening reply of an SMTP session; the first word after the code is the server host name. RFC 2034 exempts the greeting from carrying an enhanced status code.',
        enhanced: [],
        references: [rfc(5321, '3.1'), rfc(5321, '4.3.1'), rfc(2034)],
      },
      {
        stages: ['starttls'],
        extension: 'STARTTLS',
        title: 'Ready to start TLS',
        description:
          'The server accepts STARTTLS; the client begins the TLS handshake. Afterwards both sides discard what they learned before TLS and the client sends EHLO again.',
        enhanced: ['2.0.0'],
        references: [rfc(3207, '4'), rfc(3207, '4.2')],
      },
    ],
  },
  {
    code: '221',
    title: '<domain> Service closing transmission channel',
    summary: 'The server acknowledges QUIT and is closing the connection normally.',
    description:
      'A positive completion reply to QUIT. The server must send it and then close the connection; it is the normal end of a session, not an error.',
    whenSeen: 'In answer to QUIT at the end of every orderly SMTP session.',
    stages: ['quit'],
    fix: {
      sender: 'Nothing to fix: the session ended normally.',
      admin: 'No action needed.',
    },
    actor: 'nobody',
    references: [rfc(5321, '4.1.1.10'), rfc(5321, '3.8'), rfc(5321, '4.3.2')],
    related: ['421'],
    enhanced: ['2.0.0'],
  },
  {
    code: '235',
    title: 'Authentication Succeeded',
    summary: 'The AUTH exchange succeeded and the client is now authenticated for this session.',
    description:
      'The success reply to AUTH defined by RFC 4954. After it, no further AUTH command is allowed in the same session; if a SASL security layer was negotiated, the session restarts from the state after the greeting and the client should send EHLO first.',
    whenSeen: 'At the end of a successful AUTH exchange, usually right after the client sends its credentials.',
    stages: ['auth'],
    fix: {
      sender: 'Nothing to fix. Continue with MAIL FROM.',
      admin: 'No action needed.',
    },
    actor: 'nobody',
    references: [rfc(4954, '4'), rfc(4954, '6')],
    related: ['334', '535', '503'],
    enhanced: ['2.7.0'],
  },
  {
    code: '250',
    title: 'Requested mail action okay, completed',
    summary: 'The command succeeded: the normal positive answer to EHLO, MAIL, RCPT, the end of data, RSET, NOOP and others.',
    description:
      'The general success reply. Its weight depends on the command: after RCPT it means the recipient is accepted, and after the end of the message data it means the server has taken responsibility for delivering the message or reporting failure (RFC 5321 §4.2.5). In answer to VRFY or EXPN it must only be sent for an address that was really verified. With ETRN (RFC 1985) it means the queue run for the requested node has started, and with ATRN (RFC 2645) that the server accepts the request to reverse roles.',
    whenSeen:
      'After almost every successful command: EHLO/HELO (the list of extensions), MAIL FROM, each accepted RCPT TO, the final "." of DATA or the last BDAT chunk ("queued as ..."), RSET, NOOP, and VRFY/EXPN when the address was verified.',
    stages: ['ehlo', 'mail', 'rcpt', 'end-of-data', 'bdat', 'rset', 'noop', 'vrfy', 'expn', 'etrn', 'atrn'],
    fix: {
      sender:
        'Nothing to fix. A 250 after the end of data means the receiving server accepted the message; a later problem arrives as a bounce message, not as an SMTP reply.',
      admin: 'No action needed.',
    },
    actor: 'nobody',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.2.5'), rfc(5321, '4.3.2'), rfc(5321, '3.5.3'), rfc(1985), rfc(2645)],
    related: ['251', '252', '354'],
    enhanced: ['2.0.0', '2.1.0', '2.1.5'],
    contexts: [
      {
        // EHLO's 250 carries no enhanced code (RFC 2034 §4), so it stays out of the context these codes pair with.
        stages: ['mail', 'rcpt', 'end-of-data', 'bdat', 'rset', 'noop'],
        title: 'Requested mail action okay, completed',
        description:
          'The command succeeded. After the end of data the server accepts responsibility for delivery or for sending a failure notice (RFC 5321 §4.2.5).',
        enhanced: ['2.0.0', '2.1.0', '2.1.5'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.2.5'), rfc(5321, '4.3.2')],
      },
      {
        stages: ['vrfy', 'expn'],
        title: 'Address verified (VRFY) or list expanded (EXPN)',
        description:
          'The server actually verified the mailbox or expanded the list and returns the mailbox(es). A server must not answer 250 after checking only the syntax (RFC 5321 §3.5.3).',
        enhanced: ['2.1.5'],
        references: [rfc(5321, '3.5.1'), rfc(5321, '3.5.3'), rfc(5321, '7.3')],
      },
      {
        stages: ['etrn'],
        extension: 'ETRN',
        title: 'OK, queuing for node <x> started',
        description: 'The server has started delivering the mail queued for the node named in ETRN.',
        enhanced: [],
        references: [rfc(1985)],
      },
    ],
  },
  {
    code: '251',
    title: 'User not local; will forward to <forward-path>',
    summary: 'The recipient is accepted, but the server will forward the message to another address it names.',
    description:
      'A positive completion reply to RCPT (or VRFY) saying that the mailbox is not handled here and that the server will forward the message to the given forward-path. Servers may instead forward silently with 250, and must not assume that the client will update any address book (RFC 5321 §3.4). With ETRN (RFC 1985) the same number means "OK, no messages waiting for node <x>".',
    whenSeen:
      'Rarely today: after RCPT TO for an address that has moved, on servers that disclose the new address. Most servers forward silently with 250 for privacy.',
    stages: ['rcpt', 'vrfy', 'etrn'],
    fix: {
      sender:
        'Nothing to fix: the message will be delivered. If the reply names a new address, you may update your contact, but check the server is genuine first (RFC 5321 §7.4).',
      admin: 'No action needed. RFC 5321 §3.4 asks implementations to let sites disable 251 and 551 if they would disclose addresses undesirably.',
    },
    actor: 'nobody',
    references: [rfc(5321, '3.4'), rfc(5321, '4.2.2'), rfc(5321, '7.4'), rfc(1985)],
    related: ['250', '551'],
    enhanced: ['2.1.5'],
    contexts: [
      {
        stages: ['rcpt', 'vrfy'],
        title: 'User not local; will forward to <forward-path>',
        description: 'The recipient is accepted and will be forwarded to the address given in the reply.',
        enhanced: ['2.1.5'],
        references: [rfc(5321, '3.4'), rfc(5321, '4.2.2')],
      },
      {
        stages: ['etrn'],
        extension: 'ETRN',
        title: 'OK, no messages waiting for node <x>',
        description: 'The ETRN request was valid, but there is no queued mail for that node.',
        enhanced: [],
        references: [rfc(1985)],
      },
    ],
  },
  {
    code: '252',
    title: 'Cannot VRFY user, but will accept message and attempt delivery',
    summary: 'The server will not confirm or deny that the address exists, but it will accept mail for it and attempt delivery.',
    description:
      'A positive completion reply to VRFY (or EXPN) in which the server declines to verify the address, yet says it will accept a message for it and attempt delivery. RFC 5321 makes it the required answer when a site disables verification for security reasons, so that the reply cannot be mistaken for a successful or failed verification; it is also the right answer when an address looks valid but cannot be checked in real time, for example on a backup mail exchanger. With ETRN (RFC 1985) the same number means "OK, pending messages for node <x> started".',
    whenSeen:
      'In answer to VRFY when the server does not reveal whether mailboxes exist, typically as a defence against address harvesting. Many public servers answer every VRFY this way.',
    stages: ['vrfy', 'expn', 'etrn'],
    fix: {
      sender:
        'Nothing is wrong: the server will still attempt delivery. Do not treat 252 as proof that the mailbox exists; send the message and watch for a bounce instead.',
      admin:
        'No action needed. Answering VRFY with 252 rather than 250/550 is what RFC 5321 §7.3 requires when verification is disabled for security reasons.',
    },
    actor: 'nobody',
    references: [rfc(5321, '3.5.3'), rfc(5321, '4.2.2'), rfc(5321, '7.3'), rfc(1985)],
    related: ['250', '550', '502'],
    enhanced: ['2.0.0'],
    contexts: [
      {
        stages: ['vrfy', 'expn'],
        title: 'Cannot VRFY user, but will accept message and attempt delivery',
        description: 'The address was not verified (by policy, or because it cannot be checked in real time), but mail for it will be accepted.',
        enhanced: ['2.0.0'],
        references: [rfc(5321, '3.5.3'), rfc(5321, '7.3')],
      },
      {
        stages: ['etrn'],
        extension: 'ETRN',
        title: 'OK, pending messages for node <x> started',
        description: 'The server has started a delivery run for the mail waiting for the node named in ETRN.',
        enhanced: [],
        references: [rfc(1985)],
      },
    ],
  },
  {
    code: '253',
    title: 'OK, <n> pending messages for node <x> started',
    summary: 'ETRN accepted: the server has started delivering the given number of messages queued for the node.',
    description:
      'A positive completion reply to ETRN (RFC 1985), the remote queue starting extension used by intermittently connected sites. It says how many queued messages the server has started to deliver.',
    whenSeen: 'In answer to ETRN from a site that collects its queued mail after connecting.',
    stages: ['etrn'],
    fix: {
      sender: 'Nothing to fix: the queued mail is on its way.',
      admin: 'No action needed.',
    },
    actor: 'nobody',
    references: [rfc(1985)],
    related: ['250', '252', '458'],
    enhanced: [],
  },
  {
    code: '334',
    title: 'Server challenge (AUTH continuation)',
    summary: 'The AUTH exchange continues: the server sends a base64 challenge and waits for the client response.',
    description:
      'The intermediate reply of the AUTH exchange (RFC 4954 §4). Its text is only the base64-encoded SASL challenge, possibly empty ("334 " with a single space). The client answers with a base64 line, or "*" to cancel (which the server answers with 501).',
    whenSeen:
      'During AUTH, e.g. the "334 VXNlcm5hbWU6" (Username:) and "334 UGFzc3dvcmQ6" (Password:) prompts of AUTH LOGIN, or an empty challenge when AUTH PLAIN is sent without an initial response.',
    stages: ['auth'],
    fix: {
      sender: 'Nothing to fix: the client software should send the next authentication step.',
      admin: 'No action needed.',
    },
    actor: 'client',
    references: [rfc(4954, '4'), rfc(4954, '8')],
    related: ['235', '354', '535'],
    enhanced: [],
  },
  {
    code: '354',
    title: 'Start mail input; end with <CRLF>.<CRLF>',
    summary: 'DATA accepted: the client should now send the message, ending with a line containing only a period.',
    description:
      'The intermediate reply to DATA. The server is ready to receive the message content; the client sends the header and body and ends with <CRLF>.<CRLF>. The client must not send message data unless it received 354 (RFC 5321 §3.3). The final verdict on the message comes after the terminating period.',
    whenSeen: 'Right after DATA, once at least one recipient was accepted.',
    stages: ['data'],
    fix: {
      sender: 'Nothing to fix: send the message content.',
      admin: 'No action needed.',
    },
    actor: 'client',
    references: [rfc(5321, '3.3'), rfc(5321, '4.1.1.4'), rfc(5321, '4.3.2')],
    related: ['250', '334', '503', '554'],
    enhanced: [],
  },
  {
    code: '421',
    title: '<domain> Service not available, closing transmission channel',
    summary: 'The server is shutting down or refusing service right now and closes the connection; try again later.',
    description:
      'A transient negative reply that may answer any command, or even be sent without one, when the service knows it must shut down. The server closes the connection after it. Servers that are forcibly stopped should try to send it; clients should treat a dropped connection as if a 451 had been received (RFC 5321 §3.8). In practice it is also used to defer clients at the greeting for load or rate-limit reasons.',
    whenSeen:
      'At the greeting when the server is overloaded or limiting connections from your address, or in the middle of a session when the server shuts down, a timeout is reached, or too many errors occurred.',
    stages: ['greeting', 'any'],
    fix: {
      sender:
        'Nothing to change in the message: your mail server retries automatically. If it persists for hours, you may be rate-limited; send less at once.',
      admin:
        'On the receiving side, check load, connection limits and shutdowns. On the sending side, reduce concurrency or rate towards that destination and check whether your IP address is being throttled.',
    },
    actor: 'client',
    retryNote: 'The connection is closed, so the whole transaction must be retried later on a new connection, not just the last command.',
    references: [rfc(5321, '3.8'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
    related: ['451', '554', '221', '450'],
    enhanced: ['4.3.2', '4.7.0', '4.4.2'],
  },
  {
    code: '432',
    title: 'A password transition is needed',
    summary: 'The user must first authenticate once with a plaintext mechanism (PLAIN) so the selected mechanism can work.',
    description:
      'A transient reply to AUTH (RFC 4954 §6): the user needs to transition to the selected mechanism before it can be used. This is typically done by authenticating once with PLAIN (over TLS); the selected mechanism should then work in later sessions.',
    whenSeen:
      'Rarely, in answer to AUTH with a challenge-response mechanism (such as CRAM-MD5 or SCRAM) for an account that has not yet been set up for that mechanism.',
    stages: ['auth'],
    fix: {
      sender: 'Log in once using AUTH PLAIN over TLS (in many clients: "normal password"), then switch back.',
      admin: 'Check how passwords are stored for the account and whether the mechanism needs a secret the server does not have yet.',
    },
    actor: 'sender',
    references: [rfc(4954, '6')],
    related: ['534', '535', '454'],
    enhanced: ['4.7.12'],
  },
  {
    code: '450',
    title: 'Requested mail action not taken: mailbox unavailable',
    summary: 'The mailbox cannot take the message right now (busy or temporarily blocked for policy reasons); retry later.',
    description:
      'A transient negative reply: the mailbox is temporarily unavailable, for example busy or temporarily blocked for policy reasons. It is the temporary counterpart of 550. RFC 5321 lists it after RCPT and, for policy rejections, after the message data. With ATRN (RFC 2645) the same number means "ATRN request refused".',
    whenSeen:
      'Most often after RCPT TO during greylisting ("try again later") or temporary policy checks such as DNS lookups that timed out; sometimes after the end of data when a content or policy check is temporarily unavailable.',
    stages: ['rcpt', 'end-of-data', 'atrn'],
    fix: {
      sender:
        'Usually nothing: your mail server retries and greylisting clears on a later attempt. Check whether the bounce eventually says 550 instead.',
      admin:
        'Sending side: make sure you retry from the same IP address range and do not give up too early (RFC 5321 §4.5.4.1 suggests giving up only after 4-5 days). Receiving side: check greylisting and policy services for outages.',
    },
    actor: 'client',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.5.4.1'), rfc(2645)],
    related: ['550', '451', '452', '421'],
    enhanced: ['4.2.0', '4.7.1', '4.2.1', '4.7.15'],
    contexts: [
      {
        stages: ['rcpt', 'end-of-data'],
        title: 'Mailbox unavailable (temporary)',
        description:
          'The mailbox is busy or temporarily blocked for policy reasons (including a message priority below what the server accepts now, 4.7.15, RFC 6710); the same request may succeed later.',
        enhanced: ['4.2.0', '4.7.1', '4.2.1', '4.7.15'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(6710), IANA],
      },
      {
        stages: ['atrn'],
        extension: 'ATRN',
        title: 'ATRN request refused',
        description: 'The server refuses the ATRN (authenticated turn) request for now.',
        enhanced: [],
        references: [rfc(2645)],
      },
    ],
  },
  {
    code: '451',
    title: 'Requested action aborted: local error in processing',
    summary: 'The server hit a temporary local problem (disk, database, lookup, filter) and did not take the action; retry later.',
    description:
      'A transient negative reply: the server could not complete the command because of an error on its side. RFC 5321 lists it after MAIL, RCPT and the end of data, and says a client whose connection breaks should act as if it had received 451 (§3.8). With ATRN (RFC 2645) the same number means "Unable to process ATRN request now".',
    whenSeen:
      'After MAIL FROM, RCPT TO or the final "." when a spam or virus filter, DNS lookup, database or queue file write fails on the receiving server; also for temporary SPF errors.',
    stages: ['mail', 'rcpt', 'end-of-data', 'bdat', 'atrn'],
    fix: {
      sender: 'Nothing to change: your mail server retries. If it persists for days, contact the recipient by another channel.',
      admin:
        'Receiving side: check logs for the failing component (filter, DNS resolver, disk, database). Sending side: make sure your queue retries.',
    },
    actor: 'recipient-admin',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '3.8'), rfc(2645)],
    related: ['421', '450', '554', '452'],
    enhanced: ['4.3.0', '4.7.1', '4.7.24'],
    contexts: [
      {
        stages: ['mail', 'rcpt', 'end-of-data', 'bdat'],
        title: 'Local error in processing',
        description: 'A temporary error on the receiving server prevented the action.',
        enhanced: ['4.3.0', '4.7.1', '4.7.24'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(7372, '3.2')],
      },
      {
        stages: ['atrn'],
        extension: 'ATRN',
        title: 'Unable to process ATRN request now',
        description: 'The server cannot process the ATRN request at the moment.',
        enhanced: [],
        references: [rfc(2645)],
      },
    ],
  },
  {
    code: '452',
    title: 'Requested action not taken: insufficient system storage',
    summary:
      'A temporary resource limit: the server lacks storage for this message now, or (after RCPT) has reached its limit on recipients per message.',
    description:
      'A transient negative reply. Besides lack of storage, RFC 5321 §4.5.3.1.10 makes 452 the correct reply when the server runs out of room for more RCPT commands ("too many recipients"); the client should deliver to the recipients already accepted and send the rest in another transaction. With SIZE (RFC 1870) it answers a MAIL FROM whose declared size the server cannot accommodate now but may later.',
    whenSeen:
      'After RCPT TO once a per-message recipient limit is reached (often "452 4.5.3 Too many recipients"), after MAIL FROM with SIZE= when the disk is short, or after the end of data when storage ran out.',
    stages: ['rcpt', 'mail', 'end-of-data'],
    fix: {
      sender:
        'For "too many recipients", nothing: a correct client sends the remaining recipients in a further transaction. For storage problems, wait for the retry.',
      admin:
        'Receiving side: check free disk space and queue size, and the recipient limit (it must be at least 100, RFC 5321 §4.5.3.1.8). Sending side: make sure your software splits recipient lists when it gets 452.',
    },
    actor: 'client',
    retryNote:
      'For too many recipients, only the recipients that got 452 are retried, in a new transaction after the accepted ones are delivered; at least 100 recipients fit per transaction (RFC 5321 §4.5.3.1.10).',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.5.3.1.10'), rfc(1870, '6')],
    related: ['552', '451', '450'],
    enhanced: ['4.5.3', '4.2.2', '4.3.1'],
    contexts: [
      {
        stages: ['rcpt'],
        title: 'Too many recipients',
        description:
          'The server has reached its limit on RCPT commands in this transaction. RFC 5321 §4.5.3.1.10 requires 452 (not 552) when an implementation limit is exhausted.',
        enhanced: ['4.5.3'],
        references: [rfc(5321, '4.5.3.1.10'), rfc(5321, '4.5.3.1.9')],
      },
      {
        stages: ['mail', 'rcpt', 'end-of-data'],
        title: 'Insufficient system storage',
        description: 'The server or the mailbox temporarily lacks space for the message.',
        enhanced: ['4.3.1', '4.2.2'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
      },
      {
        stages: ['mail', 'rcpt'],
        extension: 'SIZE',
        title: 'Insufficient system storage for the declared message size',
        description:
          'The server cannot accept a message of the size declared with SIZE= right now but may later; the client should retry later (RFC 1870).',
        enhanced: ['4.3.1'],
        references: [rfc(1870, '6')],
      },
    ],
  },
  {
    code: '453',
    title: 'You have no mail',
    summary: 'ATRN answered: there is no mail waiting for the requesting client.',
    description:
      'A reply to ATRN, the authenticated turn command of On-Demand Mail Relay (RFC 2645): no messages are queued for the domains the client asked for, so the connection is not reversed.',
    whenSeen: 'In answer to ATRN when the queue for the requested domains is empty.',
    stages: ['atrn'],
    fix: {
      sender: 'Nothing to fix: there is simply no mail to collect.',
      admin: 'No action needed.',
    },
    actor: 'nobody',
    references: [rfc(2645)],
    related: ['251', '450'],
    enhanced: [],
  },
  {
    code: '454',
    title: 'TLS not available due to temporary reason / Temporary authentication failure',
    summary: 'A temporary failure of STARTTLS (TLS not available now) or of AUTH (server-side authentication problem).',
    description:
      'A transient negative reply with two defined meanings. After STARTTLS (RFC 3207 §4) the server cannot start TLS for a temporary reason; the client must decide whether to continue without TLS. After AUTH (RFC 4954 §6) authentication failed because of a temporary server failure, not because of the credentials: the client should not ask the user for another password.',
    whenSeen:
      "After STARTTLS when the server's certificate or TLS library is misconfigured or unavailable; after AUTH when the authentication backend (directory, database) is down or times out.",
    stages: ['starttls', 'auth'],
    fix: {
      sender: 'Do not change your password for a 454 after AUTH; try again later. After STARTTLS, wait: a client that requires TLS will retry.',
      admin: 'After STARTTLS: check the certificate, key and TLS configuration. After AUTH: check the authentication backend and its connectivity.',
    },
    actor: 'recipient-admin',
    references: [rfc(3207, '4'), rfc(4954, '6')],
    related: ['535', '530', '538', '220'],
    enhanced: ['4.7.0'],
    contexts: [
      {
        stages: ['starttls'],
        extension: 'STARTTLS',
        title: 'TLS not available due to temporary reason',
        description: 'The server cannot start TLS right now. The client decides whether to continue the session unencrypted or to try later.',
        enhanced: ['4.7.0'],
        references: [rfc(3207, '4')],
      },
      {
        stages: ['auth'],
        extension: 'AUTH',
        title: 'Temporary authentication failure',
        description:
          'Authentication failed because of a temporary server failure. The client should not prompt for another password and should report a server failure instead.',
        enhanced: ['4.7.0'],
        references: [rfc(4954, '6')],
      },
    ],
  },
  {
    code: '455',
    title: 'Server unable to accommodate parameters',
    summary: 'The server temporarily cannot handle one of the MAIL FROM or RCPT TO parameters.',
    description:
      "A transient negative reply to MAIL or RCPT: the server recognises the extension parameters but cannot accommodate one of them right now, and the parameter's own definition does not mandate another code (RFC 5321 §4.1.1.11).",
    whenSeen:
      'After MAIL FROM or RCPT TO carrying extension parameters (for example DSN or priority options) that the server temporarily cannot honour.',
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Nothing to change in most cases: the client retries later.',
      admin: 'Check which parameter the server could not accommodate and why (resources, configuration).',
    },
    actor: 'client',
    references: [rfc(5321, '4.1.1.11'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
    related: ['555', '501', '504'],
    enhanced: [],
  },
  {
    code: '458',
    title: 'Unable to queue messages for node <x>',
    summary: 'ETRN could not start the delivery run for the requested node right now.',
    description: 'A transient negative reply to ETRN (RFC 1985): the server cannot start processing the queue for the requested node at the moment.',
    whenSeen: 'In answer to ETRN when the server cannot start the queue run, for example because of load.',
    stages: ['etrn'],
    fix: {
      sender: 'Send ETRN again later.',
      admin: 'Check the queue manager and why it could not start the run.',
    },
    actor: 'client',
    references: [rfc(1985)],
    related: ['459', '253'],
    enhanced: [],
  },
  {
    code: '459',
    title: 'Node <x> not allowed: <reason>',
    summary: 'ETRN refused for this node, with the reason in the reply text.',
    description: 'A negative reply to ETRN (RFC 1985): the server will not start a queue run for the named node, and states why.',
    whenSeen: 'In answer to ETRN for a node the server does not hold mail for, or that the client is not permitted to start.',
    stages: ['etrn'],
    fix: {
      sender: 'Check the node name given to ETRN and that your site is allowed to request it.',
      admin: 'Check the ETRN access configuration for that node.',
    },
    actor: 'sender-admin',
    retryNote:
      "Although the class is transient, the text states a refusal: sending the same ETRN again only helps if the server's configuration changes.",
    references: [rfc(1985)],
    related: ['458'],
    enhanced: [],
  },
  {
    code: '500',
    title: 'Syntax error, command unrecognized',
    summary: 'The server did not recognise the command, or the command line was too long.',
    description:
      "A permanent negative reply for a command name the server does not know, or a command line that is too long (RFC 5321 §4.2.2, §4.3.2). A command the server recognises but does not implement gets 502 instead (§4.2.4). With AUTH (RFC 4954) it also reports a base64 response longer than the server's authentication buffer.",
    whenSeen:
      'After a misspelt or unsupported command, binary junk on the connection (for example a TLS client talking to a plain port), a line longer than the server accepts, or an oversized AUTH response.',
    stages: ['any', 'auth'],
    fix: {
      sender: 'Check the client settings: port and encryption mode (STARTTLS on 587 vs implicit TLS on 465) are the usual culprits.',
      admin:
        'Look at the exact line the client sent. Producing "command not recognized" for the required commands, or "too long" for lines under 512 characters, violates RFC 5321 §4.3.2.',
    },
    actor: 'sender-admin',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.2.4'), rfc(5321, '4.3.2'), rfc(4954, '4'), rfc(4954, '6')],
    related: ['502', '501', '504'],
    enhanced: ['5.5.2', '5.5.1', '5.5.6'],
    contexts: [
      {
        stages: ['any'],
        title: 'Syntax error, command unrecognized',
        description: 'The command name was not recognised, or the command line was too long.',
        enhanced: ['5.5.2', '5.5.1'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.5.3.1.9')],
      },
      {
        stages: ['auth'],
        extension: 'AUTH',
        title: 'Authentication Exchange line is too long',
        description: 'During AUTH the client sent a base64 response longer than the buffer available for the selected SASL mechanism.',
        enhanced: ['5.5.6'],
        references: [rfc(4954, '4'), rfc(4954, '6')],
      },
    ],
  },
  {
    code: '501',
    title: 'Syntax error in parameters or arguments',
    summary: 'The command was recognised but its arguments are malformed or not allowed.',
    description:
      'A permanent negative reply for a bad argument: a malformed address in MAIL FROM or RCPT TO, arguments given to a command that takes none (DATA, RSET, QUIT, STARTTLS), or, during AUTH, a cancelled exchange ("*"), undecodable base64 or an initial response the mechanism does not allow.',
    whenSeen:
      'After MAIL FROM/RCPT TO with spaces around the colon or a broken address, after STARTTLS with parameters, or when the client cancels or garbles an AUTH exchange.',
    stages: ['any', 'mail', 'rcpt', 'starttls', 'auth'],
    fix: {
      sender: 'Check the address for typos and stray characters; if a program sends the mail, check how it formats MAIL FROM and RCPT TO.',
      admin:
        'Log the exact command. RFC 5321 §3.3 notes that spaces on either side of the colon are a common error; RFC 5321 §4.1.4 requires 501 for an unacceptable MAIL argument.',
    },
    actor: 'sender',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.1.4'), rfc(3207, '4'), rfc(4954, '4')],
    related: ['500', '553', '504', '555'],
    enhanced: ['5.5.4', '5.5.2', '5.1.3', '5.1.7', '5.7.0'],
    contexts: [
      {
        stages: ['any', 'mail', 'rcpt'],
        title: 'Syntax error in parameters or arguments',
        description: 'The arguments of the command are malformed, or were given to a command that accepts none.',
        enhanced: ['5.5.4', '5.5.2', '5.1.3', '5.1.7'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.1.4')],
      },
      {
        stages: ['starttls'],
        extension: 'STARTTLS',
        title: 'Syntax error (no parameters allowed)',
        description: 'STARTTLS takes no parameters.',
        enhanced: ['5.5.4'],
        references: [rfc(3207, '4')],
      },
      {
        stages: ['auth'],
        extension: 'AUTH',
        title: 'AUTH exchange cancelled or malformed',
        description:
          'The client cancelled the exchange with "*", sent a response the server cannot base64-decode (5.5.2), or used an initial response with a mechanism where the client does not begin (5.7.0).',
        enhanced: ['5.5.2', '5.7.0'],
        references: [rfc(4954, '4')],
      },
    ],
  },
  {
    code: '502',
    title: 'Command not implemented',
    summary: 'The server recognises the command but does not implement it (or has it disabled).',
    description:
      'A permanent negative reply for a command the server knows but does not support. RFC 5321 §4.2.4 reserves 502 for recognised commands and 500 for unrecognised ones, and forbids advertising in EHLO a capability that would get 502. Sites that disable VRFY or EXPN for security reasons must answer them with 252 rather than 502 (RFC 5321 §7.3).',
    whenSeen: 'After EXPN, VRFY, HELP, TURN or an extension command that the server has switched off; after EHLO on very old servers.',
    stages: ['any', 'vrfy', 'expn', 'help', 'ehlo', 'etrn', 'atrn'],
    fix: {
      sender: 'Do not rely on that command with this server; if the client requires it, change the client setting.',
      admin: 'If the command is advertised in the EHLO response, stop advertising it or enable it (RFC 5321 §4.2.4).',
    },
    actor: 'sender-admin',
    references: [rfc(5321, '4.2.4'), rfc(5321, '4.3.2'), rfc(5321, '3.5.3')],
    related: ['500', '504', '252'],
    enhanced: ['5.5.1'],
  },
  {
    code: '503',
    title: 'Bad sequence of commands',
    summary: 'The command came in the wrong order, e.g. RCPT before MAIL, DATA without accepted recipients, or a second AUTH.',
    description:
      'A permanent negative reply for a command that is valid but not allowed at this point of the dialogue. RFC 5321 requires it for RCPT without a prior MAIL and allows it for DATA when no recipient was accepted; after a 554 greeting the server answers everything but QUIT with 503. RFC 4954 requires it for AUTH after a successful AUTH and for AUTH during a mail transaction.',
    whenSeen:
      'When a client sends MAIL before EHLO/HELO, RCPT before MAIL, DATA after all recipients were refused, or AUTH twice; also when pipelined commands continue after an earlier one failed.',
    stages: ['any', 'mail', 'rcpt', 'data', 'auth'],
    fix: {
      sender:
        'Look at the reply to the previous command: 503 is usually a consequence of an earlier failure (a rejected RCPT, a failed AUTH). Fix that one.',
      admin: "Check the client's command order in the logs; with PIPELINING a 503 often follows an earlier error in the same batch.",
    },
    actor: 'sender-admin',
    references: [rfc(5321, '3.3'), rfc(5321, '3.1'), rfc(5321, '4.1.4'), rfc(5321, '4.5.3.1.10'), rfc(4954, '4')],
    related: ['530', '554', '501'],
    enhanced: ['5.5.1'],
    contexts: [
      {
        stages: ['any', 'mail', 'rcpt', 'data'],
        title: 'Bad sequence of commands',
        description: 'The mail transaction commands were not sent in the order MAIL, RCPT, DATA, or no recipient was accepted before DATA.',
        enhanced: ['5.5.1'],
        references: [rfc(5321, '3.3'), rfc(5321, '4.1.4')],
      },
      {
        stages: ['auth'],
        extension: 'AUTH',
        title: 'AUTH not allowed now',
        description: 'AUTH was sent after a successful AUTH in the same session, or during a mail transaction.',
        enhanced: ['5.5.1'],
        references: [rfc(4954, '4')],
      },
    ],
  },
  {
    code: '504',
    title: 'Command parameter not implemented',
    summary: 'The command is implemented but the requested parameter or option is not, e.g. an unsupported AUTH mechanism.',
    description:
      'A permanent negative reply that refines 502: the command exists, but the parameter requested is not supported (RFC 5321 §4.2.1). RFC 4954 uses it when the requested SASL mechanism is not supported or requires an encryption layer, with enhanced code 5.5.4.',
    whenSeen:
      'Most often after AUTH with a mechanism the server does not offer (for example CRAM-MD5 on a server that only allows PLAIN over TLS); rarely after EHLO, VRFY, EXPN or HELP.',
    stages: ['auth', 'ehlo', 'vrfy', 'expn', 'help'],
    fix: {
      sender: 'Choose an authentication method the server offers (check the AUTH line of its EHLO response).',
      admin: 'Check which SASL mechanisms are enabled, and whether they are offered only after STARTTLS.',
    },
    actor: 'sender',
    references: [rfc(5321, '4.2.1'), rfc(5321, '4.3.2'), rfc(4954, '4')],
    related: ['502', '534', '538', '555'],
    enhanced: ['5.5.4'],
    contexts: [
      {
        stages: ['ehlo', 'vrfy', 'expn', 'help'],
        title: 'Command parameter not implemented',
        description: 'The command is implemented but not with the parameter that was given.',
        enhanced: ['5.5.4'],
        references: [rfc(5321, '4.2.1'), rfc(5321, '4.3.2')],
      },
      {
        stages: ['auth'],
        extension: 'AUTH',
        title: 'Unrecognized authentication mechanism',
        description: 'The requested SASL mechanism is not supported, or requires an encryption layer that is not in place.',
        enhanced: ['5.5.4'],
        references: [rfc(4954, '4')],
      },
    ],
  },
  {
    code: '521',
    title: 'Server does not accept mail',
    summary: 'This host never accepts mail: a greeting from a dummy server that exists only to say so.',
    description:
      'A permanent negative reply defined by RFC 7504 for use at connection opening, instead of 220, by a host that does not accept mail under any circumstances. It should not be used when a server merely rejects particular senders, hosts or destinations: that is what 554 is for. If the client sends anything other than QUIT, the server may keep answering 521 or close the connection.',
    whenSeen:
      'Right after connecting to an address that is deliberately not a mail server (for example a web host whose domain still gets mail attempts).',
    stages: ['greeting', 'any'],
    fix: {
      sender: "The address or its domain is not meant to receive mail. Check the recipient address and the domain's MX records.",
      admin:
        'If this host should receive mail, remove the 521 responder and fix DNS. If it should not, publish a null MX record (RFC 7505) so senders do not try at all.',
    },
    actor: 'sender',
    references: [rfc(7504, '3'), rfc(7505, '3')],
    related: ['554', '556', '421'],
    enhanced: ['5.3.2'],
  },
  {
    code: '530',
    title: 'Authentication required / Must issue a STARTTLS command first',
    summary: 'Server policy requires the client to authenticate (AUTH) or to start TLS (STARTTLS) before this command.',
    description:
      'A permanent negative reply with two defined uses. RFC 4954 §6: it should answer any command other than AUTH, EHLO, HELO, NOOP, RSET or QUIT when policy requires authentication and the client has not authenticated. RFC 3207 §4: a server that requires TLS should answer every command other than NOOP, EHLO, STARTTLS or QUIT with "530 Must issue a STARTTLS command first". In both cases nothing is wrong with the credentials: the client simply skipped a step.',
    whenSeen:
      'After MAIL FROM (usually) when a mail client is configured without "my server requires authentication", or without STARTTLS on a submission port that requires it.',
    stages: ['mail', 'rcpt', 'data', 'vrfy', 'expn', 'help', 'auth', 'any'],
    fix: {
      sender:
        'Turn on authentication (username and password) for the outgoing server in the mail client, and STARTTLS on port 587 if the reply mentions STARTTLS.',
      admin: 'Confirm the client is on the submission port and that AUTH is advertised (after STARTTLS if you only allow it over TLS).',
    },
    actor: 'sender',
    references: [rfc(4954, '6'), rfc(3207, '4')],
    related: ['535', '503', '554', '538'],
    enhanced: ['5.7.0'],
    contexts: [
      {
        stages: ['mail', 'rcpt', 'data', 'vrfy', 'expn', 'help'],
        extension: 'AUTH',
        title: 'Authentication required',
        description: 'Server policy requires authentication for this action and the client has not authenticated.',
        enhanced: ['5.7.0'],
        references: [rfc(4954, '6')],
      },
      {
        stages: ['any', 'auth', 'mail'],
        extension: 'STARTTLS',
        title: 'Must issue a STARTTLS command first',
        description: 'The server requires TLS before any command other than NOOP, EHLO, STARTTLS or QUIT.',
        enhanced: ['5.7.0'],
        references: [rfc(3207, '4')],
      },
    ],
  },
  {
    code: '534',
    title: 'Authentication mechanism is too weak',
    summary: 'The chosen AUTH mechanism is weaker than the server allows for this user; use a stronger one.',
    description:
      'A permanent negative reply to AUTH (RFC 4954 §6): the selected mechanism is weaker than server policy permits for that user. The client should retry with a different mechanism; the credentials themselves were not judged.',
    whenSeen:
      'After AUTH with a legacy mechanism (for example LOGIN or PLAIN when the provider requires OAuth, or a password mechanism for an account that requires a stronger one).',
    stages: ['auth'],
    fix: {
      sender: 'Switch the client to a stronger sign-in method (OAuth2 or an app password, as the provider requires).',
      admin: 'Check per-user mechanism policy and that the mechanisms users need are advertised.',
    },
    actor: 'sender',
    references: [rfc(4954, '6')],
    related: ['535', '538', '504', '530'],
    enhanced: ['5.7.9'],
  },
  {
    code: '535',
    title: 'Authentication credentials invalid',
    summary: 'AUTH failed: the server rejected the credentials (username, password or token) or they were insufficient for the mechanism.',
    description:
      'A permanent negative reply to the AUTH command indicating that authentication failed because the credentials supplied were invalid or insufficient (RFC 4954 §6). It is the default failure reply when no more specific code applies (RFC 4954 §4). The client should ask the user for new credentials rather than retry the same ones.',
    whenSeen:
      'At the end of the AUTH exchange, after the client has sent a username and password (or token) that the server does not accept. Typical causes: a wrong or expired password, an app password that was revoked, a username given in the wrong form, or a mechanism whose credentials the account does not allow.',
    stages: ['auth'],
    fix: {
      sender:
        'Check the username and password (or OAuth token) in the mail client; if the provider requires an app password or OAuth, create a current one. Make sure the client uses a mechanism the account allows (PLAIN, LOGIN, XOAUTH2) over TLS.',
      admin:
        'Check the authentication backend and logs for the account: locked or disabled accounts, password changes, and whether the chosen mechanism is enabled for it. Rate-limit repeated failures: they are a common sign of password guessing (RFC 4954 §9 allows dropping the connection after at least 3 failures).',
    },
    actor: 'sender',
    references: [{ rfc: 4954, section: '4' }, { rfc: 4954, section: '6' }, IANA],
    related: ['534', '530', '454', '538'],
    enhanced: ['5.7.8'],
  },
  {
    code: '538',
    title: 'Encryption required for requested authentication mechanism',
    summary: 'The chosen AUTH mechanism may only be used over an encrypted (TLS) connection.',
    description:
      'A permanent negative reply to AUTH (RFC 4954 §6): the selected mechanism may be used only when the connection is encrypted. RFC 4954 documents it for historical purposes only; modern servers should simply not advertise mechanisms they will not allow without encryption.',
    whenSeen: 'After AUTH PLAIN or LOGIN sent before STARTTLS, on older servers that advertise those mechanisms on plain connections.',
    stages: ['auth'],
    fix: {
      sender: 'Enable STARTTLS (or SSL/TLS) for the outgoing server in the mail client, then authenticate.',
      admin: 'Advertise plaintext mechanisms only after STARTTLS instead of refusing them with 538 (RFC 4954 §6).',
    },
    actor: 'sender',
    references: [rfc(4954, '6'), rfc(4954, '1')],
    related: ['530', '534', '535', '454'],
    enhanced: ['5.7.11'],
  },
  {
    code: '550',
    title: 'Requested action not taken: mailbox unavailable',
    summary: 'A permanent refusal: the mailbox does not exist or is unavailable, or the command was rejected for policy reasons.',
    description:
      'The most common permanent negative reply. RFC 5321 gives "mailbox not found, no access, or command rejected for policy reasons" as examples: after RCPT it usually means the recipient does not exist; after MAIL, the sender was refused; after the message data, the content or the sending system failed a policy check (for example SPF, DKIM, DMARC or reputation). The enhanced status code tells which.',
    whenSeen:
      'After RCPT TO for an unknown user ("5.1.1 User unknown"), after MAIL FROM or RCPT TO when the sender or its IP address is blocked ("5.7.1"), after the final "." when the message fails authentication or content checks ("5.7.26" etc.), or in answer to VRFY/EXPN.',
    stages: ['rcpt', 'mail', 'end-of-data', 'vrfy', 'expn', 'ehlo'],
    fix: {
      sender:
        "Read the enhanced code and the text. For 5.1.1 check the spelling of the address or ask the recipient for a current one; for 5.7.x policy rejections the sending system's administrator must act.",
      admin:
        'Sending side: for policy rejections check SPF, DKIM, DMARC, reverse DNS and blocklists for the sending IP. Receiving side: check the recipient exists and what policy rule matched.',
    },
    actor: 'sender',
    references: [rfc(5321, '4.2.2'), rfc(5321, '3.3'), rfc(5321, '4.3.2'), rfc(7372, '3'), IANA],
    related: ['450', '553', '554', '551', '5.1.1'],
    enhanced: ['5.1.1', '5.7.1', '5.2.1', '5.1.0', '5.7.26', '5.7.27', '5.6.7', '5.6.8', '5.6.9', '5.7.30'],
    contexts: [
      {
        stages: ['rcpt'],
        title: 'Mailbox unavailable (recipient)',
        description: 'The recipient is known not to be deliverable, typically "no such user" (RFC 5321 §3.3), or the mailbox is disabled.',
        enhanced: ['5.1.1', '5.2.1', '5.1.0'],
        references: [rfc(5321, '3.3'), rfc(5321, '4.2.2')],
      },
      {
        stages: ['mail', 'rcpt', 'end-of-data'],
        title: 'Rejected for policy reasons',
        description:
          'The command or the message was rejected by policy: sender or IP address not allowed, relaying denied, or failed email authentication (RFC 7372) or null MX sender checks (RFC 7505 §4.1).',
        enhanced: ['5.7.1', '5.7.26', '5.7.27'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(7372, '3'), rfc(7505, '4.2')],
      },
      {
        stages: ['vrfy', 'expn'],
        title: 'Cannot verify or expand',
        description:
          'The address cannot be verified or the list cannot be expanded, e.g. "550 That is a mailing list, not a user" or "550 Access Denied to You" (RFC 5321 §3.5.1).',
        enhanced: ['5.1.1', '5.7.1'],
        references: [rfc(5321, '3.5.1'), rfc(5321, '7.3')],
      },
      {
        stages: ['mail', 'vrfy', 'expn', 'end-of-data'],
        extension: 'SMTPUTF8',
        title: 'Non-ASCII address or UTF-8 reply not permitted',
        description:
          'With SMTPUTF8 (RFC 6531): MAIL FROM is refused because it needs an ASCII address (5.6.7), a VRFY/EXPN answer would need UTF-8 but the client did not allow it (5.6.8), or a message with UTF-8 header fields cannot be transferred to a recipient (5.6.9).',
        enhanced: ['5.6.7', '5.6.8', '5.6.9'],
        references: [rfc(6531, '3.5'), rfc(6531, '3.7.4.2'), rfc(6531, '4.2')],
      },
      {
        stages: ['mail', 'rcpt', 'end-of-data'],
        extension: 'REQUIRETLS',
        title: 'REQUIRETLS support required',
        description:
          'The message was sent with REQUIRETLS (RFC 8689), which requires that TLS be negotiated whenever the message is relayed, and the next hop could not offer that; it is returned as undeliverable with 5.7.30 rather than sent unprotected.',
        enhanced: ['5.7.30'],
        references: [rfc(8689), IANA],
      },
    ],
  },
  {
    code: '551',
    title: 'User not local; please try <forward-path>',
    summary: 'The recipient is not handled here; the server refuses the message and names another address to try.',
    description:
      'A permanent negative reply to RCPT (or VRFY): the server will not deliver to this address but gives address-updating information. Servers may instead reject with 550 and no address information, and must not assume the client will update anything (RFC 5321 §3.4).',
    whenSeen: 'Rarely: after RCPT TO for a user who has moved, on servers configured to disclose the new address.',
    stages: ['rcpt', 'vrfy'],
    fix: {
      sender: 'Resend to the address given in the reply, after checking the server is genuine (RFC 5321 §7.4 warns against automatic rerouting).',
      admin: 'RFC 5321 §3.4 asks implementations to let sites disable or restrict 551 if it would disclose addresses undesirably.',
    },
    actor: 'sender',
    references: [rfc(5321, '3.4'), rfc(5321, '4.2.2'), rfc(5321, '7.4')],
    related: ['251', '550'],
    enhanced: [],
  },
  {
    code: '552',
    title: 'Requested mail action aborted: exceeded storage allocation',
    summary: 'The message is too big for the server or the mailbox is over quota; it was refused.',
    description:
      'A permanent negative reply: the storage allocation was exceeded, most often because the message exceeds the maximum size or the recipient\'s mailbox is full. With SIZE (RFC 1870) it answers a MAIL FROM whose declared size exceeds the server\'s fixed maximum. RFC 821 wrongly listed 552 for "too many recipients"; RFC 5321 §4.5.3.1.10 says 452 is correct there and that clients should treat a 552 in that case as temporary.',
    whenSeen:
      'After MAIL FROM with a SIZE= value above the advertised limit, after the final "." when the message is too large, or after RCPT TO/the end of data when the mailbox is over quota.',
    stages: ['mail', 'rcpt', 'end-of-data', 'bdat'],
    fix: {
      sender:
        "If the message is too big, send large files by link or split them; if the recipient's mailbox is full, tell them by another channel and resend later.",
      admin: "Compare the message size with the limit advertised in the EHLO SIZE keyword; check the recipient's quota.",
    },
    actor: 'sender',
    retryNote: 'When 552 answers RCPT because of a recipient-count limit, clients should treat it as temporary, like 452 (RFC 5321 §4.5.3.1.10).',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.5.3.1.10'), rfc(1870, '6')],
    related: ['452', '554', '550'],
    enhanced: ['5.3.4', '5.2.2', '5.2.3', '5.5.3', '5.7.16'],
    contexts: [
      {
        stages: ['mail', 'rcpt', 'end-of-data', 'bdat'],
        title: 'Exceeded storage allocation',
        description:
          'The mailbox is over quota (5.2.2), the message is larger than the mailbox or system accepts (5.2.3, 5.3.4), or too big for the priority requested with MT-PRIORITY (5.7.16, RFC 6710).',
        enhanced: ['5.2.2', '5.2.3', '5.3.4', '5.7.16'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(6710), IANA],
      },
      {
        stages: ['mail', 'rcpt'],
        extension: 'SIZE',
        title: 'Message size exceeds fixed maximum message size',
        description:
          "The size declared with SIZE= is larger than the server's fixed maximum; the client should return the message as undeliverable (RFC 1870).",
        enhanced: ['5.3.4'],
        references: [rfc(1870, '6')],
      },
      {
        stages: ['rcpt'],
        title: 'Too many recipients (legacy)',
        description:
          'Some servers still send 552 when their recipient limit is reached. RFC 5321 §4.5.3.1.10 says the correct code is 452 and that clients should treat this 552 as temporary.',
        enhanced: ['5.5.3'],
        references: [rfc(5321, '4.5.3.1.10')],
      },
    ],
  },
  {
    code: '553',
    title: 'Requested action not taken: mailbox name not allowed',
    summary: 'The address is not acceptable as written: bad syntax, a name the server does not allow, or (VRFY) ambiguous.',
    description:
      'A permanent negative reply about the address itself rather than the mailbox behind it: RFC 5321 gives "mailbox syntax incorrect" as the example and names 550 or 553 as the normal failures for MAIL. In answer to VRFY it reports an ambiguous name, optionally listing the possibilities (RFC 5321 §3.5.1).',
    whenSeen:
      'After MAIL FROM or RCPT TO with a malformed address or a sender address the server does not allow (for example one the authenticated user does not own), or after VRFY for an ambiguous name.',
    stages: ['mail', 'rcpt', 'vrfy'],
    fix: {
      sender:
        'Check the address for typos, missing domain or invalid characters; use a sender address your account is allowed to send as. If the address contains non-ASCII characters, the receiving system may not support internationalized addresses.',
      admin: "Check the exact address in the logs and the server's sender/recipient address restrictions.",
    },
    actor: 'sender',
    references: [rfc(5321, '4.2.2'), rfc(5321, '3.3'), rfc(5321, '3.5.1'), rfc(5321, '4.3.2')],
    related: ['501', '550', '5.1.3'],
    enhanced: ['5.1.3', '5.1.7', '5.1.4', '5.7.1', '5.6.7', '5.6.8'],
    contexts: [
      {
        stages: ['mail', 'rcpt'],
        title: 'Mailbox name not allowed',
        description: 'The address syntax is incorrect (5.1.3, 5.1.7) or the server does not allow that sender or recipient address.',
        enhanced: ['5.1.3', '5.1.7', '5.7.1'],
        references: [rfc(5321, '4.2.2'), rfc(5321, '3.3')],
      },
      {
        stages: ['vrfy'],
        title: 'User ambiguous',
        description: 'The name given to VRFY matches more than one mailbox; the reply may list the possibilities.',
        enhanced: ['5.1.4'],
        references: [rfc(5321, '3.5.1')],
      },
      {
        // Not VRFY: there RFC 6531 §3.7.4.2 requires 252 or 550.
        stages: ['rcpt'],
        extension: 'SMTPUTF8',
        title: 'Non-ASCII addresses not permitted for that recipient',
        description:
          'With SMTPUTF8 (RFC 6531 §3.5), a RCPT that needs an ASCII address is refused with 553 and 5.6.7. The registry also pairs 553 with 5.6.8, for replies that would need UTF-8 the client did not allow.',
        enhanced: ['5.6.7', '5.6.8'],
        references: [rfc(6531, '3.5'), rfc(6531, '4.2'), IANA],
      },
    ],
  },
  {
    code: '554',
    title: 'Transaction failed (or, at connection opening, "No SMTP service here")',
    summary: 'A permanent failure: at the greeting, the server refuses the session; later, the transaction or message is rejected.',
    description:
      'A permanent negative reply with distinct uses. As the connection greeting, instead of 220, it formally refuses the session (RFC 5321 §3.1); the server then answers everything but QUIT with 503. In answer to DATA it can mean "no valid recipients" (§3.3), and after the end of data it rejects the message, often for policy or content reasons. RFC 3207 §4.1 also uses it, after a TLS handshake whose security level the server finds too low, as "554 Command refused due to lack of security".',
    whenSeen:
      'In the greeting when your IP address is blocklisted or not allowed to connect; after DATA when every recipient was refused; after the final "." when the message is refused as spam, as a virus, or for size or policy reasons.',
    stages: ['greeting', 'data', 'end-of-data', 'rcpt', 'any'],
    fix: {
      sender:
        'Read the text: it usually names a blocklist or policy. If the whole session is refused, your mail provider (not you) must fix its reputation or configuration.',
      admin:
        "At the greeting: check the sending IP against blocklists and the receiver's connection policy. After data: check content filters, SPF/DKIM/DMARC and message size.",
    },
    actor: 'sender-admin',
    references: [rfc(5321, '3.1'), rfc(5321, '3.3'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(3207, '4.1')],
    related: ['550', '521', '421', '503', '552'],
    enhanced: ['5.7.1', '5.5.1', '5.3.4', '5.7.0', '5.6.0', '5.6.9'],
    contexts: [
      {
        stages: ['greeting'],
        title: 'No SMTP service here',
        description:
          'The server formally rejects the session at connection opening but still waits for QUIT, answering other commands with 503. The reply text should help debug the sending system.',
        enhanced: [],
        references: [rfc(5321, '3.1'), rfc(5321, '4.3.2')],
      },
      {
        stages: ['data', 'end-of-data', 'rcpt'],
        title: 'Transaction failed',
        description:
          'The transaction was refused: after DATA because no recipient was accepted ("no valid recipients"), or after the end of data because the message was rejected, often for policy or content reasons, or because a recipient cannot accept UTF-8 header fields (5.6.9, RFC 6531 §3.5).',
        enhanced: ['5.7.1', '5.5.1', '5.3.4', '5.6.0', '5.6.9'],
        references: [rfc(5321, '3.3'), rfc(5321, '4.2.5'), rfc(5321, '4.3.2'), rfc(6531, '3.5')],
      },
      {
        stages: ['any'],
        extension: 'STARTTLS',
        title: 'Command refused due to lack of security',
        description:
          'After the TLS handshake the server decided the level of authentication or privacy is not high enough and refuses every command except QUIT.',
        enhanced: ['5.7.0'],
        references: [rfc(3207, '4.1')],
      },
    ],
  },
  {
    code: '555',
    title: 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
    summary: 'The server does not recognise or cannot implement a parameter given after MAIL FROM or RCPT TO.',
    description:
      'A permanent negative reply to MAIL or RCPT: one of the extension parameters (for example SIZE=, BODY=, SMTPUTF8, NOTIFY=) is unknown to the server or not implemented (RFC 5321 §4.1.1.11).',
    whenSeen: 'After MAIL FROM or RCPT TO carrying a parameter for an extension the server did not advertise in EHLO.',
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Usually a client or relay bug: it should only use parameters the server advertised in its EHLO response.',
      admin:
        'Compare the parameters sent with the extensions advertised; check whether the client sent EHLO or HELO (HELO sessions have no extensions).',
    },
    actor: 'sender-admin',
    references: [rfc(5321, '4.1.1.11'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
    related: ['455', '501', '504'],
    enhanced: ['5.5.4'],
  },
  {
    code: '556',
    title: 'Domain does not accept mail',
    summary: "The recipient's domain does not accept mail at all, typically because it publishes a null MX record.",
    description:
      'A permanent negative reply defined by RFC 7504 §4 for a system handling a message (a relay or submission server) that determines, for example from a null MX record, that the domain of a recipient address does not receive mail, and must report that to the system that gave it the message. RFC 7505 §4.1 says a submission or relay server rejecting a recipient because of a null MX should use 556 with the enhanced code 5.1.10 "Recipient address has null MX".',
    whenSeen:
      'After RCPT TO, or in a bounce from your own provider, when the recipient\'s domain publishes a null MX ("0 .") or otherwise declares it takes no mail.',
    stages: ['rcpt'],
    fix: {
      sender: 'The address cannot receive mail: check for a typo in the domain, or reach the person another way.',
      admin: 'No fix on the sending side: the destination domain declares it takes no mail. Check its MX records to confirm.',
    },
    actor: 'sender',
    references: [rfc(7504, '4'), rfc(7505, '4.1')],
    related: ['521', '550', '5.1.10'],
    enhanced: ['5.1.10'],
  },
]
