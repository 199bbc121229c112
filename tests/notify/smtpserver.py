# SPDX-License-Identifier: GPL-3.0-or-later
# The SMTP server of the notification tests: Debian's aiosmtpd on a loopback port, keeping what it accepts in a
# Maildir, with the answers a real mail server gives to some recipients: 550 (no such mailbox) for those at
# refused.example, 451 (try again later) for those at busy.example; and, for those at drop.example, a server that
# drops the connection in the middle of DATA (the message read, no answer given) the first time it sees a
# Message-ID, and accepts it the next; for those at slow.example, a server that keeps the message and then takes
# half a minute to say so, the first time it sees a Message-ID (the moment a sender killed has had its message
# accepted without knowing it).
#   /usr/bin/python3 smtpserver.py HOST PORT MAILDIR
import asyncio
import email
import signal
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox


class Handler(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith('@refused.example'):
            return '550 5.1.1 No such mailbox here'
        if address.endswith('@busy.example'):
            return '451 4.3.0 Mailbox busy, try again later'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    dropped = set()
    slowed = set()

    async def handle_DATA(self, server, session, envelope):
        if any(r.endswith('@drop.example') for r in envelope.rcpt_tos):
            message_id = email.message_from_bytes(envelope.original_content or envelope.content).get('Message-ID', '')
            if message_id not in Handler.dropped:
                Handler.dropped.add(message_id)
                server.transport.abort()
                return '421 4.4.2 Connection dropped'
        if any(r.endswith('@slow.example') for r in envelope.rcpt_tos):
            message_id = email.message_from_bytes(envelope.original_content or envelope.content).get('Message-ID', '')
            if message_id not in Handler.slowed:
                Handler.slowed.add(message_id)
                answer = await super().handle_DATA(server, session, envelope)
                await asyncio.sleep(30)
                return answer
        return await super().handle_DATA(server, session, envelope)


def main():
    host, port, maildir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    controller = Controller(Handler(maildir), hostname=host, port=port)
    controller.start()
    print('listening', flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == '__main__':
    main()
