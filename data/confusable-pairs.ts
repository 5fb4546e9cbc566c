// Curated notes for pairs of codes people confuse: what tells them apart in practice, with sources.
// Comparisons of any two codes are computed from the catalog fields; these notes add the one distinction that
// matters most for a pair. Order within a pair is the canonical URL order (lower code first).
import { IANA, rfc } from './references.ts'
import type { ConfusablePair } from './schema.ts'

export const CONFUSABLE_PAIRS: readonly ConfusablePair[] = [
  {
    a: '450',
    b: '550',
    note: 'Same wording ("mailbox unavailable"), opposite outcome. 450 is transient: the mailbox is busy or temporarily blocked for policy reasons (greylisting is the classic case), and the sending server retries by itself. 550 is permanent: the mailbox was not found, access is denied, or policy rejects the command, and retrying the same message unchanged will fail again.',
    references: [rfc(5321, '4.2.1'), rfc(5321, '4.2.2')],
  },
  {
    a: '421',
    b: '451',
    note: 'Both are temporary, but 421 ends the session: the service is shutting down or refusing service and closes the connection, so the whole transaction is retried on a new connection. 451 aborts only the current action because of a local processing error; the connection stays open. A client whose connection simply drops should act as if it got 451.',
    references: [rfc(5321, '3.8'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
  },
  {
    a: '452',
    b: '552',
    note: 'For "too many recipients" beyond an implementation limit the correct reply is 452 (a configured site policy may use a 5yz code instead): the client delivers to the recipients already accepted and retries the rest in another transaction. RFC 821 wrongly listed 552 for this, so clients should treat a 552 after RCPT for a recipient limit as temporary too. Otherwise 452 means storage is short right now, while 552 means a hard limit was exceeded: the message is bigger than the fixed maximum (SIZE) or the mailbox is over quota.',
    references: [rfc(5321, '4.5.3.1.10'), rfc(5321, '4.2.2'), rfc(1870, '6')],
  },
  {
    a: '530',
    b: '535',
    note: '530 means the server requires authentication (or, per RFC 3207, STARTTLS) before it will accept this command: the client has not authenticated yet. 535 means the client did authenticate and the credentials were rejected. Fix 530 by configuring the client to log in; fix 535 by correcting the credentials.',
    references: [rfc(4954, '6'), rfc(3207, '4')],
  },
  {
    a: '534',
    b: '535',
    note: '534 judges the method, not the password: the chosen SASL mechanism is weaker than the server allows for this user, and the client should retry with another mechanism. 535 judges the credentials: they are invalid or insufficient, and the client should ask the user for new ones. Changing the password does not fix a 534.',
    references: [rfc(4954, '6')],
  },
  {
    a: '252',
    b: '550',
    note: 'In answer to VRFY, 252 says "not verified, but I will accept mail for it and attempt delivery": it is a success reply and says nothing about whether the mailbox exists. 550 means the address was checked and is not deliverable, or was refused by policy. A site that disables VRFY for security must answer 252, and a server that answers 550 for every address is not conforming.',
    references: [rfc(5321, '3.5.3'), rfc(5321, '7.3')],
  },
  {
    a: '550',
    b: '554',
    note: '550 is usually about one mailbox or one command: after RCPT it refuses that recipient (unknown user or policy) while others can still be accepted. 554 is about the session or the whole transaction: as the greeting it refuses the session ("No SMTP service here"), after DATA it means no valid recipients, and after the end of data it rejects the message as a whole.',
    references: [rfc(5321, '3.1'), rfc(5321, '3.3'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
  },
  {
    a: '521',
    b: '556',
    note: "521 is what a host says about itself, at connection time, instead of 220: this host never accepts mail. 556 is what a relay or submission server says about someone else's domain: it found (typically from a null MX record) that the recipient's domain takes no mail, and reports that back, usually with 5.1.10. Both are permanent; neither is for rejecting particular senders, which is what 550/554 are for.",
    references: [rfc(7504, '3'), rfc(7504, '4'), rfc(7505, '4.1')],
  },
  {
    a: '5.1.1',
    b: '5.1.10',
    note: '5.1.1 says the mailbox does not exist at a domain that does receive mail: check the local part (before the @). 5.1.10 says the whole recipient domain publishes a null MX and accepts no mail at all: no spelling of the local part will work, so check the domain or reach the person another way.',
    references: [rfc(3463, '3.2'), rfc(7505, '4.1'), IANA],
  },
  {
    a: '454',
    b: '535',
    note: 'After AUTH, 454 is a temporary server-side failure (the authentication backend is down): the client should not ask for another password, should tell the user the server failed, and may try later. 535 is a permanent rejection of the credentials themselves: the user must supply new ones. Changing a correct password because of a 454 only creates a second problem.',
    references: [rfc(4954, '6')],
  },
  {
    a: '252',
    b: '535',
    note: 'Different commands, different classes. 252 answers VRFY and is a success (2xx): the server will not confirm the address but will accept mail for it, so nothing needs fixing. 535 answers AUTH and is a permanent failure (5xx): the username, password or token was rejected, and the sender must correct the credentials before sending.',
    references: [rfc(5321, '3.5.3'), rfc(5321, '7.3'), rfc(4954, '6')],
  },
  {
    a: '250',
    b: '251',
    note: 'Both accept the recipient. 251 adds that the user is not local and the message will be forwarded to the address given in the reply. Servers may forward silently with 250 instead, and a server sending 251 must not assume the client will update any address.',
    references: [rfc(5321, '3.4'), rfc(5321, '4.2.2')],
  },
  {
    a: '251',
    b: '551',
    note: 'Both say "user not local" and may name a new address, but 251 accepts the message and forwards it, while 551 refuses it and asks the sender to try the other address. Before updating an address book from either reply, make sure the server is genuine.',
    references: [rfc(5321, '3.4'), rfc(5321, '7.4')],
  },
  {
    a: '451',
    b: '554',
    note: 'After the end of data, 451 is temporary: the receiving server did not take the message because of a local error, and the sending server keeps it and retries. 554 is permanent: the message was rejected, and the client should not send it to that server again without review and change. In both cases the receiving server must not deliver the message.',
    references: [rfc(5321, '4.2.5'), rfc(5321, '4.2.2')],
  },
  {
    a: '500',
    b: '502',
    note: '500 means the server does not recognise the command at all (or the line was too long). 502 means it recognises the command but does not implement it. A server must not advertise in EHLO a capability that it then answers with 500 or 502.',
    references: [rfc(5321, '4.2.4'), rfc(5321, '4.2.2')],
  },
  {
    a: '502',
    b: '504',
    note: '502 rejects the command as a whole: it is not implemented. 504 accepts the command but not the parameter requested, the typical case being AUTH with a SASL mechanism the server does not support (with 5.5.4). After a 504 to AUTH, pick a mechanism from the AUTH line of the EHLO response.',
    references: [rfc(5321, '4.2.1'), rfc(4954, '4')],
  },
  {
    a: '503',
    b: '530',
    note: 'Both mean "something has to happen first", but 503 is about command order: RCPT before MAIL, DATA without an accepted recipient, another AUTH after a successful one, or AUTH inside a transaction. 530 is about policy: the server requires authentication (or STARTTLS) before this command. A 503 often follows an earlier failure; look at the previous reply.',
    references: [rfc(5321, '3.3'), rfc(4954, '4'), rfc(4954, '6'), rfc(3207, '4')],
  },
  {
    a: '550',
    b: '553',
    note: '553 objects to the address as written: its syntax is incorrect, or the server does not allow that name (for example a sender address the account may not use). 550 objects to the mailbox behind a well-formed address: it does not exist, access is denied, or policy refuses it. Fix 553 by correcting the address text; fix 550 by using a mailbox that exists or by resolving the policy issue.',
    references: [rfc(5321, '4.2.2'), rfc(5321, '3.3')],
  },
  {
    a: '5.7.1',
    b: '5.7.26',
    note: "5.7.1 is the generic policy refusal: the sender is not authorized to send to this destination, for whatever local reason (relaying denied, blocklist, per-recipient rules). 5.7.26 is specific: the message failed more than one email authentication check (for example both SPF and DKIM), so the fix is in the sending domain's SPF and DKIM setup. RFC 7372 does not name the mechanisms; Gmail, for one, also sends it when a message fails DMARC.",
    references: [rfc(3463, '3.8'), rfc(7372, '3'), IANA],
  },
  {
    a: '4.7.0',
    b: '5.7.0',
    note: 'The same "other or undefined security status" in two classes. 4.7.0 is transient, e.g. 454 4.7.0 for a temporary authentication or TLS failure, and retrying later can succeed. 5.7.0 is permanent, e.g. 530 5.7.0 "Authentication required", and nothing changes until the client authenticates or the policy changes.',
    references: [rfc(3463, '2'), rfc(3463, '3.8'), rfc(4954, '6')],
  },
  {
    a: '421',
    b: '554',
    note: 'At the greeting, 421 means "not available now": the server closes the connection and the client tries again later (in practice usually because of load or rate limits). 554 means "no SMTP service here for you": the server formally refuses the session, waits for QUIT and answers other commands with 503, and retrying the same way will fail again.',
    references: [rfc(5321, '3.1'), rfc(5321, '3.8'), rfc(5321, '4.2.2')],
  },
  {
    a: '5.2.2',
    b: '5.3.4',
    note: "5.2.2 is the recipient's problem: the mailbox is full (over quota), and the same message may be accepted once space is freed; RFC 3463 intends mailbox-full as a transient failure (4.2.2), though many servers send 5.2.2. 5.3.4 is the message's problem: it is larger than the receiving system accepts at all, so only a smaller message (files sent by link, for example) will get through.",
    references: [rfc(3463, '3.3'), rfc(3463, '3.4'), IANA],
  },
  {
    a: '553',
    b: '5.1.3',
    note: '553 is the basic reply ("mailbox name not allowed") and covers both bad syntax and names the server refuses by policy, plus ambiguous names in answer to VRFY. 5.1.3 is the enhanced detail for one of those cases, a destination address whose syntax is invalid; it is often sent with 553, and also with 501 for a malformed argument.',
    references: [rfc(5321, '4.2.2'), rfc(5321, '3.5.1'), rfc(3463, '3.2')],
  },
  {
    a: '535',
    b: '5.7.8',
    note: 'The same failure at two layers: 535 is the three-digit reply to AUTH and 5.7.8 the enhanced status code RFC 4954 assigns to it, sent together as "535 5.7.8 Authentication credentials invalid". Software reads the first digit of 535 to know the attempt failed permanently; 5.7.8 tells a person that the credentials, not the mechanism or the server, are at fault.',
    references: [rfc(4954, '6'), IANA],
  },
  {
    a: '250',
    b: '354',
    note: '354 only means the server is ready for the message content after DATA; nothing has been accepted yet. The 250 that follows the final "." is the one that matters: from then on the receiving server is responsible for delivering the message or sending a failure notice.',
    references: [rfc(5321, '3.3'), rfc(5321, '4.2.5')],
  },
  {
    a: '530',
    b: '538',
    note: '530 means the client has not authenticated and must. 538 means the client tried to authenticate with a mechanism that may only be used over an encrypted connection: start TLS (STARTTLS) first, then authenticate. RFC 4954 keeps 538 only for historical purposes and says servers SHOULD NOT offer such mechanisms before TLS, but some still answer 538.',
    references: [rfc(4954, '6'), rfc(4954, '1')],
  },
  {
    a: '552',
    b: '554',
    note: '552 names the reason, storage: the message exceeds a size limit or the mailbox quota. 554 is a general "transaction failed" that servers use for many rejections after the message data, including spam and policy decisions; some also send size rejections as 554 5.3.4, so read the enhanced code.',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(1870, '6')],
  },
  {
    a: '450',
    b: '451',
    note: 'Both are temporary. 450 is about the mailbox or a policy decision ("mailbox unavailable", e.g. greylisting or a recipient temporarily blocked). 451 is about the receiving server itself: a local error in processing, such as a failed filter, lookup or disk write.',
    references: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
  },
]
