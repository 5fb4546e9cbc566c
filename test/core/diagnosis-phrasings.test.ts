// Replies from server software, labelled by hand, that no rule lists as its example: a check that the rules
// generalise beyond the texts they were written from. Each must get its reason.
import { expect, it } from 'vitest'
import { explainReply } from '../../worker/core/explain.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

const CASES: Array<[string, string]> = [
  ['user-unknown', '550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown'],
  ['user-unknown', '550 Requested action not taken: mailbox unavailable'],
  ['user-unknown', '550 5.1.1 Unknown user: jane'],
  ['user-unknown', '550 <jane@example.org> No such user here'],
  ['user-unknown', '550 5.1.1 Recipient unknown'],
  ['user-unknown', '550 Invalid mailbox: jane@example.org'],
  [
    'user-unknown',
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos",
  ],
  ['user-unknown', '553 5.3.0 <jane@example.org>... No such user'],
  ['user-unknown', '550 5.1.1 Address rejected jane@example.org'],
  ['user-unknown', '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)'],
  ['mailbox-full', '452 4.2.2 Over quota'],
  ['mailbox-full', "552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full."],
  ['mailbox-full', '550 5.2.2 jane@example.org: mailbox is full'],
  ['mailbox-full', '452 4.2.2 Mailbox is full: retry timeout exceeded'],
  ['mailbox-disabled', '550 5.2.1 User account is disabled'],
  ['mailbox-disabled', '550 This account has been suspended'],
  ['domain-not-found', '550 5.1.2 Host unknown (Name server: example.invalid: host not found)'],
  ['domain-not-found', '554 5.4.4 [internal] Domain Lookup Failed'],
  ['relay-denied', '550 5.7.1 Relaying denied. Proper authentication required.'],
  ['relay-denied', '554 5.7.1 <jane@example.org>: Relay access denied'],
  [
    'blocklisted',
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1',
  ],
  ['blocklisted', '550 5.7.1 Mail from 192.0.2.1 refused, see http://www.spamcop.net/bl.shtml?192.0.2.1'],
  ['blocklisted', '554 Your IP address is listed in a DNSBL'],
  ['reverse-dns', '550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]'],
  ['reverse-dns', '554 5.7.1 Your IP has no PTR record'],
  ['sender-authentication', '550 5.7.23 SPF validation failed'],
  ['sender-authentication', '550 5.7.1 Email rejected per DMARC policy for example.com'],
  ['spam', '550 5.7.1 Message rejected as spam'],
  ['spam', '554 5.7.1 This message has been blocked because it looks like spam'],
  ['virus', '554 5.7.1 Message rejected: virus found (Eicar-Test-Signature)'],
  ['rate-limited', '421 4.7.0 Too many connections, try again later'],
  ['rate-limited', '450 4.7.1 Too many messages from your IP, slow down'],
  ['message-too-large', '552 5.3.4 Message size exceeds maximum permitted'],
  ['tls-required', '530 5.7.0 Must issue a STARTTLS command first'],
  ['auth-failed', '535 5.7.8 Authentication credentials invalid'],
  ['auth-failed', '530 5.7.1 Client was not authenticated'],
  ['greylisted', '451 4.7.1 Greylisting in action, please come back later'],
  ['network-error', '421 4.4.2 Connection timed out'],
  ['system-error', '451 4.3.0 Temporary server error. Please try again later'],
  ['system-error', '421 4.3.2 Service not available, closing transmission channel'],
  ['protocol-error', '500 5.5.1 Command unrecognized'],
  ['protocol-error', '501 5.5.4 Syntax error in parameters or arguments'],
  ['policy', '550 5.7.1 Message rejected due to content restrictions'],
  ['sender-rejected', '553 5.7.1 <bob@example.com>: Sender address rejected: not owned by user bob'],
  ['expired', '421 4.4.7 Delivery time expired'],
  // Wordings of other servers for the same reasons (Sendmail, Exim, qmail, Exchange, OpenSMTPD, RFC 7208).
  ['mailbox-full', '552 5.2.2 Mailbox has exceeded the limit'],
  ['mailbox-full', '452 4.2.2 Insufficient storage space for this user'],
  ['blocklisted', '550 5.7.1 Mail from bob@example.com refused by blackhole site rhsbl.example.net'],
  ['network-error', '421 4.4.1 Connection refused by 192.0.2.8'],
  ['message-too-large', '552 5.3.4 Message is too big for this server'],
  ['relay-denied', '554 Relay rejected for policy reasons'],
  ['content-rejected', '554 5.7.1 The message contains a file type that is not allowed'],
  ['sender-rejected', '451 4.1.8 Sender address domain not found'],
  ['auth-failed', '535 5.7.0 Incorrect authentication data'],
  ['tls-required', 'Status: 4.7.5 Server certificate verification failed'],
  ['sender-authentication', '550 5.7.23 The domain example.com does not designate 192.0.2.9 as permitted sender'],
  ['expired', '550 5.4.7 Delivery timed out after 3 days'],
  ['domain-not-found', '550 No MX records found for example.invalid'],
  ['rate-limited', '452 4.5.3 You have exceeded the maximum number of recipients'],
]

it.each(CASES)('diagnoses %s: %s', (reason, reply) => {
  const x = explainReply(reply)
  expect(x.ok && x.explanation.diagnosis.reason).toBe(reason)
})
