#!/usr/bin/env bash
# The same cases as provoke.sh, logged the other ways real servers log them, for the log parser's tests
# (test/corpus/loopback-formats/, see its README). Run as root on the Debian 12 machine provoke.sh set up
# (`provoke.sh install` first); like provoke.sh it runs every daemon in the scc-corpus network namespace, on
# 127.0.0.1 only, and stops them at the end.
#
#   scripts/corpus/formats.sh           start with the variant configuration, provoke, wait, stop, collect
#
# The variants, each a configuration real installations use:
# - Postfix writes its own log through postlogd (maillog_file, Postfix 3.4+) instead of syslog, with long queue ids
#   (enable_long_queue_ids), and delivers to Exim's domains through master.cf's "relay" service, whose
#   syslog_name=postfix/$service_name names its lines postfix/relay/smtp.
# - Exim logs with log_selector = +all, both to its mainlog and to syslog without its own timestamp
#   (syslog_timestamp = false), which rsyslog writes as RFC 5424 (RSYSLOG_SyslogProtocol23Format).
# - Sendmail's lines are written as RFC 5424 too.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
STATE=/var/lib/scc-corpus
VARIANT=$STATE/conf-formats
OUT=${CORPUS_OUT:-$REPO/test/corpus/loopback-formats}

rm -rf "$VARIANT"
cp -r "$HERE/conf" "$VARIANT"
# Exim: every log_selector option, and syslog as well as the mainlog
sed -i -e 's|^log_file_path = .*|log_file_path = /var/lib/scc-corpus/exim/log/%slog : syslog\nsyslog_timestamp = false|' \
  -e 's|^log_selector = .*|log_selector = +all|' "$VARIANT/exim4.conf"
# Postfix: postlogd's own file, long queue ids, the relay service for Exim's domains
cat >> "$VARIANT/postfix-main.cf" <<'MAIN'
maillog_file = /var/lib/scc-corpus/log/postfix.maillog
enable_long_queue_ids = yes
MAIN
sed -i -e 's|^exim.test       smtp:|exim.test       relay:|' -e 's|^example.net     smtp:|example.net     relay:|' "$VARIANT/postfix-transport"
# rsyslog: Exim's and Sendmail's lines in RFC 5424
cat > "$VARIANT/rsyslog.conf" <<'RSYSLOG'
module(load="imuxsock" SysSock.Name="/dev/log")
global(workDirectory="/var/lib/scc-corpus/rsyslog")
if $syslogfacility-text == 'mail' and $programname startswith 'exim' then {
  action(type="omfile" file="/var/lib/scc-corpus/log/exim.rfc5424.log" template="RSYSLOG_SyslogProtocol23Format")
  stop
}
if $syslogfacility-text == 'mail' and ($programname startswith 'sm-' or $programname startswith 'sendmail' or $programname == 'mail.local') then {
  action(type="omfile" file="/var/lib/scc-corpus/log/sendmail.rfc5424.log" template="RSYSLOG_SyslogProtocol23Format")
  stop
}
if $syslogfacility-text == 'mail' then {
  action(type="omfile" file="/var/lib/scc-corpus/log/other-mail.log")
}
RSYSLOG

"$HERE/provoke.sh" stop; sleep 2
"$HERE/provoke.sh" reset
CORPUS_CONF=$VARIANT "$HERE/provoke.sh" start
python3 "$HERE/cases.py" postfix exim sendmail
"$HERE/provoke.sh" wait
"$HERE/provoke.sh" stop
sleep 2

mkdir -p "$OUT"
cp $STATE/log/postfix.maillog "$OUT/postfix.maillog"
cp $STATE/exim/log/mainlog "$OUT/exim-all.mainlog"
cp $STATE/log/exim.rfc5424.log "$OUT/exim.rfc5424.log"
cp $STATE/log/sendmail.rfc5424.log "$OUT/sendmail.rfc5424.log"
echo "collected into $OUT"
