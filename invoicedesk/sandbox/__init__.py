"""Faithful local fakes of the four provider APIs, for tests and ``invoicedesk --demo``.

Each module ``invoicedesk.sandbox.<provider>`` exports:

- ``create(**kwargs) -> SandboxServer`` (not started), accepting at least ``port``, ``clock``,
  ``today``, ``latency`` and ``size`` (number of generated invoices; None for the default);
- ``demo_account(server) -> DemoAccount``: what ``accounts add`` needs to use the started sandbox.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from invoicedesk.sandbox.base import SandboxServer

SANDBOX_NAMES = ("sendregning", "telecomx", "buckaroo", "connectid")


@dataclass(frozen=True)
class DemoAccount:
    provider: str
    name: str
    base_url: str
    options: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)


def create(name: str, **kwargs: Any) -> SandboxServer:
    if name not in SANDBOX_NAMES:
        raise ValueError(f"unknown sandbox '{name}'; choose one of: {', '.join(SANDBOX_NAMES)}")
    module = importlib.import_module(f"invoicedesk.sandbox.{name}")
    server: SandboxServer = module.create(**kwargs)
    return server


def demo_account(name: str, server: SandboxServer) -> DemoAccount:
    module = importlib.import_module(f"invoicedesk.sandbox.{name}")
    account: DemoAccount = module.demo_account(server)
    return account
