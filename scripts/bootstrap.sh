#!/usr/bin/env bash
# Installs what civic-portal needs and is missing, nothing else. Idempotent: with everything
# present it only checks versions and finishes in seconds.
#
#   scripts/bootstrap.sh serve   # what `trunk serve` needs: wasm target, Trunk, wasm-bindgen
#   scripts/bootstrap.sh test    # + wasm-opt (release builds), twiggy, Chromium, CJK fonts, nginx and
#                                #   apache2 (the deploy check), npm test packages
#
# Versions: scripts/tool-versions.env, and Cargo.lock for wasm-bindgen. Every tool comes
# from a package registry (crates.io, Debian, npm): Trunk's own downloads need GitHub.
set -euo pipefail

profile="${1:-test}"
case "$profile" in serve|test) ;; *) echo "usage: $0 [serve|test]" >&2; exit 2 ;; esac

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck source=tool-versions.env
source scripts/tool-versions.env
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }

# --- Rust: wasm target ---------------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# --- Trunk ---------------------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (about 10 minutes the first time)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- wasm-bindgen CLI, exactly Cargo.lock's version -----------------------------------------
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$bindgen_version" ]; then
  echo "[bootstrap] could not read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]; then
  step "installing wasm-bindgen-cli $bindgen_version (about 2 minutes)"
  # Not --locked: the CLI's own lockfile asks for a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if [ "$profile" = serve ]; then
  step "ready to serve"
  exit 0
fi

# --- wasm-opt (binaryen 116 from crates.io; never Debian's binaryen) -------------------------
if ! grep -q "^wasm_opt = \"version_${WASM_OPT_BINARYEN_VERSION}\"" Trunk.toml; then
  echo "[bootstrap] Trunk.toml [tools] wasm_opt must be \"version_${WASM_OPT_BINARYEN_VERSION}\"" >&2
  exit 1
fi
wasm_opt_path="$(command -v wasm-opt || true)"
if [ "$wasm_opt_path" != "$HOME/.cargo/bin/wasm-opt" ] \
  || ! wasm-opt --version 2>/dev/null | grep -q "version ${WASM_OPT_BINARYEN_VERSION}"; then
  step "installing wasm-opt $WASM_OPT_CRATE_VERSION (binaryen ${WASM_OPT_BINARYEN_VERSION}, about 8 minutes)"
  cargo install wasm-opt --version "$WASM_OPT_CRATE_VERSION" --locked --force
fi

# --- twiggy (where the wasm's bytes go) ---------------------------------------------------------
# (`twiggy --version` says "twiggy-opt 0.8.0")
if ! twiggy --version 2>/dev/null | grep -qx "twiggy[a-z-]* $TWIGGY_VERSION"; then
  step "installing twiggy $TWIGGY_VERSION (about 1 minute)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked --force
fi

# --- Chromium, chromedriver, CJK fonts, nginx, apache2 and WordPress from Debian ----------------
# apt_install NAME PACKAGES...: installs those of PACKAGES that are missing; returns apt's status.
apt_install() {
  local what="$1"
  shift
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  step "installing $what from Debian: ${missing[*]}"
  local SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  # nginx and apache2 are only run by the deploy check (scripts/deploy-check.mjs), on ports 80
  # and 443, and MariaDB only by scripts/wordpress-site.sh, with a data directory of its own;
  # Debian's packages would otherwise start their services: a policy-rc.d (unless the machine
  # has its own) keeps the packages from starting anything.
  local policy=/usr/sbin/policy-rc.d own_policy="" status=0
  if [ ! -e "$policy" ]; then
    own_policy=1
    $SUDO sh -c "printf '#!/bin/sh\\nexit 101\\n' > $policy && chmod 755 $policy"
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" || status=$?
  [ -n "$own_policy" ] && $SUDO rm -f "$policy"
  # Nor at the next boot, under systemd.
  if [ "$status" -eq 0 ] && [ -d /run/systemd/system ]; then
    for pkg in nginx apache2 mariadb-server; do
      if printf '%s\n' "${missing[@]}" | grep -qx "$pkg"; then $SUDO systemctl disable --now "${pkg%-server}" >/dev/null 2>&1 || true; fi
    done
  fi
  return "$status"
}
apt_install "the browser, fonts and web servers" $APT_PACKAGES
# The live WordPress of the browser tests: where Debian's packages cannot be installed, its
# journeys are skipped with a message saying so (tests/e2e/wordpress-live.spec.ts), and the
# rest of the test command runs.
apt_install "WordPress with MariaDB and PHP" $WORDPRESS_PACKAGES \
  || echo "[bootstrap] WARNING: WordPress could not be installed; the live WordPress journeys will be skipped" >&2

# --- npm test packages from the committed package-lock.json -----------------------------------
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp="node_modules/.civic-portal-lock-hash"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  step "installing npm test packages (npm ci)"
  # Playwright must never download a browser: the tests drive Debian's /usr/bin/chromium.
  # No install scripts: only @mdn/mdn-http-observatory's packages have any, and they download
  # lists from outside the registries (or build a PostgreSQL client the scanner does not use).
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
# The Observatory's HSTS preload list, which its install script would download: empty, so
# that no host counts as preloaded (the grade then rests on the headers alone).
hsts_preload="node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json"
[ -s "$hsts_preload" ] || echo '{}' > "$hsts_preload"

step "all tools present"
