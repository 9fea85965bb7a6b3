#!/usr/bin/env bash
# Installs what is missing, then serves the app with its embedded sample-city content
# (public/content) at http://127.0.0.1:8080/, rebuilding and reloading on every change to
# code, translations (.ftl), content or styles. Extra arguments go to `trunk serve`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/bootstrap.sh serve
export PATH="$HOME/.cargo/bin:$PATH"
echo
echo "civic-portal: serving the sample city; open the address Trunk prints below (http://127.0.0.1:8080/"
echo "unless you passed --port). The first build takes a few minutes."
echo
exec trunk serve "$@"
