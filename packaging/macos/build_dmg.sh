#!/usr/bin/env bash
# Build the macOS installer: packaging/dist/invoicedesk-<version>-<arch>.dmg holding
# invoicedesk.app (the spec's BUNDLE) and a link to /Applications to drag it onto.
#
#   bash packaging/macos/build_dmg.sh
#
# macOS only (hdiutil), with python3 >= 3.11 (PYTHON=... to choose). Built by
# .github/workflows/installers.yml on macos-latest; it cannot be built on the Linux CI. Same
# spec, same data and excludes as the .deb; same build venv layout and PyInstaller pin
# (packaging/requirements-build.txt). The app is signed ad hoc by PyInstaller only, not with a
# Developer ID nor notarized: a downloaded copy opens with right-click > Open the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
export PIP_DISABLE_PIP_VERSION_CHECK=1

die() { printf 'build_dmg: %s\n' "$*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "macOS only (hdiutil); on Linux use packaging/build_deb.sh"

PYTHON=${PYTHON:-python3}
BUILD=$ROOT/packaging/build
VENV=$BUILD/venv
APP=$BUILD/dist/invoicedesk.app
OUT=$ROOT/packaging/dist

# shellcheck source=packaging/freeze.sh
. "$ROOT/packaging/freeze.sh"
freeze_app
[ -d "$APP" ] || die "PyInstaller made no $APP"
VERSION=$("$APP/Contents/MacOS/invoicedesk" --version | awk '{print $2}')
[ -n "$VERSION" ] || die "the frozen app does not start"

echo "== dmg"
DMG=$OUT/invoicedesk-$VERSION-$(uname -m).dmg
STAGE=$BUILD/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE" "$OUT"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -quiet -volname "invoicedesk $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
size=$(stat -f %z "$DMG")
mb=$(awk -v s="$size" 'BEGIN {printf "%.1f", s / 1e6}')
printf '%s  %s bytes (%s MB)\n' "${DMG#"$ROOT"/}" "$size" "$mb"
