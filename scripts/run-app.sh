#!/usr/bin/env bash
# Set everything up (once) and open Service Auditor on the default database.
# Extra arguments go to the app, e.g. `--db other.sqlite` or `init --demo`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all ""
exec "$VENV/bin/service-auditor" "$@"
