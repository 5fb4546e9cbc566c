"""Collects the DSNs and log lines that provoke.sh produced into
test/corpus/loopback/, and writes manifest.json from the case table.

usage: collect.py STATE_DIR OUT_DIR

The truth comes from cases.py (what was provoked). Each DSN is also read here
and compared with that table, so that a configuration change that alters what
a server does shows up as a loud mismatch instead of a wrong manifest.
"""

import json
import mailbox
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402
import reply_status as R  # noqa: E402
from dsn_fields import addr, status_blocks, unxtext  # noqa: E402

STATE, OUT = sys.argv[1], sys.argv[2]
problems = []


def warn(msg):
    problems.append(msg)
    print('MISMATCH ' + msg, file=sys.stderr)


# ---------- versions ----------

def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()


VERSIONS = {
    'postfix': {'version': sh('postconf -h mail_version'),
                'package': 'postfix ' + sh("dpkg-query -W -f '${Version}' postfix")},
    'exim': {'version': sh(f"{C.EXIM[0]} -C /dev/null -bV 2>/dev/null | sed -n 's/^Exim version \\([^ ]*\\).*/\\1/p'"),
             'package': 'exim4-daemon-light ' + sh(f"dpkg-deb -f {STATE}/debs/exim4-daemon-light_*.deb Version")},
    'sendmail': {'version': sh(f"dpkg-deb -f {STATE}/debs/sendmail-bin_*.deb Version").split('-')[0],
                 'package': 'sendmail-bin ' + sh(f"dpkg-deb -f {STATE}/debs/sendmail-bin_*.deb Version")},
    'haraka': {'version': sh(f"node -p \"require('{STATE}/haraka-install/node_modules/Haraka/package.json').version\""),
               'package': 'npm Haraka ' + sh(f"node -p \"require('{STATE}/haraka-install/node_modules/Haraka/package.json').version\"")},
    'postgrey': {'version': sh("dpkg-query -W -f '${Version}' postgrey").split('-')[0],
                 'package': 'postgrey ' + sh("dpkg-query -W -f '${Version}' postgrey")},
}

# ---------- DSN messages ----------

MAILBOXES = {
    'postfix': [f'/home/{u}/Maildir' for u in ('sender', 'blocked')],
    'exim': [f'{STATE}/exim/mail/{u}/Maildir' for u in ('sender', 'blocked')],
    'sendmail': [f'{STATE}/sendmail/mail/smsender/Maildir'],
}


def messages(sw):
    for path in MAILBOXES[sw]:
        if os.path.isdir(path):
            for sub in ('new', 'cur'):
                d = os.path.join(path, sub)
                for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
                    with open(os.path.join(d, name), 'rb') as f:
                        yield f.read()
        elif os.path.isfile(path):
            box = mailbox.mbox(path, create=False)
            for key in box.keys():
                yield box.get_bytes(key)


GENERATOR = {v: k for k, v in C.MX.items()}
MID_RE = re.compile(rb'scc\.(postfix|exim|sendmail|haraka)\.([a-z0-9-]+)@')


def collect_dsns():
    found = {}  # (sw, case) -> list of (kind, raw, blocks, ctype)
    for sw in MAILBOXES:
        for raw in messages(sw):
            m = MID_RE.search(raw)
            if not m:
                warn(f'{sw}: a message in the mailbox names no corpus case: {raw[:200]!r}')
                continue
            key = (m.group(1).decode(), m.group(2).decode())
            ctype, reporting, blocks = status_blocks(raw)
            gen = GENERATOR.get(addr(reporting), sw)
            actions = {b['action'].split()[0].lower() if b.get('action') else 'failed' for b in blocks}
            kind = 'failed' if 'failed' in actions else 'delayed' if actions == {'delayed'} else 'success' if actions else 'plain'
            found.setdefault(key, []).append((kind, raw, blocks, ctype, gen))
    return found


# ---------- logs ----------

LOGS = {
    'postfix': f'{STATE}/log/postfix.log',
    'exim': f'{STATE}/exim/log/mainlog',
    'sendmail': f'{STATE}/log/sendmail.log',
    'haraka': f'{STATE}/log/haraka.log',
}
COMBINED = {
    'postfix': [('mail.log', f'{STATE}/log/postfix.log', 'rsyslog-rfc3339'),
                ('mail.traditional.log', f'{STATE}/log/postfix.traditional.log', 'rsyslog-traditional')],
    'exim': [('mainlog', f'{STATE}/exim/log/mainlog', 'exim-mainlog')],
    'sendmail': [('mail.log', f'{STATE}/log/sendmail.log', 'rsyslog-rfc3339'),
                 ('mail.traditional.log', f'{STATE}/log/sendmail.traditional.log', 'rsyslog-traditional')],
    'haraka': [('haraka.log', f'{STATE}/log/haraka.log', 'haraka-stdout')],
}
LOG_FORMAT = {'postfix': 'rsyslog-rfc3339', 'exim': 'exim-mainlog', 'sendmail': 'rsyslog-rfc3339', 'haraka': 'haraka-stdout'}

ID_RE = {
    'postfix': re.compile(r'^\S+ \S+ postfix/[\w/-]+\[(\d+)\]: ([0-9A-F]{8,12}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{12,16}):'),
    'exim': re.compile(r'^\S+ \S+ ([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) '),
    'sendmail': re.compile(r'^\S+ \S+ sm-mta\[(\d+)\]: ([0-9A-Za-z]{14}):'),
    'haraka': re.compile(r'^\S+ \[\w+\] \[()([0-9A-F]{8}-[0-9A-F-]{27})(?:\.\d+)*\]'),
}
CHILD_RE = {
    'postfix': re.compile(r'sender (?:non-delivery|delay|delivery status) notification: ([0-9A-Za-z]+)'),
    'exim': re.compile(r' R=([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) '),
    'sendmail': re.compile(r'^\S+ \S+ sm-mta\[\d+\]: [0-9A-Za-z]{14}: ([0-9A-Za-z]{14}): (?:DSN|return to sender|postmaster notify)'),
    'haraka': re.compile(r'$^'),
}
MSGID_RE = re.compile(r'(?:message-id=|msgid=|id=)<?([^\s>,]+@[^\s>,]+)>?')


def ts(sw, line):
    try:
        if sw == 'exim':
            return datetime.strptime(line[:19], '%Y-%m-%d %H:%M:%S')
        return datetime.strptime(line[:19], '%Y-%m-%dT%H:%M:%S')
    except ValueError:
        return None


def read_log(sw):
    path = LOGS[sw]
    if not os.path.exists(path):
        return []
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read().splitlines()


LINES = {sw: read_log(sw) for sw in LOGS}


def line_id(sw, line):
    m = ID_RE[sw].match(line)
    return m.group(2) if m and sw != 'exim' else (m.group(1) if m else None)


def extract(c):
    """The log lines of every software that handled case c."""
    seeds = {C.message_id(c).lower()}
    ids = {sw: set() for sw in LINES}
    for _ in range(6):  # fixpoint over message ids <-> queue ids <-> child ids
        for sw, lines in LINES.items():
            for line in lines:
                low = line.lower()
                qid = line_id(sw, line)
                if qid and any(s in low for s in seeds):
                    ids[sw].add(qid)
                if qid and qid in ids[sw]:
                    for m in MSGID_RE.finditer(line):
                        seeds.add(m.group(1).lower())
                    ch = CHILD_RE[sw].search(line)
                    if ch:
                        ids[sw].add(ch.group(1))
    picked = {sw: [i for i, l in enumerate(lines) if line_id(sw, l) in ids[sw]] for sw, lines in LINES.items()}
    # time window of the case on the sending side
    times = [ts(c['software'], LINES[c['software']][i]) for i in picked[c['software']]]
    times = [t for t in times if t]
    if times:
        lo, hi = min(times) - timedelta(seconds=1), max(times) + timedelta(seconds=1)
        rcpts = ['<' + r.lower() + '>' for r in c['rcpts']]
        sender = c['sender'].lower()
        rejects_sender = any(r['reason'] == 'sender-rejected' for r in c['rows'])
        size_case = any(r['reason'] == 'message-too-large' for r in c['rows'])
        for sw, lines in LINES.items():
            extra = set()
            for i, line in enumerate(lines):
                t = ts(sw, line)
                if i in picked[sw] or not t or not (lo <= t <= hi):
                    continue
                low = line.lower()
                by_rcpt = any(r in low for r in rcpts) and (
                    sender in low or not any(k in low for k in ('from=', 'f=<', 'ctladdr=')))
                q = line_id(sw, line)
                if by_rcpt and q and sender not in low:
                    # a queue id whose envelope sender is another case's
                    froms = [l.lower() for l in lines if line_id(sw, l) == q and 'from=' in l]
                    if froms and not any(sender in f for f in froms):
                        by_rcpt = False
                # a refused sender is logged without the recipients
                by_sender = rejects_sender and sw != c['software'] and '<' + sender + '>' in low and 'reject' in low
                # so is a refused MAIL FROM ... SIZE=: take the refusals of a short case's window
                by_size = size_case and sw != c['software'] and hi - lo < timedelta(seconds=10) and (
                    'reject' in low or 'too big' in low)
                if by_rcpt or by_sender or by_size:
                    extra.add(i)
                    if q:
                        extra.update(j for j, l in enumerate(lines) if line_id(sw, l) == q)
            # Postfix smtpd sessions: the connect/disconnect lines around a reject
            if sw == 'postfix':
                for i in list(extra):
                    m = re.match(r'^\S+ \S+ (postfix/smtpd\[\d+\]): ', lines[i])
                    if not m:
                        continue
                    tag = m.group(1)
                    j = i
                    while j > 0 and not (tag in lines[j] and ' connect from ' in lines[j]):
                        j -= 1
                    k = i
                    while k < len(lines) - 1 and not (tag in lines[k] and ' disconnect from ' in lines[k]):
                        k += 1
                    extra.update(x for x in range(j, k + 1) if tag in lines[x])
            picked[sw] = sorted(set(picked[sw]) | extra)
    return {sw: [LINES[sw][i] for i in idx] for sw, idx in picked.items() if idx}


# ---------- truth ----------

def truth_row(r, **extra):
    row = {'recipient': r['recipient'], 'action': r['action'], 'status': r['status'],
           'reason': r['reason'], 'remoteMta': r['remoteMta'] or None}
    row.update(extra)
    return row


def log_action(a):
    return 'delivered' if a == 'relayed' else a


def sender_log_row(c, r, **extra):
    if c['remote_bounce'] and r['via']:
        # what the sender logged: the handover to the receiver, which bounced later
        return truth_row(r, action='delivered', status='2.0.0', reason=None, **extra)
    return truth_row(r, action=log_action(r['action']), **extra)


def main():
    os.makedirs(OUT, exist_ok=True)
    files = []
    dsns = collect_dsns()
    for c in C.CASES:
        sw, cid = c['software'], c['case']
        d = os.path.join(OUT, sw)
        os.makedirs(d, exist_ok=True)
        got = dsns.pop((sw, cid), [])
        expected_kinds = set()
        if any(r['action'] == 'failed' for r in c['rows']):
            expected_kinds.add('failed')
        if c['notify'] and 'success' in c['notify']:
            expected_kinds.add('success')
        if not got:
            warn(f'{sw}/{cid}: no DSN arrived')
        counts = {}
        reported = set()
        for kind, raw, blocks, ctype, gen in got:
            # a DSN-capable next hop may itself report (delay, success) to the sender
            prefix = '' if gen == sw else f'{sw}-'
            counts[(gen, kind)] = n = counts.get((gen, kind), 0) + 1
            suffix = ('' if kind == 'failed' else '.' + kind) + (f'-{n}' if n > 1 else '')
            name = f'{prefix}{cid}{suffix}.eml'
            os.makedirs(os.path.join(OUT, gen), exist_ok=True)
            rows = []
            for b in blocks:
                rcpt = unxtext(addr(b.get('original-recipient') or b.get('final-recipient')))
                # Sendmail: 'delivered (to mailbox)'; Haraka may leave a failed recipient without one
                act = b['action'].split()[0].lower() if b.get('action') else None
                incomplete = act is None or not b.get('status')
                act = act or 'failed'
                status = (b.get('status') or '').split()[0] if b.get('status') else None
                match = [r for r in c['rows'] if r['recipient'].lower() == rcpt and r['action'] == act]
                if not match:
                    warn(f'{sw}/{name}: DSN reports {rcpt} {act} {status}, not in the case table')
                    continue
                r = match[0]
                if gen != sw or incomplete:
                    r = dict(r, status=status)
                elif r['status'] != status:
                    warn(f'{sw}/{name}: {rcpt} {act}: DSN status {status}, table says {r["status"]}')
                diag = b.get('diagnostic-code')
                extra = {'dsnIncomplete': True} if incomplete else {}
                rows.append(truth_row(r, diagnosticCode=re.sub(r'\s+', ' ', diag).strip() if diag else None, **extra))
            if kind == 'plain':
                rows = [truth_row(r) for r in c['rows'] if r['action'] == 'failed']
            reported.update((x['recipient'], x['action']) for x in rows)
            with open(os.path.join(OUT, gen, name), 'wb') as f:
                f.write(raw)
            files.append({'path': f'{gen}/{name}', 'kind': 'dsn', 'software': gen, 'version': VERSIONS[gen]['version'],
                          'case': cid, 'caseSoftware': sw, 'dsn': kind, 'contentType': ctype, 'sender': c['sender'],
                          'originalMessageId': C.message_id(c), 'truth': rows})
        for r in c['rows']:
            if r['action'] == 'failed' and (r['recipient'], 'failed') not in reported:
                warn(f'{sw}/{cid}: {r["recipient"]} failed is in no DSN')
        for k in expected_kinds - {k for (_, k) in counts}:
            warn(f'{sw}/{cid}: expected a {k} DSN, none arrived')

        logs = extract(c)
        for lsw, lines in logs.items():
            role = 'sender' if lsw == sw else 'receiver'
            name = f'{cid}.log' if role == 'sender' else f'{cid}.{lsw}.log'
            if role == 'sender':
                rows = [sender_log_row(c, r) for r in c['rows']]
            else:
                rows = [truth_row(r, action=log_action(r['action']), status=None, remoteMta=None)
                        for r in c['rows'] if r['via'] == lsw]
            with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
                f.write('\n'.join(lines) + '\n')
            files.append({'path': f'{sw}/{name}', 'kind': 'log', 'format': LOG_FORMAT[lsw], 'software': lsw,
                          'version': VERSIONS[lsw]['version'], 'case': cid, 'caseSoftware': sw, 'role': role, 'truth': rows})
        if sw not in logs:
            warn(f'{sw}/{cid}: no log lines found')

    for key, got in dsns.items():
        warn(f'DSN for unknown case {key}')

    for sw, entries in COMBINED.items():
        rows = []
        for c in C.CASES:
            for r in c['rows']:
                if c['software'] == sw:
                    rows.append(sender_log_row(c, r, role='sender', case=c['case']))
                elif r['via'] == sw:
                    rows.append(truth_row(r, action=log_action(r['action']), status=None, remoteMta=None,
                                          role='receiver', case=f"{c['software']}/{c['case']}"))
        os.makedirs(os.path.join(OUT, sw), exist_ok=True)
        for name, src, fmt in entries:
            with open(src, encoding='utf-8', errors='replace') as f:
                text = f.read()
            with open(os.path.join(OUT, sw, name), 'w', encoding='utf-8') as f:
                f.write(text)
            files.append({'path': f'{sw}/{name}', 'kind': 'log', 'format': fmt, 'software': sw,
                          'version': VERSIONS[sw]['version'], 'case': 'all', 'role': 'combined', 'truth': rows})

    # a class-only status (Exim's 5.0.0) becomes the quoted reply's, the MTA's kept as reportedStatus
    R.refine(files, lambda p: open(os.path.join(OUT, p), 'rb').read().decode('utf-8', 'replace'))
    manifest = {
        'description': 'DSNs and mail logs provoked from real MTAs on loopback by scripts/corpus/provoke.sh; '
                       'truth per recipient is what each case was built to provoke (scripts/corpus/cases.py).',
        'software': VERSIONS,
        'files': files,
    }
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(f'{len(files)} files, {len(problems)} mismatches')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
