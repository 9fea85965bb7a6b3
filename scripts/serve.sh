#!/usr/bin/env bash
# Installs what is missing, then serves the app with its embedded sample-city content
# (public/content) at http://127.0.0.1:8080/, rebuilding and reloading on every change to
# code, translations (.ftl), content or styles. The reference backend (crates/backend)
# runs beside it on 127.0.0.1:8081, behind Trunk's proxy (Trunk.toml), so the sample city's
# forms can be sent; submissions are stored in .data/submissions.sqlite.
# Extra arguments go to `trunk serve`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/bootstrap.sh serve
export PATH="$HOME/.cargo/bin:$PATH"
echo "civic-portal: building the reference backend (crates/backend)"
cargo build --locked -q -p civic-backend
target/debug/civic-backend --port 8081 --content public/content --db .data/submissions.sqlite &
backend=$!
trap 'kill "$backend" 2>/dev/null || true' EXIT INT TERM
echo
echo "civic-portal: serving the sample city; open the address Trunk prints below (http://127.0.0.1:8080/"
echo "unless you passed --port). The first build takes a few minutes."
echo
trunk serve "$@"
