#!/usr/bin/env node
// Trunk post_build hook: makes the built index.html run under a strict Content Security
// Policy (script-src 'self' 'wasm-unsafe-eval', style-src 'self'; no inline code).
//
// Trunk 0.21 starts the app from an inline <script type="module"> (import of the JS glue,
// init with the wasm URL, the TrunkApplicationStarted event). This hook moves that module's
// body into a content-hashed file next to index.html and loads it with
// <script type="module" src=...>, keeping Trunk's public URL. It then refuses any inline
// script, inline style element or style attribute left in index.html, so that a change
// that would break the policy fails the build instead of the page.
//
// Only the post_build stage sees the final index.html (in $TRUNK_STAGING_DIR).
//
// First of all it merges Trunk's stylesheets into one file (scripts/trunk-css-bundle.mjs).
// That step lives in this hook, not in a second [[hooks]] entry, because Trunk 0.21 starts
// all hooks of a stage at once (no order): two hooks rewriting index.html would race, and
// the checks below must see the final index.html.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleError, bundleStylesheets } from './trunk-css-bundle.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('trunk-csp-hook: TRUNK_STAGING_DIR is not set (run as a Trunk post_build hook)');
  process.exit(1);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const indexPath = join(staging, 'index.html');
let html = readFileSync(indexPath, 'utf8');

try {
  html = bundleStylesheets(html, staging, publicUrl);
} catch (e) {
  if (!(e instanceof BundleError)) throw e;
  console.error(`trunk-css-bundle: cannot build the one stylesheet: ${e.message}`);
  process.exit(1);
}

const inlineModule = /<script type="module">([\s\S]*?)<\/script>/;

// On a pre-rendered page (it carries the #cp-data block) the content needs no wasm: the
// loader waits for the first frame to be painted before it fetches the app, so that nothing
// of the app competes with the content's first paint (the pre-renderer also leaves out the
// wasm preloads there). A tab opened in the background gets no frames: it starts after
// 200 ms. Trunk's static import becomes a dynamic one so that it can wait. While the app
// downloads, a task of its own makes the browser load its date and number data for the page's
// language: the first Intl formatter of a language costs 20-30 ms, which hydration would
// otherwise add to its one long task.
function deferOnPrerenderedPages(body) {
  const staticImport = /^import init, \* as bindings from ('[^']+');$/m;
  if (!staticImport.test(body)) {
    console.error(`trunk-csp-hook: Trunk's loader has an unexpected shape (no static import of the glue):\n${body}`);
    process.exit(1);
  }
  return body.replace(
    staticImport,
    (_, url) =>
      "if (document.getElementById('cp-data')) {\n" +
      '  await new Promise((go) => { requestAnimationFrame(() => setTimeout(go, 0)); setTimeout(go, 200); });\n' +
      '  setTimeout(() => {\n' +
      '    try {\n' +
      '      const lang = document.documentElement.lang;\n' +
      "      new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(0);\n" +
      '      new Intl.NumberFormat(lang).format(0);\n' +
      '    } catch {}\n' +
      '  }, 0);\n' +
      '}\n' +
      `const bindings = await import(${url});\n` +
      'const init = bindings.default;',
  );
}
const match = html.match(inlineModule);
if (match) {
  const body = deferOnPrerenderedPages(match[1].trim()) + '\n';
  const hash = createHash('sha384').update(body).digest();
  const name = `boot-${hash.subarray(0, 8).toString('hex')}.js`;
  writeFileSync(join(staging, name), body);
  // Subresource integrity only when Trunk itself adds it (not with --no-sri).
  const sri = /integrity="sha384-/.test(html) ? ` integrity="sha384-${hash.toString('base64')}"` : '';
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  html = html.replace(inlineModule, `<script type="module" src="${base}${name}"${sri}></script>`);
}

// Nothing inline may remain, except `trunk serve`'s live-reload script (a template filled
// in by the dev server, never part of `trunk build`): development only.
const isAutoreload = (body) => body.includes('{{__TRUNK');
const problems = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (!/\bsrc=/.test(m[1]) && m[2].trim() !== '' && !isAutoreload(m[2])) {
    problems.push(`inline <script>: ${m[2].trim().slice(0, 60)}`);
  }
}
if (/<style\b/i.test(html)) problems.push('inline <style> element');
if (/\sstyle=/i.test(html)) problems.push('style attribute');
if (/\son[a-z]+=/i.test(html)) problems.push('inline event handler attribute');
if (problems.length) {
  console.error(`trunk-csp-hook: index.html breaks the Content Security Policy:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(indexPath, html);
