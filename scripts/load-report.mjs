#!/usr/bin/env node
// Load report of the reference backend (crates/backend), under a bounded load on loopback
// with Debian's `wrk` (scripts/load/submit.lua):
//   - unique: every submission has its own idempotency key;
//   - storm: every submission repeats one key with the same answers.
// Prints requests per second, p50/p99 latency and errors, and checks what was stored: the
// rows equal the keys accepted (201) in the unique run, and exactly one row for the storm's
// key. Writes reports/load.latest.json. A report, not a timed test: it fails only when it
// cannot measure or when the stored rows are wrong.
//
//   node scripts/load-report.mjs [--requests 2000] [--connections 16] [--seconds 60]
// (needs target/debug/civic-backend: `cargo build -p civic-backend`)
import { spawn, spawnSync } from 'node:child_process';
import { get } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const requests = arg('--requests', 2000);
const connections = arg('--connections', 16);
const threads = 2;
// The longest a run may take (the request count is what bounds the load).
const duration = arg('--seconds', 60);
const port = 4195;
const base = `http://127.0.0.1:${port}`;
const backend = join(root, 'target/debug/civic-backend');

if (spawnSync('wrk', ['--version']).error) {
  console.error('load report: `wrk` is missing (scripts/bootstrap.sh installs it from Debian)');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'civic-load-'));
const server = spawn(
  backend,
  ['--port', String(port), '--content', join(root, 'public/content'), '--db', join(work, 'load.sqlite'),
    '--test-controls', '--rate-limit', '100000000', '--reference-prefix', 'LD'],
  { stdio: ['ignore', 'ignore', process.env.LOAD_DEBUG ? 'inherit' : 'ignore'] },
);
const stop = () => {
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
};
process.on('exit', stop);

// A GET on a connection of its own (no keep-alive pool: the backend closes idle connections
// after its header time-out, and a pooled connection may be one it just closed).
function getJson(path) {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { agent: false }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(text)) : reject(new Error(`${path}: ${res.statusCode} ${text}`))));
    }).on('error', reject);
  });
}

async function waitForHealth() {
  for (let i = 0; i < 100; i++) {
    try {
      await getJson('/health');
      return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the backend did not start on ${base}`);
}

function run(mode) {
  const perThread = Math.ceil(requests / threads);
  const child = spawn(
    'wrk',
    // -d only bounds a stalled run: each thread stops after its share of the requests, and
    // wrk is interrupted (SIGINT ends it early with its results) once all have.
    ['-t', String(threads), '-c', String(connections), '-d', `${duration}s`, '--timeout', '10s',
      '-s', join(root, 'scripts/load/submit.lua'), `${base}/forms/contact/submissions`],
    { env: { ...process.env, LOAD_MODE: mode, LOAD_REQUESTS: String(perThread) } },
  );
  let stdout = '';
  let stderr = '';
  let done = 0;
  child.stdout.on('data', (chunk) => {
    const before = stdout.split('\n').filter((l) => l === 'THREAD-DONE').length;
    stdout += chunk;
    done = stdout.split('\n').filter((l) => l === 'THREAD-DONE').length;
    if (done === threads && before < threads) child.kill('SIGINT');
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('close', () => {
      const line = stdout.split('\n').find((l) => l.startsWith('LOAD-RESULT '));
      if (!line) return reject(new Error(`wrk (${mode}) printed no result:\n${stdout}\n${stderr}`));
      const r = JSON.parse(line.slice('LOAD-RESULT '.length));
      const ok = (r.statuses['200'] ?? 0) + (r.statuses['201'] ?? 0);
      resolve({
        mode,
        // Every submission sent was answered (false: -d cut the run; see `sent`).
        complete: done === threads && r.answered === r.sent,
        sent: r.sent,
        requests: r.answered,
        // From the first request to the last answer.
        requests_per_second: Math.round(r.answered / (r.span_us / 1e6)),
        latency_ms: { p50: r.p50_us / 1000, p99: r.p99_us / 1000, max: r.max_us / 1000 },
        statuses: r.statuses,
        errors: r.socket_errors + (r.answered - ok),
        accepted_new_keys: r.created,
      });
    });
  });
}

async function count(query) {
  return (await getJson(`/__control/submissions?${query}`)).count;
}

await waitForHealth();
const unique = await run('unique');
unique.stored_rows = await count('form_id=contact');
const storm = await run('storm');
storm.stored_rows_for_key = await count('idempotency_key=storm-key-0001');
const checks = {
  runs_complete: unique.complete && storm.complete,
  unique_rows_equal_accepted_keys: unique.stored_rows === unique.accepted_new_keys,
  storm_stored_once: storm.stored_rows_for_key === 1,
  storm_created_once: storm.accepted_new_keys === 1,
};
const report = {
  tool: spawnSync('wrk', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0].trim(),
  backend: 'target/debug/civic-backend (debug build, SQLite WAL on a temporary file)',
  threads,
  connections,
  requests_per_run: requests,
  unique,
  storm,
  checks,
};
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/load.latest.json'), JSON.stringify(report, null, 2) + '\n');
for (const r of [unique, storm]) {
  console.log(
    `${r.mode.padEnd(6)} ${String(r.requests).padStart(6)} requests  ${String(r.requests_per_second).padStart(6)} req/s  ` +
      `p50 ${r.latency_ms.p50.toFixed(2)} ms  p99 ${r.latency_ms.p99.toFixed(2)} ms  errors ${r.errors}  ` +
      `statuses ${JSON.stringify(r.statuses)}`,
  );
}
console.log(
  `stored: ${unique.stored_rows} rows for ${unique.accepted_new_keys} accepted keys; ` +
    `storm key stored ${storm.stored_rows_for_key} time(s)`,
);
const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
if (failed.length) console.error(`load report: stored rows are wrong: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0); // stops the backend too (the exit handler)
