// Real log lines rewritten as other log pipelines deliver them, and mixed with the other programs a mail server's log
// holds: what a pasted production log looks like beside the clean files our loopback servers wrote. Each rewrite
// follows the writer's documented format (journalctl(1) -o, RFC 5424, rsyslog's templates and escapes); the other
// daemons' lines are written by us after their formats (Dovecot, amavis, OpenDKIM, postscreen, anvil).

/** A syslog line as rsyslog writes it (RFC 3339 time), taken apart. */
export interface SyslogLine {
  time: string
  host: string
  program: string
  pid?: string
  message: string
}

const SYSLOG = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00) (\S+) ([^\s[:]+)(?:\[(\d+)\])?: (.*)$/

export function splitSyslog(line: string): SyslogLine | undefined {
  const m = SYSLOG.exec(line)
  return m ? { time: m[1]!, host: m[2]!, program: m[3]!, ...(m[4] ? { pid: m[4] } : {}), message: m[5]! } : undefined
}

/** Exim's own main log line ("2026-12-02 07:20:23 1xYedb-… ** …") as Exim sends it to syslog without its own time. */
export function eximToSyslog(line: string, pid = 4242): string {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (.*)$/.exec(line)
  return m ? `${m[1]}T${m[2]}.000000+00:00 mx exim[${pid}]: ${m[3]}` : line
}

const program = (s: SyslogLine) => `${s.program}${s.pid ? `[${s.pid}]` : ''}`
const epochMicros = (s: SyslogLine) => String(Date.parse(s.time) * 1000 + (Number(s.time.slice(20, 26)) % 1000))
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const UTF8 = new TextEncoder()

/** Each rewrite takes one rsyslog line and gives the line(s) that pipeline writes for it. */
export const REWRITES: Record<string, (s: SyslogLine) => string[]> = {
  // journalctl -o short-iso: "2026-12-02T07:19:36+0000 host program[pid]: message"
  'journalctl -o short-iso': (s) => [`${s.time.slice(0, 19)}+0000 ${s.host} ${program(s)}: ${s.message}`],
  // journalctl -o short-precise: "Dec 02 07:19:36.149520 host program[pid]: message"
  'journalctl -o short-precise': (s) => [
    `${MONTHS[Number(s.time.slice(5, 7)) - 1]} ${s.time.slice(8, 10)} ${s.time.slice(11, 26)} ${s.host} ${program(s)}: ${s.message}`,
  ],
  // journalctl -o cat: the message alone
  'journalctl -o cat': (s) => [s.message],
  // journalctl -o json: MESSAGE as an array of bytes when it is not plain printable ASCII-compatible text (journald
  // does so for non-printable bytes; here every message with a byte above 127, the harder of the two forms)
  'journalctl -o json': (s) => {
    const nonAscii = [...s.message].some((c) => c.charCodeAt(0) > 127)
    return [
      JSON.stringify({
        __REALTIME_TIMESTAMP: epochMicros(s),
        _HOSTNAME: s.host,
        SYSLOG_FACILITY: '2',
        SYSLOG_IDENTIFIER: s.program,
        ...(s.pid ? { _PID: s.pid } : {}),
        PRIORITY: '6',
        MESSAGE: nonAscii ? [...UTF8.encode(s.message)] : s.message,
      }),
    ]
  },
  // journalctl -o json-seq (RFC 7464): the same records, each after an ASCII record separator
  'journalctl -o json-seq': (s) => REWRITES['journalctl -o json']!(s).map((r) => `\u001e${r}`),
  // journalctl -o verbose: an entry header, then one indented FIELD=value line per field
  'journalctl -o verbose': (s) => [
    `    ${s.time.replace('T', ' ').slice(0, 26)} UTC [s=3f0a;i=1c2;b=9d1e;m=5e2f;t=${epochMicros(s)};x=77aa]`,
    '    PRIORITY=6',
    `    SYSLOG_IDENTIFIER=${s.program}`,
    `    MESSAGE=${s.message}`,
  ],
  // RFC 5424 as syslog-ng writes it: structured data, and the BOM RFC 5424 §6.4 puts before a UTF-8 MSG
  'RFC 5424 with structured data and BOM': (s) => [
    `<22>1 ${s.time} ${s.host} ${s.program} ${s.pid ?? '-'} - [meta sequenceId="7"][origin ip="192.0.2.25" software="rsyslogd"] \uFEFF${s.message}`,
  ],
  // rsyslog's traditional format with $Escape8BitCharactersOnReceive on: every byte above 127 as #ooo
  'rsyslog, 8-bit characters escaped': (s) => [
    `Dec  2 ${s.time.slice(11, 19)} ${s.host} ${program(s)}: ${[...UTF8.encode(s.message)]
      .map((b) => (b > 127 ? `#${b.toString(8)}` : String.fromCharCode(b)))
      .join('')}`,
  ],
  // the same line twice (two rules writing one file, a relay's copy): each entry comes twice, and nothing else changes
  'every line twice': (s) => {
    const l = `${s.time} ${s.host} ${program(s)}: ${s.message}`
    return [l, l]
  },
}

/** Lines other programs on a mail server write among the MTA's, in their own formats, with a time near `time`. */
export function otherDaemons(time: string, host: string): string[] {
  return [
    `${time} ${host} dovecot: lmtp(vuser@virtual.test)<2211><Rm9v>: msgid=<x@postfix.test>: save failed to INBOX: Quota exceeded (mailbox for user is full)`,
    `${time} ${host} dovecot: imap-login: Login: user=<vuser@virtual.test>, method=PLAIN, rip=192.0.2.7, lip=192.0.2.25, mpid=2212, TLS, session=<Rm9w>`,
    `${time} ${host} amavis[1822]: (01822-07) Passed CLEAN {RelayedInbound}, [192.0.2.7]:41922 <a@example.org> -> <b@example.com>, Queue-ID: 4jfTfH74dmzDSN7, Message-ID: <m@example.org>, mail_id: Kq3v, Hits: -1.1, size: 2213, queued_as: 4jfTfJ13jzzDSNC, 1203 ms`,
    `${time} ${host} amavis[1822]: (01822-08) Blocked SPAM {DiscardedInbound}, [192.0.2.9]:5123 <s@example.net> -> <c@example.com>, Queue-ID: 4jfTfQ0Gz6zDSNJ, Hits: 18.2, 1520 ms`,
    `${time} ${host} opendkim[911]: 4jfTfH74dmzDSN7: DKIM-Signature field added (s=mail, d=postfix.test)`,
    `${time} ${host} opendkim[911]: 4jfTfH74dmzDSN7: s=mail d=example.org SSL error:04091068:rsa routines:int_rsa_verify:bad signature`,
    `${time} ${host} postfix/postscreen[1201]: CONNECT from [192.0.2.44]:50122 to [192.0.2.25]:25`,
    `${time} ${host} postfix/postscreen[1201]: PREGREET 11 after 0.08 from [192.0.2.44]:50122: EHLO x\\r\\n`,
    `${time} ${host} postfix/postscreen[1201]: DISCONNECT [192.0.2.44]:50122`,
    `${time} ${host} postfix/anvil[1190]: statistics: max connection rate 3/60s for (smtp:192.0.2.44) at Dec  2 07:19:36`,
    `${time} ${host} postfix/smtpd[1205]: warning: hostname mail.example.net does not resolve to address 192.0.2.51: Name or service not known`,
    `${time} ${host} postfix/smtp[1210]: warning: TLS library problem: error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:317:`,
    `${time} ${host} postfix/qmgr[1190]: warning: private/smtp socket: malformed response`,
    `${time} ${host} postfix/bounce[1220]: 4jfTfH74dmzDSN7: sender non-delivery notification: 4jfTfJ13jzzDSNC`,
    `${time} ${host} CRON[3301]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)`,
    `${time} ${host} kernel: [12345.678901] IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready`,
  ]
}
