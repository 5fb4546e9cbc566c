// IANA registry, subject 7: security or policy. The `registry` block of each entry is the registry row
// verbatim; everything else is ours, in plain words, faithful to the cited RFC.
import type { EnhancedCode } from '../schema.ts'

export const CODES: readonly EnhancedCode[] = [
  {
    code: 'X.7.0',
    title: 'Other or undefined security status',
    summary: 'A security or policy problem stopped the command or message, and the server gives no more specific reason.',
    description:
      'Something related to security caused the rejection and no more specific X.7 detail code fits, or the server chooses not to say more because of its own security policy. RFC 4954 pairs it with AUTH replies: 235 2.7.0 for success, 454 4.7.0 for a temporary authentication failure and 530 5.7.0 for "authentication required".',
    whenSeen:
      'Most often 530 5.7.0 after MAIL FROM when the server requires AUTH or STARTTLS first, 454 4.7.0 when STARTTLS or AUTH fails for a temporary reason on the server, and 235 2.7.0 after a successful AUTH.',
    stages: ['starttls', 'auth', 'mail', 'rcpt', 'end-of-data'],
    fix: {
      sender:
        'Read the reply text for the actual requirement: usually you must run STARTTLS and log in (AUTH) before sending, or retry later after a 4.7.0.',
      admin:
        'Check the server log for the policy that fired (TLS required, authentication required, TLS certificate or key problem) and make the reply text name it.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.8' }, { rfc: 4954, section: '6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.1', 'X.7.8', 'X.7.10', '530', '454'],
    classes: [2, 4, 5],
    basic: ['235', '421', '454', '501', '530', '554'],
    registry: {
      sampleText: 'Other or undefined security status',
      associatedBasic: '220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550',
      description:
        'Something related to security caused the message to be returned, and the problem cannot be well expressed with any of the other provided detail codes. This status code may also be used when the condition cannot be further described because of security policies in force.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.1',
    title: 'Delivery not authorized, message refused',
    summary: 'The receiving server refuses the message because the sender is not allowed to send to this destination.',
    description:
      'The sender is not authorized to send to the destination, as the result of per-host or per-recipient filtering. It is the general "refused by policy" code, used for relay denials, blocklisted senders, spam and content policy rejections.',
    whenSeen:
      'After RCPT TO when the server will not relay for you (for example "554 5.7.1 Relay access denied" from an unauthenticated client) or the recipient rejects your sender, and after the end of DATA when spam or content filters or sender reputation checks reject the message.',
    stages: ['mail', 'rcpt', 'end-of-data'],
    fix: {
      sender:
        "Read the reply text for the policy named; if it says relaying is denied, log in to your own provider's submission server instead of sending straight to the recipient's server.",
      admin:
        'Check your IP and domain against the blocklists or reputation service named in the reply, fix SPF, DKIM and DMARC for the sending domain, and contact the receiving postmaster if the block persists.',
    },
    actor: 'sender-admin',
    retryNote:
      'A 5.7.1 is refused again if the same message is resent from the same host, so something must change first; a 4.7.1 is a temporary policy refusal that the sending server retries by itself.',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.0', 'X.7.23', 'X.7.26', 'X.1.1', '550', '554'],
    classes: [4, 5],
    basic: ['450', '451', '550', '553', '554'],
    registry: {
      sampleText: 'Delivery not authorized, message refused',
      associatedBasic: '451, 454, 502, 503, 533, 550, 551',
      description:
        'The sender is not authorized to send to the destination. This can be the result of per-host or per-recipient filtering. This memo does not discuss the merits of any such filtering, but provides a mechanism to report such. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.2',
    title: 'Mailing list expansion prohibited',
    summary: 'The sender is not allowed to send to this mailing list.',
    description: 'The sender is not authorized to send a message to the intended mailing list. RFC 3463 defines it only as a permanent error.',
    whenSeen:
      'When posting to a list that accepts mail only from its members or from approved senders, reported at RCPT TO or after the list server receives the message.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Subscribe to the list or send from the address you subscribed with, or ask the list owner to approve you as a poster.',
      admin: "Check the list's posting policy (members only, moderated, allowed senders) and add the sender if they should be allowed.",
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.2.4', 'X.7.1'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Mailing list expansion prohibited',
      associatedBasic: '550',
      description: 'The sender is not authorized to send a message to the intended mailing list. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.3',
    title: 'Security conversion required but not possible',
    summary: 'Delivery needed a conversion from one secure messaging protocol to another, and that conversion was not possible.',
    description:
      'A conversion from one secure messaging protocol to another was required for delivery and could not be done. RFC 3463 defines it only as a permanent error.',
    whenSeen:
      'Rare on the public Internet: seen from gateways between secure messaging systems that cannot translate a signed or encrypted message into the format the next hop needs.',
    stages: ['end-of-data'],
    fix: {
      sender: "Send the message in a security format the recipient's system supports, or without that protection if policy allows.",
      admin: 'Check which secure messaging formats the gateway can convert between and whether this recipient needs a different route.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.6.2', 'X.6.3', 'X.7.4'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Security conversion required but not possible',
      associatedBasic: 'Not given',
      description:
        'A conversion from one secure messaging protocol to another was required for delivery and such conversion was not possible. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.4',
    title: 'Security features not supported',
    summary: 'The message uses security features that the delivery protocol cannot support.',
    description:
      'A message contained security features, such as secure authentication, that could not be supported on the delivery protocol. RFC 3463 defines it only as a permanent error.',
    whenSeen:
      'When a message or command asks for a security feature the next hop or the server does not implement, for example an authentication or security mechanism it does not offer.',
    stages: ['auth', 'end-of-data'],
    fix: {
      sender: 'Send without the unsupported security feature, or through a server that supports it.',
      admin: 'Check which security features and mechanisms the server advertises in its EHLO reply and whether the one requested should be enabled.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.3', 'X.7.6', 'X.5.4', '504'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Security features not supported',
      associatedBasic: '504',
      description:
        'A message contained security features such as secure authentication that could not be supported on the delivery protocol. This is useful only as a permanent error.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.5',
    title: 'Cryptographic failure',
    summary: 'A system allowed to verify or decrypt the message could not, because a needed key was missing or invalid.',
    description:
      'A transport system otherwise authorized to validate or decrypt a message in transport was unable to do so because necessary information, such as a key, was not available or was invalid.',
    whenSeen:
      'From gateways that verify signatures or decrypt messages in transit (for example S/MIME or PGP gateways) when the certificate or key for the sender or recipient is missing, expired or wrong.',
    stages: ['end-of-data'],
    fix: {
      sender: 'Check that you signed or encrypted with the right, current certificate or key for this recipient.',
      admin: "Check the gateway's key and certificate store for the sender and recipient, including expiry and revocation.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.6', 'X.7.7'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Cryptographic failure',
      associatedBasic: 'Not given',
      description:
        'A transport system otherwise authorized to validate or decrypt a message in transport was unable to do so because necessary information such as key was not available or such information was invalid.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.6',
    title: 'Cryptographic algorithm not supported',
    summary: 'A system allowed to verify or decrypt the message could not, because it does not support the algorithm used.',
    description:
      'A transport system otherwise authorized to validate or decrypt a message was unable to do so because the necessary algorithm was not supported.',
    whenSeen:
      'From signing or encryption gateways when the message was signed or encrypted with an algorithm the gateway does not implement or no longer allows.',
    stages: ['end-of-data'],
    fix: {
      sender: "Sign or encrypt with an algorithm the recipient's system supports, or send without that protection if policy allows.",
      admin: 'Check which signature and encryption algorithms the gateway accepts and whether the one used should be enabled.',
    },
    actor: 'sender',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.5', 'X.7.4'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Cryptographic algorithm not supported',
      associatedBasic: 'Not given',
      description:
        'A transport system otherwise authorized to validate or decrypt a message was unable to do so because the necessary algorithm was not supported.',
      reference: '[RFC3463]',
    },
  },
  {
    code: 'X.7.7',
    title: 'Message integrity failure',
    summary: 'A system allowed to verify the message could not, because the message was corrupted or altered.',
    description:
      'A transport system otherwise authorized to validate a message was unable to do so because the message was corrupted or altered. RFC 3463 allows it as a permanent, persistent transient or success code.',
    whenSeen:
      'From gateways that check signatures in transit when the message body or signed headers changed after signing, for example through a relay or list that rewrote the content.',
    stages: ['end-of-data'],
    fix: {
      sender: 'Send the message again without modifying it after signing, and avoid routes that rewrite signed content.',
      admin: 'Find which hop alters the message (footers, encoding changes, header rewriting) and stop it changing signed content.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 3463, section: '3.8' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.5', 'X.7.20'],
    classes: [2, 4, 5],
    basic: [],
    registry: {
      sampleText: 'Message integrity failure',
      associatedBasic: 'Not given',
      description:
        'A transport system otherwise authorized to validate a message was unable to do so because the message was corrupted or altered. This may be useful as a permanent, transient persistent, or successful delivery code.',
      reference: '[RFC3463]',
    },
  },
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
    related: ['X.7.0', 'X.7.9', 'X.7.13', '535'],
    classes: [5],
    basic: ['535'],
    registry: {
      sampleText: 'Authentication credentials invalid',
      associatedBasic: '535, 554',
      description:
        'This response to the AUTH command indicates that the authentication failed due to invalid or insufficient authentication credentials. In this case, the client SHOULD ask the user to supply new credentials (such as by presenting a password dialog box).',
      reference: '[RFC4954]',
    },
  },
  {
    code: 'X.7.9',
    title: 'Authentication mechanism is too weak',
    summary: 'The server refuses the chosen AUTH mechanism because it is weaker than its policy allows for this user.',
    description:
      'A response to AUTH saying the selected authentication mechanism is weaker than server policy permits for that user. The client should retry with a different, stronger mechanism.',
    whenSeen:
      'As 534 5.7.9 after AUTH, typically when a client tries PLAIN or LOGIN (or password login at all) on an account or server that requires a stronger mechanism such as OAuth.',
    stages: ['auth'],
    fix: {
      sender:
        'Switch the mail client to a stronger authentication method the server offers (for example OAuth, or an app password if the provider requires one).',
      admin: 'Check which mechanisms the account is allowed to use and advertise only those in the EHLO AUTH line.',
    },
    actor: 'sender',
    references: [{ rfc: 4954, section: '6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.8', 'X.7.11', 'X.7.10', '534'],
    classes: [5],
    basic: ['534'],
    registry: {
      sampleText: 'Authentication mechanism is too weak',
      associatedBasic: '534',
      description:
        'This response to the AUTH command indicates that the selected authentication mechanism is weaker than server policy permits for that user. The client SHOULD retry with a new authentication mechanism.',
      reference: '[RFC4954]',
    },
  },
  {
    code: 'X.7.10',
    title: 'Encryption needed',
    summary: 'The server requires an encrypted connection, such as TLS, before it accepts this authentication mechanism.',
    description:
      'An external strong privacy layer is needed to use the requested authentication mechanism, mainly for clear-text mechanisms. The client may start a security layer such as TLS before authenticating, or use a stronger mechanism.',
    whenSeen:
      'After AUTH PLAIN or AUTH LOGIN on a connection that has not run STARTTLS, usually with a 5xx reply (the registry names the non-standard 523).',
    stages: ['auth'],
    fix: {
      sender: "Turn on STARTTLS or implicit TLS in the mail client's server settings before logging in.",
      admin: 'Check that STARTTLS is offered and working, and consider not advertising clear-text mechanisms before TLS is active.',
    },
    actor: 'sender',
    references: [{ rfc: 5248 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.11', 'X.7.9', 'X.7.0', '538'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Encryption Needed',
      associatedBasic: '523',
      description:
        'This indicates that external strong privacy layer is needed in order to use the requested authentication mechanism. This is primarily intended for use with clear text authentication mechanisms. A client which receives this may activate a security layer such as TLS prior to authenticating, or attempt to use a stronger mechanism.',
      reference: '[RFC5248]',
    },
  },
  {
    code: 'X.7.11',
    title: 'Encryption required for requested authentication mechanism',
    summary: 'The chosen AUTH mechanism may only be used once the SMTP connection is encrypted.',
    description:
      'A response to AUTH saying the selected mechanism may only be used when the underlying SMTP connection is encrypted. RFC 4954 keeps it for historical purposes: servers should not advertise such mechanisms until an encryption layer is active.',
    whenSeen: 'As 538 5.7.11 after AUTH on an unencrypted connection, from servers that still advertise password mechanisms before STARTTLS.',
    stages: ['auth'],
    fix: {
      sender: 'Enable STARTTLS or implicit TLS in the client settings and log in again.',
      admin: 'Advertise password mechanisms only after STARTTLS has succeeded, as RFC 4954 recommends.',
    },
    actor: 'sender',
    references: [{ rfc: 4954, section: '6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.10', 'X.7.9', '538'],
    classes: [5],
    basic: ['538'],
    registry: {
      sampleText: 'Encryption required for requested authentication mechanism',
      associatedBasic: '524, 538',
      description:
        'This response to the AUTH command indicates that the selected authentication mechanism may only be used when the underlying SMTP connection is encrypted. Note that this response code is documented here for historical purposes only. Modern implementations SHOULD NOT advertise mechanisms that are not permitted due to lack of encryption, unless an encryption layer of sufficient strength is currently being employed.',
      reference: '[RFC4954]',
    },
  },
  {
    code: 'X.7.12',
    title: 'A password transition is needed',
    summary: 'The user must transition to the chosen AUTH mechanism, typically by logging in once with PLAIN.',
    description:
      'A response to AUTH saying the user needs to transition to the selected authentication mechanism, typically by authenticating once with PLAIN. The selected mechanism should then work in later sessions.',
    whenSeen:
      'As 432 4.7.12 after AUTH with a challenge-response mechanism when the server does not yet hold the credential form that mechanism needs for this user.',
    stages: ['auth'],
    fix: {
      sender: 'Log in once with PLAIN over an encrypted connection, then retry the preferred mechanism.',
      admin: 'Check that the password store can derive the secrets the mechanism needs, or let users migrate by one PLAIN login over TLS.',
    },
    actor: 'sender',
    references: [{ rfc: 4954, section: '6' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.8', 'X.7.9', '432'],
    classes: [4],
    basic: ['432'],
    registry: {
      sampleText: 'A password transition is needed',
      associatedBasic: '422, 432',
      description:
        'This response to the AUTH command indicates that the user needs to transition to the selected authentication mechanism. This is typically done by authenticating once using the [PLAIN] authentication mechanism. The selected mechanism SHOULD then work for authentications in subsequent sessions.',
      reference: '[RFC4954]',
    },
  },
  {
    code: 'X.7.13',
    title: 'User account disabled',
    summary: 'The login worked, but the account is disabled, so the user must contact the administrator.',
    description:
      'Sent after a successful authentication to an account an administrator has disabled (for example for non-payment, abuse or a suspected break-in). The failure is permanent until the account is re-enabled, unlike a wrong password, which the user can simply retype.',
    whenSeen: 'After AUTH succeeds for an account that is suspended or locked, typically with a 5xx reply (the registry names the non-standard 525).',
    stages: ['auth'],
    fix: {
      sender: 'Do not retype the password: contact your mail provider or administrator to have the account re-enabled.',
      admin:
        'Check why the account was disabled (billing, abuse, compromise) and re-enable it once resolved, resetting credentials if it was compromised.',
    },
    actor: 'sender',
    references: [{ rfc: 5248 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.8', 'X.2.1', '535'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'User Account Disabled',
      associatedBasic: '525',
      description:
        "Sometimes a system administrator will have to disable a user's account (e.g., due to lack of payment, abuse, evidence of a break-in attempt, etc). This error code occurs after a successful authentication to a disabled account. This informs the client that the failure is permanent until the user contacts their system administrator to get the account re-enabled. It differs from a generic authentication failure where the client's best option is to present the passphrase entry dialog in case the user simply mistyped their passphrase.",
      reference: '[RFC5248]',
    },
  },
  {
    code: 'X.7.14',
    title: 'Trust relationship required',
    summary: 'The submission server needs a configured trust relationship with a third-party server to fetch the message content.',
    description:
      'The submission server requires a configured trust relationship with a third-party server (such as the IMAP server holding the message) to access the message content. It replaces the earlier use of X.7.8 for this case in BURL submissions (RFC 4468).',
    whenSeen:
      'After a BURL command (RFC 4468) when the submission server is not trusted by the IMAP server named in the URL and cannot fetch the message.',
    stages: ['data'],
    fix: {
      sender: 'Send the message content directly with DATA instead of BURL, or use a submission server your IMAP server trusts.',
      admin: 'Configure the trust between the submission server and the IMAP server (URLAUTH access for the submit user) so BURL fetches succeed.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 5248 }, { rfc: 4468 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.8', 'X.6.6'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Trust relationship required',
      associatedBasic: '535, 554',
      description:
        'The submission server requires a configured trust relationship with a third-party server in order to access the message content. This value replaces the prior use of X.7.8 for this error condition. thereby updating [RFC4468].',
      reference: '[RFC5248]',
    },
  },
  {
    code: 'X.7.15',
    title: 'Priority level is too low',
    summary: 'The message priority requested with MT-PRIORITY is below the lowest priority the server currently accepts.',
    description:
      'The specified priority level is below the lowest priority acceptable for the receiving server. The condition may be temporary, for example while the server accepts only higher-priority messages.',
    whenSeen:
      'After MAIL FROM with an MT-PRIORITY parameter (RFC 6710), for example 450 4.7.15 while a server under load accepts only high-priority mail.',
    stages: ['mail'],
    fix: {
      sender: 'Retry later, or send with a higher priority if you are entitled to one.',
      admin: "Check the server's minimum accepted priority and whether it is in a restricted mode that should end.",
    },
    actor: 'client',
    references: [{ rfc: 6710 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.16', 'X.3.6', '450'],
    classes: [4, 5],
    basic: ['450'],
    registry: {
      sampleText: 'Priority Level is too low',
      associatedBasic: '450, 550 (other 4XX or 5XX codes are allowed)',
      description:
        'The specified priority level is below the lowest priority acceptable for the receiving SMTP server. This condition might be temporary, for example the server is operating in a mode where only higher priority messages are accepted for transfer and delivery, while lower priority messages are rejected.',
      reference: '[RFC6710]',
    },
  },
  {
    code: 'X.7.16',
    title: 'Message is too big for the specified priority',
    summary: 'The message is larger than the server accepts at the priority requested with MT-PRIORITY.',
    description:
      'The message is too big for the specified priority. The condition may be temporary, for example while the server accepts only higher-priority messages below a certain size.',
    whenSeen: 'After MAIL FROM with MT-PRIORITY and a SIZE declaration, or after the end of DATA, when the size limit for that priority is exceeded.',
    stages: ['mail', 'end-of-data'],
    fix: {
      sender: 'Send a smaller message (link large files instead of attaching them), or use a priority whose size limit fits.',
      admin: 'Check the per-priority size limits and whether a temporary restricted mode is in force.',
    },
    actor: 'sender',
    references: [{ rfc: 6710 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.15', 'X.3.4', 'X.2.3', '552'],
    classes: [5],
    basic: ['552'],
    registry: {
      sampleText: 'Message is too big for the specified priority',
      associatedBasic: '552 (other 4XX or 5XX codes are allowed)',
      description:
        'The message is too big for the specified priority. This condition might be temporary, for example the server is operating in a mode where only higher priority messages below certain size are accepted for transfer and delivery.',
      reference: '[RFC6710]',
    },
  },
  {
    code: 'X.7.17',
    title: 'Mailbox owner has changed',
    summary: 'The recipient mailbox has changed owner since the date the sender required with RRVS, so the message is refused.',
    description:
      "Returned when a message carries a Require-Recipient-Valid-Since header field or the RRVS extension and the receiving system can tell that the mailbox has not been under continuous ownership since the given date-time. It protects against mail reaching a recycled address's new owner.",
    whenSeen:
      'After RCPT TO with an RRVS parameter, or at delivery of a message with a Require-Recipient-Valid-Since header, when the address was closed and later reassigned to someone else.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: "Confirm the recipient's current address by another channel before sending sensitive mail to it again.",
      admin: 'Remove or re-verify the address in the sending list or account database, since it now belongs to someone else.',
    },
    actor: 'sender',
    references: [{ rfc: 7293 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.18', 'X.7.19', 'X.1.6', 'X.1.1'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Mailbox owner has changed',
      associatedBasic: '5XX',
      description:
        'This status code is returned when a message is received with a Require-Recipient-Valid-Since field or RRVS extension and the receiving system is able to determine that the intended recipient mailbox has not been under continuous ownership since the specified date-time.',
      reference: '[RFC7293]',
    },
  },
  {
    code: 'X.7.18',
    title: 'Domain owner has changed',
    summary: "The recipient's domain has changed owner since the date the sender required with RRVS, so the message is refused.",
    description:
      "Returned when a message carries a Require-Recipient-Valid-Since header field or the RRVS extension and the receiving system chooses to disclose that the owner of the recipient's domain name has changed since the given date-time.",
    whenSeen:
      "After RCPT TO with an RRVS parameter, or at delivery of a message with a Require-Recipient-Valid-Since header, when the recipient's domain was transferred to a new owner.",
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Confirm how to reach the recipient now, since their old domain belongs to someone else.',
      admin: 'Update or remove addresses at that domain in your account or list database.',
    },
    actor: 'sender',
    references: [{ rfc: 7293 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.17', 'X.7.19'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Domain owner has changed',
      associatedBasic: '5XX',
      description:
        'This status code is returned when a message is received with a Require-Recipient-Valid-Since field or RRVS extension and the receiving system wishes to disclose that the owner of the domain name of the recipient has changed since the specified date-time.',
      reference: '[RFC7293]',
    },
  },
  {
    code: 'X.7.19',
    title: 'RRVS test cannot be completed',
    summary: 'The server cannot check the RRVS date because it did not record when the mailbox was created or assigned.',
    description:
      'Returned when a message carries a Require-Recipient-Valid-Since header field or the RRVS extension and the receiving system cannot complete the check because it did not record the needed timestamp. The sender decides whether to send again without RRVS protection.',
    whenSeen:
      'After RCPT TO with an RRVS parameter, or at delivery of a message with a Require-Recipient-Valid-Since header, on a system without ownership dates for that mailbox.',
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Decide whether the message may go without the ownership check; if so, send it again without RRVS.',
      admin: 'Record mailbox creation or ownership dates if you want to honour RRVS checks.',
    },
    actor: 'sender',
    references: [{ rfc: 7293 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.17', 'X.7.18'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'RRVS test cannot be completed',
      associatedBasic: '5XX',
      description:
        'This status code is returned when a message is received with a Require-Recipient-Valid-Since field or RRVS extension and the receiving system cannot complete the requested evaluation because the required timestamp was not recorded. The message originator needs to decide whether to reissue the message without RRVS protection.',
      reference: '[RFC7293]',
    },
  },
  {
    code: 'X.7.20',
    title: 'No passing DKIM signature found',
    summary: 'The message is refused because it carries no DKIM signature that verifies.',
    description:
      'Returned when a message contained no passing DKIM signature and local policy requires one. RFC 7372 notes that rejecting for this reason goes against the advice of RFC 6376 §6.1.',
    whenSeen:
      'After the end of DATA, when the message is unsigned or every DKIM signature fails to verify (wrong or missing public key in DNS, body changed in transit, for example by a footer).',
    stages: ['end-of-data'],
    fix: {
      sender: "Send through your organisation's normal mail server so the message is DKIM-signed.",
      admin:
        "Sign outgoing mail with DKIM, check that the selector's public key record in DNS matches the signing key, and make sure nothing modifies the message after signing.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.1' }, { rfc: 6376, section: '6.1' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.21', 'X.7.22', 'X.7.26', 'X.7.1'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'No passing DKIM signature found',
      associatedBasic: '550',
      description:
        'This status code is returned when a message did not contain any passing DKIM signatures. (This violates the advice of Section 6.1 of [RFC6376].)',
      reference: '[RFC7372], [RFC6376]',
    },
  },
  {
    code: 'X.7.21',
    title: 'No acceptable DKIM signature found',
    summary: 'The message has DKIM signatures that verify, but none the receiver accepts under its policy.',
    description:
      'Returned when a message contains one or more passing DKIM signatures but none are acceptable to the receiver, for example because of the signing domain or algorithm. RFC 7372 notes that rejecting for this reason goes against the advice of RFC 6376 §6.1.',
    whenSeen:
      'After the end of DATA, when the only valid signatures come from domains or use parameters (such as a weak key) the receiving policy does not accept.',
    stages: ['end-of-data'],
    fix: {
      sender: "Send through your organisation's own mail server so the message is signed for your domain.",
      admin:
        "Sign with your own domain and a current key and algorithm (for example RSA of at least 1024 bits, preferably 2048), not only a provider's default domain.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.1' }, { rfc: 6376, section: '6.1' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.20', 'X.7.22', 'X.7.26'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'No acceptable DKIM signature found',
      associatedBasic: '550',
      description:
        'This status code is returned when a message contains one or more passing DKIM signatures, but none are acceptable. (This violates the advice of Section 6.1 of [RFC6376].)',
      reference: '[RFC7372], [RFC6376]',
    },
  },
  {
    code: 'X.7.22',
    title: 'No valid author-matched DKIM signature found',
    summary: 'The message has valid DKIM signatures, but none from the domain in the From address.',
    description:
      'Returned when a message contains passing DKIM signatures but none is acceptable because none has an identifier matching the author address in the From header field. It is a special case of X.7.21, and RFC 7372 notes that rejecting for it goes against the advice of RFC 6376 §6.1.',
    whenSeen:
      'After the end of DATA, typically when a third-party service (newsletter or CRM platform) signs with its own domain while the From address uses yours.',
    stages: ['end-of-data'],
    fix: {
      sender: 'Send from an address whose domain signs your mail, or ask your administrator to set up signing for it.',
      admin:
        'Configure DKIM signing with the From domain on every service that sends as your domain (usually a CNAME or key record the provider gives you).',
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.1' }, { rfc: 6376, section: '6.1' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.21', 'X.7.20', 'X.7.26'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'No valid author-matched DKIM signature found',
      associatedBasic: '550',
      description:
        'This status code is returned when a message contains one or more passing DKIM signatures, but none are acceptable because none have an identifier(s) that matches the author address(es) found in the From header field. This is a special case of X.7.21. (This violates the advice of Section 6.1 of [RFC6376].)',
      reference: '[RFC7372], [RFC6376]',
    },
  },
  {
    code: 'X.7.23',
    title: 'SPF validation failed',
    summary: "The sending IP address is not authorized by the sender domain's SPF record, and local policy rejects such mail.",
    description:
      'Returned when an SPF check on the message produced a "fail" result and local policy rejects on that. It replaces the 5.7.1 that RFC 7208 §8.4 uses for SPF failures.',
    whenSeen:
      'After MAIL FROM, RCPT TO or the end of DATA, when mail is sent from a server or service not listed in the SPF record of the MAIL FROM (or HELO) domain, or when forwarding keeps the original sender address.',
    stages: ['mail', 'rcpt', 'end-of-data'],
    fix: {
      sender:
        "Send through your domain's own mail server rather than another provider's, or ask your administrator to authorize the service you use.",
      admin:
        "Add every legitimate sending server or service to the domain's SPF record (ip4/ip6/include), staying under the 10-lookup limit, and check the record with an SPF tester.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.2' }, { rfc: 7208, section: '8.4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.24', 'X.7.1', 'X.7.26', '550'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'SPF validation failed',
      associatedBasic: '550',
      description:
        'This status code is returned when a message completed an SPF check that produced a "fail" result, contrary to local policy requirements. Used in place of 5.7.1 as described in Section 8.4 of [RFC7208].',
      reference: '[RFC7372], [RFC7208]',
    },
  },
  {
    code: 'X.7.24',
    title: 'SPF validation error',
    summary: "Checking the sender domain's SPF record ended in an error rather than a pass or fail result.",
    description:
      'Returned when SPF evaluation of an arriving message resulted in an error. It replaces 4.4.3 for a temporary error (RFC 7208 §8.6, sent with 451) and 5.5.2 for a permanent error such as a broken record (§8.7, sent with 550).',
    whenSeen:
      '451 4.7.24 when the SPF DNS lookup timed out (temporary error); 550 5.7.24 when the SPF record is invalid, for example a syntax error, two SPF records, or more than 10 DNS lookups (permanent error).',
    stages: ['mail', 'rcpt', 'end-of-data'],
    fix: {
      sender: "A 4.7.24 is retried automatically; for a 5.7.24, tell your domain's administrator that its SPF record is broken.",
      admin:
        'Fix the SPF record: one TXT record starting v=spf1, valid syntax, at most 10 DNS-querying terms, and authoritative DNS servers that answer reliably.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.2' }, { rfc: 7208, section: '8.6' }, { rfc: 7208, section: '8.7' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.23', 'X.4.3', 'X.5.2', '451'],
    classes: [4, 5],
    basic: ['451'],
    registry: {
      sampleText: 'SPF validation error',
      associatedBasic: '451/550',
      description:
        'This status code is returned when evaluation of SPF relative to an arriving message resulted in an error. Used in place of 4.4.3 or 5.5.2 as described in Sections 8.6 and 8.7 of [RFC7208].',
      reference: '[RFC7372], [RFC7208]',
    },
  },
  {
    code: 'X.7.25',
    title: 'Reverse DNS validation failed',
    summary: "The sending server's IP address failed the receiver's reverse DNS check, and local policy rejects such clients.",
    description:
      "Returned when the SMTP client's IP address failed a reverse DNS validation check that local policy requires. In practice that means the IP has no PTR record, or its PTR name does not resolve back to the same IP.",
    whenSeen:
      'At connection time or after EHLO, MAIL FROM or RCPT TO, typically from a home, cloud or new server whose IP has no PTR record or a generic one that does not match forward DNS.',
    stages: ['greeting', 'ehlo', 'mail', 'rcpt'],
    fix: {
      sender: "Send through your provider's mail server instead of directly from this machine or network.",
      admin:
        "Ask whoever controls the IP address block (ISP or cloud provider) to set a PTR record to your mail server's host name, and make that name resolve back to the same IP.",
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.3' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.1', 'X.7.26', '550', '554'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'Reverse DNS validation failed',
      associatedBasic: '550',
      description:
        "This status code is returned when an SMTP client's IP address failed a reverse DNS validation check, contrary to local policy requirements.",
      reference: '[RFC7372]',
    },
  },
  {
    code: 'X.7.26',
    title: 'Multiple authentication checks failed',
    summary: 'The message failed more than one sender authentication check, such as SPF and DKIM, and local policy rejects it.',
    description:
      'Returned when a message failed more than one message authentication check, contrary to local policy. The code deliberately does not say which mechanisms failed.',
    whenSeen:
      'After the end of DATA, for example when both SPF and DKIM fail, so the message cannot be authenticated for its domain; large mailbox providers use it for unauthenticated bulk mail.',
    stages: ['end-of-data'],
    fix: {
      sender: "Send through your domain's own mail server or an authorized sending service rather than an unconfigured one.",
      admin:
        'Set up both SPF and DKIM for the sending domain on every system that sends as it, aligned with the From domain, and check the results in the receiving headers or DMARC reports.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 7372, section: '3.4' }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.23', 'X.7.20', 'X.7.22', 'X.7.1', '550'],
    classes: [5],
    basic: ['550'],
    registry: {
      sampleText: 'Multiple authentication checks failed',
      associatedBasic: '550',
      description:
        'This status code is returned when a message failed more than one message authentication check, contrary to local policy requirements. The particular mechanisms that failed are not specified.',
      reference: '[RFC7372]',
    },
  },
  {
    code: 'X.7.27',
    title: 'Sender address has null MX',
    summary: "The sender's domain publishes a null MX saying it accepts no mail, so the receiver refuses mail from it.",
    description:
      "Returned when the sender address's domain has a null MX record (RFC 7505) and the receiver is configured to reject mail from such senders, for example because it could not return a delivery status notification to them.",
    whenSeen:
      'After MAIL FROM (or RCPT TO) when the envelope sender\'s domain publishes a null MX ("MX 0 ."), often a misconfigured domain that sends mail but was set up as non-receiving.',
    stages: ['mail', 'rcpt'],
    fix: {
      sender: 'Send from an address whose domain can receive mail, including bounces.',
      admin: 'If the domain sends mail, remove the null MX record and publish real MX records so replies and bounces can reach it.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 7505 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.1.10', 'X.1.8', '550', '556'],
    classes: [5],
    basic: ['550'],
    registry: {
      sampleText: 'Sender address has null MX',
      associatedBasic: '550',
      description:
        'This status code is returned when the associated sender address has a null MX, and the SMTP receiver is configured to reject mail from such sender (e.g., because it could not return a DSN).',
      reference: '[RFC7505]',
    },
  },
  {
    code: 'X.7.28',
    title: 'Mail flood detected',
    summary: 'The message looks like part of a flood of similar abusive messages, so the receiver refuses it.',
    description:
      'The message appears to be part of a mail flood of similar abusive messages. It was registered from an Internet-Draft (draft-levine-mailbomb-header), not an RFC, so no RFC defines it further.',
    whenSeen:
      "After RCPT TO or the end of DATA when a sender, IP address or campaign exceeds the receiver's volume or similarity limits; some providers send it as 4.7.28 to slow the sender down.",
    stages: ['rcpt', 'end-of-data'],
    fix: {
      sender: 'Slow down and stop sending the repeated message; for 4.7.28, let the queue retry at a lower rate.',
      admin:
        'Check for a compromised account, a looping script or a web form abused to send mail, and throttle outgoing volume per recipient domain.',
    },
    actor: 'sender-admin',
    references: [{ iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.1', 'X.4.5', '550', '450'],
    classes: [4, 5],
    basic: [],
    registry: {
      sampleText: 'Mail flood detected',
      associatedBasic: '.',
      description: 'The message appears to be part of a mail flood of similar abusive messages.',
      reference: '[draft-levine-mailbomb-header-00]',
    },
  },
  {
    code: 'X.7.29',
    title: 'ARC validation failure',
    summary: 'The message failed Authenticated Received Chain (ARC) validation.',
    description:
      'May be returned when a message fails ARC validation (RFC 8617): the ARC headers that intermediaries such as mailing lists and forwarders add to vouch for the original authentication results are broken or do not verify.',
    whenSeen:
      'After the end of DATA for forwarded or mailing-list mail whose ARC set is invalid, for example altered after sealing or signed with a key not found in DNS.',
    stages: ['end-of-data'],
    fix: {
      sender: 'Send to the recipient directly rather than through the forwarder or list, or ask its operator to check its ARC setup.',
      admin:
        'If you operate the forwarder or list, check ARC sealing: the key record in DNS, the signing algorithm, and that nothing modifies the message after sealing.',
    },
    actor: 'sender-admin',
    references: [{ rfc: 8617 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.20', 'X.7.26'],
    classes: [5],
    basic: [],
    registry: {
      sampleText: 'ARC validation failure',
      associatedBasic: '550',
      description: 'This status code may be returned when a message fails ARC validation.',
      reference: '[RFC8617]',
    },
  },
  {
    code: 'X.7.30',
    title: 'REQUIRETLS support required',
    summary: 'The message was sent with REQUIRETLS, and no next-hop server supports it, so it could not be forwarded.',
    description:
      'The message could not be forwarded because it was received with a REQUIRETLS requirement (RFC 8689) and none of the SMTP servers it should be forwarded to provide REQUIRETLS support.',
    whenSeen:
      'In a bounce from a relay, or after MAIL FROM with the REQUIRETLS parameter, when the next-hop servers do not advertise REQUIRETLS or cannot be reached over validated TLS.',
    stages: ['mail', 'end-of-data'],
    fix: {
      sender:
        'If the content can travel without guaranteed TLS, send it again without REQUIRETLS; otherwise choose another way to reach the recipient.',
      admin: 'For the receiving domain: advertise REQUIRETLS and offer TLS with a valid certificate (and MTA-STS or DANE) on every MX host.',
    },
    actor: 'recipient-admin',
    references: [{ rfc: 8689 }, { iana: 'smtp-enhanced-status-codes' }],
    related: ['X.7.10', 'X.7.0', '550'],
    classes: [5],
    basic: ['550'],
    registry: {
      sampleText: 'REQUIRETLS support required',
      associatedBasic: '550',
      description:
        'This indicates that the message was not able to be forwarded because it was received with a REQUIRETLS requirement and none of the SMTP servers to which the message should be forwarded provide this support.',
      reference: '[RFC8689]',
    },
  },
]
