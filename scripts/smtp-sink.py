#!/usr/bin/env python3
"""A mail server on this machine that keeps a line per mail it receives: its Message-ID and its recipients.

scripts/two-nodes.sh points both nodes at it, so that "each mail once" is counted where the mail arrives, not in the
nodes' own logs. Python 3.11's smtpd (deprecated, still in the standard library; nothing to install).

    python3 scripts/smtp-sink.py 127.0.0.1 2525 received.tsv
"""
import sys
import warnings
from email.parser import BytesParser
from email.policy import default

warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def __init__(self, address, out):
        super().__init__(address, None, decode_data=False)
        self.out = out

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        headers = BytesParser(policy=default).parsebytes(data, headersonly=True)
        self.out.write(f"{headers.get('Message-ID', '-')}\t{','.join(rcpttos)}\n")
        self.out.flush()


if __name__ == "__main__":
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "a", encoding="utf-8") as out:
        Sink((host, port), out)
        asyncore.loop()
