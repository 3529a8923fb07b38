"""``python -m invoicedesk``; also the entry of the frozen app (PyInstaller)."""

import multiprocessing

if __name__ == "__main__":
    # The window syncs in spawned child processes (invoicedesk.sync.process); in the frozen
    # app a child starts this same executable, and freeze_support runs its sync instead.
    multiprocessing.freeze_support()
    from invoicedesk.cli import main

    raise SystemExit(main())
