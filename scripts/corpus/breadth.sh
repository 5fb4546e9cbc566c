#!/usr/bin/env bash
# The breadth corpus (test/corpus/loopback-breadth/): bounces from MTAs the first corpus (provoke.sh) does not run,
# OpenSMTPD, dma and nullmailer from Debian 12's .debs, and second Postfix, Exim and Sendmail instances in the
# configurations it lacks, all sending to one receiver, nodemailer's smtp-server from npm (breadth/rejector.mjs), that answers each
# recipient with a real server's wording (its REPLIES table). Debian 12, as root; not run by CI.
#
#   scripts/corpus/breadth.sh all      install, start, provoke, wait, stop, collect
#   scripts/corpus/breadth.sh install|start|cases|wait|stop|collect   one step
#
# Everything runs inside the network namespace scc-breadth, which has nothing but its own loopback interface.
# The MTAs that conflict as packages (mail-transport-agent) run from extractions of their .debs, as provoke.sh
# does for Exim and Sendmail; the Postfix here is a second instance of the installed package (own config and
# queue directories), so provoke.sh's instance is untouched.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CONF=$HERE/conf/breadth
STATE=/var/lib/scc-breadth
NS=scc-breadth
OUT=${CORPUS_OUT:-$REPO/test/corpus/loopback-breadth}
export DEBIAN_FRONTEND=noninteractive
# (not for a command put in the background: & on a function forks a subshell, and $! would be its pid)
nsx() { ip netns exec "$NS" "$@"; }
PF="postfix -c $STATE/postfix"

install() {
  dpkg-query -W postfix >/dev/null 2>&1 || { echo 'run scripts/corpus/provoke.sh install first (Postfix)' >&2; exit 1; }
  apt-get install -y -q --no-install-recommends libevent-2.1-7 libdb5.3 libssl3 libgnutls30 swaks
  mkdir -p $STATE/debs
  (cd $STATE/debs && apt-get download opensmtpd dma nullmailer)
  for d in opensmtpd dma nullmailer; do rm -rf $STATE/root-$d; dpkg -x $STATE/debs/${d}_*.deb $STATE/root-$d; done
  [ -d $STATE/smtp-server-install/node_modules/smtp-server ] ||
    npm install --no-audit --no-fund --prefix $STATE/smtp-server-install smtp-server@3.21.6
  getent passwd opensmtpd >/dev/null || useradd --system --no-create-home --home-dir /var/lib/opensmtpd/empty --shell /usr/sbin/nologin opensmtpd
  getent passwd opensmtpq >/dev/null || useradd --system --no-create-home --home-dir /var/lib/opensmtpd/empty --shell /usr/sbin/nologin opensmtpq
  mkdir -p /var/lib/opensmtpd/empty
}

versions() {
  for d in opensmtpd dma nullmailer; do echo "$d $(dpkg-deb -f $STATE/debs/${d}_*.deb Version)"; done
  echo "postfix $(postconf -h mail_version 2>/dev/null || postconf -c $STATE/postfix -h mail_version)"
  echo "smtp-server $(node -p "require('$STATE/smtp-server-install/node_modules/smtp-server/package.json').version")"
}

reset() {
  rm -rf $STATE/log $STATE/mail $STATE/postfix $STATE/postfix-spool $STATE/postfix-data $STATE/dma-spool $STATE/exim $STATE/sendmail /var/spool/smtpd
  rm -rf /var/spool/nullmailer /etc/nullmailer
}

setup_netns() {
  ip netns list | grep -qw "$NS" || ip netns add "$NS"
  nsx ip link set lo up
  mkdir -p /etc/netns/$NS
  echo 'nameserver 127.0.0.1' > /etc/netns/$NS/resolv.conf
  printf '127.0.0.1\tlocalhost\n127.0.0.1\t%s.localdomain %s\n' "$(hostname)" "$(hostname)" > /etc/netns/$NS/hosts
}

start_rejector() {
  # 2600: the rejector; 2601: the same without STARTTLS; 2602: the same without 8BITMIME
  local p mode
  for p in 2600 2601 2602; do
    mode=$(case $p in 2601) echo notls ;; 2602) echo no8bit ;; esac)
    ip netns exec "$NS" setsid node "$HERE/breadth/rejector.mjs" $STATE/smtp-server-install $STATE/mail $p $mode \
      >> $STATE/log/rejector.log 2>&1 < /dev/null &
    echo $! > $STATE/rejector-$p.pid
  done
  sleep 1
}

start_postfix() {
  mkdir -p $STATE/postfix $STATE/postfix-spool $STATE/postfix-data
  cp "$CONF/postfix-main.cf" $STATE/postfix/main.cf
  cp "$CONF/postfix-transport" $STATE/postfix/transport
  cp "$CONF/postfix-bounce.cf" $STATE/postfix/bounce.cf
  cp /usr/share/postfix/master.cf.dist $STATE/postfix/master.cf
  sed -i 's/^smtp      inet  n       -       y       -       -       smtpd/2620      inet  n       -       n       -       -       smtpd/' $STATE/postfix/master.cf
  cat >> $STATE/postfix/master.cf <<'MCF'
tlsenc    unix  -       -       n       -       -       smtp
  -o smtp_tls_security_level=encrypt
MCF
  postconf -c $STATE/postfix -F '*/*/chroot = n'
  chown postfix $STATE/postfix-data
  $PF check
  nsx $PF start
}

start_opensmtpd() {
  mkdir -p /var/spool/smtpd; chmod 711 /var/spool/smtpd
  cp "$CONF/opensmtpd.conf" $STATE/opensmtpd.conf
  ip netns exec "$NS" setsid $STATE/root-opensmtpd/usr/sbin/smtpd -d -f $STATE/opensmtpd.conf >> $STATE/log/opensmtpd.log 2>&1 < /dev/null &
  echo $! > $STATE/opensmtpd.pid
}

start_nullmailer() {
  mkdir -p /etc/nullmailer /var/spool/nullmailer/{queue,tmp,failed}
  cp "$CONF/nullmailer-remotes" /etc/nullmailer/remotes
  echo nullmailer.test > /etc/nullmailer/me
  echo nullmailer.test > /etc/nullmailer/defaultdomain
  # a temporarily failing message is returned after 3 minutes (nullmailer-send(8): queuelifetime)
  echo 180 > /etc/nullmailer/queuelifetime
  echo 15 > /etc/nullmailer/pausetime
  echo 30 > /etc/nullmailer/maxpause
  [ -p /var/spool/nullmailer/trigger ] || mkfifo /var/spool/nullmailer/trigger
  chown -R mail:mail /var/spool/nullmailer
  ip netns exec "$NS" setsid "$HERE/breadth/nullmailer-ns" /usr/sbin/nullmailer-send >> $STATE/log/nullmailer.log 2>&1 < /dev/null &
  echo $! > $STATE/nullmailer.pid
}

EXIM_ROOT=/var/lib/scc-corpus/exim4root
EXIM="$EXIM_ROOT/usr/sbin/exim4 -C $STATE/exim/exim4.conf"

start_exim() {
  # Exim from provoke.sh's extraction (provoke.sh install); a config in a trusted_configs path
  [ -x $EXIM_ROOT/usr/sbin/exim4 ] || { echo 'no Exim extraction: run scripts/corpus/provoke.sh install' >&2; return 1; }
  mkdir -p $STATE/exim/spool $STATE/exim/log /etc/exim4
  cp "$CONF/exim4.conf" $STATE/exim/exim4.conf
  grep -qx "$STATE/exim/exim4.conf" /etc/exim4/trusted_configs 2>/dev/null || echo "$STATE/exim/exim4.conf" >> /etc/exim4/trusted_configs
  chown -R Debian-exim:Debian-exim $STATE/exim/spool $STATE/exim/log
  $EXIM -bV >/dev/null
  ip netns exec "$NS" setsid $EXIM -bdf -q15s >> $STATE/log/exim.log 2>&1 < /dev/null &
  echo $! > $STATE/exim.pid
}

SM_ROOT=/var/lib/scc-corpus/sendmailroot
SENDMAIL="$SM_ROOT/usr/libexec/sendmail/sendmail -C $STATE/sendmail/sendmail.cf -L sm-mta"

start_sendmail() {
  # Sendmail from provoke.sh's extraction (provoke.sh install)
  [ -x $SM_ROOT/usr/libexec/sendmail/sendmail ] || { echo 'no Sendmail extraction: run scripts/corpus/provoke.sh install' >&2; return 1; }
  local d=$STATE/sendmail
  mkdir -p $d/mqueue; chmod 700 $d/mqueue
  m4 -D_CF_DIR_=$SM_ROOT/usr/share/sendmail/cf/ -DSMROOT=$SM_ROOT -DSTATE=$STATE \
    $SM_ROOT/usr/share/sendmail/cf/m4/cf.m4 "$CONF/sendmail.mc" > $d/sendmail.cf
  cp "$CONF/sendmail-mailertable" $d/mailertable
  $SM_ROOT/usr/sbin/makemap -C $d/sendmail.cf hash $d/mailertable < $d/mailertable
  printf 'postmaster: root\nMAILER-DAEMON: postmaster\n' > $d/aliases
  printf 'hosts\tfiles\naliases\tfiles\n' > $d/service.switch
  # inside the namespace, whose /etc/hosts qualifies the host name (or Sendmail waits a minute for DNS)
  nsx $SENDMAIL -bi >/dev/null
  touch $d/statistics
  # -bD: the daemon in the foreground, so that its pid is the one recorded
  ip netns exec "$NS" setsid $SENDMAIL -bD -q15s >> $STATE/log/sendmail.log 2>&1 < /dev/null &
  echo $! > $STATE/sendmail.pid
}

start_dma() {
  mkdir -p /etc/dma $STATE/dma-spool
  # dma is set-group-id mail and writes its spool as that group
  chgrp mail $STATE/dma-spool; chmod 2775 $STATE/dma-spool
  cp "$CONF/dma.conf" /etc/dma/dma.conf
}

start() {
  mkdir -p $STATE/log $STATE/mail
  setup_netns
  start_rejector
  start_postfix
  start_opensmtpd
  start_nullmailer
  start_dma
  start_exim
  start_sendmail
}

stop() {
  nsx $PF stop 2>/dev/null || true
  # each was started by setsid, so its pid is its process group's (OpenSMTPD's privsep children are in it)
  local p g
  for p in opensmtpd.pid nullmailer.pid exim.pid sendmail.pid rejector-2600.pid rejector-2601.pid rejector-2602.pid; do
    [ -s $STATE/$p ] || continue
    g=$(head -1 $STATE/$p)
    kill -- "-$g" 2>/dev/null || true
    for _ in 1 2 3 4 5; do kill -0 -- "-$g" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$g" 2>/dev/null || true
    rm -f $STATE/$p
  done
}

case "${1:-all}" in
  install) install ;;
  versions) versions ;;
  start) start ;;
  stop) stop ;;
  reset) reset ;;
  cases) python3 "$HERE/breadth/cases.py" "${@:2}" ;;
  wait) python3 "$HERE/breadth/cases.py" --wait ;;
  collect) python3 "$HERE/breadth/collect.py" "$STATE" "$OUT" ;;
  all)
    install; stop; sleep 1; reset; start
    python3 "$HERE/breadth/cases.py"
    python3 "$HERE/breadth/cases.py" --wait
    stop
    python3 "$HERE/breadth/collect.py" "$STATE" "$OUT"
    ;;
  *) echo "usage: $0 all|install|versions|start|cases|wait|collect|stop|reset" >&2; exit 2 ;;
esac
