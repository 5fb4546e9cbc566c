// The variety of real logs: the same deliveries under every line header that syslog daemons, journald and container
// runtimes write, the program names Postfix's multi-instance and master.cf set-ups give, log_selector options of Exim,
// Sendmail's split to= lists, and Exchange's message tracking CSV. Each line follows the format its software's source
// or documentation gives (Postfix log_adhoc.c and smtpd/postscreen/cleanup, Exim deliver.c and log.c, Sendmail
// deliver.c logdelivery(), Microsoft Learn "Message tracking"); none comes from a third party's corpus.
import { describe, expect, it } from 'vitest'
import { LogReader, parseLog, parseLogLine, parseLogLineDeliveries, parseRejectLine, type LogDelivery } from '../../worker/core/log-parser.ts'

const brief = (d: LogDelivery | undefined) => d && [d.recipient, d.action, d.status, d.remoteMta ?? null]

const POSTFIX_BOUNCE =
  '4Y1B2C3D4E: to=<bob@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=0.91, delays=0.05/0.01/0.42/0.43, dsn=5.1.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))'

describe('line headers: the same Postfix delivery however it was written down', () => {
  it.each([
    ['RFC 3164 syslog', 'Dec  2 03:04:05 mx postfix/smtp[123]: ', 'Dec  2 03:04:05'],
    ['RFC 3164 without a host name', 'Dec  2 03:04:05 postfix/smtp[123]: ', 'Dec  2 03:04:05'],
    ['rsyslog high-precision (RFC 3339)', '2026-12-02T03:04:05.123456+00:00 mx postfix/smtp[123]: ', '2026-12-02T03:04:05.123456+00:00'],
    ['journalctl -o short-iso', '2026-12-02T03:04:05+0000 mx postfix/smtp[123]: ', '2026-12-02T03:04:05+0000'],
    ['journalctl -o short-iso-precise', '2026-12-02T03:04:05.123456+00:00 mx postfix/smtp[123]: ', '2026-12-02T03:04:05.123456+00:00'],
    ['journalctl -o short-precise', 'Dec 02 03:04:05.123456 mx postfix/smtp[123]: ', 'Dec 02 03:04:05.123456'],
    ['journalctl -o short-full', 'Wed 2026-12-02 03:04:05 UTC mx postfix/smtp[123]: ', 'Wed 2026-12-02 03:04:05 UTC'],
    ['RFC 5424 (rsyslog RSYSLOG_SyslogProtocol23Format)', '<22>1 2026-12-02T03:04:05.123Z mx postfix/smtp 123 - - ', '2026-12-02T03:04:05.123Z'],
    ['a year in the RFC 3164 stamp', 'Dec  2 2026 03:04:05 mx postfix/smtp[123]: ', 'Dec  2 2026 03:04:05'],
    [
      'CRI container log (containerd, kubelet)',
      '2026-12-02T03:04:05.123456789Z stdout F Dec  2 03:04:05 mx postfix/smtp[123]: ',
      '2026-12-02T03:04:05.123456789Z',
    ],
    ['docker logs --timestamps', '2026-12-02T03:04:05.123456789Z mail postfix/smtp[123]: ', '2026-12-02T03:04:05.123456789Z'],
    ['multi-instance syslog_name', 'Dec  2 03:04:05 mx postfix-out/smtp[123]: ', 'Dec  2 03:04:05'],
    ["master.cf's relay service (syslog_name=postfix/$service_name)", 'Dec  2 03:04:05 mx postfix/relay/smtp[123]: ', 'Dec  2 03:04:05'],
    ['a program name without a pid', 'Dec  2 03:04:05 mx postfix/smtp: ', 'Dec  2 03:04:05'],
  ])('%s', (_name, header, time) => {
    const d = parseLogLine(`${header}${POSTFIX_BOUNCE}`)
    expect(brief(d)).toEqual(['bob@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'])
    expect(d).toMatchObject({ queueId: '4Y1B2C3D4E', time, software: 'postfix' })
  })

  it('journalctl -o cat: no header at all, no time', () => {
    const d = parseLogLine(POSTFIX_BOUNCE)
    expect(brief(d)).toEqual(['bob@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'])
    expect(d?.time).toBeUndefined()
  })

  it("docker's json-file records: the line inside, with the runtime's time when it has none of its own", () => {
    const record = (log: string) => JSON.stringify({ log: `${log}\n`, stream: 'stdout', time: '2026-12-02T03:04:05.000000001Z' })
    const withStamp = parseLogLine(record(`Dec  2 03:04:05 mx postfix/smtp[123]: ${POSTFIX_BOUNCE}`))
    expect(brief(withStamp)).toEqual(['bob@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'])
    expect(withStamp?.time).toBe('Dec  2 03:04:05')
    expect(parseLogLine(record(`postfix/smtp[123]: ${POSTFIX_BOUNCE}`))?.time).toBe('2026-12-02T03:04:05.000000001Z')
    expect(parseLogLine('{"log":"not json')).toBeUndefined()
  })

  it("journalctl -o json and collectors' JSON records: the message, its program, and the record's time", () => {
    const journal = JSON.stringify({
      __REALTIME_TIMESTAMP: '1796180645123456',
      SYSLOG_IDENTIFIER: 'postfix/smtp',
      _PID: '123',
      MESSAGE: POSTFIX_BOUNCE,
    })
    expect(parseLogLine(journal)).toMatchObject({ recipient: 'bob@example.com', action: 'failed', status: '5.1.1', time: '2026-12-02T03:04:05.123Z' })
    const shipped = JSON.stringify({ '@timestamp': '2026-12-02T03:04:05.5Z', message: `mx postfix/smtp[123]: ${POSTFIX_BOUNCE}` })
    expect(parseLogLine(shipped)).toMatchObject({ recipient: 'bob@example.com', time: '2026-12-02T03:04:05.5Z' })
    expect(parseLogLine('{"MESSAGE":["not","a string"]}')).toBeUndefined()
  })

  it('a JSON record whose message kept its CRLF line end (a CRLF file shipped line by line)', () => {
    const sendmail =
      '4B23456789AF: to=<d@example.net>, delay=00:00:01, mailer=esmtp, pri=30355, relay=mx.example.net. [192.0.2.9], dsn=4.4.2, stat=Deferred: Connection reset by mx.example.net.'
    const d = parseLogLine(JSON.stringify({ MESSAGE: `${sendmail}\r\n`, SYSLOG_IDENTIFIER: 'sm-mta', _PID: '8' }))
    expect(d).toMatchObject({ recipient: 'd@example.net', action: 'delayed', diagnosticCode: 'Deferred: Connection reset by mx.example.net.' })
  })

  it('a tab between the program and the queue id', () => {
    expect(parseLogLine(`Dec  2 03:04:05 mx postfix/smtp[123]:\t${POSTFIX_BOUNCE}`)).toMatchObject({
      recipient: 'bob@example.com',
      queueId: '4Y1B2C3D4E',
    })
  })

  it('a log with mixed CRLF and LF line ends reads as the same log with LF', () => {
    const lines = [
      `Dec  2 03:04:05 mx postfix/smtp[123]: ${POSTFIX_BOUNCE}`,
      'Dec  2 03:04:06 mx postfix/smtp[124]: 4Y1B2C3D4F: to=<carol@example.net>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)',
      'Dec  2 03:04:07 mx postfix/qmgr[99]: 4Y1B2C3D4F: removed',
    ]
    const mixed = `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r\n`
    expect(parseLog(mixed)).toEqual(parseLog(lines.join('\n')))
    expect(parseLog(mixed).map((d) => d.diagnosticCode?.endsWith('\r'))).toEqual([false, false])
  })
})

describe('Postfix delivery agents and fields', () => {
  const line = (program: string, fields: string) => `Dec  2 03:04:05 mx ${program}[321]: 4Y1C0C0C0C: ${fields}`

  it.each([
    [
      'lmtp to a unix socket',
      line(
        'postfix/lmtp',
        'to=<ann@example.org>, relay=mail.example.org[private/dovecot-lmtp], delay=0.1, delays=0.05/0/0/0.05, dsn=5.1.1, status=bounced (host mail.example.org[private/dovecot-lmtp] said: 550 5.1.1 <ann@example.org> User does not exist: ann@example.org (in reply to RCPT TO command))',
      ),
      ['ann@example.org', 'failed', '5.1.1', 'mail.example.org[private/dovecot-lmtp]'],
    ],
    [
      'local(8)',
      line('postfix/local', 'to=<nobody@example.org>, relay=local, delay=0.01, delays=0/0/0/0, dsn=5.1.1, status=bounced (unknown user: "nobody")'),
      ['nobody@example.org', 'failed', '5.1.1', null],
    ],
    [
      'virtual(8)',
      line(
        'postfix/virtual',
        'to=<full@example.org>, relay=virtual, delay=0.02, delays=0/0/0/0.02, dsn=5.2.2, status=bounced (mailbox size limit exceeded)',
      ),
      ['full@example.org', 'failed', '5.2.2', null],
    ],
    [
      'pipe(8): the relay is a master.cf service name, not a remote MTA',
      line(
        'postfix/pipe',
        'to=<ann@example.org>, orig_to=<a@example.org>, relay=dovecot, delay=0.1, delays=0/0/0/0.1, dsn=4.3.0, status=deferred (temporary failure)',
      ),
      ['ann@example.org', 'delayed', '4.3.0', null],
    ],
    [
      'error(8) for a suspended destination',
      line(
        'postfix/error',
        'to=<dan@example.net>, relay=none, delay=3600, delays=3600/0/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to mx.example.net[198.51.100.7]:25: Connection refused)',
      ),
      ['dan@example.net', 'delayed', '4.4.1', null],
    ],
    [
      'retry(8)',
      line(
        'postfix/retry',
        'to=<dan@example.net>, relay=none, delay=7200, delays=7200/0/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: lost connection)',
      ),
      ['dan@example.net', 'delayed', '4.4.1', null],
    ],
    [
      'discard(8) is a delivery',
      line('postfix/discard', 'to=<bin@example.org>, relay=none, delay=0.01, delays=0/0/0/0, dsn=2.0.0, status=sent (discarded)'),
      ['bin@example.org', 'delivered', '2.0.0', null],
    ],
    [
      'smtp over IPv6, with conn_use',
      line(
        'postfix/smtp',
        'to=<eve@example.com>, relay=mx.example.com[2001:db8::25]:25, conn_use=2, delay=1.2, delays=0/0/0.5/0.7, dsn=4.2.2, status=deferred (host mx.example.com[2001:db8::25] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
      ),
      ['eve@example.com', 'delayed', '4.2.2', 'mx.example.com[2001:db8::25]'],
    ],
    [
      'expired on the recipient line',
      line('postfix/smtp', 'to=<old@example.net>, relay=none, delay=432000, delays=432000/0/0/0, dsn=4.4.1, status=expired, returned to sender'),
      ['old@example.net', 'failed', '4.4.1', null],
    ],
    [
      'soft_bounce',
      line(
        'postfix/smtp',
        'to=<sb@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=SOFTBOUNCE (host mx.example.com[203.0.113.5] said: 550 5.1.1 No such user (in reply to RCPT TO command))',
      ),
      ['sb@example.com', 'delayed', '5.1.1', 'mx.example.com[203.0.113.5]'],
    ],
    [
      'sent with a 2.x dsn is not a failure',
      line(
        'postfix/smtp',
        'to=<ok@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1, delays=0/0/0/1, dsn=2.6.0, status=sent (250 2.6.0 message received)',
      ),
      ['ok@example.com', 'delivered', '2.6.0', 'mx.example.com[203.0.113.5]'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(parseLogLine(text))).toEqual(expected)
  })

  it('keeps whole the reasons Postfix writes for DNS and connection failures', () => {
    const dns = parseLogLine(
      line(
        'postfix/smtp',
        'to=<x@dnsfail.example>, relay=none, delay=0.3, delays=0/0/0.3/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=dnsfail.example type=MX: Host not found, try again)',
      ),
    )
    expect(dns?.diagnosticCode).toBe('Host or domain name not found. Name service error for name=dnsfail.example type=MX: Host not found, try again')
    const timeout = parseLogLine(
      line(
        'postfix/smtp',
        'to=<x@example.info>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.info[198.51.100.20]:25: Connection timed out)',
      ),
    )
    expect(timeout?.diagnosticCode).toBe('connect to mx.example.info[198.51.100.20]:25: Connection timed out')
  })

  it('reads a reason that syslog cut short, and turns its #012 escapes into spaces', () => {
    const cut = parseLogLine(
      line(
        'postfix/smtp',
        'to=<cut@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1, delays=0/0/0/1, dsn=5.7.1, status=bounced (host mx.example.com[203.0.113.5] said: 550 5.7.1 Message rejec',
      ),
    )
    expect(cut).toMatchObject({ action: 'failed', status: '5.7.1', diagnosticCode: 'host mx.example.com[203.0.113.5] said: 550 5.7.1 Message rejec' })
    const escaped = parseLogLine(
      line(
        'postfix/smtp',
        'to=<ml@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=1, delays=0/0/0/1, dsn=5.7.1, status=bounced (host mx.example.com[203.0.113.5] said: 550-5.7.1 first#012550 5.7.1 second (in reply to end of DATA command))',
      ),
    )
    expect(escaped?.diagnosticCode).toBe('host mx.example.com[203.0.113.5] said: 550-5.7.1 first 550 5.7.1 second (in reply to end of DATA command)')
  })

  it('gives nothing for address verification probes (deliverable, undeliverable): no mail was sent', () => {
    for (const status of [
      'deliverable (250 2.1.5 Ok)',
      'undeliverable (host mx.example.com[203.0.113.5] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    ])
      expect(
        parseLogLine(
          line(
            'postfix/smtp',
            `to=<probe@example.com>, relay=mx.example.com[203.0.113.5]:25, delay=0.5, delays=0/0/0/0.5, dsn=5.1.1, status=${status}`,
          ),
        ),
      ).toBeUndefined()
  })

  it.each([
    'Dec  2 03:04:05 mx postfix/postscreen[11]: CONNECT from [192.0.2.9]:51234 to [192.0.2.1]:25',
    'Dec  2 03:04:05 mx postfix/postscreen[11]: PREGREET 11 after 0.09 from [192.0.2.9]:51234: EHLO example.com\\r\\n',
    'Dec  2 03:04:05 mx postfix/postscreen[11]: DNSBL rank 3 for [192.0.2.9]:51234',
    'Dec  2 03:04:05 mx postfix/postscreen[11]: PASS NEW [192.0.2.9]:51234',
    'Dec  2 03:04:05 mx postfix/postscreen[11]: HANGUP after 0.6 from [192.0.2.9]:51234 in tests after SMTP handshake',
    'Dec  2 03:04:05 mx postfix/smtpd[12]: lost connection after RCPT from unknown[192.0.2.9]',
    'Dec  2 03:04:05 mx postfix/smtpd[12]: disconnect from unknown[192.0.2.9] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4',
    'Dec  2 03:04:05 mx postfix/smtpd[12]: NOQUEUE: reject_warning: RCPT from unknown[192.0.2.9]: 450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]; from=<s@example.com> to=<r@example.org> proto=ESMTP helo=<x>',
    'Dec  2 03:04:05 mx postfix/smtpd[12]: NOQUEUE: filter: RCPT from client[192.0.2.9]: <r@example.org>: Recipient address triggers FILTER smtp:[127.0.0.1]:10025; from=<s@example.com> to=<r@example.org> proto=ESMTP helo=<x>',
    'Dec  2 03:04:05 mx postfix/bounce[13]: 4Y1C0C0C0C: sender non-delivery notification: 4Y1D0D0D0D',
    'Dec  2 03:04:05 mx postfix/smtp[14]: 4Y1C0C0C0C: host mx.example.com[203.0.113.5] said: 421 4.7.0 Try again later (in reply to MAIL FROM command)',
    'Dec  2 03:04:05 mx postfix/qmgr[15]: 4Y1C0C0C0C: from=<s@example.com>, size=1843, nrcpt=2 (queue active)',
  ])('noise gives no recipient: %s', (text) => {
    expect(parseLog(text)).toEqual([])
  })
})

describe('recipients this server refused (inbound)', () => {
  it.each([
    [
      'smtpd, relay access denied',
      'Dec  2 03:04:05 mx postfix/smtpd[12]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.net>: Relay access denied; from=<s@example.com> to=<x@example.net> proto=ESMTP helo=<client.example.com>',
      ['x@example.net', 'failed', '5.7.1', undefined],
    ],
    [
      'smtpd, an IPv6 client',
      'Dec  2 03:04:05 mx postfix/smtpd[12]: NOQUEUE: reject: RCPT from client.example.com[2001:db8::9]: 550 5.1.1 <u@example.org>: Recipient address rejected: User unknown in local recipient table; from=<s@example.com> to=<u@example.org> proto=ESMTP helo=<client.example.com>',
      ['u@example.org', 'failed', '5.1.1', 'QUEUE'],
    ],
    [
      'the submission service (postfix/submission/smtpd)',
      'Dec  2 03:04:05 mx postfix/submission/smtpd[12]: NOQUEUE: reject: RCPT from client.example.com[192.0.2.9]: 450 4.1.2 <u@nosuch.example>: Recipient address rejected: Domain not found; from=<s@example.org> to=<u@nosuch.example> proto=ESMTP helo=<laptop>',
      ['u@nosuch.example', 'delayed', '4.1.2', 'QUEUE'],
    ],
    [
      'postscreen, with its comma-separated fields',
      'Dec  2 03:04:05 mx postfix/postscreen[11]: NOQUEUE: reject: RCPT from [192.0.2.9]:51234: 550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.org; from=<s@example.com>, to=<u@example.org>, proto=ESMTP, helo=<x>',
      ['u@example.org', 'failed', '5.7.1', 'QUEUE'],
    ],
    [
      'a milter, logged by cleanup',
      'Dec  2 03:04:05 mx postfix/cleanup[16]: 4Y1C0C0C0C: milter-reject: END-OF-MESSAGE from client.example.com[192.0.2.9]: 5.7.1 Spam message rejected; from=<s@example.com> to=<u@example.org> proto=ESMTP helo=<client.example.com>',
      ['u@example.org', 'failed', '5.7.1', '4Y1C0C0C0C'],
    ],
    [
      'a header_checks REJECT, logged by cleanup',
      'Dec  2 03:04:05 mx postfix/cleanup[16]: 4Y1C0C0C0C: reject: header Subject: cheap pills from client.example.com[192.0.2.9]; from=<s@example.com> to=<u@example.org> proto=ESMTP helo=<client.example.com>: 5.7.1 message content rejected',
      ['u@example.org', 'failed', '5.7.1', '4Y1C0C0C0C'],
    ],
  ])('%s', (_name, text, [recipient, action, status, queueId]) => {
    const r = parseRejectLine(text)
    expect(r).toMatchObject({ recipient, action, status, direction: 'inbound', software: 'postfix', time: 'Dec  2 03:04:05' })
    if (queueId === 'QUEUE' || queueId === undefined) expect(r?.queueId).toBeUndefined()
    else expect(r?.queueId).toBe(queueId)
    // Inbound refusals are not deliveries: the line-by-line parser (and the CLI report) leaves them out.
    expect(parseLogLine(text)).toBeUndefined()
  })

  it("Exim's refusal sent to syslog twice (main log and reject log) is listed once; another connection's is not merged", () => {
    const refusal = (time: string, port: number) =>
      `<22>1 ${time} mx exim 4242 - - H=(client) [192.0.2.9]:${port} I=[192.0.2.1]:25 F=<s@example.com> rejected RCPT <u@example.org>: Unrouteable address`
    const log = [
      refusal('2026-12-02T03:04:05.000001Z', 51234),
      refusal('2026-12-02T03:04:05.000040Z', 51234),
      refusal('2026-12-02T03:04:09.000001Z', 51240),
    ]
    expect(parseLog(log.join('\n')).map((d) => [d.recipient, d.time])).toEqual([
      ['u@example.org', '2026-12-02T03:04:05.000001Z'],
      ['u@example.org', '2026-12-02T03:04:09.000001Z'],
    ])
  })

  it('Exim rejects under any header, with the time of the line', () => {
    const r = parseRejectLine(
      'Dec  2 03:04:05 mx exim[77]: 2026-12-02 03:04:05 H=(client) [2001:db8::9]:51234 I=[2001:db8::1]:25 F=<s@example.com> temporarily rejected RCPT <u@example.org>: greylisted',
    )
    expect(r).toMatchObject({ recipient: 'u@example.org', action: 'delayed', software: 'exim', time: 'Dec  2 03:04:05' })
  })
})

describe('Exim: log_selector options, syslog and field orders', () => {
  const BOUNCE =
    '1wAbCd-000Ef1-Gh ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'
  const REASON =
    'SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'

  it.each([
    ['the default mainlog', '2026-12-02 03:04:05 ', '2026-12-02 03:04:05'],
    ['+pid', '2026-12-02 03:04:05 [4242] ', '2026-12-02 03:04:05'],
    ['+millisec +pid', '2026-12-02 03:04:05.123 [4242] ', '2026-12-02 03:04:05.123'],
    ['log_timezone', '2026-12-02 03:04:05.123 +0000 [4242] ', '2026-12-02 03:04:05.123 +0000'],
    ['syslog (log_file_path = syslog)', 'Dec  2 03:04:05 mx exim[4242]: 2026-12-02 03:04:05 ', 'Dec  2 03:04:05'],
    ["syslog with syslog_timestamp = false, Debian's exim4 name", 'Dec  2 03:04:05 mx exim4[4242]: ', 'Dec  2 03:04:05'],
    ['the first part of a line syslog split', 'Dec  2 03:04:05 mx exim[4242]: [1/2] 2026-12-02 03:04:05 ', 'Dec  2 03:04:05'],
    ['journalctl -o short-iso', '2026-12-02T03:04:05+0000 mx exim[4242]: ', '2026-12-02T03:04:05+0000'],
    ['a container runtime', '2026-12-02T03:04:05.123456789Z stdout F 2026-12-02 03:04:05 ', '2026-12-02T03:04:05.123456789Z'],
  ])('%s', (_name, header, time) => {
    const d = parseLogLine(`${header}${BOUNCE}`)
    expect(brief(d)).toEqual(['bob@example.com', 'failed', '5.0.0', 'mx.example.com[203.0.113.5]'])
    expect(d).toMatchObject({ queueId: '1wAbCd-000Ef1-Gh', time, diagnosticCode: REASON, software: 'exim' })
  })

  it('a line syslog got in parts ([1/3] … [3/3]) is read whole; an unfinished one as far as it goes', () => {
    const reason = `SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550-5.7.1 ${'x'.repeat(40)} policy`
    const whole = `1wAbCd-000Ef1-Gh ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5]: ${reason}`
    const parts = [whole.slice(0, 60), whole.slice(60, 130), whole.slice(130)]
    const log = [
      `Dec  2 03:04:05 mx exim[4242]: [1/3] ${parts[0]}`,
      'Dec  2 03:04:05 mx postfix/qmgr[99]: 4Y1C0C0C0C: removed',
      `Dec  2 03:04:05 mx exim[4242]: [2/3] ${parts[1]}`,
      `Dec  2 03:04:05 mx exim[4242]: [3/3] ${parts[2]}`,
    ]
    expect(parseLog(log.join('\n')).map((d) => [d.recipient, d.action, d.diagnosticCode, d.time])).toEqual([
      ['bob@example.com', 'failed', reason, 'Dec  2 03:04:05'],
    ])
    // A part lost: what the first part says is still read, when the next line begins or the log ends.
    const cut = `Dec  2 03:04:05 mx exim[4242]: [1/2] ${whole.slice(0, 120)}`
    expect(
      parseLog([cut, `Dec  2 03:04:06 mx exim[4243]: [1/2] ${whole.replace('bob@', 'bo2@').slice(0, 120)}`].join('\n')).map((d) => d.recipient),
    ).toEqual(['bob@example.com', 'bo2@example.com'])
    // A reply that held a newline: its part ends with "\\" and the text goes on after a space.
    const newline = [`Dec  2 03:04:05 mx exim[4242]: [1\\2] ${whole.replace(' policy', '')}`, 'Dec  2 03:04:05 mx exim[4242]: [2/2] 550 5.7.1 policy']
    expect(parseLog(newline.join('\n'))[0]?.diagnosticCode).toMatch(/x{40} 550 5\.7\.1 policy$/)
  })

  it('+all: sender, return path, DNSSEC, port, continued connection, interface, TLS fields and a peer DN holding ": "', () => {
    const d = parseLogLine(
      '2026-12-02 03:04:05.123 [4242] 1wAbCd-000Ef1-Gh ** bob@example.com F=<s@example.org> P=<s@example.org> R=dnslookup T=remote_smtp H=mx.example.com DS [203.0.113.5]:25* I=[192.0.2.1]:40312 PS=... X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes DN="C=US,O=Example: Mail,CN=mx.example.com": SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown DT=0.312s',
    )
    expect(brief(d)).toEqual(['bob@example.com', 'failed', '5.0.0', 'mx.example.com[203.0.113.5]'])
    expect(d?.diagnosticCode).toBe('SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown')
  })

  it('an IPv6 host, and Exim 4.99\'s " : " before the message', () => {
    const d = parseLogLine(
      '2026-12-02 03:04:05 1wAbCd-00000000Ef1-GhIj ** carol@example.net R=dnslookup T=remote_smtp H=mx.example.net [2001:db8::25]:25 X=TLS1.3:TLS_AES_128_GCM_SHA256:128 CV=no : SMTP error from remote mail server after end of data: 554 5.7.1 Message rejected as spam',
    )
    expect(brief(d)).toEqual(['carol@example.net', 'failed', '5.0.0', 'mx.example.net[2001:db8::25]'])
    expect(d?.diagnosticCode).toBe('SMTP error from remote mail server after end of data: 554 5.7.1 Message rejected as spam')
  })

  it('+all_parents and aliases: the address it was sent to is the recipient', () => {
    expect(
      parseLogLine(
        '2026-12-02 03:04:05 1wAbCd-000Ef1-Gh ** ann@example.net (team@example.org, staff@example.org) <all@example.org> R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<ann@example.net>: 550 No such user',
      )?.recipient,
    ).toBe('all@example.org')
    expect(
      parseLogLine(
        '2026-12-02 03:04:05 1wAbCd-000Ef1-Gh ** |/usr/bin/filter (ann@example.org) <all@example.org> R=userforward T=address_pipe: Child process of address_pipe transport returned 69 (could mean service or program unavailable)',
      ),
    ).toMatchObject({
      recipient: 'all@example.org',
      action: 'failed',
      diagnosticCode: 'Child process of address_pipe transport returned 69 (could mean service or program unavailable)',
    })
  })

  it('deferrals: retry time not reached, for one host and for all', () => {
    const log = [
      '2026-12-02 03:04:05 1wAbCd-000Ef1-Gh == dave@example.info routing defer (-51): retry time not reached',
      "2026-12-02 03:04:06 1wAbCd-000Ef1-Gh == dave@example.info R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.info'",
      '2026-12-02 03:04:07 1wAbCd-000Ef1-Gh == dave@example.info R=dnslookup T=remote_smtp defer (110): Connection timed out H=mx.example.info [198.51.100.20]: SMTP timeout after initial connection',
    ]
    expect(parseLog(log.join('\n')).map((d) => [d.recipient, d.action, d.status, d.diagnosticCode])).toEqual([
      ['dave@example.info', 'delayed', '4.0.0', 'retry time not reached'],
      ['dave@example.info', 'delayed', '4.0.0', "retry time not reached for any host for 'example.info'"],
      ['dave@example.info', 'delayed', '4.0.0', 'Connection timed out H=mx.example.info [198.51.100.20]: SMTP timeout after initial connection'],
    ])
  })

  it('deliveries: =>, -> (a further address of the same delivery), >> (cutthrough); *> delivered nothing', () => {
    const log = [
      '2026-12-02 03:04:05 1wAbCd-000Ef1-Gh => erin@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes K C="250 2.0.0 Ok: queued as 4Y1XYZ0002"',
      '2026-12-02 03:04:05 1wAbCd-000Ef1-Gh -> fred@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5] C="250 2.0.0 Ok: queued as 4Y1XYZ0002"',
      '2026-12-02 03:04:05 1wAbCe-000Ef2-Gh >> gail@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5] C="250 2.0.0 Ok: queued as 4Y1XYZ0003"',
      '2026-12-02 03:04:05 1wAbCf-000Ef3-Gh *> hal@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5]',
      '2026-12-02 03:04:06 1wAbCd-000Ef1-Gh Completed',
      '2026-12-02 03:04:06 1wAbCf-000Ef3-Gh Frozen (delivery error message)',
      '2026-12-02 03:04:06 1wAbCf-000Ef3-Gh <= <> R=1wAbCd-000Ef1-Gh U=Debian-exim P=local S=1843',
    ]
    expect(parseLog(log.join('\n')).map(brief)).toEqual([
      ['erin@example.com', 'delivered', '2.0.0', 'mx.example.com[203.0.113.5]'],
      ['fred@example.com', 'delivered', '2.0.0', 'mx.example.com[203.0.113.5]'],
      ['gail@example.com', 'delivered', '2.0.0', 'mx.example.com[203.0.113.5]'],
    ])
  })

  it("a multi-line reply as Exim's log writes it (\\n) reads as one line", () => {
    const d = parseLogLine(
      '2026-12-02 03:04:05 1wAbCd-000Ef1-Gh ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550-5.1.1 The email account does not exist.\\n550 5.1.1 Please check the address.',
    )
    expect(d?.diagnosticCode).toBe(
      'SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550-5.1.1 The email account does not exist. 550 5.1.1 Please check the address.',
    )
  })
})

describe('Sendmail: program names, split and cut to= lists', () => {
  const fields = ', delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=121234, relay=mx.example.com. [203.0.113.5], dsn=5.1.1, stat=User unknown'

  it('a list split over lines ending "[more]": each part lists its own recipients', () => {
    const log = [
      `Dec  2 03:04:05 mx sendmail[9]: 4B23456789AB: to=<a1@example.com>,<a2@example.com>, [more]${fields}`,
      `Dec  2 03:04:05 mx sendmail[9]: 4B23456789AB: to=<a3@example.com>${fields}`,
    ]
    expect(parseLog(log.join('\n')).map((d) => [d.recipient, d.action, d.status, d.remoteMta])).toEqual([
      ['a1@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'],
      ['a2@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'],
      ['a3@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'],
    ])
  })

  it('an address cut by "..." is not a recipient', () => {
    expect(
      parseLogLineDeliveries(`Dec  2 03:04:05 mx sm-mta[9]: 4B23456789AB: to=<a1@example.com>,<a2@exam...${fields}`).map((d) => d.recipient),
    ).toEqual(['a1@example.com'])
  })

  it('sm-msp-queue, journalctl -o cat, and a deferral with a host', () => {
    const d = parseLogLine(
      '4B23456789AC: to=<b@example.net>, ctladdr=<s@example.org> (1000/1000), delay=00:10:00, xdelay=00:01:00, mailer=esmtp, pri=301234, relay=mx.example.net., dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.net.',
    )
    expect(d).toMatchObject({ recipient: 'b@example.net', action: 'delayed', status: '4.0.0', remoteMta: 'mx.example.net', software: 'sendmail' })
    expect(parseLogLine(`Dec  2 03:04:05 mx sm-msp-queue[9]: 4B23456789AD: to=root${fields}`)?.recipient).toBe('root')
  })

  it('an IPv6 relay, written as an address literal ([IPv6:…], as Sendmail logs a connection over IPv6)', () => {
    const d = parseLogLine(
      'Dec  2 03:04:05 mx sm-mta[7]: 4B23456789AE: to=<c@example.net>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=30355, relay=mx.example.net. [IPv6:2001:db8::25], dsn=5.1.1, stat=User unknown',
    )
    expect(d).toMatchObject({ recipient: 'c@example.net', action: 'failed', remoteMta: 'mx.example.net[2001:db8::25]' })
  })
})

describe('Exchange message tracking logs', () => {
  const HEADER = [
    '#Software: Microsoft Exchange Server',
    '#Version: 15.02.1118.007',
    '#Log-type: Message Tracking Log',
    '#Date: 2026-12-02T03:00:00.000Z',
    '#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version',
  ]
  // A field holding a comma or a quote is quoted, its quotes doubled (RFC 4180), as Exchange writes them.
  const csv = (v: string) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const row = (event: string, recipients: string, status: string, subject = 'Hello') =>
    `2026-12-02T03:04:05.123Z,,,,EX01,,,SMTP,${event},12345678901234,<m1@example.org>,0f3c2d1e-aaaa-bbbb-cccc-123456789abc,${csv(recipients)},${csv(status)},4321,1,,,${csv(subject)},s@example.org,s@example.org,,Originating,,,,,Email,0f3c2d1e-0000-1111-2222-123456789abc,15.02.1118.007`

  it('lists FAIL and DEFER recipients with their statuses; DSN, SEND and RECEIVE events are not failures', () => {
    const log = [
      ...HEADER,
      row('RECEIVE', 'bob@example.com;carol@example.net', '', 'Re: a subject, with a comma and "quotes"'),
      row('FAIL', 'bob@example.com', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'),
      row(
        'DEFER',
        'carol@example.net',
        '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped." Attempted failover to alternate host, but that did not succeed.',
      ),
      row('DSN', 's@example.org', ''),
      row('SEND', 'dave@example.com', '250 2.6.0 Queued mail for delivery'),
    ]
    expect(parseLog(log.join('\r\n')).map((d) => [d.recipient, d.action, d.status, d.diagnosticCode, d.software, d.queueId])).toEqual([
      ['bob@example.com', 'failed', '5.1.1', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', 'exchange', '12345678901234'],
      [
        'carol@example.net',
        'delayed',
        '4.4.0',
        '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped." Attempted failover to alternate host, but that did not succeed.',
        'exchange',
        '12345678901234',
      ],
    ])
  })

  it('one event for several recipients gives each its own status', () => {
    const log = [
      ...HEADER,
      row('FAIL', 'a@example.com;b@example.com', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found;550 5.2.2 STOREDRV.Deliver; mailbox full'),
    ]
    expect(parseLog(log.join('\n')).map((d) => [d.recipient, d.status])).toEqual([
      ['a@example.com', '5.1.1'],
      ['b@example.com', '5.2.2'],
    ])
  })

  it('follows the columns its #Fields header names, and reads an excerpt without one', () => {
    const reordered = '#Fields: event-id,recipient-status,recipient-address,date-time,internal-message-id'
    const reader = new LogReader()
    expect(reader.line(reordered)).toEqual([])
    expect(reader.line('FAIL,550 5.7.1 RESOLVER.RST.AuthRequired; authentication required,c@example.com,2026-12-02T03:04:05.123Z,42')).toEqual([
      {
        recipient: 'c@example.com',
        action: 'failed',
        status: '5.7.1',
        diagnosticCode: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required',
        queueId: '42',
        time: '2026-12-02T03:04:05.123Z',
        software: 'exchange',
      },
    ])
    expect(reader.line('RECEIVE,,c@example.com,2026-12-02T03:04:05.123Z,43')).toEqual([])
    // Without a header: Exchange 2013's layout, told by its network-message-id column.
    expect(parseLogLine(row('FAIL', 'e@example.com', '550 5.4.1 Recipient address rejected: Access denied'))).toMatchObject({
      recipient: 'e@example.com',
      action: 'failed',
      status: '5.4.1',
    })
  })
})

describe('LogReader streams what a line alone cannot say', () => {
  it('a deferred recipient whose message expires fails, under any header', () => {
    const reader = new LogReader({ inbound: false })
    const lines = [
      '2026-12-02T03:04:05+0000 mx postfix/relay/smtp[1]: 4Y1K1K1K1K: to=<h@example.net>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection refused)',
      '2026-12-07T03:04:05+0000 mx postfix/qmgr[2]: 4Y1K1K1K1K: from=<s@example.org>, status=expired, returned to sender',
    ]
    const out = lines.flatMap((l) => [...reader.line(l)])
    expect(out.map((d) => [d.recipient, d.action, d.status, d.time])).toEqual([
      ['h@example.net', 'delayed', '4.4.1', '2026-12-02T03:04:05+0000'],
      ['h@example.net', 'failed', '4.4.1', '2026-12-07T03:04:05+0000'],
    ])
  })

  it('with inbound off, refusals at SMTP time are left out (as the CLI report counts)', () => {
    const reject =
      'Dec  2 03:04:05 mx postfix/smtpd[12]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.net>: Relay access denied; from=<s@example.com> to=<x@example.net> proto=ESMTP helo=<c>'
    expect(new LogReader({ inbound: false }).line(reject)).toEqual([])
    expect(new LogReader().line(reject).map((d) => d.direction)).toEqual(['inbound'])
  })
})
