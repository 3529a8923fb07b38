"""Check a built invoicedesk .deb the way a Debian packager would; exit 1 on any problem.

    python3 packaging/check_deb.py packaging/dist/invoicedesk_<version>_<arch>.deb

Standard library only, plus these tools: dpkg-deb, readelf (binutils), lintian,
appstreamcli (appstream) and desktop-file-validate (desktop-file-utils).

- RUNPATH/RPATH: every ELF file in the package may only name folders inside the bundle
  ($ORIGIN/...) or the system library folders. A path of the build machine (a pyenv or venv
  folder) would make the installed app load libraries from wherever that path exists.
- lintian: no error or warning other than those overridden in
  /usr/share/lintian/overrides/invoicedesk (packaging/linux/lintian-overrides, with reasons).
- The AppStream metainfo passes `appstreamcli validate`, the desktop entry
  `desktop-file-validate`.
- The package does not own /opt (removing it would warn that /opt is not empty), and carries
  md5sums.
"""

from __future__ import annotations

import argparse
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: folders a RUNPATH/RPATH may name besides the bundle itself (where ld.so looks anyway)
SYSTEM_LIB_DIRS = {
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/lib/x86_64-linux-gnu",
    "/usr/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
}
BUNDLE = "/opt/invoicedesk"
DYNAMIC_PATH = re.compile(r"\((RPATH|RUNPATH)\)\s+Library (?:rpath|runpath): \[(.*)\]")


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def search_path_problems(root: Path) -> tuple[int, list[str]]:
    """(ELF files checked, problems): RUNPATH/RPATH entries outside the bundle and system."""
    problems = []
    checked = 0
    for path in sorted(root.rglob("*")):
        if not is_elf(path):
            continue
        checked += 1
        installed = "/" + path.relative_to(root).as_posix()
        out = run(["readelf", "-d", "-W", str(path)]).stdout
        for kind, value in DYNAMIC_PATH.findall(out):
            for entry in value.split(":"):
                if not entry:
                    problems.append(f"{installed}: empty {kind} entry (means the working folder)")
                    continue
                resolved = re.sub(r"^\$(ORIGIN|\{ORIGIN\})", posixpath.dirname(installed), entry)
                resolved = posixpath.normpath(resolved)
                inside = resolved == BUNDLE or resolved.startswith(BUNDLE + "/")
                if "$" in resolved or not (inside or resolved in SYSTEM_LIB_DIRS):
                    problems.append(f"{installed}: {kind} {entry}")
    return checked, problems


def lintian_problems(deb: Path) -> tuple[list[str], list[str]]:
    """(errors and warnings lintian reports that no override covers, overridden tags)."""
    proc = run(["lintian", "--no-cfg", "--show-overrides", str(deb)])
    if proc.returncode not in (0, 1, 2):
        return [f"lintian failed ({proc.returncode}): {proc.stderr.strip()}"], []
    lines = proc.stdout.splitlines()
    failing = [line for line in lines if line.startswith(("E:", "W:"))]
    overridden = sorted({line.split()[2] for line in lines if line.startswith("O:")})
    return failing, overridden


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("deb", type=Path)
    args = parser.parse_args(argv)
    deb: Path = args.deb
    for tool in ("dpkg-deb", "readelf", "lintian", "appstreamcli", "desktop-file-validate"):
        if not shutil.which(tool):
            print(f"check_deb: {tool} not found", file=sys.stderr)
            return 1
    failed: list[str] = []

    with tempfile.TemporaryDirectory(prefix="check_deb.") as tmp:
        root = Path(tmp)
        extract = run(["dpkg-deb", "-x", str(deb), str(root)])
        if extract.returncode != 0:
            print(f"check_deb: dpkg-deb -x failed: {extract.stderr.strip()}", file=sys.stderr)
            return 1

        checked, problems = search_path_problems(root)
        print(f"== RUNPATH/RPATH of {checked} ELF files: {len(problems)} outside the bundle")
        failed += problems
        if checked == 0:
            failed.append("no ELF files found: is this the invoicedesk package?")

        for path in sorted((root / "usr/share/metainfo").glob("*.metainfo.xml")):
            proc = run(["appstreamcli", "validate", "--no-net", str(path)])
            print(f"== appstreamcli validate {path.name}: {proc.stdout.strip().splitlines()[-1]}")
            if proc.returncode != 0:
                failed.append(f"appstreamcli validate {path.name}:\n{proc.stdout}")
        if not list((root / "usr/share/metainfo").glob("*.metainfo.xml")):
            failed.append("no AppStream metainfo in /usr/share/metainfo")
        for path in sorted((root / "usr/share/applications").glob("*.desktop")):
            proc = run(["desktop-file-validate", str(path)])
            print(f"== desktop-file-validate {path.name}: {'ok' if not proc.stdout else 'FAILED'}")
            if proc.returncode != 0 or proc.stdout.strip():
                failed.append(f"desktop-file-validate {path.name}:\n{proc.stdout}")

    listing = run(["dpkg-deb", "-c", str(deb)]).stdout.splitlines()
    names = {line.split()[-1] for line in listing if line}
    if "./opt/" in names:
        failed.append("the package owns /opt (removing it would warn that /opt is not empty)")
    print(f"== package owns /opt: {'yes' if './opt/' in names else 'no'}")
    if run(["dpkg-deb", "-I", str(deb), "md5sums"]).returncode != 0:
        failed.append("no DEBIAN/md5sums")

    errors, overridden = lintian_problems(deb)
    print(
        f"== lintian: {len(errors)} errors/warnings not overridden; overridden: "
        + (", ".join(overridden) or "none")
    )
    failed += errors

    for problem in failed:
        print(f"  {problem}")
    print("check_deb: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("LC_ALL", "C.UTF-8")
    raise SystemExit(main())
