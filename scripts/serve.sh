#!/usr/bin/env bash
# Builds the app (release) and serves it on http://127.0.0.1:8080 with the
# built-in sample record. Installs the build tools first if any is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_build_tools
cd "$ROOT"
say "building and serving on http://127.0.0.1:8080 (Ctrl-C to stop)"
exec trunk serve --release --no-autoreload
