#!/usr/bin/env bash
# Installs what is missing, then runs every check of civic-portal. Stops at the first failure.
#   1. formatting and lints (cargo fmt, clippy -D warnings, native and wasm)
#   2. native unit and content tests (cargo test), and the translators' checker on locales/
#   3. the release build (scripts/build.sh): Trunk (wasm-opt included), then the pre-renderer;
#      and the component gallery (scripts/build-gallery.sh), a build of its own in target/gallery
#   4. the size report (reports/size.latest.json, compared with reports/size-baseline.json) and
#      the wasm's breakdown by crate and largest function (reports/wasm-breakdown.latest.json)
#   5. end-to-end tests in Debian Chromium with Playwright and axe-core, with the reference
#      backend (crates/backend) receiving the form submissions, axe on every example of the
#      component gallery, and the CMS journeys against a live WordPress (scripts/wordpress-site.sh:
#      Debian's WordPress with its own MariaDB and PHP's web server on loopback, seeded afresh)
#   6. the deploy check (scripts/deploy-check.mjs): docs/deploy.md's nginx and Apache
#      configurations, exactly as written, serving dist/ over TLS on 127.0.0.1 ports 80 and 443
#      (needs root): every kind of answer's status, type, caching and security headers, the
#      navigation and strict-CSP journeys against nginx, and Mozilla's HTTP Observatory, which
#      must grade both A+ (reports/observatory.latest.json: grade, score, each test's result)
#   7. the timing report (reports/perf.latest.json): first view, route change, language switch
#   8. the Lighthouse report (reports/lighthouse.latest.json), mobile preset; fails only if a
#      page's accessibility score is below 100
#   9. the load report of the reference backend (reports/load.latest.json, wrk on loopback):
#      requests per second, p50/p99, errors; fails only if stored rows differ from accepted keys
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
scripts/bootstrap.sh test
export PATH="$HOME/.cargo/bin:$PATH"

section() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
started=$(date +%s)
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

section "cargo fmt --check"
cargo fmt --all -- --check

section "cargo clippy (native crates, then the app for wasm32)"
cargo clippy --locked --workspace --exclude civic-portal --all-targets -- -D warnings
cargo clippy --locked -p civic-portal --target wasm32-unknown-unknown --features hydrate -- -D warnings
cargo clippy --locked -p civic-portal --target wasm32-unknown-unknown --features gallery --bin gallery -- -D warnings
cargo clippy --locked -p civic-portal --features ssr --all-targets -- -D warnings

section "cargo test (native)"
cargo test --locked --workspace --exclude civic-portal 2>&1 | tee "$logs/cargo-test.log"
cargo test --locked -p civic-portal --features ssr 2>&1 | tee -a "$logs/cargo-test.log"

section "translations (l10n-check --strict)"
cargo run --locked -q -p l10n-check -- --strict --reference en locales

section "l10n-check on a large generated tree (both bundle models, timed; a report)"
cargo build --locked -q --profile tool -p l10n-check
node scripts/l10n-large-report.mjs --bin target/tool/l10n-check

section "release build: trunk build --release, then every route pre-rendered"
# The origin is the test server's, so canonical and hreflang links stay on it.
scripts/build.sh --origin "http://127.0.0.1:${E2E_PORT:-4173}"
scripts/build-gallery.sh

section "size report, and where the wasm's bytes go (twiggy)"
node scripts/size-report.mjs
node scripts/wasm-breakdown.mjs

section "end-to-end tests (Playwright, Debian Chromium, axe-core)"
# The reference backend the form tests send to (started by playwright.config.ts).
cargo build --locked -q -p civic-backend
npx playwright test 2>&1 | tee "$logs/e2e.log"

section "deploy check: docs/deploy.md's nginx and Apache, over TLS on loopback, Observatory A+"
node scripts/deploy-check.mjs 2>&1 | tee "$logs/deploy.log"

section "timing report (not a gate)"
node scripts/perf-report.mjs --runs 5

section "Lighthouse (mobile preset, report)"
node scripts/lighthouse-report.mjs --min-accessibility 100

section "load report of the reference backend (wrk, bounded, not a gate on speed)"
node scripts/load-report.mjs

unit=$(grep -oE '^test result: ok\. [0-9]+ passed' "$logs/cargo-test.log" | awk '{s += $4} END {print s + 0}')
e2e=$(cat "$logs/e2e.log" "$logs/deploy.log" | grep -oE '^ +[0-9]+ passed' | awk '{s += $1} END {print s + 0}')
echo
echo "all checks passed in $(( $(date +%s) - started ))s: $unit native tests, $e2e browser tests"
echo "summary: $(( unit + e2e )) passed, 0 failed"
