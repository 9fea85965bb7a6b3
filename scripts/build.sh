#!/usr/bin/env bash
# The release build: `trunk build --release` (wasm, one stylesheet, strict-CSP loader), then
# the pre-renderer writes a static HTML page for every route of the configured content in
# every locale into dist/ (see src/prerender.rs and docs/deploy.md), and the site-search index
# of every locale is written into dist/search/.
#   scripts/build.sh [--origin https://city.example] [--config dist/config.json]
# Arguments go to the pre-renderer (its own profile: compiled like dev, without LTO's minutes, but
# without debug assertions, like the release wasm). Run scripts/bootstrap.sh first on a new machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
trunk build --release --locked
cargo run --locked -q --profile prerender --features ssr --bin prerender -- --dist dist "$@"
# The site-search index of every locale (dist/search/<locale>.json), from the content in dist/.
cargo run --locked -q -p civic-core --bin search-index -- --dist dist
# The service worker (dist/sw.js): the plan of what it keeps offline, from config.json's
# `offline` section and the files of this build, then src/offline/service-worker.js.
cargo run --locked -q -p civic-core --bin offline-manifest -- --dist dist
