# Shared set-up for run-app.sh, run-tests.sh and build.sh: source it, then call `setup_all EXTRAS PKGS...`.
# Idempotent: each step checks first and does nothing when its work is already done.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

# Libraries Qt 6 needs for the offscreen and the X11 (xcb) platforms, and a font to draw with.
QT_DEBIAN_PACKAGES=(
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 libxi6 libsm6 libice6
  fonts-dejavu-core
)

say() { printf '[setup] %s\n' "$*" >&2; }

missing_debian_packages() {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      printf '%s\n' "$pkg"
    fi
  done
}

ensure_debian_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian system: make sure these are installed yourself: $*"
    return 0
  fi
  local missing
  mapfile -t missing < <(missing_debian_packages "$@")
  [ "${#missing[@]}" -eq 0 ] && return 0
  local line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    say "missing Debian packages. Run as root, then run this command again:"
    printf '  sudo sh -c "%s"\n' "$line" >&2
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_python() {
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    ensure_debian_packages python3
  fi
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    say "Python 3.11 or newer is needed; $PYTHON is $("$PYTHON" --version 2>&1)"
    exit 1
  fi
  if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    ensure_debian_packages python3-venv
  fi
}

ensure_venv() {
  # The exact versions (and files, by sha256) come from the lock: the app alone from
  # requirements/app.lock, tests and the bundle from requirements/dev.lock
  # (`bash scripts/lock.sh` refreshes them). The project itself is installed on top, editable.
  local extras="$1"
  local lock="$ROOT/requirements/app.lock"
  [ -n "$extras" ] && lock="$ROOT/requirements/dev.lock"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in .venv"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-${extras:-app}"
  local want
  want="$(cat "$ROOT/pyproject.toml" "$lock" | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  say "installing Python packages from ${lock#"$ROOT"/}"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes -r "$lock"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e "$ROOT"
  echo "$want" > "$stamp"
}

build_translations() {
  local ts qm
  shopt -s nullglob
  for ts in "$ROOT"/resources/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
  done
  local po mo  # the command line's messages (gettext), compiled by Babel
  for po in "$ROOT"/resources/locale/*/LC_MESSAGES/service-auditor.po; do
    mo="${po%.po}.mo"
    if [ ! -f "$mo" ] || [ "$po" -nt "$mo" ]; then
      "$VENV/bin/pybabel" -q compile -i "$po" -o "$mo"
    fi
  done
  shopt -u nullglob
}

# setup_all EXTRAS [EXTRA_DEBIAN_PACKAGES...]
setup_all() {
  local extras="$1"
  shift
  ensure_python
  ensure_debian_packages "${QT_DEBIAN_PACKAGES[@]}" "$@"
  ensure_venv "$extras"
  build_translations
}
