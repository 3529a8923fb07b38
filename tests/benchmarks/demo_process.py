"""The baseline of the demo start figure: the same demo syncs without a window, in one process.

``python demo_process.py`` starts the four demo sandboxes in-process (as ``invoicedesk --demo``
does), syncs every demo account at once through the headless engine (as ``invoicedesk sync``
does) and prints one line ``synced N`` when done. The parent times it from process start.
"""

from __future__ import annotations

from invoicedesk.demo import DemoEnvironment
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.sync.engine import SyncEngine


def main() -> None:
    with DemoEnvironment() as environment:
        cache = InvoiceCache(environment.profile.cache_path)
        engine = SyncEngine(cache, environment.accounts, environment.secrets)
        results = engine.sync()
        cache.close()
    failed = [r.account for r in results if not r.ok]
    if failed:
        raise SystemExit(f"demo sync failed: {failed}")
    print(f"synced {sum(r.fetched for r in results)}", flush=True)


if __name__ == "__main__":
    main()
