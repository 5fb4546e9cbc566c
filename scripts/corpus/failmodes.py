"""SMTP and LMTP servers that misbehave on purpose, for scripts/corpus/failures.sh: each port provokes one failure
mode of a sending MTA that a well-behaved receiver never shows (a dropped connection, a silent server, a broken TLS
handshake, a refusing greeting), so that the senders' logs hold the lines real servers write for them.
Run inside the scc-corpus network namespace; listens on 127.0.0.1 and ::1 only. Stops on SIGTERM.
  python3 failmodes.py [PIDFILE]

  port 2540  reject: full dialog, RCPT answered 550 5.1.1 with non-ASCII (UTF-8) text
  port 2541  drop:   closes the connection when RCPT TO arrives
  port 2542  silent: accepts the connection and never greets
  port 2543  tls:    offers STARTTLS, says 220 to it, then writes bytes that are no TLS and closes
  port 2544  busy5:  greets with 554 (service unavailable)
  port 2545  busy4:  greets with 421 (try later)
  port 2546  lmtp:   LMTP; RCPT nouser* 550, tmpfull* 452, after DATA full* 552 (quota), the others 250
"""

import os
import socket
import socketserver
import sys
import threading
import time

REJECT_TEXT = '550 5.1.1 <{rcpt}>: Empfänger unbekannt / destinataire inconnu / 受信者不明'


class Handler(socketserver.StreamRequestHandler):
    mode = ''

    def say(self, line):
        self.wfile.write((line + '\r\n').encode('utf-8'))
        self.wfile.flush()

    def handle(self):
        m = self.mode
        if m == 'silent':
            # hold the connection until the client gives up
            self.request.settimeout(600)
            try:
                while self.request.recv(1024):
                    pass
            except OSError:
                pass
            return
        if m == 'busy5':
            self.say('554 5.3.2 mx.busy.test Service unavailable, no mail accepted from you')
        elif m == 'busy4':
            self.say('421 4.3.2 mx.busy.test Too busy, try again later')
            return
        else:
            self.say(f'220 mx.{m}.test {"LMTP" if m == "lmtp" else "ESMTP"} corpus failure mode {m}')
        rcpts = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode('utf-8', 'replace').rstrip('\r\n')
            verb = line.split(' ', 1)[0].upper()
            if m == 'busy5' and verb != 'QUIT':
                self.say('503 5.5.1 no service')
                continue
            if verb in ('EHLO', 'LHLO'):
                extra = ['STARTTLS'] if m == 'tls' else []
                lines = [f'mx.{m}.test', 'PIPELINING', '8BITMIME', 'ENHANCEDSTATUSCODES'] + extra
                for i, l in enumerate(lines):
                    self.say(('250 ' if i == len(lines) - 1 else '250-') + l)
            elif verb == 'HELO':
                self.say(f'250 mx.{m}.test')
            elif verb == 'STARTTLS' and m == 'tls':
                self.say('220 2.0.0 Ready to start TLS')
                self.wfile.write(b'this is not a TLS record, the handshake cannot succeed\r\n')
                self.wfile.flush()
                time.sleep(0.2)
                return
            elif verb == 'MAIL':
                rcpts = []
                self.say('250 2.1.0 Ok')
            elif verb == 'RCPT':
                if m == 'drop':
                    return
                rcpt = line.split(':', 1)[1].strip().split(' ', 1)[0].strip('<>')
                local = rcpt.split('@')[0]
                if m == 'reject':
                    self.say(REJECT_TEXT.format(rcpt=rcpt))
                elif m == 'lmtp' and local.startswith('nouser'):
                    self.say(f'550 5.1.1 <{rcpt}> User doesn\'t exist: {rcpt}')
                elif m == 'lmtp' and local.startswith('tmpfull'):
                    self.say(f'452 4.2.2 <{rcpt}> Mailbox is temporarily over quota, try again later')
                else:
                    rcpts.append(rcpt)
                    self.say('250 2.1.5 Ok')
            elif verb == 'DATA':
                if not rcpts:
                    self.say('554 5.5.1 No valid recipients')
                    continue
                self.say('354 End data with <CR><LF>.<CR><LF>')
                while True:
                    d = self.rfile.readline()
                    if not d or d in (b'.\r\n', b'.\n'):
                        break
                if m == 'lmtp':
                    for r in rcpts:
                        if r.split('@')[0].startswith('full'):
                            self.say(f'552 5.2.2 <{r}> Quota exceeded (mailbox for user is full)')
                        else:
                            self.say(f'250 2.0.0 <{r}> Saved')
                else:
                    self.say('250 2.0.0 Ok: queued')
            elif verb == 'RSET':
                rcpts = []
                self.say('250 2.0.0 Ok')
            elif verb == 'NOOP':
                self.say('250 2.0.0 Ok')
            elif verb == 'QUIT':
                self.say('221 2.0.0 Bye')
                return
            else:
                self.say('502 5.5.2 Error: command not recognized')


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class Server6(Server):
    address_family = socket.AF_INET6


MODES = {2540: 'reject', 2541: 'drop', 2542: 'silent', 2543: 'tls', 2544: 'busy5', 2545: 'busy4', 2546: 'lmtp'}


def main():
    # the pid, for failures.sh to stop this process (setsid may fork, so the shell's $! is not always it)
    if len(sys.argv) > 1:
        with open(sys.argv[1], 'w') as f:
            f.write(f'{os.getpid()}\n')
    servers = []
    for port, mode in MODES.items():
        h = type(f'H{port}', (Handler,), {'mode': mode})
        for cls, host in ((Server, '127.0.0.1'), (Server6, '::1')):
            s = cls((host, port), h)
            threading.Thread(target=s.serve_forever, daemon=True).start()
            servers.append(s)
    print(f'failmodes listening on {sorted(MODES)}', flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    sys.exit(main())
