#!/usr/bin/env bash
# Figures, not tests: bundle sizes (gzip, brotli), load/filter times of
# the release build, and save/load times of 10,000 follow-ups, in headless
# Chromium.
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
node -e "(async()=>{for(let i=0;i<50;i++){try{await fetch('http://127.0.0.1:$PORT/');return}catch{await new Promise(r=>setTimeout(r,100))}}})()"
(cd tests/e2e && node bench/load.mjs "http://127.0.0.1:$PORT/" 9)
say "storage: a year of meetings, and the browser's quota"
(cd tests/e2e && node bench/storage.mjs "http://127.0.0.1:$PORT/")
say "save and load of 10,000 follow-ups (release build, headless Chromium)"
# wasm-bindgen-test prints the page's console only with --nocapture.
cargo test --release --target wasm32-unknown-unknown --test state_bench -- --nocapture 2>&1 |
  grep -E '^(save|load)'
say "extraction throughput (synthetic 1 MB and 10 MB records; native, then wasm in headless Chromium)"
cargo test --release --no-default-features --test throughput -- --ignored --nocapture 2>&1 \
    | grep -E '^native ' || true
cargo test --release --target wasm32-unknown-unknown --test throughput -- --nocapture 2>&1 \
    | grep -E 'wasm ' || true
