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
// Run `trunk build --release` first.
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

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

const wasm = pick((f) => f.endsWith('.wasm'));
const js = pick((f) => f.endsWith('.js'));
const css = pick((f) => f.endsWith('.css'));
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
const report = {
  generated: new Date().toISOString(),
  parts,
  locales,
  first_view_en: firstView,
  first_view_ja: sum([firstView, locales.ja ?? { raw: 0, gzip: 0, brotli: 0 }]),
  largest_content_json: largestPage,
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
row('first view (en)', report.first_view_en, baseline?.first_view_en);
row('first view (ja)', report.first_view_ja, baseline?.first_view_ja);
row(`largest JSON`, largestPage, baseline?.largest_content_json);
console.log(`  (largest JSON: ${largestPage.file})`);
if (!baseline) console.log('(no reports/size-baseline.json yet: run with --update-baseline to record one)');

mkdirSync(reports, { recursive: true });
writeFileSync(join(reports, 'size.latest.json'), JSON.stringify(report, null, 2) + '\n');
if (process.argv.includes('--update-baseline')) {
  writeFileSync(baselinePath, JSON.stringify(report, null, 2) + '\n');
  console.log('baseline updated: reports/size-baseline.json');
}

// Budgets (brotli bytes): fail when a part is over.
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
  };
  const over = Object.entries(budget.brotli_bytes)
    .filter(([k, limit]) => measured[k] === undefined || measured[k] > limit)
    .map(([k, limit]) => `${k}: ${measured[k]} B > budget ${limit} B`);
  if (over.length) {
    console.error(`size budget exceeded (reports/budget.json):\n  ${over.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`within budget (reports/budget.json): ${Object.keys(budget.brotli_bytes).join(', ')}`);
}
