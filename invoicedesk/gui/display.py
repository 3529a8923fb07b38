"""Is there a graphical display to open the window on? Checked before Qt starts: Qt aborts the
process (SIGABRT, with advice to reinstall) when its X11 or Wayland connection fails, so a
missing or unreachable display is found here and told in one line. No Qt imports."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

_ADVICE = "Start it from a desktop session, or use the command line: invoicedesk --help"


def display_problem(
    env: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """One line saying why no window can be shown, or None (also None off Linux, and for a Qt
    platform other than X11/Wayland, such as offscreen)."""
    env = os.environ if env is None else env
    qpa = env.get("QT_QPA_PLATFORM", "")
    if platform != "linux" or (qpa and not qpa.startswith(("xcb", "wayland"))):
        return None
    wayland, x11 = env.get("WAYLAND_DISPLAY", ""), env.get("DISPLAY", "")
    if not wayland and not x11:
        return f"no graphical display found (DISPLAY/WAYLAND_DISPLAY unset). {_ADVICE}"
    if wayland and not qpa.startswith("xcb") and _wayland_answers(wayland, env):
        return None
    if x11 and not qpa.startswith("wayland") and _x11_answers(x11):
        return None
    shown = " and ".join(
        f"{name}={value!r}" for name, value in (("DISPLAY", x11), ("WAYLAND_DISPLAY", wayland))
        if value
    )  # fmt: skip
    return f"the graphical display cannot be reached ({shown}: nothing answers there). {_ADVICE}"


def _connects(family: int, address: str | bytes | tuple[str, int]) -> bool:
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(2.0)
            sock.connect(address)
            return True
    except (OSError, ValueError):
        return False


def _wayland_answers(name: str, env: Mapping[str, str]) -> bool:
    path = Path(name) if name.startswith("/") else Path(env.get("XDG_RUNTIME_DIR", "/"), name)
    return _connects(socket.AF_UNIX, str(path))


def _x11_answers(display: str) -> bool:
    host, sep, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not sep or not number.isdigit():
        return False
    if host in ("", "unix") or host.startswith("/"):
        local = f"/tmp/.X11-unix/X{number}"  # noqa: S108 (the X server's well-known socket)
        path = host if host.startswith("/") else local
        return _connects(socket.AF_UNIX, "\0" + local) or _connects(socket.AF_UNIX, path)
    return _connects(socket.AF_INET, (host.strip("[]"), 6000 + int(number)))
