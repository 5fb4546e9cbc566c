"""Collects the breadth corpus's bounces (the rejector's mailboxes for sender@<mta>.test) into
test/corpus/loopback-breadth/<mta>/ and writes its manifest.json, in the format of loopback/manifest.json
(test/corpus/breadth.ts reads it).

usage: collect.py STATE_DIR OUT_DIR

Truth: the action and recipients come from the case table (cases.py) and must agree with what the DSN reports;
the status is the one the sending MTA wrote into its DSN, except where it wrote only the class (OpenSMTPD writes
5.0.0 whatever the reply said, as Exim does): then the quoted reply's, with the MTA's as reportedStatus
(../reply_status.py); a bounce without a delivery-status part (dma) gets the enhanced code of the reply it quotes. The reason is
what the case provoked. Differences between the table and the DSNs are printed, not hidden.
"""

import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as C  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import reply_status as R  # noqa: E402
from dsn_fields import addr, status_blocks, unxtext  # noqa: E402

STATE, OUT = sys.argv[1], sys.argv[2]
notes = []


def note(msg):
    notes.append(msg)
    print('NOTE ' + msg, file=sys.stderr)


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()


def deb(name):
    return sh(f"dpkg-deb -f {STATE}/debs/{name}_*.deb Version")


SMTP_SERVER = sh(f"node -p \"require('{STATE}/smtp-server-install/node_modules/smtp-server/package.json').version\"")
VERSIONS = {
    'postfix': {'version': sh('postconf -c ' + STATE + '/postfix -h mail_version'),
                'package': 'postfix ' + sh("dpkg-query -W -f '${Version}' postfix")},
    'opensmtpd': {'version': deb('opensmtpd').split('-')[0], 'package': 'opensmtpd ' + deb('opensmtpd')},
    'dma': {'version': deb('dma').split('-')[0], 'package': 'dma ' + deb('dma')},
    'nullmailer': {'version': deb('nullmailer').split(':')[-1].split('-')[0], 'package': 'nullmailer ' + deb('nullmailer')},
    'exim': {'version': sh(f"{C.EXIM[0]} -C /dev/null -bV 2>/dev/null | sed -n 's/^Exim version \\([^ ]*\\).*/\\1/p'"),
             'package': 'exim4-daemon-light ' + sh("dpkg-deb -f /var/lib/scc-corpus/debs/exim4-daemon-light_*.deb Version")},
    'sendmail': {'version': sh("dpkg-deb -f /var/lib/scc-corpus/debs/sendmail-bin_*.deb Version").split('-')[0],
                 'package': 'sendmail-bin ' + sh("dpkg-deb -f /var/lib/scc-corpus/debs/sendmail-bin_*.deb Version")},
    'smtp-server': {'version': SMTP_SERVER, 'package': 'npm smtp-server ' + SMTP_SERVER},
}
MID_RE = re.compile(rb'scc\.(postfix|opensmtpd|dma|nullmailer|exim|sendmail)\.([a-z0-9-]+)@')
ENHANCED = re.compile(r'\b([245]\.\d{1,3}\.\d{1,3})\b')


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    found = {}
    # one mailbox per sender domain (postfix, postfix-qp, opensmtpd, ...)
    for box in sorted(os.listdir(os.path.join(STATE, 'mail'))):
        d = os.path.join(STATE, 'mail', box, 'new')
        for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            with open(os.path.join(d, name), 'rb') as f:
                raw = f.read()
            m = MID_RE.search(raw)
            if not m:
                note(f'{box}/{name}: names no case')
                continue
            found.setdefault(m.group(2).decode(), {}).setdefault(m.group(1).decode(), []).append(raw)
    files = []
    for c in C.CASES:
        sw, cid = c['software'], c['case']
        got = found.get(cid, {}).pop(sw, [])
        if not got:
            note(f'{sw}/{cid}: no bounce arrived')
        counts, reported = {}, set()
        for raw in got:
            ctype, _, blocks = status_blocks(raw)
            actions = {b.get('action', 'failed').split()[0].lower() for b in blocks}
            kind = 'failed' if 'failed' in actions else 'delayed' if actions == {'delayed'} else 'success' if actions else 'plain'
            counts[kind] = n = counts.get(kind, 0) + 1
            fname = f"{cid}{'' if kind in ('failed', 'plain') else '.' + kind}{f'-{n}' if n > 1 else ''}.eml"
            rows = []
            if kind == 'plain':
                text = raw.decode('utf-8', 'replace')
                for r in c['rows']:
                    if r['action'] != 'failed' or r['recipient'] not in text:
                        continue
                    # the enhanced code of the reply quoted after the recipient
                    after = text[text.index(r['recipient']):]
                    st = ENHANCED.search(after)
                    rows.append(dict(r, status=st.group(1) if st else None))
            for b in blocks:
                rcpt = unxtext(addr(b.get('original-recipient') or b.get('final-recipient')))
                act = b['action'].split()[0].lower() if b.get('action') else 'failed'
                status = b['status'].split()[0] if b.get('status') else None
                match = [r for r in c['rows'] if r['recipient'].lower() == rcpt and r['action'] == act]
                # two rows with one action (OpenSMTPD's delay notices): the one with the DSN's status first
                match.sort(key=lambda r: r['status'] != status)
                if not match:
                    note(f'{sw}/{fname}: DSN reports {rcpt} {act} {status}, not in the case table')
                    continue
                r = match[0]
                if status != r['status']:
                    note(f'{sw}/{fname}: {rcpt} {act}: the DSN says {status}, the reply {r["status"]}')
                diag = b.get('diagnostic-code')
                rows.append(dict(r, status=status, remoteMta=r['remoteMta'] if b.get('remote-mta') else None,
                                 diagnosticCode=re.sub(r'\s+', ' ', diag).strip() if diag else None))
            reported.update((x['recipient'], x['action']) for x in rows)
            os.makedirs(os.path.join(OUT, sw), exist_ok=True)
            with open(os.path.join(OUT, sw, fname), 'wb') as f:
                f.write(raw)
            files.append({'path': f'{sw}/{fname}', 'kind': 'dsn', 'software': sw,
                          'version': VERSIONS[sw]['version'], 'case': cid, 'caseSoftware': sw, 'dsn': kind,
                          'contentType': ctype, 'sender': c['sender'], 'originalMessageId': C.message_id(c),
                          'truth': [{k: r[k] for k in ('recipient', 'action', 'status', 'reason', 'remoteMta')} |
                                    ({'diagnosticCode': r['diagnosticCode']} if 'diagnosticCode' in r else {})
                                    for r in rows]})
        for r in c['rows']:
            if r['action'] in ('failed', 'delayed') and (r['recipient'], r['action']) not in reported:
                note(f'{sw}/{cid}: {r["recipient"]} {r["action"]} is in no bounce')
    for cid, rest in found.items():
        for sw in rest:
            note(f'{sw}/{cid}: a bounce for a case not in the table')
    # a class-only status (OpenSMTPD's 5.0.0) becomes the quoted reply's, the MTA's kept as reportedStatus
    R.refine(files, lambda p: open(os.path.join(OUT, p), 'rb').read().decode('utf-8', 'replace'))
    manifest = {
        'description': 'Bounces provoked on loopback by scripts/corpus/breadth.sh from MTAs provoke.sh does not run '
                       '(OpenSMTPD, dma, nullmailer) and a second Postfix instance (translated bounce template, short '
                       'delay warnings and lifetime, TLS required), all sending to smtp-server answering with real '
                       "servers' replies (scripts/corpus/breadth/rejector.mjs); truth per recipient from "
                       'scripts/corpus/breadth/cases.py.',
        'software': VERSIONS,
        'files': files,
    }
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(f'{len(files)} files, {len(notes)} notes')


if __name__ == '__main__':
    main()
