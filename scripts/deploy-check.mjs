#!/usr/bin/env node
// The deploy recipes of docs/deploy.md, run as documented. Takes the nginx and Apache files
// out of the page exactly as written (each fenced ```nginx / ```apache block, whose paragraph
// starts with the file's path in backticks), changes only the documented placeholders, and:
//   1. nginx: Debian's nginx with Debian's own nginx.conf (only its pid, log and temp paths
//      moved into a temporary directory, and its sites-enabled/ pointed at the page's site),
//      on 127.0.0.1 ports 80 and 443 with a self-signed certificate for localhost, serving
//      dist/: every kind of answer (pages, single-page shell, hashed and plain files, .ftl,
//      404s, the forms proxy, the HTTP redirect) is checked for status, type, caching and the
//      security headers; then the navigation and strict-CSP browser journeys
//      (playwright.deploy.config.ts) and Mozilla's HTTP Observatory (A+ required);
//   2. Apache: a copy of Debian's /etc/apache2 with the page's `a2enmod` modules and site
//      enabled by Debian's own a2enmod/a2ensite, `apache2ctl configtest`, then the same
//      answers and the Observatory against it on the same ports.
// The form submissions go to the reference backend (target/debug/civic-backend), started on
// a free port. Writes reports/observatory.latest.json (grade, score, every test's result).
//
//   node scripts/deploy-check.mjs     # needs root (ports 80 and 443: the Observatory scans
//                                     # only those), dist/ built, scripts/bootstrap.sh test
//   DEPLOY_DOC=other.md node scripts/deploy-check.mjs   # check another copy of the page
//   node scripts/deploy-check.mjs --grep policy          # extra arguments go to Playwright
import { spawn, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import {
  chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync,
  symlinkSync, writeFileSync,
} from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policy } from './csp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const docPath = process.env.DEPLOY_DOC ?? join(root, 'docs', 'deploy.md');
const HOST = 'localhost'; // what the Observatory scans; resolves to 127.0.0.1 here
const TIME_LIMIT_S = Number(process.env.DEPLOY_CHECK_TIMEOUT_S ?? 180);
const started = Date.now();

const failures = [];
const fail = (what) => {
  failures.push(what);
  console.log(`  FAIL ${what}`);
};
const say = (s) => console.log(s);
const step = (s) => console.log(`\n-- ${s}`);

// --- processes we start: each in its own process group, stopped at exit whatever happens -----
const children = new Set();
function start(name, cmd, args, opts = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  child.output = ''; // stdout and stderr, the end of it
  child.stdoutText = '';
  const keep = (d) => {
    child.output = (child.output + d).slice(-20000);
  };
  child.stdout?.on('data', (d) => {
    child.stdoutText += d;
    keep(d);
  });
  child.stderr?.on('data', keep);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.label = name;
  children.add(child);
  child.exited.then(() => children.delete(child));
  return child;
}
async function stop(child) {
  if (!children.has(child)) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
  const done = await Promise.race([child.exited, expiry(8000)]);
  if (!done) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    await child.exited;
  }
}
function killAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
}
let tmp = null;
process.on('exit', () => {
  killAll();
  if (tmp && !process.env.DEPLOY_CHECK_KEEP) rmSync(tmp, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`deploy check: ${sig}, stopping what it started`);
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`deploy check: still running after ${TIME_LIMIT_S}s, stopped`);
  process.exit(1);
}, TIME_LIMIT_S * 1000).unref();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Resolves with null after ms, without keeping the process alive (for Promise.race). */
const expiry = (ms) => new Promise((r) => setTimeout(() => r(null), ms).unref());
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...opts });
function must(result, what) {
  if (result.error || result.status !== 0) {
    throw new Error(`${what} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result;
}

// --- the page's files -------------------------------------------------------------------------
/** Every ```<lang> block of the page with the file path its paragraph starts with. */
function documentedFiles(markdown, lang) {
  const lines = markdown.split('\n');
  const files = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== '```' + lang) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
    if (end < 0) throw new Error(`docs: the ${lang} block at line ${i + 1} is not closed`);
    // The paragraph right before the block.
    let p = i - 1;
    while (p >= 0 && lines[p].trim() === '') p--;
    while (p > 0 && lines[p - 1].trim() !== '') p--;
    const path = /^`(\/etc\/[^`\s]+)`/.exec(lines[p] ?? '')?.[1];
    if (!path) {
      throw new Error(`docs: the ${lang} block at line ${i + 1} must follow a paragraph starting with its file's path in backticks`);
    }
    if (files.some((f) => f.path === path)) throw new Error(`docs: ${path} is given twice`);
    files.push({ path, text: lines.slice(i + 1, end).join('\n') + '\n', line: i + 1 });
    i = end;
  }
  if (!files.length) throw new Error(`docs: no \`\`\`${lang} block`);
  return files;
}

/** The documented placeholders and what the check puts there; each must occur. */
function placeholders({ csp, tls, backendPort }) {
  return [
    ['<the policy above>', csp],
    ['/etc/letsencrypt/live/www.city.example/fullchain.pem', tls.fullchain],
    ['/etc/letsencrypt/live/www.city.example/privkey.pem', tls.key],
    ['/srv/civic-portal/dist', dist],
    ['www.city.example', HOST],
    ['127.0.0.1:8081', `127.0.0.1:${backendPort}`],
  ];
}
function substitute(files, table, extra = []) {
  const seen = new Map();
  const out = files.map((f) => {
    let text = f.text;
    for (const [from, to] of table) {
      const n = text.split(from).length - 1;
      seen.set(from, (seen.get(from) ?? 0) + n);
      text = text.split(from).join(to);
    }
    for (const [name, re, to] of extra) {
      const n = (text.match(re) ?? []).length;
      seen.set(name, (seen.get(name) ?? 0) + n);
      text = text.replace(re, to);
    }
    return { ...f, text };
  });
  const missing = [...seen].filter(([, n]) => n === 0).map(([k]) => k);
  if (missing.length) throw new Error(`docs: placeholder(s) not found: ${missing.join(', ')}`);
  const left = out.flatMap((f) => (/city\.example|<[a-z][a-z ]+>/.exec(f.text) ? [`${f.path}: ${/city\.example|<[a-z][a-z ]+>/.exec(f.text)[0]}`] : []));
  if (left.length) throw new Error(`docs: an undocumented placeholder is left: ${left.join(', ')}`);
  return out;
}
function writeUnder(confdir, prefix, files) {
  for (const f of files) {
    if (!f.path.startsWith(prefix)) throw new Error(`docs: ${f.path} is not under ${prefix}`);
    const target = join(confdir, f.path.slice(prefix.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
}
/** Debian's own configuration file with some lines changed; each change must apply once. */
function edited(file, edits) {
  let text = readFileSync(file, 'utf8');
  for (const [re, to] of edits) {
    const n = (text.match(re) ?? []).length;
    if (n < 1) throw new Error(`${file} no longer has ${re}: the deploy check needs updating`);
    text = text.replace(re, to);
  }
  return text;
}

// --- HTTP(S) without redirects, trusting the test certificate --------------------------------
let ca = null;
function fetchRaw(url, { method = 'GET', headers = {}, body } = {}) {
  const u = new URL(url);
  const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(u, { method, headers, agent: false, ca, timeout: 10000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
async function waitUntilUp(child, url) {
  for (let i = 0; i < 100; i++) {
    if (!children.has(child)) return false;
    try {
      await fetchRaw(url);
      return true;
    } catch {
      await sleep(100);
    }
  }
  return false;
}
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
async function portFree(port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', (e) => resolve(e.code));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(null)));
  });
}

// --- what every answer must be ----------------------------------------------------------------
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const TYPES = {
  html: /^text\/html\b/,
  js: /^(text|application)\/javascript\b/,
  css: /^text\/css\b/,
  wasm: /^application\/wasm$/,
  json: /^application\/json\b/,
  ftl: /^text\/plain\b/,
};
const PRIVATE_REFERRER = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);
const sha = (b) => createHash('sha256').update(b).digest('hex');

function answersToCheck() {
  const top = readdirSync(dist);
  const hashed = top.filter((f) => HASHED.test(f));
  const plainJs = top.filter((f) => f.endsWith('.js') && !HASHED.test(f));
  const kind = (f) => f.split('.').pop();
  const page = (p) => (existsSync(join(dist, p)) ? [p] : []);
  return [
    { path: '/', type: 'html', cache: 'no-cache', file: 'index.html' },
    { path: '/en', type: 'html', cache: 'no-cache', file: 'en/index.html' },
    ...page('en/news/index.html').map((file) => ({ path: '/en/news', type: 'html', cache: 'no-cache', file })),
    { path: '/ja/pages/published-after-the-build', type: 'html', cache: 'no-cache', file: 'spa.html' },
    { path: '/spa.html', type: 'html', cache: 'no-cache', file: 'spa.html' },
    { path: '/config.json', type: 'json', cache: 'no-cache', file: 'config.json' },
    { path: '/content/en/site.json', type: 'json', cache: 'no-cache', file: 'content/en/site.json' },
    { path: '/locales/en/main.ftl', type: 'ftl', cache: 'no-cache', file: 'locales/en/main.ftl', charset: true },
    ...plainJs.map((f) => ({ path: `/${f}`, type: 'js', cache: 'no-cache', file: f })),
    ...hashed.map((f) => ({ path: `/${f}`, type: kind(f), cache: 'immutable', file: f })),
    { path: '/content/en/pages/none.json', status: 404 },
    { path: '/locales/xx/main.ftl', status: 404 },
    { path: '/civic-portal-0123456789abcdef_bg.wasm', status: 404 },
    {
      path: '/content/forms/contact/submissions',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
      backend: true,
    },
  ];
}

async function checkAnswers(server) {
  step(`${server}: answers over https://${HOST}/ and http://${HOST}/`);
  const rows = answersToCheck();
  if (!rows.some((r) => r.cache === 'immutable' && r.type === 'wasm')) fail(`${server}: dist/ has no hashed .wasm to check`);
  let bad = 0;
  for (const r of rows) {
    const problems = [];
    let res;
    try {
      res = await fetchRaw(`https://${HOST}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    } catch (e) {
      fail(`${server} ${r.method ?? 'GET'} ${r.path}: ${e.message}`);
      bad++;
      continue;
    }
    const h = res.headers;
    const type = h['content-type'] ?? '';
    const cache = h['cache-control'] ?? '';
    // Security headers, on every answer.
    if (h['content-security-policy'] !== csp) problems.push(`Content-Security-Policy ${h['content-security-policy'] ? 'differs from scripts/csp.mjs' : 'missing'}`);
    if ((h['x-content-type-options'] ?? '').toLowerCase() !== 'nosniff') problems.push('X-Content-Type-Options nosniff missing');
    if (!PRIVATE_REFERRER.has((h['referrer-policy'] ?? '').toLowerCase())) problems.push(`Referrer-Policy ${h['referrer-policy'] ?? 'missing'}`);
    const maxAge = Number(/max-age=(\d+)/i.exec(h['strict-transport-security'] ?? '')?.[1] ?? 0);
    if (maxAge < 15768000) problems.push(`Strict-Transport-Security ${h['strict-transport-security'] ?? 'missing'} (at least six months)`);
    if (/no-store/i.test(cache)) problems.push('Cache-Control no-store');
    if (r.backend) {
      // The reference backend's own answer to a malformed submission, through the proxy.
      if (!(res.status >= 400 && res.status < 500) || !TYPES.json.test(type)) problems.push(`not the forms backend's answer: ${res.status} ${type}`);
    } else if (r.status) {
      if (res.status !== r.status) problems.push(`status ${res.status}, not ${r.status}`);
      if (/immutable/.test(cache)) problems.push(`a ${res.status} cached as immutable`);
    } else {
      if (res.status !== 200) problems.push(`status ${res.status}`);
      if (!TYPES[r.type].test(type)) problems.push(`Content-Type ${type || 'missing'}, not ${r.type}`);
      if (r.charset && !/charset=utf-8/i.test(type)) problems.push(`Content-Type ${type} without charset=utf-8`);
      if (r.cache === 'immutable' && (!/max-age=31536000/.test(cache) || !/immutable/.test(cache))) problems.push(`Cache-Control "${cache}", not a year, immutable`);
      if (r.cache === 'no-cache' && !/^no-cache$/i.test(cache.trim())) problems.push(`Cache-Control "${cache}", not no-cache`);
      if (res.status === 200 && sha(res.body) !== sha(readFileSync(join(dist, r.file)))) problems.push(`body is not dist/${r.file}`);
    }
    const line = `${(r.method ?? 'GET').padEnd(4)} ${r.path} -> ${res.status} ${type}${cache ? `; ${cache}` : ''}`;
    if (problems.length) {
      bad++;
      fail(`${server} ${line}: ${problems.join('; ')}`);
    } else say(`  ok   ${line}`);
  }
  // Plain HTTP: one redirect to the same address over HTTPS.
  try {
    const res = await fetchRaw(`http://${HOST}/en?from=http`);
    const want = `https://${HOST}/en?from=http`;
    if (![301, 308].includes(res.status) || res.headers.location !== want) {
      bad++;
      fail(`${server} http://${HOST}/en?from=http -> ${res.status} ${res.headers.location ?? ''}, not a permanent redirect to ${want}`);
    } else say(`  ok   http://${HOST}/en?from=http -> ${res.status} ${res.headers.location}`);
  } catch (e) {
    bad++;
    fail(`${server} http://${HOST}/: ${e.message}`);
  }
  return bad;
}

// --- Mozilla's HTTP Observatory ---------------------------------------------------------------
const report = { generated: new Date().toISOString(), host: HOST, doc: relative(root, docPath), servers: {} };
async function observatory(server, tls) {
  step(`${server}: Mozilla HTTP Observatory (scans ${HOST}, ports 80 and 443)`);
  // The package's bin wrapper points NODE_EXTRA_CA_CERTS at a CA bundle its install script
  // would download; its own scan.js with the test certificate's CA instead.
  const pkg = join(root, 'node_modules', '@mdn', 'mdn-http-observatory');
  const scan = start('observatory', process.execPath, [join(pkg, 'src', 'scan.js'), HOST], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: tls.ca },
  });
  const result = await Promise.race([scan.exited, expiry(60000)]);
  if (!result) {
    await stop(scan);
    fail(`${server}: the Observatory did not finish in 60 s`);
    return;
  }
  let out;
  try {
    out = JSON.parse(scan.stdoutText);
  } catch {
    fail(`${server}: the Observatory printed no result: ${scan.output.slice(0, 2000)}`);
    return;
  }
  if (out.error || !out.scan) {
    fail(`${server}: the Observatory failed: ${out.error}`);
    return;
  }
  const tests = Object.fromEntries(
    Object.entries(out.tests).map(([name, t]) => [name, { pass: t.pass, result: t.result, scoreModifier: t.scoreModifier }]),
  );
  report.servers[server] = {
    grade: out.scan.grade,
    score: out.scan.score,
    testsPassed: out.scan.testsPassed,
    testsFailed: out.scan.testsFailed,
    testsQuantity: out.scan.testsQuantity,
    algorithmVersion: out.scan.algorithmVersion,
    tests,
  };
  for (const [name, t] of Object.entries(tests)) {
    say(`  ${t.pass ? 'pass' : 'FAIL'} ${name.padEnd(32)} ${String(t.scoreModifier).padStart(3)}  ${t.result}`);
  }
  say(`  ${server}: grade ${out.scan.grade}, score ${out.scan.score}, ${out.scan.testsPassed}/${out.scan.testsQuantity} tests passed`);
  if (out.scan.grade !== 'A+') fail(`${server}: Observatory grade ${out.scan.grade} (score ${out.scan.score}), not A+`);
  for (const [name, t] of Object.entries(tests)) if (!t.pass) fail(`${server}: Observatory test ${name}: ${t.result}`);
}

// --- the check --------------------------------------------------------------------------------
let csp;
async function main() {
  // What it needs.
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run scripts/build.sh first');
  for (const tool of ['nginx', 'apache2ctl', 'a2enmod', 'openssl']) {
    if (run('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is missing: run scripts/bootstrap.sh test`);
  }
  const hsts = join(root, 'node_modules', '@mdn', 'mdn-http-observatory', 'conf', 'hsts-preload.json');
  if (!existsSync(hsts)) throw new Error(`${hsts} is missing: run scripts/bootstrap.sh test`);
  const backendBin = join(root, 'target', 'debug', 'civic-backend');
  if (!existsSync(backendBin)) throw new Error('target/debug/civic-backend is missing: cargo build -p civic-backend');
  for (const port of [80, 443]) {
    const err = await portFree(port);
    if (err === 'EADDRINUSE') throw new Error(`127.0.0.1:${port} is in use by another process (ss -ltnp 'sport = :${port}'); the Observatory scans only ports 80 and 443`);
    if (err) throw new Error(`cannot listen on 127.0.0.1:${port} (${err}): the deploy check needs root or CAP_NET_BIND_SERVICE`);
  }

  const markdown = readFileSync(docPath, 'utf8');
  // The policy the page prints for the sample city is the one scripts/csp.mjs derives.
  const samplePolicy = policy(JSON.parse(readFileSync(join(root, 'public', 'config.json'), 'utf8')));
  if (!markdown.split('\n').includes(samplePolicy)) fail('docs/deploy.md: the printed policy is not `node scripts/csp.mjs` for public/config.json');
  csp = policy(JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8')));
  const nginxFiles = documentedFiles(markdown, 'nginx');
  const apacheFiles = documentedFiles(markdown, 'apache');
  const modules = /`a2enmod ([a-z0-9_ ]+)`/.exec(markdown)?.[1].trim().split(/\s+/);
  if (!modules) throw new Error('docs: no `a2enmod <modules>` for Apache');

  tmp = mkdtempSync(join(tmpdir(), 'civic-deploy-'));
  chmodSync(tmp, 0o755); // the servers' workers run as www-data

  // A certificate authority and a certificate for localhost and 127.0.0.1 signed by it.
  step('self-signed certificate for localhost / 127.0.0.1');
  const t = join(tmp, 'tls');
  mkdirSync(t);
  const tls = { ca: join(t, 'ca.pem'), key: join(t, 'privkey.pem'), fullchain: join(t, 'fullchain.pem') };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  must(run('openssl', ['req', '-x509', ...ec, '-days', '2', '-subj', '/CN=civic-portal deploy check CA', '-keyout', join(t, 'ca.key'), '-out', tls.ca,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign']), 'openssl (CA)');
  must(run('openssl', ['req', ...ec, '-subj', `/CN=${HOST}`, '-keyout', tls.key, '-out', join(t, 'leaf.csr')]), 'openssl (request)');
  writeFileSync(join(t, 'leaf.ext'), `subjectAltName=DNS:${HOST},IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`);
  must(run('openssl', ['x509', '-req', '-in', join(t, 'leaf.csr'), '-CA', tls.ca, '-CAkey', join(t, 'ca.key'), '-CAcreateserial', '-days', '2',
    '-extfile', join(t, 'leaf.ext'), '-out', join(t, 'leaf.pem')]), 'openssl (certificate)');
  const leaf = readFileSync(join(t, 'leaf.pem'), 'utf8');
  writeFileSync(tls.fullchain, leaf + readFileSync(tls.ca, 'utf8'));
  ca = readFileSync(tls.ca);
  const spki = createHash('sha256').update(new X509Certificate(leaf).publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
  say(`  ${tls.fullchain} (SPKI sha256 ${spki})`);

  // The reference backend behind the documented forms proxy.
  const backendPort = await freePort();
  const backend = start('civic-backend', backendBin, ['--port', String(backendPort), '--content', join(dist, 'content'), '--db', join(tmp, 'submissions.sqlite')]);
  if (!(await waitUntilUp(backend, `http://127.0.0.1:${backendPort}/health`))) throw new Error(`civic-backend did not start:\n${backend.output}`);
  say(`\n-- reference backend on 127.0.0.1:${backendPort}`);

  const table = placeholders({ csp, tls, backendPort });

  // ---- nginx ----
  step(`nginx: ${nginxFiles.map((f) => f.path).join(', ')} from docs/deploy.md (lines ${nginxFiles.map((f) => f.line).join(', ')})`);
  const nginxDir = join(tmp, 'nginx');
  mkdirSync(join(nginxDir, 'logs'), { recursive: true });
  mkdirSync(join(nginxDir, 'temp'), { recursive: true });
  const nginxSite = substitute(nginxFiles, table, [['listen <port>', /^(\s*listen\s+)(\d+)(?=[\s;])/gm, '$1127.0.0.1:$2']]);
  writeUnder(nginxDir, '/etc/nginx/', nginxSite);
  // As documented: every site in sites-available linked into sites-enabled.
  mkdirSync(join(nginxDir, 'sites-enabled'), { recursive: true });
  for (const f of nginxSite.filter((f) => f.path.startsWith('/etc/nginx/sites-available/'))) {
    symlinkSync(join(nginxDir, f.path.slice('/etc/nginx/'.length)), join(nginxDir, 'sites-enabled', basename(f.path)));
  }
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${join(nginxDir, 'temp', k)};`).join(' ');
  writeFileSync(join(nginxDir, 'nginx.conf'), edited('/etc/nginx/nginx.conf', [
    [/^pid .*;$/m, `pid ${join(nginxDir, 'nginx.pid')};`],
    [/^error_log .*;$/m, `error_log ${join(nginxDir, 'logs', 'error.log')};`],
    [/^(\s*)access_log .*;$/m, `$1access_log ${join(nginxDir, 'logs', 'access.log')};`],
    [/^\s*include \/etc\/nginx\/conf\.d\/\*\.conf;$/m, ''],
    [/^(\s*)include \/etc\/nginx\/sites-enabled\/\*;$/m, `$1${temps}\n$1include ${join(nginxDir, 'sites-enabled')}/*;`],
  ]));
  const nginxArgs = ['-p', nginxDir + '/', '-c', join(nginxDir, 'nginx.conf'), '-e', join(nginxDir, 'logs', 'error.log')];
  const test = run('nginx', [...nginxArgs, '-t']);
  let nginxUp = false;
  if (test.status !== 0) fail(`nginx -t: ${test.stderr.trim().split('\n').join(' | ')}`);
  else {
    const nginx = start('nginx', 'nginx', [...nginxArgs, '-g', 'daemon off;']);
    nginxUp = await waitUntilUp(nginx, `https://${HOST}/`);
    if (!nginxUp) fail(`nginx did not start:\n${nginx.output}${readLog(join(nginxDir, 'logs', 'error.log'))}`);
    else {
      say(`  nginx ${run('nginx', ['-v']).stderr.trim().replace('nginx version: ', '')} on 127.0.0.1:80 and 127.0.0.1:443`);
      await checkAnswers('nginx');
      step('nginx: the navigation and strict-CSP journeys (playwright.deploy.config.ts)');
      const pw = start('playwright', join(root, 'node_modules', '.bin', 'playwright'), ['test', '-c', 'playwright.deploy.config.ts', ...process.argv.slice(2)], {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEPLOY_BASE_URL: 'https://127.0.0.1', DEPLOY_SPKI: spki, NODE_EXTRA_CA_CERTS: tls.ca },
      });
      const { code } = await pw.exited;
      if (code !== 0) fail(`nginx: browser journeys failed (exit ${code})`);
      await observatory('nginx', tls);
    }
    await stop(nginx);
    const errors = readLog(join(nginxDir, 'logs', 'error.log')).split('\n').filter((l) => /\[(emerg|alert|crit)\]/.test(l));
    if (errors.length) fail(`nginx error log:\n${errors.join('\n')}`);
  }

  // ---- Apache ----
  step(`Apache: ${apacheFiles.map((f) => f.path).join(', ')} from docs/deploy.md (lines ${apacheFiles.map((f) => f.line).join(', ')}), a2enmod ${modules.join(' ')}`);
  const confdir = join(tmp, 'apache2');
  cpSync('/etc/apache2', confdir, { recursive: true, verbatimSymlinks: true });
  const adir = join(tmp, 'apache');
  for (const d of ['run', 'lock', 'log', 'state']) mkdirSync(join(adir, d), { recursive: true });
  run('chown', ['www-data', join(adir, 'lock')]);
  writeFileSync(join(confdir, 'envvars'), readFileSync(join(confdir, 'envvars'), 'utf8') +
    `\n# deploy check: everything in its temporary directory\nexport APACHE_PID_FILE=${join(adir, 'run', 'apache2.pid')}\n` +
    `export APACHE_RUN_DIR=${join(adir, 'run')}\nexport APACHE_LOCK_DIR=${join(adir, 'lock')}\nexport APACHE_LOG_DIR=${join(adir, 'log')}\n`);
  writeFileSync(join(confdir, 'ports.conf'), edited(join(confdir, 'ports.conf'), [[/^(\s*Listen\s+)(\d+)\s*$/gm, '$1127.0.0.1:$2']]));
  const aenv = { ...process.env, APACHE_CONFDIR: confdir, APACHE_STATE_DIRECTORY: join(adir, 'state') };
  writeUnder(confdir, '/etc/apache2/', substitute(apacheFiles, table));
  // Only the page's site: Debian's 000-default (and any other) disabled.
  for (const site of readdirSync(join(confdir, 'sites-enabled'))) {
    must(run('a2dissite', ['-q', basename(site, '.conf')], { env: aenv }), `a2dissite ${site}`);
  }
  must(run('a2enmod', ['-q', ...modules], { env: aenv }), `a2enmod ${modules.join(' ')}`);
  for (const f of apacheFiles.filter((f) => f.path.startsWith('/etc/apache2/sites-available/'))) {
    must(run('a2ensite', ['-q', basename(f.path, '.conf')], { env: aenv }), `a2ensite ${basename(f.path, '.conf')}`);
  }
  const configtest = run('apache2ctl', ['configtest'], { env: aenv });
  if (configtest.status !== 0) fail(`apache2ctl configtest: ${(configtest.stdout + configtest.stderr).trim().split('\n').join(' | ')}`);
  else {
    say(`  apache2ctl configtest: ${configtest.stderr.trim().split('\n').pop()}`);
    const apache = start('apache2', 'bash', ['-c', '. "$APACHE_CONFDIR/envvars" && exec /usr/sbin/apache2 -d "$APACHE_CONFDIR" -DFOREGROUND'], { env: aenv });
    if (!(await waitUntilUp(apache, `https://${HOST}/`))) {
      fail(`apache2 did not start:\n${apache.output}${readLog(join(adir, 'log', 'error.log'))}`);
    } else {
      say(`  ${run('/usr/sbin/apache2', ['-v']).stdout.split('\n')[0].replace('Server version: ', '')} on 127.0.0.1:80 and 127.0.0.1:443`);
      await checkAnswers('apache');
      await observatory('apache', tls);
    }
    await stop(apache);
  }
  await stop(backend);
}

function readLog(file) {
  try {
    return readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

try {
  await main();
} catch (e) {
  fail(e.message);
}
mkdirSync(join(root, 'reports'), { recursive: true });
report.failures = failures;
writeFileSync(join(root, 'reports', 'observatory.latest.json'), JSON.stringify(report, null, 2) + '\n');
const seconds = Math.round((Date.now() - started) / 1000);
const scores = Object.entries(report.servers).map(([s, r]) => `${s} ${r.grade} (score ${r.score})`).join(', ');
console.log(`\nObservatory: ${scores || 'no result'}; reports/observatory.latest.json`);
if (failures.length) {
  console.log(`deploy check FAILED in ${seconds}s (${failures.length} problem${failures.length > 1 ? 's' : ''}):`);
  for (const f of failures) console.log(`  - ${f.split('\n')[0]}`);
  process.exit(1);
}
console.log(`deploy check passed in ${seconds}s: docs/deploy.md's nginx and Apache configurations`);
process.exit(0);
