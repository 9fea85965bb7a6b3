#!/usr/bin/env bash
# The component gallery (src/gallery): every component's named examples, a build of its own
# in target/gallery/ (never in dist/), served under /__gallery/ next to a release build by
# tests/support/serve-dist.mjs (tests/e2e/gallery.spec.ts runs axe on every example).
#   scripts/build-gallery.sh
# Its index.html is made from the app's (the same stylesheets in the same cascade order, the
# gallery's own added) with the gallery binary in place of the app's; it shares the release
# build's compiled dependencies, and skips wasm-opt (a tool for people, not for visitors).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
src=target/gallery-src
mkdir -p "$src"
node - "$src/index.html" <<'JS'
const { readFileSync, writeFileSync } = require('node:fs');
let html = readFileSync('index.html', 'utf8');
const rust = /<link data-trunk rel="rust"[^>]*>/;
if (!rust.test(html)) throw new Error('index.html has no rust link');
html = html
  .replace(rust, '<link data-trunk rel="rust" href="../../Cargo.toml" data-bin="gallery" data-cargo-features="gallery" data-wasm-opt="0">')
  // Stylesheets from the repository root; copied files and the consent-mode script are the
  // release build's, which serves the gallery.
  .replace(/href="style\//g, 'href="../../style/')
  .replace(/\s*<link data-trunk rel="copy-(dir|file)"[^>]*>/g, '')
  .replace(/\s*<script src="\/consent-mode.js"><\/script>/, '')
  .replace('<link data-trunk rel="css" href="../../style/print.css">',
    '<link data-trunk rel="css" href="../../style/print.css">\n  <link data-trunk rel="css" href="../../src/gallery/gallery.css">')
  .replace(/<title>[^<]*<\/title>/, '<title>Component gallery</title>')
  .replace(/<noscript>[\s\S]*<\/noscript>/, '');
if (!html.includes('gallery.css')) throw new Error('index.html has no print.css link to put the gallery stylesheet after');
writeFileSync(process.argv[2], html);
JS
trunk build --release --locked --dist target/gallery --public-url /__gallery/ "$src/index.html"
