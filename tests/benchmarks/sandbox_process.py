"""Runs one sandbox in its own process for the benchmarks, so the fake server never competes
with the app for the GIL (a real provider is another machine).

Started by :class:`tests.benchmarks.servers.SandboxProcess`: prints the demo account as one JSON
line, then answers commands read line by line from stdin: ``stats`` (requests and bytes sent so
far, as JSON), ``quit``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys

from invoicedesk import sandbox


def main() -> None:
    name, size, latency = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    # A real provider is another machine: here the server yields the CPU to the app it serves.
    os.nice(10)
    logging.disable(logging.WARNING)
    server = sandbox.create(name, size=size).start()
    try:
        account = sandbox.demo_account(name, server)  # ConnectID signs in before latency
        server.latency = latency
        print(json.dumps(dataclasses.asdict(account)), flush=True)
        for line in sys.stdin:
            command = line.strip()
            if command == "stats":
                stats = server.stats
                print(
                    json.dumps({"requests": stats.requests, "bytes": stats.bytes_sent}), flush=True
                )
            elif command == "quit":
                break
    finally:
        server.stop()


if __name__ == "__main__":
    main()
