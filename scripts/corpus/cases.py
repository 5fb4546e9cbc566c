"""The corpus cases: what is sent, by which MTA, and what must happen to each
recipient. This table is the truth of the manifest: every outcome here is
provoked by the configuration in conf/ (see test/corpus/README.md).

A row is one outcome for one recipient. A recipient that is deferred and later
delivered or expired has two rows. `action` is the RFC 3464 action the sending
MTA reports (relayed for a remote server that does not offer DSN); `via` is the
software that answered for that recipient; `remote` the MX host it answered
from. `status` is the enhanced code the sending MTA assigns.
"""

import subprocess
import time
from email.header import Header
from email.utils import formatdate

NS = 'scc-corpus'
STATE = '/var/lib/scc-corpus'
EXIM = [f'{STATE}/exim4root/usr/sbin/exim4', '-C', f'{STATE}/exim/exim4.conf']
SENDMAIL = [f'{STATE}/sendmailroot/usr/libexec/sendmail/sendmail', '-C', f'{STATE}/sendmail/sendmail.cf', '-L', 'sm-mta']
POSTFIX = ['/usr/sbin/sendmail']

# Haraka's cases are submitted to its submission listener by a Postfix user, so
# its bounces land in that user's Postfix mailbox
SENDER = {'postfix': 'sender@postfix.test', 'exim': 'sender@exim.test', 'sendmail': 'sender@sendmail.test',
          'haraka': 'sender@postfix.test'}
HARAKA_SUBMIT = ('import smtplib, sys\n'
                 's = smtplib.SMTP("127.0.0.1", 2530, local_hostname="client.postfix.test")\n'
                 'data = sys.stdin.buffer.read().replace(b"\\r\\n", b"\\n").replace(b"\\n", b"\\r\\n")\n'
                 's.sendmail(sys.argv[1], sys.argv[2:], data)\n'
                 's.quit()\n')
MX = {'postfix': 'mx.postfix.test', 'exim': 'mx.exim.test', 'sendmail': 'mx.sendmail.test', 'haraka': 'mx.haraka.test'}


def R(rcpt, action, status, reason, via=None, remote=None):
    return {'recipient': rcpt, 'action': action, 'status': status, 'reason': reason,
            'via': via, 'remoteMta': remote if remote is not None else (MX.get(via) if via else None)}


def case(sw, cid, rcpts, rows, sender=None, subject=None, size=0, notify=None, smtputf8=False, body=None, note='',
         remote_bounce=False):
    # remote_bounce: the receiver accepted over SMTP and bounced afterwards, so the
    # sender's log shows a delivery and the receiver's log the failure
    return {'software': sw, 'case': cid, 'sender': sender or SENDER[sw], 'rcpts': rcpts, 'rows': rows,
            'remote_bounce': remote_bounce,
            'subject': subject or f'Corpus case {cid}', 'size': size, 'notify': notify,
            'smtputf8': smtputf8, 'body': body, 'note': note}


UTF8_SUBJECT = Header('Thư không gửi được: 配信できませんでした (corpus)', 'utf-8').encode()
UTF8_BODY = 'Xin chào, đây là một thư thử nghiệm.\n配信できませんでした。\n'

CASES = [
    # ---- Postfix 3.7 generates the DSN (sender@postfix.test) ----
    case('postfix', 'user-unknown-local', ['nouser@postfix.test'],
         [R('nouser@postfix.test', 'failed', '5.1.1', 'user-unknown', remote='')]),
    case('postfix', 'user-unknown-via-exim', ['nouser@exim.test'],
         [R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim')]),
    case('postfix', 'user-unknown-via-sendmail', ['nouser@sendmail.test'],
         [R('nouser@sendmail.test', 'failed', '5.1.1', 'user-unknown', via='sendmail')]),
    case('postfix', 'mailbox-full-local', ['full@postfix.test'],
         [R('full@postfix.test', 'failed', '5.2.2', 'mailbox-full', remote='')]),
    case('postfix', 'mailbox-full-at-exim', ['full@exim.test'],
         [R('full@exim.test', 'failed', '5.0.0', 'mailbox-full', via='exim')],
         note='Exim accepts, its local delivery fails over quota, and its DSN travels back over SMTP', remote_bounce=True),
    case('postfix', 'message-too-large-for-exim', ['user@exim.test'],
         [R('user@exim.test', 'failed', '5.3.4', 'message-too-large', via='exim')], size=150_000),
    case('postfix', 'relay-denied-by-exim', ['someone@example.net'],
         [R('someone@example.net', 'failed', '5.0.0', 'relay-denied', via='exim')]),
    case('postfix', 'relay-denied-by-sendmail', ['someone@example.org'],
         [R('someone@example.org', 'failed', '5.7.1', 'relay-denied', via='sendmail')]),
    case('postfix', 'relay-denied-by-haraka', ['someone@haraka-relay.test'],
         [R('someone@haraka-relay.test', 'failed', '5.0.0', 'relay-denied', via='haraka')]),
    case('postfix', 'domain-not-found', ['user@nosuch.test'],
         [R('user@nosuch.test', 'failed', '5.4.4', 'domain-not-found', remote='')]),
    case('postfix', 'mx-host-not-found', ['user@badmx.test'],
         [R('user@badmx.test', 'failed', '5.4.4', 'domain-not-found', remote='')]),
    case('postfix', 'connection-refused-expired', ['user@refused.test'],
         [R('user@refused.test', 'delayed', '4.4.1', 'network-error', remote=''),
          R('user@refused.test', 'failed', '4.4.1', 'expired', remote='')]),
    case('postfix', 'dns-tempfail-expired', ['user@dnsfail.test'],
         [R('user@dnsfail.test', 'delayed', '4.4.3', 'network-error', remote=''),
          R('user@dnsfail.test', 'failed', '4.4.3', 'expired', remote='')]),
    case('postfix', 'greylisted-then-delivered', ['user@greylist-exim.test'],
         [R('user@greylist-exim.test', 'delayed', '4.0.0', 'greylisted', via='exim'),
          R('user@greylist-exim.test', 'relayed', '2.0.0', None, via='exim')]),
    case('postfix', 'sender-rejected-by-exim', ['user@exim.test'],
         [R('user@exim.test', 'failed', '5.0.0', 'sender-rejected', via='exim')], sender='blocked@postfix.test'),
    case('postfix', 'sender-rejected-by-sendmail', ['user@sendmail.test'],
         [R('user@sendmail.test', 'failed', '5.7.1', 'sender-rejected', via='sendmail')], sender='blocked@postfix.test'),
    case('postfix', 'multi-recipient', ['user@postfix.test', 'nouser@postfix.test', 'user@exim.test', 'nouser@exim.test', 'nouser@sendmail.test', 'user@haraka.test'],
         [R('user@postfix.test', 'delivered', '2.0.0', None, remote=''),
          R('nouser@postfix.test', 'failed', '5.1.1', 'user-unknown', remote=''),
          R('user@exim.test', 'relayed', '2.0.0', None, via='exim'),
          R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim'),
          R('nouser@sendmail.test', 'failed', '5.1.1', 'user-unknown', via='sendmail'),
          R('user@haraka.test', 'relayed', '2.0.0', None, via='haraka')]),
    case('postfix', 'multi-recipient-notify-success', ['user@postfix.test', 'user@exim.test', 'user@sendmail.test', 'nouser@exim.test'],
         [R('user@postfix.test', 'delivered', '2.0.0', None, remote=''),
          R('user@exim.test', 'relayed', '2.0.0', None, via='exim'),
          R('user@sendmail.test', 'delivered', '2.0.0', None, via='sendmail'),
          R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim')], notify='success,delay,failure'),
    case('postfix', 'encoded-subject', ['nouser@exim.test'],
         [R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim')], subject=UTF8_SUBJECT, body=UTF8_BODY),
    case('postfix', 'smtputf8-recipient', ['nöuser@exim.test'],
         [R('nöuser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim')], smtputf8=True,
         subject='Thư không gửi được', body=UTF8_BODY),

    # ---- Exim 4.96 generates the DSN (sender@exim.test) ----
    case('exim', 'user-unknown-local', ['nouser@exim.test'],
         [R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', remote='')]),
    case('exim', 'user-unknown-via-postfix', ['nouser@postfix.test'],
         [R('nouser@postfix.test', 'failed', '5.0.0', 'user-unknown', via='postfix')]),
    case('exim', 'user-unknown-via-sendmail', ['nouser@sendmail.test'],
         [R('nouser@sendmail.test', 'failed', '5.0.0', 'user-unknown', via='sendmail')]),
    case('exim', 'mailbox-full-local', ['full@exim.test'],
         [R('full@exim.test', 'failed', '5.0.0', 'mailbox-full', remote='')]),
    case('exim', 'mailbox-full-at-postfix', ['full@postfix.test'],
         [R('full@postfix.test', 'failed', '5.2.2', 'mailbox-full', via='postfix')],
         note='Postfix accepts, its local delivery fails, and its DSN travels back over SMTP', remote_bounce=True),
    case('exim', 'message-too-large-for-postfix', ['user@postfix.test'],
         [R('user@postfix.test', 'failed', '5.0.0', 'message-too-large', via='postfix')], size=150_000),
    case('exim', 'message-too-large-for-sendmail', ['user@sendmail.test'],
         [R('user@sendmail.test', 'failed', '5.0.0', 'message-too-large', via='sendmail')], size=150_000),
    case('exim', 'message-too-large-for-haraka', ['user@haraka.test'],
         [R('user@haraka.test', 'failed', '5.0.0', 'message-too-large', via='haraka')], size=150_000),
    case('exim', 'relay-denied-by-haraka', ['someone@haraka-relay.test'],
         [R('someone@haraka-relay.test', 'failed', '5.0.0', 'relay-denied', via='haraka')]),
    case('exim', 'relay-denied-by-postfix', ['someone@example.com'],
         [R('someone@example.com', 'failed', '5.0.0', 'relay-denied', via='postfix')]),
    case('exim', 'relay-denied-by-sendmail', ['someone@example.org'],
         [R('someone@example.org', 'failed', '5.0.0', 'relay-denied', via='sendmail')]),
    case('exim', 'domain-not-found', ['user@nosuch.test'],
         [R('user@nosuch.test', 'failed', '5.0.0', 'domain-not-found', remote='')]),
    case('exim', 'mx-host-not-found', ['user@badmx.test'],
         [R('user@badmx.test', 'failed', '5.0.0', 'domain-not-found', remote='')]),
    case('exim', 'connection-refused-expired', ['user@refused.test'],
         [R('user@refused.test', 'delayed', '4.0.0', 'network-error', remote=''),
          R('user@refused.test', 'failed', '5.0.0', 'expired', remote='')]),
    case('exim', 'dns-tempfail-expired', ['user@dnsfail.test'],
         [R('user@dnsfail.test', 'delayed', '4.0.0', 'network-error', remote=''),
          R('user@dnsfail.test', 'failed', '5.0.0', 'expired', remote='')]),
    case('exim', 'greylisted-then-delivered', ['user@greylist.test'],
         [R('user@greylist.test', 'delayed', '4.0.0', 'greylisted', via='postfix'),
          R('user@greylist.test', 'relayed', '2.0.0', None, via='postfix')]),
    case('exim', 'sender-rejected-by-postfix', ['user@postfix.test'],
         [R('user@postfix.test', 'failed', '5.0.0', 'sender-rejected', via='postfix')], sender='blocked@exim.test'),
    case('exim', 'sender-rejected-by-sendmail', ['user@sendmail.test'],
         [R('user@sendmail.test', 'failed', '5.0.0', 'sender-rejected', via='sendmail')], sender='blocked@exim.test'),
    case('exim', 'multi-recipient', ['user@exim.test', 'nouser@exim.test', 'user@postfix.test', 'nouser@postfix.test', 'someone@example.org'],
         [R('user@exim.test', 'delivered', '2.0.0', None, remote=''),
          R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', remote=''),
          R('user@postfix.test', 'relayed', '2.0.0', None, via='postfix'),
          R('nouser@postfix.test', 'failed', '5.0.0', 'user-unknown', via='postfix'),
          R('someone@example.org', 'failed', '5.0.0', 'relay-denied', via='sendmail')]),
    case('exim', 'encoded-subject', ['nouser@postfix.test'],
         [R('nouser@postfix.test', 'failed', '5.0.0', 'user-unknown', via='postfix')], subject=UTF8_SUBJECT, body=UTF8_BODY),

    # ---- Sendmail 8.17 generates the DSN (sender@sendmail.test) ----
    case('sendmail', 'user-unknown-local', ['nouser@sendmail.test'],
         [R('nouser@sendmail.test', 'failed', '5.1.1', 'user-unknown', remote='')]),
    case('sendmail', 'user-unknown-via-postfix', ['nouser@postfix.test'],
         [R('nouser@postfix.test', 'failed', '5.1.1', 'user-unknown', via='postfix')]),
    case('sendmail', 'user-unknown-via-exim', ['nouser@exim.test'],
         [R('nouser@exim.test', 'failed', '5.1.1', 'user-unknown', via='exim')]),
    case('sendmail', 'relay-denied-by-postfix', ['someone@example.com'],
         [R('someone@example.com', 'failed', '5.7.1', 'relay-denied', via='postfix')]),
    case('sendmail', 'relay-denied-by-exim', ['someone@example.net'],
         [R('someone@example.net', 'failed', '5.1.1', 'relay-denied', via='exim')]),
    case('sendmail', 'relay-denied-by-haraka', ['someone@haraka-relay.test'],
         [R('someone@haraka-relay.test', 'failed', '5.1.1', 'relay-denied', via='haraka')]),
    case('sendmail', 'domain-not-found', ['user@nosuch.test'],
         [R('user@nosuch.test', 'failed', '5.1.2', 'domain-not-found', remote='')]),
    case('sendmail', 'connection-refused-expired', ['user@refused.test'],
         [R('user@refused.test', 'delayed', '4.4.1', 'network-error', remote=''),
          R('user@refused.test', 'failed', '4.4.7', 'expired', remote='')]),
    case('sendmail', 'dns-tempfail-expired', ['user@dnsfail.test'],
         [R('user@dnsfail.test', 'delayed', '4.4.3', 'network-error', remote=''),
          R('user@dnsfail.test', 'failed', '4.4.7', 'expired', remote='')]),
    case('sendmail', 'mx-host-not-found', ['user@badmx.test'],
         [R('user@badmx.test', 'failed', '5.1.2', 'domain-not-found', remote='')]),
    case('sendmail', 'greylisted-then-delivered', ['user@greylist.test'],
         [R('user@greylist.test', 'delayed', '4.2.0', 'greylisted', via='postfix'),
          R('user@greylist.test', 'relayed', '2.0.0', None, via='postfix')]),
    case('sendmail', 'sender-rejected-by-postfix', ['user@postfix.test'],
         [R('user@postfix.test', 'failed', '5.7.1', 'sender-rejected', via='postfix')], sender='blocked@sendmail.test'),
    case('sendmail', 'multi-recipient', ['user@sendmail.test', 'nouser@sendmail.test', 'user@exim.test', 'nouser@exim.test', 'nouser@postfix.test'],
         [R('user@sendmail.test', 'delivered', '2.0.0', None, remote=''),
          R('nouser@sendmail.test', 'failed', '5.1.1', 'user-unknown', remote=''),
          R('user@exim.test', 'relayed', '2.0.0', None, via='exim'),
          R('nouser@exim.test', 'failed', '5.1.1', 'user-unknown', via='exim'),
          R('nouser@postfix.test', 'failed', '5.1.1', 'user-unknown', via='postfix')]),
    case('sendmail', 'encoded-subject', ['nouser@postfix.test'],
         [R('nouser@postfix.test', 'failed', '5.1.1', 'user-unknown', via='postfix')], subject=UTF8_SUBJECT, body=UTF8_BODY),

    # ---- Haraka 3.3.4 (its outbound queue) generates the DSN ----
    case('haraka', 'user-unknown-via-postfix', ['nouser@postfix.test'],
         [R('nouser@postfix.test', 'failed', '5.1.1', 'user-unknown', via='postfix')]),
    case('haraka', 'user-unknown-via-exim', ['nouser@exim.test'],
         [R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim')]),
    case('haraka', 'relay-denied-by-sendmail', ['someone@example.org'],
         [R('someone@example.org', 'failed', '5.7.1', 'relay-denied', via='sendmail')]),
    case('haraka', 'domain-not-found', ['user@nosuch.test'],
         [R('user@nosuch.test', 'failed', '5.1.2', 'domain-not-found', remote='')]),
    case('haraka', 'connection-refused-expired', ['user@refused.test'],
         [R('user@refused.test', 'failed', '5.1.2', 'expired', remote='')]),
    case('haraka', 'multi-recipient', ['user@exim.test', 'nouser@exim.test', 'nouser@sendmail.test'],
         [R('user@exim.test', 'relayed', '2.0.0', None, via='exim'),
          R('nouser@exim.test', 'failed', '5.0.0', 'user-unknown', via='exim'),
          R('nouser@sendmail.test', 'failed', '5.1.1', 'user-unknown', via='sendmail')]),
]


def message_id(c):
    return f"scc.{c['software']}.{c['case']}@{c['sender'].split('@')[1]}"


def message(c):
    body = c['body'] or f"This message was sent to provoke the corpus case {c['software']}/{c['case']}.\n"
    if c['size']:
        line = 'The quick brown fox jumps over the lazy dog while the mail queue waits. 0123456789\n'
        body += line * (c['size'] // len(line) + 1)
    eight_bit = any(ord(ch) > 127 for ch in body + c['subject'])
    headers = [
        f"From: Corpus Sender <{c['sender']}>",
        f"To: {', '.join('<' + r + '>' for r in c['rcpts'])}",
        f"Subject: {c['subject']}",
        f"Date: {formatdate(localtime=False)}",
        f"Message-ID: <{message_id(c)}>",
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        f"Content-Transfer-Encoding: {'8bit' if eight_bit else '7bit'}",
    ]
    return ('\n'.join(headers) + '\n\n' + body).encode('utf-8')


def submit(c):
    sw = c['software']
    if sw == 'haraka':
        subprocess.run(['ip', 'netns', 'exec', NS, 'python3', '-c', HARAKA_SUBMIT, c['sender']] + c['rcpts'],
                       input=message(c), check=True)
        return
    cmd = {'postfix': POSTFIX, 'exim': EXIM, 'sendmail': SENDMAIL + ['-oem']}[sw] + ['-f', c['sender']]
    if c['notify']:
        cmd += ['-N', c['notify']]
    # Postfix's sendmail turns SMTPUTF8 on by itself for UTF-8 envelopes and
    # headers (smtputf8_autodetect_classes = sendmail)
    cmd += ['--'] + c['rcpts']
    rc = subprocess.run(['ip', 'netns', 'exec', NS] + cmd, input=message(c)).returncode
    # Sendmail exits 67 (EX_NOUSER) for an unknown local recipient even when, with
    # -oem, it mails the error back as a DSN
    if rc != 0 and not (sw == 'sendmail' and rc == 67):
        raise subprocess.CalledProcessError(rc, cmd)


def run(only=None):
    # only: software names or software/case ids
    for c in CASES:
        if only and c['software'] not in only and f"{c['software']}/{c['case']}" not in only:
            continue
        print(f"submit {c['software']}/{c['case']}", flush=True)
        try:
            submit(c)
        except subprocess.CalledProcessError as e:
            print(f'  FAILED to submit: {e}', flush=True)
        time.sleep(3)  # keeps each case's log lines apart in time


if __name__ == '__main__':
    import sys
    run(sys.argv[1:])
