#!/usr/bin/env node
// Lighthouse report of the release build in dist/ (target P2), in Debian Chromium.
//
//   node scripts/lighthouse-report.mjs [--min-accessibility N]
//
// Audits six pages (home, the long policy page and the questionnaire, in en and ja) with
// Lighthouse's default configuration: the MOBILE preset (emulated phone, simulated slow 4G and
// 4x CPU slowdown), categories performance, accessibility, best practices and SEO. The pages
// are served by tests/support/serve-dist.mjs with the strict Content Security Policy.
// Each audit starts with empty storage, so the page is measured as a first-time visitor sees
// it: with the consent banner shown.
//
// Prints a table and writes reports/lighthouse.latest.json: per page the four scores (0-100),
// the key metrics (FCP, LCP, TBT, CLS, Speed Index, total byte weight) and, per category, the
// audits that keep the score below 100 (score < 1; informative, manual and not-applicable
// audits left out).
// This is a report, not a gate: it fails only when Lighthouse cannot run, or, with
// --min-accessibility N, when a page's accessibility score is below N.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
let minAccessibility = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--min-accessibility') {
    minAccessibility = Number(args[++i]);
    if (!Number.isFinite(minAccessibility)) usage();
  } else if (args[i].startsWith('--min-accessibility=')) {
    minAccessibility = Number(args[i].split('=')[1]);
    if (!Number.isFinite(minAccessibility)) usage();
  } else {
    usage();
  }
}
function usage() {
  console.error('usage: node scripts/lighthouse-report.mjs [--min-accessibility N]');
  process.exit(2);
}

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4180);
const base = `http://127.0.0.1:${port}`;
const PATHS = ['', '/pages/policy-speech-2026', '/forms/e-government-survey'];
const URLS = ['en', 'ja'].flatMap((locale) => PATHS.map((p) => `/${locale}${p}`));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcp_ms: 'first-contentful-paint',
  lcp_ms: 'largest-contentful-paint',
  tbt_ms: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speed_index_ms: 'speed-index',
  total_bytes: 'total-byte-weight',
};
// Per page: Lighthouse waits at most 30 s for the first paint and 45 s for load by default;
// this caps the whole audit so a closed network can never make the run hang.
const PER_URL_TIMEOUT_MS = 120_000;

function fail(message) {
  console.error(`lighthouse-report: ${message}`);
  process.exitCode = 2;
}

const listening = (p) => new Promise((resolve) => {
  const s = createConnection({ host: '127.0.0.1', port: p }, () => { s.end(); resolve(true); });
  s.on('error', () => resolve(false));
});

async function waitForPort(p, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await listening(p)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the dist server did not listen on port ${p} within ${ms} ms`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

// A few one-line descriptions of what an audit found (URLs, elements, reasons), so the report
// says where to look without opening Lighthouse's full result.
function itemsOf(details, max = 5) {
  if (!details) return [];
  let items = [];
  if (Array.isArray(details.items)) {
    for (const it of details.items) {
      if (it && (it.type === 'table' || it.type === 'list') && Array.isArray(it.items)) items.push(...it.items);
      else items.push(it);
    }
  } else if (details.items && typeof details.items === 'object') {
    // checklists: the unmet conditions
    items = Object.values(details.items).filter((c) => c && c.value === false).map((c) => ({ reason: c.label }));
  }
  const text = (v) => (v == null ? '' : String(v).replace(/\s+/g, ' ').trim());
  const one = (it) => {
    const node = it.node ?? it.source;
    const where = it.url ?? it.scriptUrl ?? (node?.type === 'node' ? `${node.selector} ${node.snippet}` : node?.value)
      ?? it.phase ?? it.label ?? '';
    const why = [it.reason, it.error, ...((it.subItems?.items ?? []).map((s) => s.reason ?? s.error ?? s.frameUrl))]
      .filter(Boolean).map(text);
    const size = it.wastedBytes ? `${Math.round(it.wastedBytes / 1024)} KiB` : it.wastedMs ? `${Math.round(it.wastedMs)} ms`
      : typeof it.score === 'number' ? `shift ${Math.round(it.score * 1000) / 1000}` : it.timing ? `${Math.round(it.timing)} ms` : '';
    return [text(where).slice(0, 160), size, ...new Set(why)].filter(Boolean).join(' — ');
  };
  return items.filter((it) => it && typeof it === 'object').slice(0, max).map(one).filter(Boolean);
}

function summarise(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([k, id]) => {
      const v = lhr.audits[id]?.numericValue;
      return [k, v == null ? null : k === 'cls' ? Math.round(v * 1000) / 1000 : Math.round(v)];
    }),
  );
  const failing = {};
  for (const c of CATEGORIES) {
    const refs = lhr.categories[c]?.auditRefs ?? [];
    failing[c] = refs
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1
        && !['informative', 'notApplicable', 'manual', 'error'].includes(audit.scoreDisplayMode))
      .map(({ ref, audit }) => ({
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(audit.explanation ? { explanation: audit.explanation } : {}),
        items: itemsOf(audit.details),
      }));
    // An audit that errored is a reason too, but not a failure of the page: listed apart.
    const errored = refs.map((r) => lhr.audits[r.id]).filter((a) => a?.scoreDisplayMode === 'error');
    if (errored.length) failing[`${c}:errored`] = errored.map((a) => ({ id: a.id, title: a.title, error: a.errorMessage }));
  }
  // The back/forward cache (weight 0, so not in the scores): whether going back to the page
  // restores it at once, and if not, Chromium's reasons.
  const bf = lhr.audits['bf-cache'];
  const bfcache = !bf || bf.scoreDisplayMode === 'error' || bf.scoreDisplayMode === 'notApplicable'
    ? { restored: null, why: bf?.errorMessage ?? bf?.scoreDisplayMode ?? 'not audited' }
    : { restored: bf.score === 1, ...(bf.score === 1 ? {} : { why: itemsOf(bf.details) }) };
  return {
    url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
    scores,
    metrics,
    bfcache,
    failing,
    // Lighthouse's CPU benchmark of this machine at the time (lower = slower or busier);
    // TBT and the simulated timings move with it.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    ...(lhr.runWarnings?.length ? { runWarnings: lhr.runWarnings } : {}),
    ...(lhr.runtimeError ? { runtimeError: lhr.runtimeError } : {}),
  };
}

const started = Date.now();
if (await listening(port)) {
  console.error(`lighthouse-report: port ${port} is already in use; choose another with LIGHTHOUSE_PORT=...`);
  process.exit(2);
}
const server = spawn(process.execPath, [join(root, 'tests/support/serve-dist.mjs')], {
  // Form submissions are not made; the backend port points at nothing (answers 502).
  env: { ...process.env, PORT: String(port), BACKEND_PORT: '9' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let chrome;
// Whatever happens (chrome-launcher reports some failures as uncaught 'error' events), the
// server and Chromium do not outlive this script.
const cleanup = () => {
  try { chrome?.process?.kill('SIGKILL'); } catch {}
  server.kill();
};
process.on('exit', cleanup);
process.on('uncaughtException', (e) => {
  console.error(`lighthouse-report: ${e?.stack ?? e}`);
  process.exit(2);
});
const pages = [];
try {
  await waitForPort(port, 10_000);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // chrome-launcher adds its own defaults (and a fresh temporary --user-data-dir).
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  for (const path of URLS) {
    const t0 = Date.now();
    const result = await withTimeout(
      lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        maxWaitForFcp: 30_000,
        maxWaitForLoad: 45_000,
      }),
      PER_URL_TIMEOUT_MS,
      `lighthouse ${path}`,
    );
    if (!result?.lhr) throw new Error(`lighthouse ${path}: no result`);
    const page = { path, seconds: Math.round((Date.now() - t0) / 100) / 10, ...summarise(result.lhr) };
    if (page.runtimeError) throw new Error(`lighthouse ${path}: ${page.runtimeError.code} ${page.runtimeError.message}`);
    pages.push(page);
    process.stderr.write(`  audited ${path} in ${page.seconds} s\n`);
  }
} catch (e) {
  fail(e?.stack ?? String(e));
} finally {
  if (chrome) await chrome.kill();
  server.kill();
}
if (process.exitCode) process.exit(process.exitCode);

const seconds = Math.round((Date.now() - started) / 1000);
const lhVersion = JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
const report = {
  generated: new Date().toISOString(),
  lighthouse: lhVersion ?? null,
  preset: 'mobile (Lighthouse default: emulated phone, simulated throttling)',
  note: 'measured as a first-time visitor: empty storage, consent banner shown',
  seconds,
  load_average: loadavg().map((x) => Math.round(x * 100) / 100),
  pages,
};
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'lighthouse.latest.json'), JSON.stringify(report, null, 2) + '\n');

const cols = [['page', 34], ['perf', 6], ['a11y', 6], ['b-p', 6], ['seo', 6], ['FCP', 8], ['LCP', 8], ['TBT', 7], ['CLS', 7], ['SI', 8], ['KB', 7], ['bfcache', 9]];
const row = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(cols[i][1]) : String(c).padStart(cols[i][1]))).join('');
const ms = (v) => (v == null ? '-' : v >= 1000 ? `${(v / 1000).toFixed(1)}s` : `${v}ms`);
console.log(`Lighthouse ${report.lighthouse ?? ''}, mobile preset, first visit (consent banner shown)`);
console.log(row(cols.map((c) => c[0])));
for (const p of pages) {
  const s = p.scores;
  const m = p.metrics;
  console.log(row([p.path, s.performance ?? '-', s.accessibility ?? '-', s['best-practices'] ?? '-', s.seo ?? '-',
    ms(m.fcp_ms), ms(m.lcp_ms), ms(m.tbt_ms), m.cls ?? '-', ms(m.speed_index_ms),
    m.total_bytes == null ? '-' : Math.round(m.total_bytes / 1024),
    p.bfcache.restored == null ? '?' : p.bfcache.restored ? 'yes' : 'NO']));
  if (p.bfcache.restored === false) console.log(`  not restored from the back/forward cache: ${p.bfcache.why.join('; ')}`);
}
// Why a score is below 100: each failing audit once, with the pages it fails on.
const reasons = new Map();
for (const p of pages) {
  for (const [cat, list] of Object.entries(p.failing)) {
    for (const a of list) {
      const key = `${cat}\t${a.id}`;
      if (!reasons.has(key)) reasons.set(key, { cat, id: a.id, title: a.title, weight: a.weight, pages: [] });
      reasons.get(key).pages.push(p.path);
    }
  }
}
if (reasons.size) {
  console.log('\nfailing audits (score < 1), by category; weight 0 = shown by Lighthouse but not counted in the score:');
  for (const r of [...reasons.values()].sort((a, b) => a.cat.localeCompare(b.cat) || (b.weight ?? 0) - (a.weight ?? 0) || a.id.localeCompare(b.id))) {
    const where = r.pages.length === pages.length ? 'all pages' : r.pages.join(' ');
    console.log(`  ${r.cat.padEnd(15)} w${String(r.weight ?? '-').padEnd(3)} ${r.id} — ${r.title} — ${where}`);
  }
}
const bench = pages.map((p) => p.benchmarkIndex).filter((x) => x != null);
console.log(`\n${pages.length} pages in ${seconds} s (CPU benchmark index ${bench.length ? Math.min(...bench) : '?'}-${bench.length ? Math.max(...bench) : '?'}, `
  + `load average ${report.load_average[0]}); details in reports/lighthouse.latest.json`);

if (minAccessibility != null) {
  const low = pages.filter((p) => p.scores.accessibility == null || p.scores.accessibility < minAccessibility);
  if (low.length) {
    console.error(`accessibility below ${minAccessibility}: ${low.map((p) => `${p.path} (${p.scores.accessibility})`).join(', ')}`);
    process.exit(1);
  }
}
