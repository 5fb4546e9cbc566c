#!/usr/bin/env bash
# Regenerates test/corpus/loopback/ from real Postfix, Exim and Sendmail on a
# Debian 12 machine, as root. Not run by CI: the committed files are what the
# tests read. See test/corpus/README.md.
#
#   scripts/corpus/provoke.sh all     install, reset, start, provoke, wait, stop, collect
#   scripts/corpus/provoke.sh install|reset|start|cases|wait|stop|collect   one step
#   CORPUS_OUT=/tmp/corpus scripts/corpus/provoke.sh all   collect elsewhere
#
# Every daemon runs inside the network namespace scc-corpus, which has nothing
# but its own loopback interface: no packet can leave the machine. All servers
# listen on 127.0.0.1 only; a private dnsmasq answers for the reserved domains.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CONF=${CORPUS_CONF:-$HERE/conf}
STATE=/var/lib/scc-corpus
NS=scc-corpus
DEBS=$STATE/debs
EXIM_ROOT=$STATE/exim4root
SM_ROOT=$STATE/sendmailroot
EXIM="$EXIM_ROOT/usr/sbin/exim4 -C $STATE/exim/exim4.conf"
OUT=${CORPUS_OUT:-$REPO/test/corpus/loopback}
export DEBIAN_FRONTEND=noninteractive

nsx() { ip netns exec "$NS" "$@"; }

install() {
  apt-get update -q
  echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
  # policy-rc.d keeps the packages' own daemons from starting
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -q --no-install-recommends postfix postgrey dnsmasq-base rsyslog swaks m4 \
    libdb5.3 libgnutls-dane0 libgnutls30 libidn12 libidn2-0 libnsl2 libpcre2-8-0 \
    libldap-2.5-0 liblockfile1 libsasl2-2 libwrap0 procps
  rm -f /usr/sbin/policy-rc.d
  # Haraka from npm, in its own prefix (not the project's dependencies)
  [ -x $STATE/haraka-install/node_modules/.bin/haraka ] || npm install --no-audit --no-fund --prefix $STATE/haraka-install Haraka@3.3.4
  # Exim and Sendmail conflict with Postfix as packages (mail-transport-agent),
  # so they run from extractions of Debian's own .debs.
  mkdir -p "$DEBS"
  (cd "$DEBS" && apt-get download exim4-daemon-light exim4-base exim4-config sendmail-bin sendmail-base sendmail-cf)
  rm -rf "$EXIM_ROOT" "$SM_ROOT"
  for d in exim4-daemon-light exim4-base exim4-config; do dpkg -x "$DEBS"/${d}_*.deb "$EXIM_ROOT"; done
  for d in sendmail-bin sendmail-base sendmail-cf; do dpkg -x "$DEBS"/${d}_*.deb "$SM_ROOT"; done
  getent passwd Debian-exim >/dev/null || useradd --system --no-create-home --home-dir /var/spool/exim4 --shell /usr/sbin/nologin Debian-exim
  getent passwd smmta >/dev/null || useradd --system --no-create-home --home-dir /var/lib/sendmail --shell /usr/sbin/nologin smmta
  getent group smmsp >/dev/null || groupadd --system smmsp
  for u in sender user full blocked; do getent passwd $u >/dev/null || useradd -m -s /usr/sbin/nologin $u; done
  for u in smsender smuser; do getent passwd $u >/dev/null || useradd -m -s /usr/sbin/nologin $u; done
}

versions() {
  echo "postfix $(postconf -h mail_version) ($(dpkg-query -W -f '${Version}' postfix))"
  echo "exim $($EXIM_ROOT/usr/sbin/exim4 -bV -C /dev/null 2>/dev/null | sed -n 's/^Exim version \([^ ]*\).*/\1/p') ($(dpkg-deb -f "$DEBS"/exim4-daemon-light_*.deb Version))"
  echo "sendmail $(dpkg-deb -f "$DEBS"/sendmail-bin_*.deb Version)"
  echo "postgrey $(dpkg-query -W -f '${Version}' postgrey)"
}

setup_netns() {
  ip netns list | grep -qw "$NS" || ip netns add "$NS"
  nsx ip link set lo up
  mkdir -p /etc/netns/$NS
  echo 'nameserver 127.0.0.1' > /etc/netns/$NS/resolv.conf
  # the machine's own name too, or Sendmail waits a minute to qualify it
  printf '127.0.0.1\tlocalhost\n127.0.0.1\t%s.localdomain %s\n' "$(hostname)" "$(hostname)" > /etc/netns/$NS/hosts
}

start_dns() {
  nsx dnsmasq --conf-file="$CONF/dnsmasq.conf" --pid-file=$STATE/dnsmasq.pid --user=root
}

start_syslog() {
  mkdir -p $STATE/rsyslog
  rsyslogd -f "$CONF/rsyslog.conf" -i $STATE/rsyslogd.pid
  sleep 1
}

configure_postfix() {
  cp "$CONF/postfix-main.cf" /etc/postfix/main.cf
  cp /usr/share/postfix/master.cf.dist /etc/postfix/master.cf
  # smtpd on 2525 instead of 25; no chroot, so the daemons read the
  # namespace's resolv.conf; a second local(8) writing mbox for full@.
  sed -i 's/^smtp      inet  n       -       y       -       -       smtpd/2525      inet  n       -       n       -       -       smtpd/' /etc/postfix/master.cf
  postconf -F '*/*/chroot = n'
  cat >> /etc/postfix/master.cf <<'MCF'
mboxlocal unix  -       n       n       -       -       local
  -o { home_mailbox = }
MCF
  # smtpd takes at most 100 KB; local submissions may be larger (for the SIZE cases)
  sed -i 's/^2525 .* smtpd$/&\n  -o message_size_limit=102400/' /etc/postfix/master.cf
  for m in transport recipient_access sender_access virtual; do
    cp "$CONF/postfix-$m" /etc/postfix/$m; postmap /etc/postfix/$m
  done
  printf 'postmaster: root\nMAILER-DAEMON: postmaster\n' > /etc/aliases; postalias /etc/aliases
  # full@postfix.test: an mbox already at mailbox_size_limit (sparse file)
  rm -f /var/mail/full; truncate -s 1048576 /var/mail/full; chown full:mail /var/mail/full; chmod 600 /var/mail/full
  for u in sender user blocked; do rm -rf /home/$u/Maildir; done
  postfix check
}

start_postfix() {
  nsx postfix start
  mkdir -p $STATE/postgrey
  chown postgrey $STATE/postgrey 2>/dev/null || true
  nsx postgrey --inet=127.0.0.1:10023 --delay=90 --dbdir=$STATE/postgrey --pidfile=$STATE/postgrey.pid \
    --daemonize --user=postgrey --group=postgrey
}

configure_exim() {
  mkdir -p $STATE/exim/spool $STATE/exim/log $STATE/exim/mail /etc/exim4
  cp "$CONF/exim4.conf" $STATE/exim/exim4.conf
  cp "$CONF/exim-users" $STATE/exim/users
  grep -qx "$STATE/exim/exim4.conf" /etc/exim4/trusted_configs 2>/dev/null || echo "$STATE/exim/exim4.conf" >> /etc/exim4/trusted_configs
  # full@exim.test: a Maildir already holding 12 KB against a 10 KB quota
  mkdir -p $STATE/exim/mail/full/Maildir/{new,cur,tmp}
  head -c 12288 /dev/zero | tr '\0' 'x' > $STATE/exim/mail/full/Maildir/cur/1700000000.P1.mx.exim.test:2,S
  chown -R Debian-exim:Debian-exim $STATE/exim/spool $STATE/exim/log $STATE/exim/mail
  $EXIM -bV >/dev/null
}

start_exim() {
  nsx $EXIM -bd -q15s -oP $STATE/exim/exim.pid
}

SENDMAIL="$SM_ROOT/usr/libexec/sendmail/sendmail -C $STATE/sendmail/sendmail.cf -L sm-mta"

configure_sendmail() {
  local d=$STATE/sendmail
  mkdir -p $d/mqueue; chmod 700 $d/mqueue
  m4 -D_CF_DIR_=$SM_ROOT/usr/share/sendmail/cf/ -DSMROOT=$SM_ROOT -DSTATE=$STATE -DHERE=$HERE \
    $SM_ROOT/usr/share/sendmail/cf/m4/cf.m4 "$CONF/sendmail.mc" > $d/sendmail.cf
  # Sendmail always lets the local host relay (proto.m4's Relay_ok: client
  # 127.0.0.1, [127.0.0.1] and the name localhost are in $=w); every MTA here
  # connects from 127.0.0.1, so those three rules go, for a real "Relaying denied".
  sed -i -e '/^R127\.0\.0\.1\t\t\$@ RELAY\t\toriginated locally$/d' \
    -e '/^R\$=w\t\t\t\$@ RELAY\t\t\.\.\. and see if it is local$/d' \
    -e '/^R<?> \$=w\t\t\$@ RELAY$/d' $d/sendmail.cf
  for m in mailertable virtusertable access; do
    cp "$CONF/sendmail-$m" $d/$m; $SM_ROOT/usr/sbin/makemap -C $d/sendmail.cf hash $d/$m < $d/$m
  done
  printf 'postmaster: root\nMAILER-DAEMON: postmaster\n' > $d/aliases
  $SENDMAIL -bi
  touch $d/statistics
}

start_sendmail() {
  nsx $SENDMAIL -bd -q15s
}

HARAKA=$STATE/haraka-install/node_modules/.bin/haraka

configure_haraka() {
  # haraka: the receiving server (2528); haraka-out: a submission server (2530)
  # whose outbound queue delivers to the other MTAs and writes Haraka's bounces
  for i in haraka haraka-out; do
    rm -rf $STATE/$i
    $HARAKA -i $STATE/$i >/dev/null
    cp -r "$CONF/$i"/* $STATE/$i/
    sed -i 's/^timestamps=false/timestamps=true/' $STATE/$i/config/log.ini
  done
  sed -i 's/^bytes=.*/bytes=102400/' $STATE/haraka/config/connection.ini
}

start_haraka() {
  # queue/discard stands in for a mail store: accepted mail is acknowledged and dropped
  ip netns exec "$NS" env YES_REALLY_DO_DISCARD=1 setsid $HARAKA -c $STATE/haraka >> $STATE/log/haraka.log 2>&1 < /dev/null &
  echo $! > $STATE/haraka.pid
  ip netns exec "$NS" setsid $HARAKA -c $STATE/haraka-out >> $STATE/log/haraka.log 2>&1 < /dev/null &
  echo $! > $STATE/haraka-out.pid
}

start() {
  mkdir -p $STATE/log
  setup_netns
  start_dns
  start_syslog
  configure_postfix
  start_postfix
  configure_exim
  start_exim
  configure_sendmail
  start_sendmail
  configure_haraka
  start_haraka
}

stop() {
  nsx postfix stop 2>/dev/null || true
  for p in exim/exim.pid sendmail/sendmail.pid haraka.pid haraka-out.pid postgrey.pid dnsmasq.pid rsyslogd.pid; do
    [ -s $STATE/$p ] && kill "$(head -1 $STATE/$p)" 2>/dev/null || true
  done
}

reset() {
  # a clean slate: queues, mailboxes, logs, greylisting database
  rm -rf $STATE/log $STATE/exim $STATE/postgrey $STATE/sendmail $STATE/haraka $STATE/haraka-out
  [ -d /var/spool/postfix/maildrop ] && find /var/spool/postfix/{maildrop,incoming,active,deferred,defer,bounce,hold,corrupt} -type f -delete 2>/dev/null || true
  for u in sender user blocked; do rm -rf /home/$u/Maildir; done
}

queues_empty() {
  [ -z "$(nsx postqueue -j 2>/dev/null)" ] &&
  [ "$(nsx $EXIM -bpc 2>/dev/null || echo 1)" = 0 ] &&
  ! ls $STATE/sendmail/mqueue 2>/dev/null | grep -q '^qf' &&
  [ -z "$(ls -A $STATE/haraka-out/queue 2>/dev/null)" ]
}

wait_queues() {
  # deferred cases expire after 4 minutes; allow up to 10
  local t=0
  sleep 30
  until queues_empty; do
    t=$((t + 10)); [ $t -gt 600 ] && { echo 'queues not empty after 10 minutes' >&2; return 0; }
    sleep 10
  done
  sleep 5
}

case "${1:-all}" in
  install) install ;;
  versions) versions ;;
  start) start ;;
  stop) stop ;;
  reset) reset ;;
  cases) python3 "$HERE/cases.py" ;;
  wait) wait_queues ;;
  collect) rm -rf "$OUT"; python3 "$HERE/collect.py" "$STATE" "$OUT" ;;
  all)
    install
    stop; sleep 2; reset
    start
    python3 "$HERE/cases.py"
    wait_queues
    stop
    rm -rf "$OUT"
    python3 "$HERE/collect.py" "$STATE" "$OUT"
    ;;
  *) echo "usage: $0 all|install|versions|start|cases|wait|collect|stop|reset" >&2; exit 2 ;;
esac
