# Sourced by packaging/build_deb.sh and packaging/macos/build_dmg.sh: the build venv and the
# PyInstaller freeze they share. Expects ROOT (the repository, also the working directory),
# PYTHON, BUILD and VENV to be set; leaves the frozen app under $BUILD/dist.

freeze_app() {
  printf '== build venv (%s)\n' "$VENV"
  # Reinstall only when the interpreter, the dependencies or the pins change (the app's code is
  # frozen from the source tree, not from this venv). Every package is pinned
  # (requirements/constraints.txt, packaging/requirements-build.txt), so two builds of one
  # commit freeze the same versions.
  local stamp
  stamp="$("$PYTHON" -c 'import sys; print(sys.executable, sys.version)'
    cat "$ROOT/pyproject.toml" "$ROOT/packaging/requirements-build.txt" \
      "$ROOT/requirements/constraints.txt")"
  if [ ! -x "$VENV/bin/pyinstaller" ] || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/pip" install -q -c "$ROOT/requirements/constraints.txt" "$ROOT" \
      -r "$ROOT/packaging/requirements-build.txt"
    printf '%s' "$stamp" >"$VENV/.stamp"
  fi

  printf '== freeze (PyInstaller, packaging/invoicedesk.spec)\n'
  rm -rf "$BUILD/dist"
  # a fixed hash seed: otherwise set order changes the order of base_library.zip between builds
  PYTHONHASHSEED=0 "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --workpath "$BUILD/pyinstaller" --distpath "$BUILD/dist" "$ROOT/packaging/invoicedesk.spec"
}
