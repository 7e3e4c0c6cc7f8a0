#!/usr/bin/env bash
# Refresh the lock files the set-up installs from (requirements/*.lock), with pip-tools in a
# throwaway environment. Run after changing dependencies in pyproject.toml, then run the whole
# test suite before committing the new locks:
#     bash scripts/lock.sh [--upgrade]        (--upgrade: newest versions pyproject allows)
# dev.lock: the app, the tests and the bundle (test and build extras); app.lock: the app
# alone, held to the same versions as dev.lock. Both carry every file's sha256.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$(mktemp -d)"
trap 'rm -rf "$TOOLS"' EXIT
"${PYTHON:-python3}" -m venv "$TOOLS/venv"
"$TOOLS/venv/bin/pip" install -q --disable-pip-version-check "pip-tools==7.6.2"
cd "$ROOT"
compile=("$TOOLS/venv/bin/pip-compile" --quiet --generate-hashes --strip-extras
         --no-emit-index-url --no-emit-find-links --allow-unsafe --resolver=backtracking "$@")
"${compile[@]}" --extra test --extra build -o requirements/dev.lock pyproject.toml
"${compile[@]}" -c requirements/dev.lock -o requirements/app.lock pyproject.toml
echo "locked: requirements/dev.lock requirements/app.lock"
