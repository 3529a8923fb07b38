"""Provider clients, one module per provider, each exporting ``SPEC: ProviderSpec``.

Modules load lazily so a broken or slow import of one provider never blocks the others.
"""

from __future__ import annotations

import importlib

from invoicedesk.providers.base import ProviderSpec

PROVIDER_NAMES = ("sendregning", "telecomx", "buckaroo", "connectid")


class UnknownProvider(ValueError):
    pass


def get_spec(name: str) -> ProviderSpec:
    if name not in PROVIDER_NAMES:
        raise UnknownProvider(
            f"unknown provider '{name}'; choose one of: {', '.join(PROVIDER_NAMES)}"
        )
    module = importlib.import_module(f"invoicedesk.providers.{name}")
    spec: ProviderSpec = module.SPEC
    return spec


def available_specs() -> list[ProviderSpec]:
    specs = []
    for name in PROVIDER_NAMES:
        try:
            specs.append(get_spec(name))
        except ModuleNotFoundError:
            continue
    return specs
