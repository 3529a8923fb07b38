"""The four sandboxes, each in a process of its own, with added latency on every request."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from invoicedesk.sandbox import SANDBOX_NAMES, DemoAccount

from . import children

_SCRIPT = Path(__file__).with_name("sandbox_process.py")


@dataclass(frozen=True)
class ServerStats:
    requests: int
    bytes: int


class SandboxProcess:
    def __init__(self, name: str, size: int, latency: float) -> None:
        self.name = name
        self._proc = subprocess.Popen(
            [sys.executable, str(_SCRIPT), name, str(size), str(latency)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=children.env(),
            cwd=children.cwd(),
        )
        line = self._read()
        self.account = DemoAccount(**json.loads(line))

    def _read(self) -> str:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.name} sandbox process stopped")
        return line

    def _send(self, command: str) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(command + "\n")
        self._proc.stdin.flush()

    def stats(self) -> ServerStats:
        self._send("stats")
        return ServerStats(**json.loads(self._read()))

    def stop(self) -> None:
        if self._proc.poll() is None:
            try:
                self._send("quit")
                self._proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()


class Sandboxes:
    """``with Sandboxes({"sendregning": 2500, ...}, latency=0.03) as s: s.accounts``"""

    def __init__(self, sizes: dict[str, int], latency: float) -> None:
        self.sizes = sizes
        self.latency = latency
        self.processes: dict[str, SandboxProcess] = {}

    def __enter__(self) -> Sandboxes:
        try:
            for name in SANDBOX_NAMES:
                if name in self.sizes:
                    self.processes[name] = SandboxProcess(name, self.sizes[name], self.latency)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        for process in self.processes.values():
            process.stop()

    @property
    def accounts(self) -> dict[str, DemoAccount]:
        return {name: p.account for name, p in self.processes.items()}

    def stats(self) -> dict[str, ServerStats]:
        return {name: p.stats() for name, p in self.processes.items()}
