#!/usr/bin/env bash
# Runs every test: formatting and lints on both feature sets, native tests,
# in-browser tests, the release build and its byte budget, end-to-end tests.
# Installs whatever is missing first (idempotently).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_test_tools
cd "$ROOT"

step() { say "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: core only, web shell, and the wasm build with its browser tests"
cargo clippy --locked --all-targets --no-default-features -- -D warnings
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests (the core, no web dependency)"
cargo test --locked --no-default-features

step "in-browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build"
trunk build --release

step "byte budget"
bash scripts/budget.sh

step "end-to-end tests (Playwright, Debian's Chromium)"
(cd tests/e2e && npx playwright test)

say "all tests passed"
