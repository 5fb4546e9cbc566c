#!/usr/bin/env bash
# Failure modes the loopback corpus does not provoke, logged by real Postfix, Exim and Sendmail, for the log
# parser's tests (test/corpus/loopback-failures/, see its README). Run as root on the Debian 12 machine that
# `scripts/corpus/provoke.sh install` set up. Like provoke.sh, every daemon runs in the scc-corpus network namespace
# (its own loopback only: nothing leaves the machine), and all are stopped at the end. About 8 minutes.
#
#   scripts/corpus/failures.sh
#
# On top of conf/ (the same servers and cases' domains), in a copy of it:
# - scripts/corpus/failmodes.py serves misbehaving receivers on 2540-2546 (a UTF-8 550, a connection dropped at RCPT,
#   a server that never greets, a broken STARTTLS, 554 and 421 greetings, an LMTP server) on 127.0.0.1 and ::1;
# - dnsmasq gives their domains MX records, an IPv6-only MX (v6.test) and an MX with no route (unreach.test);
# - Postfix: long queue ids, IPv4 and IPv6, error, retry, lmtp, pipe and discard transports, a virtual mailbox domain
#   with a full mailbox, a short greeting timeout, TLS required for tls.test, one connection at a time per destination;
# - Exim: a router and transport for the failmodes domains (5 s command timeout, TLS required for tls.test);
# - Sendmail: mailers for the failmodes ports.
# Then scripts/corpus/failures.py submits the cases; the logs and failures.py's truth are collected.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
STATE=/var/lib/scc-corpus
NS=scc-corpus
VARIANT=$STATE/conf-failures
OUT=${CORPUS_OUT:-$REPO/test/corpus/loopback-failures}
EXIM="$STATE/exim4root/usr/sbin/exim4 -C $STATE/exim/exim4.conf"
nsx() { ip netns exec "$NS" "$@"; }

rm -rf "$VARIANT"
cp -r "$HERE/conf" "$VARIANT"

cat >> "$VARIANT/dnsmasq.conf" <<'DNS'
# failures.sh: failmodes.py's receivers, an IPv6-only MX, an MX without a route
mx-host=reject.test,mx.reject.test,10
host-record=mx.reject.test,127.0.0.1
mx-host=v6.test,mx.v6.test,10
host-record=mx.v6.test,::1
mx-host=drop.test,mx.drop.test,10
host-record=mx.drop.test,127.0.0.1
mx-host=silent.test,mx.silent.test,10
host-record=mx.silent.test,127.0.0.1
mx-host=tls.test,mx.tls.test,10
host-record=mx.tls.test,127.0.0.1
mx-host=busy5.test,mx.busy5.test,10
host-record=mx.busy5.test,127.0.0.1
mx-host=busy4.test,mx.busy4.test,10
host-record=mx.busy4.test,127.0.0.1
mx-host=unreach.test,mx.unreach.test,10
host-record=mx.unreach.test,192.0.2.10
DNS

sed -i -e '/^inet_protocols = /d' -e '/^inet_interfaces = /d' "$VARIANT/postfix-main.cf"
cat >> "$VARIANT/postfix-main.cf" <<MAIN
# failures.sh
enable_long_queue_ids = yes
inet_protocols = all
inet_interfaces = 127.0.0.1, [::1]
smtp_helo_timeout = 5s
smtp_tls_policy_maps = hash:/etc/postfix/tls_policy
initial_destination_concurrency = 1
virtual_mailbox_domains = virtual.test
virtual_mailbox_maps = hash:/etc/postfix/vmailbox
virtual_mailbox_base = $STATE/vmail
virtual_uid_maps = static:$(id -u user)
virtual_gid_maps = static:$(id -g user)
virtual_mailbox_limit = 1048576
# one pipe command per recipient, so each gets its own exit code
failpipe_destination_recipient_limit = 1
MAIN
cat >> "$VARIANT/postfix-transport" <<'TRANSPORT'
reject.test     smtp:reject.test:2540
v6.test         smtp:v6.test:2540
drop.test       smtp:drop.test:2541
silent.test     smtp:silent.test:2542
tls.test        smtp:tls.test:2543
busy5.test      smtp:busy5.test:2544
busy4.test      smtp:busy4.test:2545
lmtp.test       lmtp:inet:127.0.0.1:2546
pipe.test       failpipe:
discard.test    discard:
retired.test    error:5.1.6 mailbox retired, no forwarding address
maintenance.test  retry:4.3.5 mailbox server under maintenance
TRANSPORT
# postmap reads main.cf; provoke.sh start puts the variant's in place again
cp "$VARIANT/postfix-main.cf" /etc/postfix/main.cf
# the key is the nexthop as transport_maps gives it, with its port
printf 'tls.test:2543 encrypt\ntls.test encrypt\n' > /etc/postfix/tls_policy; postmap /etc/postfix/tls_policy
printf 'vuser@virtual.test vuser/\nvfull@virtual.test vfull\n' > /etc/postfix/vmailbox; postmap /etc/postfix/vmailbox
rm -rf $STATE/vmail; mkdir -p $STATE/vmail
truncate -s 1048576 $STATE/vmail/vfull
chown -R user:user $STATE/vmail; chmod 600 $STATE/vmail/vfull
# the pipe(8) command: exit codes of sysexits.h, as a real delivery program would use them
mkdir -p $STATE/bin
cat > $STATE/bin/failpipe <<'PIPE'
#!/bin/sh
cat > /dev/null
case "$1" in
  nouser@*) echo "failpipe: $1: no such user"; exit 67 ;;
  tmp@*) echo "failpipe: $1: spool directory locked, try later"; exit 75 ;;
esac
exit 0
PIPE
chmod 755 $STATE/bin/failpipe

# Exim: the failmodes domains through one more router and transport
printf 'reject.test: 2540\ndrop.test: 2541\nsilent.test: 2542\ntls.test: 2543\nbusy5.test: 2544\nbusy4.test: 2545\n' \
  > $STATE/failmode-ports
python3 - "$VARIANT/exim4.conf" "$STATE" <<'PY'
import sys
path, state = sys.argv[1:]
text = open(path).read()
router = ('to_failmodes:\n  driver = dnslookup\n  domains = reject.test : drop.test : silent.test : tls.test : busy5.test : busy4.test\n'
          '  transport = smtp_failmodes\n  self = send\n  no_more\n\n')
transport = ('smtp_failmodes:\n  driver = smtp\n  port = ${lookup{$domain}lsearch{%s/failmode-ports}}\n  allow_localhost\n'
             '  command_timeout = 5s\n  hosts_require_tls = ${if eq{$domain}{tls.test}{*}{}}\n\n' % state)
assert '\ndnslookup:\n' in text and '\nremote_smtp:\n' in text
text = text.replace('\ndnslookup:\n', '\n' + router + 'dnslookup:\n', 1).replace('\nremote_smtp:\n', '\n' + transport + 'remote_smtp:\n', 1)
open(path, 'w').write(text)
PY

# Sendmail: mailers for the failmodes ports, and their domains in the mailertable
for p in 2540 2541 2544 2545; do
  printf 'Mesmtp%s,\tP=[IPC], F=mDFMuXa, S=EnvFromSMTP/HdrFromSMTP, R=EnvToSMTP, E=\\r\\n, L=990,\n\t\tT=DNS/RFC822/SMTP,\n\t\tA=TCP $h %s\n' $p $p >> "$VARIANT/sendmail.mc"
done
printf 'reject.test\tesmtp2540:reject.test\ndrop.test\tesmtp2541:drop.test\nbusy5.test\tesmtp2544:busy5.test\nbusy4.test\tesmtp2545:busy4.test\n' \
  >> "$VARIANT/sendmail-mailertable"

"$HERE/provoke.sh" stop; sleep 2
"$HERE/provoke.sh" reset
rm -rf $STATE/vmail/vuser
CORPUS_CONF=$VARIANT "$HERE/provoke.sh" start
# the pipe transport, after start() has put master.cf in place
cat >> /etc/postfix/master.cf <<MCF
failpipe  unix  -       n       n       -       -       pipe
  flags=R user=nobody argv=$STATE/bin/failpipe \${recipient}
MCF
nsx postfix reload
nsx setsid python3 "$HERE/failmodes.py" $STATE/failmodes.pid > $STATE/log/failmodes.log 2>&1 < /dev/null &
sleep 2
(cd "$HERE" && python3 failures.py run)

# Every deferral expires after 4 minutes; Exim keeps its frozen bounce, so its queue is done when only that is left.
t=0
sleep 60
until [ -z "$(nsx postqueue -j 2>/dev/null)" ] && ! ls $STATE/sendmail/mqueue 2>/dev/null | grep -q '^qf' &&
  [ "$(nsx $EXIM -bpc)" = "$(nsx $EXIM -bp | grep -c '\*\*\* frozen \*\*\*' || true)" ]; do
  t=$((t + 10)); [ $t -gt 480 ] && { echo 'queues not empty after 9 minutes' >&2; break; }
  sleep 10
done
sleep 5
"$HERE/provoke.sh" stop
kill "$(cat $STATE/failmodes.pid)" 2>/dev/null || true
sleep 2

mkdir -p "$OUT"
cp $STATE/log/postfix.log "$OUT/postfix.log"
cp $STATE/exim/log/mainlog "$OUT/exim.mainlog"
cp $STATE/log/sendmail.log "$OUT/sendmail.log"
versions=$("$HERE/provoke.sh" versions | sed -n 's/^\(postfix\|exim\|sendmail\) \([^ ]*\).*/\1=\2/p' | tr '\n' ' ')
(cd "$HERE" && python3 failures.py manifest $versions) > "$OUT/manifest.json"
# in the repository's JSON style, so that a regenerated manifest differs only where the truth does
(cd "$REPO" && npx biome format --write "$OUT/manifest.json") || echo "format $OUT/manifest.json with biome before committing it" >&2
echo "collected into $OUT"
