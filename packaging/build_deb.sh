#!/usr/bin/env bash
# Build the Linux installer: packaging/dist/invoicedesk_<version>_<arch>.deb
#
#   bash packaging/build_deb.sh
#
# On a clean clone, on Debian 12 (its python3 is 3.11; another python3 >= 3.11 with venv can be
# named by PYTHON=...). The .deb is for Debian 12; its Depends (libc6 >= 2.35, Debian package
# names) should also suit Ubuntu 22.04+, untested. As root the script installs what is missing
# with apt (python3-venv, binutils, and the runtime libraries the frozen Qt needs, so ldd can
# resolve them); as a normal user it says which packages to install.
#
# Steps: a build venv (packaging/build/venv: the app's dependencies + the PyInstaller pinned in
# packaging/requirements-build.txt, tested with PySide6-Essentials 6.11), the
# PyInstaller spec (one folder, packaging/build/dist/invoicedesk), then a .deb around it:
#   /opt/invoicedesk/                  the frozen app
#   /usr/bin/invoicedesk               symlink to /opt/invoicedesk/invoicedesk
#   /usr/share/applications/invoicedesk.desktop
#   /usr/share/icons/hicolor/<N>x<N>/apps/invoicedesk.png (and scalable/apps/invoicedesk.svg)
# Depends: the Debian packages owning each system library the bundle links to directly (ldd and
# DT_NEEDED of every ELF file, Qt plugins included), and libc6 (>= the highest GLIBC_x.y symbol
# version any of them uses).
# Environment: DEB_MAINTAINER overrides the Maintainer field; PYTHON the interpreter (python3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PIP_DISABLE_PIP_VERSION_CHECK=1 DEBIAN_FRONTEND=noninteractive

PYTHON=${PYTHON:-python3}
MAINTAINER=${DEB_MAINTAINER:-invoicedesk developers <dev@invoicedesk>}
BUILD=$ROOT/packaging/build
VENV=$BUILD/venv
FROZEN=$BUILD/dist/invoicedesk
STAGE=$BUILD/deb
OUT=$ROOT/packaging/dist

# Runtime libraries of the frozen app that a minimal Debian lacks (Qt's xcb, wayland, EGL/GL,
# fontconfig, D-Bus, xkbcommon). Installed here only so ldd can resolve them; the .deb's
# Depends comes from what ldd finds, not from this list.
RUNTIME_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0 libwayland-client0 libwayland-cursor0
  libwayland-egl1
)
TOOL_PACKAGES=(python3-venv binutils)

step() { printf '== %s\n' "$*"; }
die() { printf 'build_deb: %s\n' "$*" >&2; exit 1; }

step "build tools and runtime libraries"
missing=()
for pkg in "${TOOL_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    die "missing packages; run: sudo apt-get install ${missing[*]}"
  fi
fi
for tool in dpkg-deb dpkg-query objdump ldd; do
  command -v "$tool" >/dev/null || die "$tool not found"
done

# shellcheck source=packaging/freeze.sh
. "$ROOT/packaging/freeze.sh"
freeze_app
"$FROZEN/invoicedesk" --version >/dev/null || die "the frozen app does not start"

VERSION=$("$FROZEN/invoicedesk" --version | awk '{print $2}')
ARCH=$(dpkg --print-architecture)
DEB=$OUT/invoicedesk_${VERSION}_${ARCH}.deb

step "stage /opt/invoicedesk, launcher, desktop entry, icons"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/invoicedesk"
cp -a "$FROZEN" "$STAGE/opt/invoicedesk"
ln -s /opt/invoicedesk/invoicedesk "$STAGE/usr/bin/invoicedesk"
install -m 0644 packaging/linux/invoicedesk.desktop "$STAGE/usr/share/applications/"
if command -v desktop-file-validate >/dev/null; then # desktop-file-utils, when installed
  desktop-file-validate packaging/linux/invoicedesk.desktop
fi
for size in 16 32 48 64 128 256; do
  install -D -m 0644 "invoicedesk/gui/resources/invoicedesk_${size}.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/invoicedesk.png"
done
install -D -m 0644 resources/icons/invoicedesk.svg \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/invoicedesk.svg"
cat >"$STAGE/usr/share/doc/invoicedesk/copyright" <<EOF
invoicedesk $VERSION: proprietary. Bundles Python 3.11 (PSF License), Qt 6 and PySide6
(LGPL-3.0), and the Python packages listed in /opt/invoicedesk/_internal/*.dist-info.
EOF
chmod -R u+rwX,go+rX,go-w "$STAGE"

step "Depends: ldd on every ELF file in the bundle"
mapfile -t elves < <(find "$STAGE/opt" -type f -print0 |
  xargs -0 -r "$VENV/bin/python" -c '
import sys
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        if f.read(4) == b"\x7fELF":
            print(path)
')
# the bundle's own folders, as the frozen app's loader sees them
libdirs=$(find "$STAGE/opt/invoicedesk" -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)
ldd_out=$(for elf in "${elves[@]}"; do
  LD_LIBRARY_PATH=$libdirs ldd "$elf" 2>/dev/null || true
done)
if grep -q "not found" <<<"$ldd_out"; then
  grep "not found" <<<"$ldd_out" | sort -u >&2
  die "libraries above are not installed here, so Depends would be incomplete"
fi
# soname -> path, as ldd resolves it (the bundle's libraries first, then the system's)
declare -A resolved=()
while read -r soname path; do
  resolved[$soname]=$path
done < <(awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' <<<"$ldd_out" | sort -u)
# only the direct needs (DT_NEEDED) of the bundle's files that the bundle does not carry: the
# packages owning those pull in their own dependencies
mapfile -t needed < <(for elf in "${elves[@]}"; do
  objdump -p "$elf" | awk '$1 == "NEEDED" {print $2}'
done | sort -u)
syslibs=()
for soname in "${needed[@]}"; do
  path=${resolved[$soname]:-}
  [ -n "$path" ] || continue # the dynamic loader itself (ld-linux), already part of libc6
  case $path in "$STAGE"/*) ;; *) syslibs+=("$path") ;; esac
done
owner() { # the package owning a library path (merged /usr: try both spellings, then the target)
  local path=$1 alt
  case $path in /usr/*) alt=${path#/usr} ;; *) alt=/usr$path ;; esac
  for p in "$path" "$alt" "$(readlink -f "$path")"; do
    dpkg-query -S "$p" 2>/dev/null | head -n1 | cut -d: -f1 && return 0
  done
  return 1
}
packages=()
for lib in "${syslibs[@]}"; do
  pkg=$(owner "$lib") || die "no Debian package owns $lib"
  packages+=("$pkg")
done
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | grep -v '^libc6$' | sort -u)
glibc=$(for elf in "${elves[@]}"; do objdump -T "$elf" 2>/dev/null; done |
  grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -Vu | tail -n1)
[ -n "$glibc" ] || die "no GLIBC symbol versions found"
DEPENDS="libc6 (>= $glibc)$(printf ', %s' "${packages[@]}")"

step "control file"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: invoicedesk
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $DEPENDS
Suggests: gnome-keyring
Section: misc
Priority: optional
Description: desktop invoice viewer for SendRegning, Telecom X, Buckaroo and ConnectID
 Every invoice in one table: invoicedesk logs in to SendRegning, Telecom X, Buckaroo and
 MediaConnect/ConnectID, fetches invoices in the background and shows customer, dates,
 amounts, VAT, currency and status side by side, with lines, offers, credit notes,
 transactions and reminders in a detail pane. Everything fetched is cached for offline use;
 passwords and tokens live only in the system keyring (Secret Service: GNOME Keyring,
 KeePassXC, KWallet 5.97+).
 .
 Try it without an account: invoicedesk --demo
EOF
sed -n '1,/^Suggests:/ s/^/  /p' "$STAGE/DEBIAN/control"

step "dpkg-deb"
mkdir -p "$OUT"
rm -f "$OUT"/invoicedesk_*.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
size=$(stat -c %s "$DEB")
mb=$(awk -v s="$size" 'BEGIN {printf "%.1f", s / 1e6}')
printf '%s  %s bytes (%s MB)\n' "${DEB#"$ROOT"/}" "$size" "$mb"
