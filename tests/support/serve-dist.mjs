#!/usr/bin/env node
// A small static server for the release build in dist/, used by the Playwright tests.
// Like a production host, with the strict Content Security Policy: a path without a file
// extension gets its pre-rendered page (<path>/index.html), else spa.html (the app's routes); a missing file with an extension is a real 404, so
// missing content and translations are distinguishable from pages.
// Form submissions (/content/forms/...) are passed to the reference backend on BACKEND_PORT,
// as Trunk's proxy does under `trunk serve`; when it is down, the answer is 502 like a
// production proxy's.
//   PORT=4173 BACKEND_PORT=4174 [CONFIG=file] node tests/support/serve-dist.mjs
import { createServer, request } from 'node:http';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extname, join, normalize } from 'node:path';
import { policy } from '../../scripts/csp.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
// The component gallery (scripts/build-gallery.sh), a build of its own: served under
// /__gallery/ beside the release build, whose config, content and translations it reads.
const gallery = new URL('../../target/gallery/', import.meta.url).pathname;
const GALLERY = '__gallery/';
const port = Number(process.env.PORT ?? 4173);
const backendPort = Number(process.env.BACKEND_PORT ?? 4174);
const PROXIED = '/content/forms/';

function proxy(req, res) {
  const upstream = request(
    { host: '127.0.0.1', port: backendPort, path: req.url, method: req.method, headers: req.headers },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('bad gateway');
  });
  req.pipe(upstream);
}
// CONFIG=<file>: that file is the build's config.json (the same build pointed at another
// backend, as a web team does by editing config.json; the live WordPress journeys). The
// pre-rendered pages are the sample city's, so then every page is the single-page shell,
// which renders from what the app fetches.
const configFile = process.env.CONFIG ?? join(dist, 'config.json');
const spaOnly = Boolean(process.env.CONFIG);
// The strict policy a deployment sends (scripts/csp.mjs), so every browser test runs under it.
const csp = policy(JSON.parse(readFileSync(configFile, 'utf8')));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.ftl', '.svg']);
const compressed = new Map();
function brotli(file, body) {
  // Keyed by content: a rebuilt file of the same length is not served stale.
  const key = createHash('sha1').update(body).digest('hex');
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }));
  }
  return compressed.get(key);
}

async function fileAt(path) {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith(PROXIED)) {
    proxy(req, res);
    return;
  }
  const rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
  if (rel.startsWith('..')) {
    res.writeHead(400).end('bad path');
    return;
  }
  // Like `try_files $uri $uri/index.html /spa.html` (docs/deploy.md): a pre-rendered page, else
  // the single-page shell, which renders any route in the browser.
  let file = null;
  if (rel === '__gallery' || rel.startsWith(GALLERY)) {
    const inGallery = rel.slice(GALLERY.length);
    file = await fileAt(join(gallery, extname(inGallery) ? inGallery : 'index.html'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('no gallery build (scripts/build-gallery.sh)');
      return;
    }
  }
  if (rel === 'config.json') file = configFile;
  if (spaOnly && !extname(rel)) file ??= join(dist, 'spa.html');
  file ??= await fileAt(join(dist, rel));
  if (!file && !extname(rel)) file = await fileAt(join(dist, rel, 'index.html'));
  if (!file && !extname(rel)) file = (await fileAt(join(dist, 'spa.html'))) ?? join(dist, 'index.html');
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  let body = await readFile(file);
  // Brotli, as a production host serves text and wasm (see docs/deploy.md), so that timings
  // and Lighthouse see realistic transfer sizes.
  const compress = COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
  if (compress) body = brotli(file, body);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...(compress ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
    ...(extname(file) === '.html' ? { 'content-security-policy': csp } : {}),
  });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://127.0.0.1:${port}/`));
