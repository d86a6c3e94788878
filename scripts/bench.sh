#!/usr/bin/env bash
# Figures, not tests: bundle sizes (gzip, brotli) and load/filter times of
# the release build in headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_test_tools
cd "$ROOT"
trunk build --release >/dev/null
say "bundle"
node tests/e2e/bench/sizes.mjs dist
say "load and filter (release build, headless Chromium)"
PORT=4179
node tests/e2e/server.mjs dist "$PORT" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.1; done
(cd tests/e2e && node bench/load.mjs "http://127.0.0.1:$PORT/" 9)
say "extraction throughput (synthetic 1 MB and 10 MB records; native, then wasm in headless Chromium)"
cargo test --release --no-default-features --test throughput -- --ignored --nocapture 2>&1 \
    | grep -E '^native ' || true
cargo test --release --target wasm32-unknown-unknown --test throughput -- --nocapture 2>&1 \
    | grep -E 'wasm ' || true
