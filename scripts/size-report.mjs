#!/usr/bin/env node
// Size report of the release build in dist/ (target P1).
//
//   node scripts/size-report.mjs                    # print, write reports/size.latest.json
//   node scripts/size-report.mjs --update-baseline  # also overwrite reports/size-baseline.json
//
// It fails (exit 1) when a part exceeds reports/budget.json (brotli bytes): the budget was
// set from measured values plus a small margin; lowering it is welcome, raising it needs a
// reason in the commit and the issue note.
//
// For every part of the first view (wasm, JS glue, CSS, index.html, each locale's .ftl and
// the home page JSON) it prints raw, gzip -9 and brotli -q11 bytes, the first-view totals, and
// the change against the committed baseline, so that each issue can state what it cost.
// The CSS is the stylesheet index.html links (one bundle of style/, made by
// scripts/trunk-css-bundle.mjs); a CSS file in dist/ that no page links, or a linked one that
// is missing, fails the report. It also lists each HTML file's render-blocking requests
// (stylesheets, classic scripts without async/defer) and fails when there are more than
// reports/budget.json's render_blocking_requests.
// Run `trunk build --release` first.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { attributes, links } from './trunk-css-bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const reports = join(root, 'reports');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('size-report: dist/index.html not found; run `trunk build --release` first');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function measure(file) {
  const data = readFileSync(file);
  return {
    file: relative(dist, file),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
}

const files = walk(dist);
const pick = (pred) => files.filter(pred).map(measure);
const sum = (parts) =>
  parts.reduce((a, p) => ({ raw: a.raw + p.raw, gzip: a.gzip + p.gzip, brotli: a.brotli + p.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

// What a page fetches before it first renders: its stylesheets (not alternate, disabled or
// print-only) and its classic scripts without async or defer. Module scripts are deferred and
// preloads do not block.
function renderBlocking(page) {
  const rels = (a) => (a.rel ?? '').toLowerCase().split(/\s+/);
  const sheets = links(page)
    .map((l) => l.attrs)
    .filter((a) => rels(a).includes('stylesheet') && !rels(a).includes('alternate'))
    .filter((a) => !('disabled' in a) && (a.media ?? '').trim().toLowerCase() !== 'print');
  const scripts = [...page.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b[^>]*>/gi)]
    .map((m) => attributes(m[0]))
    .filter((a) => a.src !== undefined && !('async' in a) && !('defer' in a) && (a.type ?? '').toLowerCase() !== 'module');
  return { stylesheets: sheets.map((a) => a.href), requests: [...sheets.map((a) => a.href), ...scripts.map((a) => a.src)] };
}
// The file of dist/ a URL of the page names (under any public URL): the longest path it ends with.
const distPath = (f) => relative(dist, f).split(sep).join('/');
function fileOf(href) {
  const path = decodeURIComponent(new URL(href, 'http://host/').pathname).replace(/^\/+/, '');
  return files
    .filter((f) => path === distPath(f) || path.endsWith(`/${distPath(f)}`))
    .sort((a, b) => b.length - a.length)[0];
}

const problems = [];
const pages = Object.fromEntries(
  files.filter((f) => f.endsWith('.html')).map((f) => [distPath(f), renderBlocking(readFileSync(f, 'utf8'))]),
);
const linkedCss = new Set();
for (const [page, { stylesheets }] of Object.entries(pages)) {
  for (const href of stylesheets) {
    const file = fileOf(href);
    if (file) linkedCss.add(file);
    else problems.push(`${page} links the stylesheet ${href}, which is not in dist/`);
  }
}
for (const f of files.filter((f) => f.endsWith('.css') && !linkedCss.has(f))) {
  problems.push(`${distPath(f)} is in dist/ but no page links it (scripts/trunk-css-bundle.mjs should have merged it)`);
}

const wasm = pick((f) => f.endsWith('.wasm'));
// The service worker (dist/sw.js) installs after the page has loaded: reported on its own,
// not part of the first view.
const js = pick((f) => f.endsWith('.js') && distPath(f) !== 'sw.js');
const serviceWorker = pick((f) => distPath(f) === 'sw.js');
const css = pick((f) => linkedCss.has(f));
const html = pick((f) => relative(dist, f) === 'index.html');
const localeDirs = existsSync(join(dist, 'locales')) ? readdirSync(join(dist, 'locales')) : [];
const locales = Object.fromEntries(
  localeDirs.map((tag) => [tag, sum(walk(join(dist, 'locales', tag)).filter((f) => f.endsWith('.ftl')).map(measure))]),
);
const homePage = pick((f) => relative(dist, f) === join('content', 'en', 'pages', 'home.json'));
const pageJson = pick((f) => relative(dist, f).startsWith('content') && f.endsWith('.json'));
const largestPage = pageJson.reduce((a, p) => (p.brotli > a.brotli ? p : a), { file: '-', raw: 0, gzip: 0, brotli: 0 });

const parts = { wasm: sum(wasm), js: sum(js), css: sum(css), html: sum(html), home_page_json: sum(homePage) };
// The reference locale (en) is embedded in the wasm; any other locale adds its .ftl download.
const firstView = sum(Object.values(parts));
// What the first paint of a pre-rendered home page needs (issue 11: <= 30 KB brotli): its HTML,
// the stylesheet and the render-blocking script; the wasm only makes the page interactive.
const blocking = pick((f) => distPath(f) === 'consent-mode.js');
const firstPaint = Object.fromEntries(
  localeDirs
    .filter((tag) => existsSync(join(dist, tag, 'index.html')))
    .map((tag) => [tag, sum([...pick((f) => distPath(f) === `${tag}/index.html`), ...css, ...blocking])]),
);
// The site-search index of each locale (scripts/build.sh, civic-core's search-index): fetched
// only when a visitor searches, so not part of any first view.
const searchIndexes = Object.fromEntries(
  localeDirs
    .filter((tag) => existsSync(join(dist, 'search', `${tag}.json`)))
    .map((tag) => [tag, sum(pick((f) => distPath(f) === `search/${tag}.json`))]),
);
const report = {
  generated: new Date().toISOString(),
  search_index: searchIndexes,
  service_worker: sum(serviceWorker),
  parts,
  locales,
  first_paint_home: firstPaint,
  first_view_en: firstView,
  first_view_ja: sum([firstView, locales.ja ?? { raw: 0, gzip: 0, brotli: 0 }]),
  largest_content_json: largestPage,
  render_blocking: Object.fromEntries(Object.entries(pages).map(([page, r]) => [page, r.requests])),
  files: [...wasm, ...js, ...css],
};

const baselinePath = join(reports, 'size-baseline.json');
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : null;

const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const delta = (now, before) => {
  if (before === undefined) return '';
  const d = now - before;
  return d === 0 ? '   ±0' : `${d > 0 ? '+' : ''}${(d / 1000).toFixed(1)} KB`;
};
const row = (name, v, b) =>
  console.log(`${name.padEnd(22)}${kb(v.raw)}${kb(v.gzip)}${kb(v.brotli)}   ${delta(v.brotli, b?.brotli)}`);

console.log(`${'part (KB = 1000 B)'.padEnd(22)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}   brotli vs baseline`);
for (const [name, v] of Object.entries(parts)) row(name, v, baseline?.parts?.[name]);
for (const [tag, v] of Object.entries(locales)) row(`locale ${tag} (.ftl)`, v, baseline?.locales?.[tag]);
for (const [tag, v] of Object.entries(searchIndexes)) row(`search index ${tag}`, v, baseline?.search_index?.[tag]);
if (serviceWorker.length) row('service worker (sw.js)', report.service_worker, baseline?.service_worker);
row('first view (en)', report.first_view_en, baseline?.first_view_en);
row('first view (ja)', report.first_view_ja, baseline?.first_view_ja);
for (const [tag, v] of Object.entries(firstPaint)) row(`first paint /${tag}`, v, baseline?.first_paint_home?.[tag]);
row(`largest JSON`, largestPage, baseline?.largest_content_json);
console.log(`  (largest JSON: ${largestPage.file})`);
console.log(`  (CSS: ${css.map((c) => c.file).join(', ') || 'none'})`);
{
  const counts = Object.values(pages).map((p) => p.requests.length);
  const worst = Object.entries(pages).sort((a, b) => b[1].requests.length - a[1].requests.length)[0];
  console.log(
    `render-blocking requests: at most ${Math.max(0, ...counts)} on ${counts.length} HTML files` +
      (worst ? ` (e.g. ${worst[0]}: ${worst[1].requests.join(', ')})` : ''),
  );
}
if (!baseline) console.log('(no reports/size-baseline.json yet: run with --update-baseline to record one)');

mkdirSync(reports, { recursive: true });
writeFileSync(join(reports, 'size.latest.json'), JSON.stringify(report, null, 2) + '\n');
if (process.argv.includes('--update-baseline')) {
  writeFileSync(baselinePath, JSON.stringify(report, null, 2) + '\n');
  console.log('baseline updated: reports/size-baseline.json');
}

if (problems.length) {
  console.error(`size-report: dist/ is not what the build should produce:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// Budgets (brotli bytes; render-blocking requests per page): fail when a part is over.
const budgetPath = join(reports, 'budget.json');
if (existsSync(budgetPath)) {
  const budget = JSON.parse(readFileSync(budgetPath, 'utf8'));
  const measured = {
    wasm: parts.wasm.brotli,
    js: parts.js.brotli,
    css: parts.css.brotli,
    largest_locale: Math.max(0, ...Object.values(locales).map((l) => l.brotli)),
    largest_content_json: largestPage.brotli,
    first_view_en: report.first_view_en.brotli,
    first_paint_home: Math.max(0, ...Object.values(firstPaint).map((v) => v.brotli)),
  };
  const over = Object.entries(budget.brotli_bytes)
    .filter(([k, limit]) => measured[k] === undefined || measured[k] > limit)
    .map(([k, limit]) => `${k}: ${measured[k]} B > budget ${limit} B`);
  if (budget.render_blocking_requests !== undefined) {
    for (const [page, { requests }] of Object.entries(pages)) {
      if (requests.length > budget.render_blocking_requests) {
        over.push(`render_blocking_requests: ${page} has ${requests.length} > budget ${budget.render_blocking_requests} (${requests.join(', ')})`);
      }
    }
  }
  if (over.length) {
    console.error(`size budget exceeded (reports/budget.json):\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
  const checked = [...Object.keys(budget.brotli_bytes), ...(budget.render_blocking_requests !== undefined ? ['render_blocking_requests'] : [])];
  console.log(`within budget (reports/budget.json): ${checked.join(', ')}`);
}
