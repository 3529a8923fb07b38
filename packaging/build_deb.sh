#!/usr/bin/env bash
# Build the Linux installer: packaging/dist/invoicedesk_<version>_<arch>.deb
#
#   bash packaging/build_deb.sh
#
# On a clean clone, on Debian 12. The app is frozen with Debian's own /usr/bin/python3.11 (its
# libpython and extension modules carry no RUNPATH and link to Debian's libssl, libsqlite3, ...),
# never with whatever python3 is first on PATH: a pyenv or python.org build would put its own
# folder into the bundle's RUNPATHs. PYTHON=... names another interpreter for experiments only.
# The .deb is for Debian 12; its Depends (libc6 >= 2.35, Debian package
# names) should also suit Ubuntu 22.04+, untested. As root the script installs what is missing
# with apt (python3-venv, binutils, and the runtime libraries the frozen Qt needs, so ldd can
# resolve them); as a normal user it says which packages to install.
#
# Steps: a build venv (packaging/build/venv: the app's dependencies pinned by
# requirements/constraints.txt + the PyInstaller pinned in packaging/requirements-build.txt), the
# PyInstaller spec (one folder, packaging/build/dist/invoicedesk), then a .deb around it (APP_ID
# is invoicedesk.APP_ID, no.invoicedesk.InvoiceDesk):
#   /opt/invoicedesk/                  the frozen app (/opt itself is not part of the package)
#   /usr/bin/invoicedesk               symlink to /opt/invoicedesk/invoicedesk
#   /usr/share/applications/APP_ID.desktop, /usr/share/metainfo/APP_ID.metainfo.xml
#   /usr/share/icons/hicolor/<N>x<N>/apps/APP_ID.png (and scalable/apps/APP_ID.svg)
#   /usr/share/man/man1/invoicedesk.1.gz, /usr/share/doc/invoicedesk/{copyright,changelog.gz}
#   /usr/share/lintian/overrides/invoicedesk (the tags inherent to a bundle in /opt, with reasons)
# Depends: the Debian packages owning each system library the bundle links to directly (ldd and
# DT_NEEDED of every ELF file, Qt plugins included), and libc6 (>= the highest GLIBC_x.y symbol
# version any of them uses).
# The .deb is reproducible: file times are SOURCE_DATE_EPOCH (default: the last commit's time),
# the archives are sorted and owned by root, the compression is fixed (xz -6, 2 threads).
# Environment: DEB_MAINTAINER overrides the Maintainer field; PYTHON the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PIP_DISABLE_PIP_VERSION_CHECK=1 DEBIAN_FRONTEND=noninteractive

PYTHON=${PYTHON:-/usr/bin/python3.11}
MAINTAINER=${DEB_MAINTAINER:-invoicedesk developers <dev@invoicedesk.no>}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
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
# python3.11-venv and libpython3.11 (PyInstaller bundles the shared libpython) for Debian's
# interpreter; binutils for objdump; xz-utils for the archive.
TOOL_PACKAGES=(python3.11 python3.11-venv libpython3.11 binutils xz-utils)

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
for tool in dpkg-deb dpkg-query objdump ldd xz ar gzip; do
  command -v "$tool" >/dev/null || die "$tool not found"
done
[ -x "$PYTHON" ] || die "$PYTHON not found (Debian 12's python3.11)"

# shellcheck source=packaging/freeze.sh
. "$ROOT/packaging/freeze.sh"
freeze_app
"$FROZEN/invoicedesk" --version >/dev/null || die "the frozen app does not start"

VERSION=$("$FROZEN/invoicedesk" --version | awk '{print $2}')
APP_ID=$("$VENV/bin/python" -c 'import invoicedesk; print(invoicedesk.APP_ID)')
LINUX=packaging/linux
# the version and the id have one source (invoicedesk/__init__.py); the files that must repeat
# them are checked here
head -n1 "$LINUX/changelog" | grep -qF "invoicedesk ($VERSION)" ||
  die "$LINUX/changelog: the first entry is not version $VERSION"
grep -qF "<release version=\"$VERSION\"" "$LINUX/$APP_ID.metainfo.xml" ||
  die "$LINUX/$APP_ID.metainfo.xml: no <release> for version $VERSION"
ARCH=$(dpkg --print-architecture)
DEB=$OUT/invoicedesk_${VERSION}_${ARCH}.deb

step "stage /opt/invoicedesk, launcher, desktop entry, metainfo, icons, docs"
rm -rf "$STAGE"
SHARE=$STAGE/usr/share
DOC=$SHARE/doc/invoicedesk
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$SHARE/applications" "$SHARE/metainfo" \
  "$SHARE/man/man1" "$SHARE/lintian/overrides" "$DOC"
cp -a "$FROZEN" "$STAGE/opt/invoicedesk"
# shared libraries need no execute bit (lintian: shared-library-is-executable)
find "$STAGE/opt/invoicedesk" -type f -name '*.so*' -exec chmod 0644 {} +
ln -s /opt/invoicedesk/invoicedesk "$STAGE/usr/bin/invoicedesk"
install -m 0644 "$LINUX/$APP_ID.desktop" "$SHARE/applications/"
install -m 0644 "$LINUX/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
if command -v desktop-file-validate >/dev/null; then # desktop-file-utils, when installed
  desktop-file-validate "$SHARE/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then # appstream, when installed
  appstreamcli validate --no-net "$SHARE/metainfo/$APP_ID.metainfo.xml" >/dev/null ||
    die "appstreamcli validate $LINUX/$APP_ID.metainfo.xml failed"
fi
for size in 16 32 48 64 128 256; do
  install -D -m 0644 "invoicedesk/gui/resources/invoicedesk_${size}.png" \
    "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 resources/icons/invoicedesk.svg "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
# the man page (its date and version follow the build), the changelog: gzip -9n (no name, no time)
sed "s/^\.TH INVOICEDESK 1 .*/.TH INVOICEDESK 1 \"$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)\" \"invoicedesk $VERSION\" \"User Commands\"/" \
  "$LINUX/invoicedesk.1" | gzip -9n >"$SHARE/man/man1/invoicedesk.1.gz"
gzip -9n <"$LINUX/changelog" >"$DOC/changelog.gz"
install -m 0644 "$LINUX/copyright" "$DOC/copyright"
install -m 0644 "$LINUX/lintian-overrides" "$SHARE/lintian/overrides/invoicedesk"
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
 Every invoice in one table: invoicedesk logs in to SendRegning, Telecom X,
 Buckaroo and MediaConnect/ConnectID, fetches invoices in the background and
 shows customer, dates, amounts, VAT, currency and status side by side, with
 lines, offers, credit notes, transactions and reminders in a detail pane.
 Everything fetched is cached for offline use; passwords and tokens live only
 in the system keyring (Secret Service: GNOME Keyring, KeePassXC, KWallet).
 .
 Try it without an account: invoicedesk --demo
EOF
sed -n '1,/^Suggests:/ s/^/  /p' "$STAGE/DEBIAN/control"

step "md5sums, reproducible archives, .deb"
# every file's time is SOURCE_DATE_EPOCH, so two builds of one commit give the same archive
find "$STAGE" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
  xargs -0 md5sum) >"$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/md5sums" "$STAGE/DEBIAN/control"
touch -d "@$SOURCE_DATE_EPOCH" "$STAGE/DEBIAN/md5sums"
# dpkg-deb would put ./opt/ itself into the package, and removing the package would then warn
# "directory '/opt' not empty so not removed" (no Debian package owns /opt). So the archive is
# made here, as dpkg-deb makes it (ar: debian-binary, control.tar.xz, data.tar.xz), without that
# one entry; /opt exists on every Debian system (the FHS requires it).
TAR=(tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH")
XZ=(xz -6 -T2 --check=crc64 -c)
work=$BUILD/debparts
rm -rf "$work" && mkdir -p "$work"
printf '2.0\n' >"$work/debian-binary"
(cd "$STAGE/DEBIAN" && "${TAR[@]}" -cf - ./) | "${XZ[@]}" >"$work/control.tar.xz"
(cd "$STAGE" && "${TAR[@]}" -cf - --no-recursion ./ &&
  "${TAR[@]}" -cf - ./usr ./opt/invoicedesk) >/dev/null # syntax check only
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -path ./opt -o -print0 | LC_ALL=C sort -z |
  "${TAR[@]}" --no-recursion --null -T - -cf -) | "${XZ[@]}" >"$work/data.tar.xz"
touch -d "@$SOURCE_DATE_EPOCH" "$work"/*
mkdir -p "$OUT"
rm -f "$OUT"/invoicedesk_*.deb
(cd "$work" && ar -rcD "$DEB" debian-binary control.tar.xz data.tar.xz)
dpkg-deb --info "$DEB" >/dev/null || die "dpkg-deb cannot read $DEB"
size=$(stat -c %s "$DEB")
mb=$(awk -v s="$size" 'BEGIN {printf "%.1f", s / 1e6}')
printf '%s  %s bytes (%s MB), sha256 %s\n' "${DEB#"$ROOT"/}" "$size" "$mb" \
  "$(sha256sum "$DEB" | cut -d' ' -f1)"
