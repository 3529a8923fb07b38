"""Write a file whole or not at all: into a temporary file next to it, then renamed over it.

The temporary file is created like any other file the user saves (mode 0666 less the umask:
usually 0644), not 0600 as :func:`tempfile.mkstemp` would, so the renamed export carries the
user's normal file mode. Qt-free."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def replaced(path: Path) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``path`` when the block ends without an error;
    on any error the temporary file is removed and ``path`` is untouched. An :class:`OSError`
    names ``path`` (the file asked for), never the temporary one."""
    tmp, fd = _create_beside(path)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _create_beside(path: Path) -> tuple[Path, int]:
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        return tmp, fd
    raise OSError(f"could not create a temporary file next to {path}")
