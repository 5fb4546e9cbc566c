"""Failure modes the loopback corpus (cases.py) does not provoke, for the log parser: what is sent, by which MTA, and
what must happen to each recipient. Run by scripts/corpus/failures.sh, which sets up the servers they need (the
misbehaving receivers of failmodes.py, Postfix's error/retry/lmtp/pipe/discard/virtual deliveries, an IPv6-only MX,
an unreachable MX). A row is one outcome for one recipient, in the order they happen: a deferral, then the end of its
retries (every deferred case here expires after 4 minutes: maximal_queue_lifetime, Exim's F,4m retry rule,
Timeout.queuereturn). `status` is the enhanced code the sending MTA logs with it (Exim logs none: null), `remoteMta`
the host its log names ("" when it names none).

  python3 failures.py run [software ...]   submit the cases (inside the scc-corpus namespace)
  python3 failures.py manifest             the truth as test/corpus/loopback-failures/manifest.json
"""

import json
import sys
import time

import cases as C


def R(rcpt, action, status, reason, remote=''):
    return {'recipient': rcpt, 'action': action, 'status': status, 'reason': reason, 'remoteMta': remote or None}


def expiring(rcpt, status, reason, remote='', final_status=None, expired_remote=None):
    """A deferral that lasts until the queue lifetime ends: the deferral's row, then the failure's."""
    return [R(rcpt, 'delayed', status, reason, remote),
            R(rcpt, 'failed', final_status or status, 'expired', remote if expired_remote is None else expired_remote)]


def case(sw, cid, rcpts, rows, how, sender=None, then=None):
    c = C.case(sw, cid, rcpts, rows, sender=sender)
    c['how'] = how
    c['then'] = then  # a second message to the same destination, sent a few seconds later
    return c


PF, EX, SM = 'postfix', 'exim', 'sendmail'
MXR = 'mx.reject.test[127.0.0.1]'
CASES = [
    # ---- Postfix 3.7 sending ----
    case(PF, 'reply-non-ascii', ['user@reject.test'],
         [R('user@reject.test', 'failed', '5.1.1', 'user-unknown', MXR)],
         'failmodes.py reject: 550 5.1.1 at RCPT with UTF-8 text'),
    case(PF, 'ipv6-relay', ['user@v6.test'],
         [R('user@v6.test', 'failed', '5.1.1', 'user-unknown', 'mx.v6.test[::1]')],
         'the MX of v6.test has only an AAAA record (::1); failmodes.py reject answers there'),
    case(PF, 'lost-connection-rcpt', ['user@drop.test'],
         expiring('user@drop.test', '4.4.2', 'network-error', 'mx.drop.test[127.0.0.1]'),
         'failmodes.py drop closes the connection at RCPT TO'),
    case(PF, 'greeting-timeout', ['user@silent.test'],
         expiring('user@silent.test', '4.4.2', 'network-error', 'mx.silent.test[127.0.0.1]'),
         'failmodes.py silent never greets; smtp_helo_timeout = 5s'),
    case(PF, 'tls-handshake-failure', ['user@tls.test'],
         expiring('user@tls.test', '4.7.5', 'tls-required', 'mx.tls.test[127.0.0.1]'),
         'failmodes.py tls answers STARTTLS with bytes that are no TLS; smtp_tls_policy_maps says encrypt for tls.test'),
    case(PF, 'greeting-554', ['user@busy5.test'],
         expiring('user@busy5.test', '4.3.2', 'system-error', 'mx.busy5.test[127.0.0.1]'),
         'failmodes.py busy5 greets with 554; smtp_skip_5xx_greeting (default yes) makes it a deferral'),
    case(PF, 'greeting-421', ['user@busy4.test'],
         expiring('user@busy4.test', '4.3.2', 'system-error', 'mx.busy4.test[127.0.0.1]'),
         'failmodes.py busy4 greets with 421'),
    case(PF, 'network-unreachable', ['user@unreach.test'],
         expiring('user@unreach.test', '4.4.1', 'network-error'),
         'the MX of unreach.test is 192.0.2.10, which has no route in the namespace'),
    case(PF, 'delivery-suspended', ['user-a@refused.test'],
         expiring('user-a@refused.test', '4.4.1', 'network-error')
         + expiring('user-b@refused.test', '4.4.1', 'network-error'),
         'two messages to a port where nothing listens, the second 2 s after the first: the destination is marked '
         'dead, later attempts are "delivery temporarily suspended"', then=['user-b@refused.test']),
    case(PF, 'error-transport', ['user@retired.test'],
         [R('user@retired.test', 'failed', '5.1.6', 'recipient-moved')],
         'transport_maps: retired.test error:5.1.6 mailbox retired, no forwarding address'),
    case(PF, 'retry-transport', ['user@maintenance.test'],
         expiring('user@maintenance.test', '4.3.5', 'system-error'),
         'transport_maps: maintenance.test retry:4.3.5 mailbox server under maintenance'),
    case(PF, 'lmtp', ['ok@lmtp.test', 'nouser@lmtp.test', 'full@lmtp.test', 'tmpfull@lmtp.test'],
         [R('ok@lmtp.test', 'delivered', '2.0.0', None, '127.0.0.1[127.0.0.1]'),
          R('nouser@lmtp.test', 'failed', '5.1.1', 'user-unknown', '127.0.0.1[127.0.0.1]'),
          R('full@lmtp.test', 'failed', '5.2.2', 'mailbox-full', '127.0.0.1[127.0.0.1]')]
         + expiring('tmpfull@lmtp.test', '4.2.2', 'mailbox-full', '127.0.0.1[127.0.0.1]'),
         'transport_maps: lmtp.test lmtp:inet:127.0.0.1:2546 (failmodes.py lmtp)'),
    case(PF, 'pipe', ['ok@pipe.test', 'nouser@pipe.test', 'tmp@pipe.test'],
         [R('ok@pipe.test', 'delivered', '2.0.0', None),
          R('nouser@pipe.test', 'failed', '5.1.1', 'user-unknown')]
         + expiring('tmp@pipe.test', '4.3.0', 'system-error'),
         'a pipe(8) transport whose command exits 67 (EX_NOUSER) or 75 (EX_TEMPFAIL)'),
    case(PF, 'discard', ['user@discard.test'],
         [R('user@discard.test', 'delivered', '2.0.0', None)],
         'transport_maps: discard.test discard:'),
    case(PF, 'virtual', ['vuser@virtual.test', 'nouser@virtual.test', 'vfull@virtual.test'],
         [R('vuser@virtual.test', 'delivered', '2.0.0', None),
          R('nouser@virtual.test', 'failed', '5.1.1', 'user-unknown'),
          R('vfull@virtual.test', 'failed', '5.2.2', 'mailbox-full')],
         'virtual_mailbox_domains = virtual.test; vfull\'s mbox already at virtual_mailbox_limit'),
    # ---- Exim 4.96 sending ----
    case(EX, 'reply-non-ascii', ['user@reject.test'],
         [R('user@reject.test', 'failed', None, 'user-unknown', MXR)],
         'failmodes.py reject'),
    case(EX, 'lost-connection-rcpt', ['user@drop.test'],
         expiring('user@drop.test', None, 'network-error', 'mx.drop.test[127.0.0.1]', expired_remote=''),
         'failmodes.py drop'),
    case(EX, 'greeting-timeout', ['user@silent.test'],
         expiring('user@silent.test', None, 'network-error', 'mx.silent.test[127.0.0.1]', expired_remote=''),
         'failmodes.py silent; the transport\'s command_timeout = 5s'),
    case(EX, 'tls-handshake-failure', ['user@tls.test'],
         expiring('user@tls.test', None, 'tls-required', 'mx.tls.test[127.0.0.1]', expired_remote=''),
         'failmodes.py tls; hosts_require_tls for tls.test'),
    case(EX, 'greeting-554', ['user@busy5.test'],
         [R('user@busy5.test', 'failed', None, 'system-error', 'mx.busy5.test[127.0.0.1]')],
         'failmodes.py busy5'),
    case(EX, 'greeting-421', ['user@busy4.test'],
         expiring('user@busy4.test', None, 'system-error', 'mx.busy4.test[127.0.0.1]', expired_remote=''),
         'failmodes.py busy4'),
    case(EX, 'retry-time-not-reached', ['user-a@refused.test'],
         expiring('user-a@refused.test', None, 'network-error')
         + expiring('user-b@refused.test', None, 'network-error'),
         'two messages to a port where nothing listens, the second 2 s after the first: "retry time not reached"',
         then=['user-b@refused.test']),
    case(EX, 'frozen-bounce', ['nouser@exim.test'],
         [R('nouser@exim.test', 'failed', None, 'user-unknown'),
          R('sender@nosuch.test', 'failed', None, 'domain-not-found')],
         'the envelope sender\'s domain does not exist, so the bounce fails too and Exim freezes it',
         sender='sender@nosuch.test'),
    # ---- Sendmail 8.17 sending ----
    # Sendmail's status is its own dsn= (its DSNs say the same), not the enhanced code of the reply it quotes.
    case(SM, 'reply-non-ascii', ['user@reject.test'],
         [R('user@reject.test', 'failed', '5.1.1', 'user-unknown', MXR)],
         'failmodes.py reject'),
    case(SM, 'lost-connection-rcpt', ['user@drop.test'],
         expiring('user@drop.test', '4.4.2', 'network-error', 'mx.drop.test[127.0.0.1]', final_status='4.4.7'),
         'failmodes.py drop; Sendmail words it "421 4.4.1 Connection reset by mx.drop.test."'),
    case(SM, 'greeting-554', ['user@busy5.test'],
         [R('user@busy5.test', 'failed', '5.5.0', 'system-error', 'mx.busy5.test[127.0.0.1]')],
         'failmodes.py busy5: dsn=5.5.0 with reply=554 5.3.2, "Service unavailable"'),
    case(SM, 'greeting-421', ['user@busy4.test'],
         expiring('user@busy4.test', '4.5.0', 'system-error', 'mx.busy4.test[127.0.0.1]', final_status='4.4.7'),
         'failmodes.py busy4: dsn=4.5.0 with stat=Deferred: 421 4.3.2'),
    case(SM, 'connection-refused', ['user-a@refused.test'],
         # a queue run's attempt may log relay=mx.refused.test. without the address; the expiry keeps the last one's
         expiring('user-a@refused.test', '4.4.1', 'network-error', 'mx.refused.test[127.0.0.1]', final_status='4.4.7',
                  expired_remote='')
         + expiring('user-b@refused.test', '4.4.1', 'network-error', 'mx.refused.test[127.0.0.1]', final_status='4.4.7',
                    expired_remote=''),
         'two messages to a port where nothing listens: "Deferred: Connection refused by mx.refused.test."',
         then=['user-b@refused.test']),
    case(SM, 'host-unknown', ['user@nosuch.test'],
         [R('user@nosuch.test', 'failed', '5.1.2', 'domain-not-found')],
         'NXDOMAIN: "Host unknown (Name server: nosuch.test: host not found)"'),
]


def run(only):
    for c in CASES:
        if only and c['software'] not in only:
            continue
        print(f"submit {c['software']}/{c['case']}", flush=True)
        C.submit(c)
        if c['then']:
            time.sleep(2)
            C.submit({**c, 'rcpts': c['then']})
        time.sleep(3)  # keeps each case's lines apart


LOGS = {PF: 'postfix.log', EX: 'exim.mainlog', SM: 'sendmail.log'}
FORMATS = {PF: 'rsyslog-rfc3339', EX: 'exim-mainlog', SM: 'rsyslog-rfc3339'}


def manifest(versions):
    files = []
    for sw, path in LOGS.items():
        truth = [{**r, 'case': c['case']} for c in CASES if c['software'] == sw for r in c['rows']]
        files.append({'path': path, 'kind': 'log', 'format': FORMATS[sw], 'software': sw, 'version': versions.get(sw),
                      'role': 'sender', 'truth': truth})
    return {
        'description': 'Sending MTAs\' logs of failure modes the loopback corpus does not provoke, from '
                       'scripts/corpus/failures.sh; truth per recipient is what each case was built to provoke '
                       '(scripts/corpus/failures.py), checked against the lines by hand.',
        'cases': [{'software': c['software'], 'case': c['case'], 'recipients': c['rcpts'] + (c['then'] or []),
                   'sender': c['sender'], 'how': c['how']} for c in CASES],
        'files': files,
    }


if __name__ == '__main__':
    if sys.argv[1:2] == ['run']:
        run(sys.argv[2:])
    elif sys.argv[1:2] == ['manifest']:
        v = dict(a.split('=', 1) for a in sys.argv[2:])
        print(json.dumps(manifest(v), indent=1, ensure_ascii=False))
    else:
        sys.exit(__doc__)
