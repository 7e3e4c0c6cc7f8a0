#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller (build.spec) and check that it runs:
# the bundled executable must create a demo database in a temporary folder, then start its
# window offscreen in Hebrew and write a PDF from it, and exit 0.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all "test,build" binutils
cd "$ROOT"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN build.spec
check_dir="$(mktemp -d)"
trap 'rm -rf "$check_dir"' EXIT
QT_QPA_PLATFORM=offscreen ./dist/service-auditor/service-auditor init --demo --db "$check_dir/bundle.sqlite"
count="$(./dist/service-auditor/service-auditor audit list --json --db "$check_dir/bundle.sqlite" | "$VENV/bin/python" -c 'import json, sys; print(len(json.load(sys.stdin)))')"
[ "$count" -ge 1000 ] || { echo "bundle check failed: only $count audits" >&2; exit 1; }
# the window too: offscreen, in Hebrew (translations, right to left, fonts), writing a PDF
QT_QPA_PLATFORM=offscreen ./dist/service-auditor/service-auditor selfcheck --lang he \
  --db "$check_dir/bundle.sqlite" --out "$check_dir/check.pdf"
head -c 4 "$check_dir/check.pdf" | grep -q '%PDF' || { echo "bundle check failed: no PDF" >&2; exit 1; }
echo "bundle ok: dist/service-auditor runs init --demo ($count audits) and its window in Hebrew"
