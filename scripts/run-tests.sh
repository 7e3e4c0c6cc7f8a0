#!/usr/bin/env bash
# Set everything up (once) and run the whole test suite, PostgreSQL included.
# The suite starts its own throwaway PostgreSQL cluster on 127.0.0.1 (tests/pg_server.py).
# Extra arguments go to pytest, e.g. `-k store` or `-x`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all "test" postgresql poppler-utils
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
export SERVICE_AUDITOR_REQUIRE_PG=1
exec "$VENV/bin/python" -m pytest "$@"
