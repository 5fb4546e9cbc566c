"""The truth's status where the sending MTA wrote only the class. Exim, OpenSMTPD, and Sendmail for a refusal after
DATA write Status 5.0.0 (4.0.0 in a delay warning) whatever the remote answered; the status a reader looks up is the
remote's own enhanced code, the one its reply (the DSN's Diagnostic-Code) quotes. That becomes the row's status and
the MTA's stays as reportedStatus. A log row of the same case, recipient and action gets what its DSN row got: the
log quotes the same reply. Both collectors (collect.py, breadth/collect.py) run refine() before writing a manifest.

usage: reply_status.py CORPUS_DIR [--write]
  checks that the manifest is what refine() makes of the MTAs' statuses; --write makes it so
"""

import json
import os
import re
import sys

CLASS_ONLY = re.compile(r'^[245]\.0\.0$')
# the reply's enhanced code, right after its basic code: "smtp; 550 5.1.1 <…>", "550-5.1.1 …"
REPLY_STATUS = re.compile(r'(?:^|[;:]|\s)([245])\d\d[ -]([245]\.\d{1,3}\.\d{1,3})(?![\d.])')
ADDRESS = re.compile(r'[^\s<>@]+@[^\s<>@]+')


def quoted(diagnostic, status):
    m = REPLY_STATUS.search(diagnostic or '')
    if not m or m.group(2)[0] != status[0] or CLASS_ONLY.match(m.group(2)):
        return None
    return m.group(2)


def quoted_in_text(text, recipient, status):
    """A DSN without Diagnostic-Code (OpenSMTPD, Exim's delay warnings) quotes the reply in its text for people:
    in the paragraph that names the recipient, before a blank line or another recipient."""
    for m in re.finditer(re.escape(recipient), text, re.IGNORECASE):
        para = re.split(r'\n[ \t]*\n', text[m.end():], maxsplit=1)[0]
        # the paragraph ends where a line names another address first (the next recipient)
        lines = []
        for line in para.split('\n')[1:]:
            first = ADDRESS.search(line)
            if first and first.group(0).strip('<>:,.').lower() != recipient.lower() and line.strip().startswith(first.group(0)):
                break
            lines.append(line)
        q = quoted(' '.join([para.split('\n')[0]] + lines), status)
        if q:
            return q
    return None


def _set(row, status):
    fields = list(row.items())
    row.clear()
    for k, v in fields:
        row[k] = status if k == 'status' else v
        if k == 'status':
            row['reportedStatus'] = v


def refine(files, read):
    """Rewrites each class-only truth status in place; returns how many changed."""
    changed = 0
    by_case = {}
    for f in files:
        for t in f['truth']:
            if t.get('status') and CLASS_ONLY.match(t['status']) and f.get('kind', 'dsn') == 'dsn':
                q = quoted(t.get('diagnosticCode'), t['status'])
                if not q and not re.search(r'[245][0-9][0-9]', t.get('diagnosticCode') or ''):
                    q = quoted_in_text(read(f['path']), t['recipient'], t['status'])
                if q:
                    by_case[(t.get('case') or f.get('case'), t['recipient'].lower(), t['action'], t['status'])] = q
                    _set(t, q)
                    changed += 1
    for f in files:
        if f.get('kind') != 'log':
            continue
        for t in f['truth']:
            if t.get('status') and CLASS_ONLY.match(t['status']):
                q = by_case.get((t.get('case') or f.get('case'), t['recipient'].lower(), t['action'], t['status']))
                if q:
                    _set(t, q)
                    changed += 1
    return changed


if __name__ == '__main__':
    corpus = sys.argv[1]
    with open(os.path.join(corpus, 'manifest.json')) as fh:
        manifest = json.load(fh)
    want = json.dumps(manifest, indent=2, ensure_ascii=False)
    for f in manifest['files']:
        for t in f['truth']:
            if 'reportedStatus' in t:
                t['status'] = t.pop('reportedStatus')
    n = refine(manifest['files'], lambda p: open(os.path.join(corpus, p), 'rb').read().decode('utf-8', 'replace'))
    got = json.dumps(manifest, indent=2, ensure_ascii=False)
    print(f'{corpus}: {n} statuses from the quoted reply;', 'the manifest agrees' if got == want else 'the manifest differs')
    if '--write' in sys.argv[2:]:
        with open(os.path.join(corpus, 'manifest.json'), 'w') as fh:
            fh.write(got + '\n')
    else:
        sys.exit(0 if got == want else 1)
