"""The breadth corpus's cases (scripts/corpus/breadth.sh): what each sending MTA is handed and what must happen to
each recipient. Every recipient is at reject.test (or tls.test), served by breadth/rejector.mjs, whose local part
picks the reply; the truth here is what that reply provokes.

A row: recipient, RFC 3464 action, the enhanced code the reply carries (collect.py takes the one the sending MTA
wrote into its DSN, and lists where they differ), and the diagnosis reason. A recipient deferred and then returned has
two rows: delayed with the reply's own reason, then failed with reason expired (as in provoke.sh's corpus).

  cases.py [software|software/case ...]   submit
  cases.py --wait                         wait until every queue is empty (at most 8 minutes)
"""

import os
import smtplib
import subprocess
import sys
import time
from email.utils import formatdate

NS = 'scc-breadth'
HERE = os.path.dirname(os.path.abspath(__file__))
STATE = '/var/lib/scc-breadth'
SENDER = {sw: f'sender@{sw}.test' for sw in ('postfix', 'opensmtpd', 'dma', 'nullmailer', 'exim', 'sendmail')}
PORT = {'postfix': 2620, 'opensmtpd': 2610, 'exim': 2640, 'sendmail': 2650}
EXIM = ['/var/lib/scc-corpus/exim4root/usr/sbin/exim4', '-C', f'{STATE}/exim/exim4.conf']
REMOTE = 'mx.reject.test'


def R(rcpt, action, status, reason, remote=REMOTE):
    return {'recipient': rcpt, 'action': action, 'status': status, 'reason': reason, 'remoteMta': remote}


def case(sw, cid, rcpts, rows, notify=None, smtputf8=False, note='', sender=None):
    return {'software': sw, 'case': cid, 'sender': sender or SENDER[sw], 'rcpts': rcpts, 'rows': rows, 'notify': notify,
            'smtputf8': smtputf8, 'note': note}


def rt(local):
    return f'{local}@reject.test'


def expired(local, status, reason):
    return [R(rt(local), 'delayed', status, reason), R(rt(local), 'failed', status, 'expired')]


def expired_opensmtpd(local, status, reason):
    # OpenSMTPD 6.8 reports the end of the queue ttl as one more delay notice ("Action: delayed", "Status: 4.4.7",
    # "rcpt: Envelope expired", "The message is kept in the queue for up to 7 days") and sends no failure report
    return [R(rt(local), 'delayed', status, reason), R(rt(local), 'delayed', '4.4.7', 'expired', remote=None)]


NOTIFY_ALL = 'SUCCESS,DELAY,FAILURE'
CASES = [
    # ---- Postfix 3.7, second instance: German bounce_template_file, delay warning after 1 min, lifetime 3 min ----
    case('postfix', 'mixed-notify', [rt('ok1'), rt('unknown'), rt('full552'), rt('umlaut'), rt('full452')],
         [R(rt('ok1'), 'relayed', '2.0.0', None),
          R(rt('unknown'), 'failed', '5.1.10', 'user-unknown'),
          R(rt('full552'), 'failed', '5.2.2', 'mailbox-full'),
          R(rt('umlaut'), 'failed', '5.1.1', 'user-unknown')] + expired('full452', '4.2.2', 'mailbox-full'),
         notify=NOTIFY_ALL, note='one message: relayed, failed, delayed then expired; success, failure and delay DSNs'),
    case('postfix', 'policy-refusals', [rt('relay'), rt('rbl'), rt('disabled')],
         [R(rt('relay'), 'failed', '5.7.1', 'relay-denied'),
          R(rt('rbl'), 'failed', '5.7.1', 'blocklisted'),
          R(rt('disabled'), 'failed', '5.2.1', 'mailbox-disabled')]),
    case('postfix', 'message-too-large', [rt('toobig')], [R(rt('toobig'), 'failed', '5.3.4', 'message-too-large')]),
    case('postfix', 'spam-rejected', [rt('spam')], [R(rt('spam'), 'failed', '5.7.1', 'spam')]),
    case('postfix', 'rate-limited', [rt('rate450'), rt('busy451')],
         expired('rate450', '4.2.1', 'rate-limited') + expired('busy451', '4.7.500', 'rate-limited')),
    case('postfix', 'rate-limited-421', [rt('rate421')], expired('rate421', '4.7.28', 'rate-limited')),
    case('postfix', 'greylisted-expired', [rt('grey451'), rt('grey451x')],
         expired('grey451', '4.7.1', 'greylisted') + expired('grey451x', '4.0.0', 'greylisted')),
    case('postfix', 'tls-required', ['user@tls.test'],
         [R('user@tls.test', 'delayed', '4.7.4', 'tls-required'), R('user@tls.test', 'failed', '4.7.4', 'expired')]),
    case('postfix', 'smtputf8-recipient', [rt('üser')], [R(rt('üser'), 'failed', '5.1.1', 'user-unknown')],
         smtputf8=True),
    # returned through a server without 8BITMIME: Postfix sends the bounces quoted-printable
    case('postfix', 'quoted-printable', [rt('ok2'), rt('unknown'), rt('umlaut')],
         [R(rt('ok2'), 'relayed', '2.0.0', None),
          R(rt('unknown'), 'failed', '5.1.10', 'user-unknown'),
          R(rt('umlaut'), 'failed', '5.1.1', 'user-unknown')],
         notify=NOTIFY_ALL, sender='sender@postfix-qp.test'),

    # ---- OpenSMTPD 6.8: warn-interval 1 min, queue ttl 3 min ----
    case('opensmtpd', 'user-unknown', [rt('unknown')], [R(rt('unknown'), 'failed', '5.1.10', 'user-unknown')]),
    case('opensmtpd', 'mixed-notify', [rt('ok1'), rt('unknown'), rt('full552'), rt('full452')],
         [R(rt('ok1'), 'relayed', '2.0.0', None),
          R(rt('unknown'), 'failed', '5.1.10', 'user-unknown'),
          R(rt('full552'), 'failed', '5.2.2', 'mailbox-full')] + expired_opensmtpd('full452', '4.2.2', 'mailbox-full'),
         notify=NOTIFY_ALL),
    case('opensmtpd', 'policy-refusals', [rt('relay'), rt('rbl'), rt('disabled')],
         [R(rt('relay'), 'failed', '5.7.1', 'relay-denied'),
          R(rt('rbl'), 'failed', '5.7.1', 'blocklisted'),
          R(rt('disabled'), 'failed', '5.2.1', 'mailbox-disabled')]),
    case('opensmtpd', 'message-too-large', [rt('toobig')], [R(rt('toobig'), 'failed', '5.3.4', 'message-too-large')]),
    case('opensmtpd', 'spam-rejected', [rt('spam')], [R(rt('spam'), 'failed', '5.7.1', 'spam')]),
    case('opensmtpd', 'greylisted-expired', [rt('grey451')], expired_opensmtpd('grey451', '4.7.1', 'greylisted')),
    case('opensmtpd', 'rate-limited', [rt('busy451')], expired_opensmtpd('busy451', '4.7.500', 'rate-limited')),

    # ---- Exim 4.96, second instance: delay warning after 1 min, retries for 3 min; it writes Status 5.0.0 (4.0.0
    # in delay warnings) whatever the reply, and quotes the reply, multi-line ones line by line, in its text ----
    # Exim's success report for a server that does not offer DSN says delivered, not relayed
    case('exim', 'mixed-notify', [rt('ok1'), rt('unknown'), rt('full552'), rt('rate450')],
         [R(rt('ok1'), 'delivered', '2.0.0', None),
          R(rt('unknown'), 'failed', '5.1.10', 'user-unknown'),
          R(rt('full552'), 'failed', '5.2.2', 'mailbox-full')] + expired('rate450', '4.2.1', 'rate-limited'),
         notify=NOTIFY_ALL),
    case('exim', 'policy-refusals', [rt('relay'), rt('rbl'), rt('disabled')],
         [R(rt('relay'), 'failed', '5.7.1', 'relay-denied'),
          R(rt('rbl'), 'failed', '5.7.1', 'blocklisted'),
          R(rt('disabled'), 'failed', '5.2.1', 'mailbox-disabled')]),
    case('exim', 'message-too-large', [rt('toobig')], [R(rt('toobig'), 'failed', '5.3.4', 'message-too-large')]),
    case('exim', 'spam-rejected', [rt('spam')], [R(rt('spam'), 'failed', '5.7.1', 'spam')]),
    case('exim', 'greylisted-expired', [rt('grey451x')], expired('grey451x', '4.0.0', 'greylisted')),
    case('exim', 'rate-limited-421', [rt('rate421')], expired('rate421', '4.7.28', 'rate-limited')),
    case('exim', 'smtputf8-recipient', [rt('üser')], [R(rt('üser'), 'failed', '5.1.1', 'user-unknown')], smtputf8=True),

    # ---- Sendmail 8.17, second instance: Timeout.queuewarn 1m, Timeout.queuereturn 3m ----
    case('sendmail', 'mixed-notify', [rt('ok1'), rt('unknown'), rt('full552'), rt('full452')],
         [R(rt('ok1'), 'relayed', '2.0.0', None),
          R(rt('unknown'), 'failed', '5.1.10', 'user-unknown'),
          R(rt('full552'), 'failed', '5.2.2', 'mailbox-full'),
          R(rt('full452'), 'delayed', '4.2.2', 'mailbox-full'), R(rt('full452'), 'failed', '4.4.7', 'expired')],
         notify=NOTIFY_ALL),
    case('sendmail', 'policy-refusals', [rt('relay'), rt('rbl'), rt('disabled')],
         [R(rt('relay'), 'failed', '5.7.1', 'relay-denied'),
          R(rt('rbl'), 'failed', '5.7.1', 'blocklisted'),
          R(rt('disabled'), 'failed', '5.2.1', 'mailbox-disabled')]),
    case('sendmail', 'message-too-large', [rt('toobig')], [R(rt('toobig'), 'failed', '5.3.4', 'message-too-large')]),
    case('sendmail', 'spam-rejected', [rt('spam')], [R(rt('spam'), 'failed', '5.7.1', 'spam')]),
    case('sendmail', 'greylisted-expired', [rt('grey451'), rt('grey451x')],
         [R(rt('grey451'), 'delayed', '4.7.1', 'greylisted'), R(rt('grey451'), 'failed', '4.4.7', 'expired'),
          R(rt('grey451x'), 'delayed', '4.0.0', 'greylisted'), R(rt('grey451x'), 'failed', '4.4.7', 'expired')]),
    case('sendmail', 'rate-limited-421', [rt('rate421')],
         [R(rt('rate421'), 'delayed', '4.7.28', 'rate-limited'), R(rt('rate421'), 'failed', '4.4.7', 'expired')]),

    # ---- dma 0.13: permanent failures (it retries temporary ones for days) ----
    case('dma', 'user-unknown', [rt('unknown')], [R(rt('unknown'), 'failed', '5.1.10', 'user-unknown')]),
    case('dma', 'mailbox-full', [rt('full552')], [R(rt('full552'), 'failed', '5.2.2', 'mailbox-full')]),
    case('dma', 'relay-denied', [rt('relay')], [R(rt('relay'), 'failed', '5.7.1', 'relay-denied')]),
    case('dma', 'message-too-large', [rt('toobig')], [R(rt('toobig'), 'failed', '5.3.4', 'message-too-large')]),

    # ---- nullmailer 2.2: nullmailer-dsn; queuelifetime 3 min ----
    case('nullmailer', 'user-unknown', [rt('unknown')], [R(rt('unknown'), 'failed', '5.1.10', 'user-unknown')]),
    case('nullmailer', 'mailbox-full', [rt('full552')], [R(rt('full552'), 'failed', '5.2.2', 'mailbox-full')]),
    case('nullmailer', 'spam-rejected', [rt('spam')], [R(rt('spam'), 'failed', '5.7.1', 'spam')]),
    # nullmailer sends no delay warning while it retries; when queuelifetime is over it moves the message to failed/
    # and nullmailer-dsn reports it with the last reply's class: a 4xx gives "Action: delayed" and the text "A final
    # delivery status notification will be generated if delivery proves to be impossible", though none will come
    case('nullmailer', 'greylisted-expired', [rt('grey451')], [R(rt('grey451'), 'delayed', '4.7.1', 'greylisted')]),
]


def message_id(c):
    return f"scc.{c['software']}.{c['case']}@{c['sender'].split('@')[1]}"


def message(c):
    body = f"This message was sent to provoke the breadth corpus case {c['software']}/{c['case']}.\n"
    headers = [
        f"From: Corpus Sender <{c['sender']}>",
        f"To: {', '.join('<' + r + '>' for r in c['rcpts'])}",
        f"Subject: Corpus case {c['case']}",
        f"Date: {formatdate(localtime=False)}",
        f"Message-ID: <{message_id(c)}>",
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: 7bit',
    ]
    return ('\n'.join(headers) + '\n\n' + body).encode('utf-8')


SMTP_SUBMIT = ('import smtplib, sys, json\n'
               'port, sender, rcpts, notify, utf8 = json.loads(sys.argv[1])\n'
               's = smtplib.SMTP("127.0.0.1", port, local_hostname="client.test")\n'
               's.ehlo()\n'
               'mo = ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else []\n'
               'ro = ["NOTIFY=" + notify] if notify else []\n'
               'data = sys.stdin.buffer.read().replace(b"\\n", b"\\r\\n")\n'
               's.mail(sender, mo)\n'
               'for r in rcpts:\n'
               '    code, msg = s.rcpt(r, ro)\n'
               '    if code >= 400: print("refused at submission", r, code, msg)\n'
               's.data(data)\n'
               's.quit()\n')


def submit(c):
    sw = c['software']
    if sw in PORT:
        import json
        arg = json.dumps([PORT[sw], c['sender'], c['rcpts'], c['notify'], c['smtputf8']])
        cmd = ['python3', '-c', SMTP_SUBMIT, arg]
    elif sw == 'dma':
        cmd = [f'{STATE}/root-dma/usr/sbin/dma', '-f', c['sender'], '--'] + c['rcpts']
    elif sw == 'nullmailer':
        cmd = [os.path.join(HERE, 'nullmailer-ns'), '/usr/sbin/sendmail', '-f', c['sender'], '--'] + c['rcpts']
    subprocess.run(['ip', 'netns', 'exec', NS] + cmd, input=message(c), check=True)


def queues_empty():
    pf = subprocess.run(['postqueue', '-c', f'{STATE}/postfix', '-j'], capture_output=True, text=True).stdout.strip()
    # (smtpctl from the extraction is not set-group-id opensmtpq, so it cannot list the queue: look at the spool)
    osmtpd = [f for _, _, fs in os.walk('/var/spool/smtpd/queue') for f in fs]
    nm = os.listdir('/var/spool/nullmailer/queue') if os.path.isdir('/var/spool/nullmailer/queue') else []
    dma = [f for f in os.listdir(f'{STATE}/dma-spool') if f.startswith('Q')] if os.path.isdir(f'{STATE}/dma-spool') else []
    ex = subprocess.run(EXIM + ['-bpc'], capture_output=True, text=True)
    exim_empty = ex.returncode != 0 or ex.stdout.strip() in ('', '0')
    sm = [f for f in os.listdir(f'{STATE}/sendmail/mqueue') if f.startswith('qf')] if os.path.isdir(f'{STATE}/sendmail/mqueue') else []
    return not pf and not osmtpd and not nm and not dma and exim_empty and not sm


def wait():
    time.sleep(30)
    for _ in range(48):
        if queues_empty():
            time.sleep(5)
            return
        time.sleep(10)
    print('queues not empty after 8 minutes', file=sys.stderr)


def run(only):
    for c in CASES:
        if only and c['software'] not in only and f"{c['software']}/{c['case']}" not in only:
            continue
        print(f"submit {c['software']}/{c['case']}", flush=True)
        try:
            submit(c)
        except subprocess.CalledProcessError as e:
            print(f'  FAILED to submit: {e}', flush=True)
        time.sleep(2)


if __name__ == '__main__':
    if sys.argv[1:] == ['--wait']:
        wait()
    else:
        run(sys.argv[1:])
