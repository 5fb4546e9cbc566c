// Delivery failures that no server answered: the sending server's own words when it could not connect, look the
// domain up or keep the connection, written without an SMTP reply code. The server files each under an enhanced
// status of its own (Postfix's dsn= in its log, Status: in its DSN); pasted alone, the words are read with that
// status, and the answer says it was implied. Each entry cites the line of the server's source that pairs them.
import type { Software } from './types.ts'

export interface ImpliedStatus {
  /** Matched, case-sensitively, at the start of the words (whitespace collapsed, a recipient prefix removed). */
  pattern: string
  /** The enhanced status the software gives these words. */
  status: string
  source: { software: Software; where: string }
  examples: string[]
}

const smtpClient = (where: string) => ({ software: 'Postfix', where }) as const
// Sendmail logs these with dsn= beside stat=; the loopback corpus holds both (test/corpus/loopback/sendmail/mail.log).
const sendmail = (where: string) => ({ software: 'Sendmail', where }) as const

export const IMPLIED_STATUSES: readonly ImpliedStatus[] = [
  {
    pattern: '^connect to \\S+: ',
    status: '4.4.1',
    source: smtpClient('src/smtp/smtp_connect.c, smtp_connect_addr: dsb_simple(why, "4.4.1", "connect to %s[%s]:%d: %m")'),
    examples: [
      'connect to mx.example.com[192.0.2.1]:25: Connection timed out',
      'connect to mx.example.com[192.0.2.1]:25: Connection refused',
      'connect to mx.example.com[2001:db8::25]:25: Network is unreachable',
    ],
  },
  {
    // DNS_RETRY: the name server did not answer or failed for now (h_errno TRY_AGAIN).
    pattern: '^Host or domain name not found\\. Name service error for name=\\S+ type=\\S+: Host not found, try again',
    status: '4.4.3',
    source: smtpClient(
      'src/dns/dns_lookup.c, dns_query ("Host or domain name not found. Name service error for name=%s type=%s: %s"); src/smtp/smtp_addr.c gives DNS_RETRY 4.4.3',
    ),
    examples: ['Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again'],
  },
  {
    // DNS_NOTFOUND: the name server said the name does not exist (HOST_NOT_FOUND) or has no such record (NO_DATA).
    pattern: '^Host or domain name not found\\. Name service error for name=\\S+ type=\\S+: Host (?:not found$|found but no data record)',
    status: '5.4.4',
    source: smtpClient('src/dns/dns_lookup.c, dns_query; src/smtp/smtp_addr.c gives DNS_NOTFOUND 5.4.4'),
    examples: [
      'Host or domain name not found. Name service error for name=exmaple.com type=MX: Host not found',
      'Host or domain name not found. Name service error for name=example.com type=A: Host found but no data record of requested type',
    ],
  },
  {
    pattern: '^lost connection with \\S+ while ',
    status: '4.4.2',
    source: smtpClient('src/smtp/smtp_proto.c, smtp_stream_except (SMTP_ERR_EOF): dsb_simple(why, "4.4.2", "lost connection with %s while %s")'),
    examples: ['lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting'],
  },
  {
    pattern: '^conversation with \\S+ timed out while ',
    status: '4.4.2',
    source: smtpClient('src/smtp/smtp_proto.c, smtp_stream_except (SMTP_ERR_TIME): "conversation with %s timed out while %s"'),
    examples: ['conversation with mx.example.com[192.0.2.1] timed out while sending end of data -- message may be sent more than once'],
  },
  {
    pattern: '^TLS is required, but was not offered by host ',
    status: '4.7.4',
    source: smtpClient('src/smtp/smtp_proto.c, smtp_helo: SMTP_RESP_FAKE(&fake, "4.7.4"), "TLS is required, but was not offered by host %s"'),
    examples: ['TLS is required, but was not offered by host mx.example.com[192.0.2.1]'],
  },
  {
    pattern: '^mail for \\S+ loops back to myself',
    status: '5.4.6',
    source: smtpClient('src/smtp/smtp_addr.c, smtp_domain_addr: dsb_simple(why, "5.4.6", "mail for %s loops back to myself")'),
    examples: ['mail for example.com loops back to myself'],
  },
  {
    pattern: '^(?:Deferred: )?Connection (?:refused|timed out) (?:by|with) \\S+',
    status: '4.4.1',
    source: sendmail('sendmail/deliver.c, the connection error of an MX host; logged "dsn=4.4.1, stat=Deferred: Connection refused by …"'),
    examples: ['Deferred: Connection refused by mx.example.com.', 'Deferred: Connection timed out with mx.example.com.'],
  },
  {
    pattern: '^Host unknown \\(Name server: \\S+: host not found\\)',
    status: '5.1.2',
    source: sendmail(
      'sendmail/domain.c and sendmail/err.c ("Name server: %s: host not found", sysexits EX_NOHOST "Host unknown"); logged "dsn=5.1.2, stat=Host unknown (…)"',
    ),
    examples: ['Host unknown (Name server: nosuch.example: host not found)'],
  },
]
