"""Reading the delivery-status part of a provoked bounce, for the collectors (collect.py, breadth/collect.py): its
per-recipient blocks as field maps, and the addresses in them. The collectors' truth must not depend on the code
under test, so this is Python's email package, not worker/core.
"""

import email
import re
from email import policy


def fields(block_text):
    """One block of RFC 3464 fields as {lower-case name: value}, folded lines joined."""
    out = []
    for line in block_text.splitlines():
        if line[:1] in (' ', '\t') and out:
            out[-1] = (out[-1][0], out[-1][1] + ' ' + line.strip())
        elif ':' in line:
            k, v = line.split(':', 1)
            out.append((k.strip().lower(), v.strip()))
    return dict(out)


def status_blocks(raw):
    """(content type, Reporting-MTA, per-recipient blocks) of a message's first delivery-status part, or (None, None, [])."""
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ('message/delivery-status', 'message/global-delivery-status'):
            payload = part.get_payload()
            if isinstance(payload, list):
                # message/delivery-status comes as one Message per block;
                # message/global-delivery-status as one Message with the rest as its body
                text = '\n\n'.join(m.as_bytes().decode('utf-8', 'replace') for m in payload)
            else:
                text = part.get_payload(decode=True).decode('utf-8', 'replace')
            blocks = [fields(b) for b in re.split(r'\r?\n\s*\r?\n', text) if b.strip()]
            head = blocks[0] if blocks and 'final-recipient' not in blocks[0] else {}
            # a per-recipient block is one with a Final-Recipient (Haraka may give it no Action or Status)
            return ct, head.get('reporting-mta'), [b for b in blocks if 'final-recipient' in b]
    return None, None, []


def addr(v):
    """The address of a recipient field ("rfc822; <Bob@Example.com>" -> "bob@example.com")."""
    return (v or '').split(';', 1)[-1].strip().strip('<>').lower()


def unxtext(v):
    """UTF-8 addresses in global DSNs may carry \\x{...}; RFC 3461 xtext uses +HH."""
    v = re.sub(r'\\x\{([0-9A-Fa-f]+)\}', lambda m: chr(int(m.group(1), 16)), v)
    return re.sub(r'\+([0-9A-F]{2})', lambda m: chr(int(m.group(1), 16)), v)
