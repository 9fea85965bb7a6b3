// One stylesheet for the whole app: style/ keeps one source file per component (index.html
// lists them, in cascade order, as <link data-trunk rel="css">), and the build ships them as a
// single content-hashed file, so that a page waits for one stylesheet instead of twenty.
//
// Trunk 0.21 copies each listed file to the staging dir and writes one
// <link rel="stylesheet" href="<public URL><name>-<hash>.css" [integrity=...]/> per file into
// the staged index.html; it does not follow @import (and an @import chain would block
// rendering once per level). bundleStylesheets() then, on the staged index.html:
//   - reads those links in document order and concatenates the files in that order, without
//     their comments, into
//     style-<16 hex of the SHA-384>.css next to index.html;
//   - puts one link to it where the first link was (href under Trunk's public URL; integrity
//     only when Trunk gave the originals one, i.e. not with --no-sri) and drops the others and
//     any <link rel="preload" as="style"> of the same files;
//   - deletes the individual files.
// Running it again on its own output changes nothing. It throws a BundleError (the build
// fails) when a linked file is missing, is not under the public URL, or carries something a
// bundle cannot keep (media, title, disabled, ...), or when a later file has an @import.
//
// Called by scripts/trunk-csp-hook.mjs before its checks, not as a [[hooks]] entry of its
// own: Trunk starts every hook of a stage at the same time, and both rewrite index.html.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

export class BundleError extends Error {}

/** The bundle's file name for `css`: style-<first 8 bytes of its SHA-384, hex>.css. */
export const bundleName = (css) => `style-${createHash('sha384').update(css).digest('hex').slice(0, 16)}.css`;

// Attributes a stylesheet link may carry and still be merged into the bundle.
const MERGEABLE = new Set(['rel', 'href', 'integrity', 'crossorigin', 'type']);

/**
 * `css` without its comments, which are for the people who edit style/ and cost every
 * visitor bytes on the first paint. Strings and unquoted `url(...)` are kept as written (a
 * `/*` in them is not a comment); lines left empty by a removed comment are dropped.
 */
export function withoutComments(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (/^url\(\s*[^\s"')]/i.test(css.slice(i, i + 6)) && !/[\w-]/.test(css[i - 1] ?? '')) {
      // An unquoted url(...) is one token: a `/*` in it is part of the address.
      const end = css.indexOf(')', i);
      const stop = end < 0 ? css.length : end + 1;
      out += css.slice(i, stop);
      i = stop;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  return out.replace(/^[ \t]*\n/gm, '');
}

/** name → value (lower-case names; '' for a bare attribute) of one start tag. */
export function attributes(tag) {
  const inner = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  const attrs = {};
  for (const m of inner.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[m[1].toLowerCase()] ??= m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** The <link> tags of `html` outside comments: { tag, start, end, attrs }, in document order. */
export function links(html) {
  const comments = [...html.matchAll(/<!--[\s\S]*?-->/g)].map((m) => [m.index, m.index + m[0].length]);
  const inComment = (i) => comments.some(([s, e]) => i >= s && i < e);
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .filter((m) => !inComment(m.index))
    .map((m) => ({ tag: m[0], start: m.index, end: m.index + m[0].length, attrs: attributes(m[0]) }));
}

const rels = (attrs) => (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Bundles the stylesheets linked from `html` (the staged index.html, whose files are in
 * `staging`) and returns the new HTML. Writes the bundle and deletes the originals.
 */
export function bundleStylesheets(html, staging, publicUrl = '/') {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const all = links(html);
  const sheets = all.filter((l) => rels(l.attrs).includes('stylesheet'));
  if (sheets.length === 0) return html;

  const files = sheets.map(({ tag, attrs }) => {
    const extra = Object.keys(attrs).filter((name) => !MERGEABLE.has(name));
    if (extra.length || rels(attrs).length !== 1 || (attrs.type && attrs.type.toLowerCase() !== 'text/css')) {
      throw new BundleError(`${tag}: a stylesheet with ${extra.join(', ') || 'this rel or type'} cannot be merged into the bundle`);
    }
    const href = attrs.href;
    if (!href || !href.startsWith(base)) {
      throw new BundleError(`${tag}: the href is not under the public URL ${base}, so it is not a file of this build`);
    }
    const rel = normalize(decodeURIComponent(href.slice(base.length).replace(/[?#].*$/, '')));
    if (rel.startsWith('..') || rel.startsWith(sep)) throw new BundleError(`${tag}: the href leaves the build directory`);
    const path = join(staging, rel);
    if (!existsSync(path)) throw new BundleError(`${tag}: ${path} does not exist`);
    return { href, path, name: rel, integrity: attrs.integrity, crossorigin: attrs.crossorigin };
  });

  // Concatenated in document order (the cascade order of index.html). Only the first file's
  // start is the start of the bundle: a BOM or @charset of a later file is dropped, and an
  // @import there would be ignored by the browser, so it fails the build instead.
  const parts = files.map((f, i) => {
    let css = readFileSync(f.path, 'utf8');
    if (i > 0) {
      css = css.replace(/^\uFEFF/, '').replace(/^@charset\s+("[^"]*"|'[^']*')\s*;/i, '');
      if (/@import\b/i.test(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
        throw new BundleError(`${f.name}: @import is only valid at the start of a stylesheet: list the imported file in index.html instead`);
      }
    }
    css = withoutComments(css);
    return css.endsWith('\n') ? css : `${css}\n`;
  });
  const css = parts.join('');
  const name = bundleName(css);
  const out = join(staging, name);

  // Subresource integrity when Trunk gave the originals one (with its algorithm), not with --no-sri.
  const algorithm = files.map((f) => /^(sha256|sha384|sha512)-/.exec(f.integrity ?? '')?.[1]).find(Boolean);
  const integrity = algorithm ? ` integrity="${algorithm}-${createHash(algorithm).update(css).digest('base64')}"` : '';
  const crossorigins = [...new Set(files.map((f) => f.crossorigin))];
  if (crossorigins.length > 1) throw new BundleError(`the stylesheets disagree on crossorigin (${crossorigins.join(', ')})`);
  const crossorigin = crossorigins[0] === undefined ? '' : ` crossorigin="${crossorigins[0]}"`;
  const link = `<link rel="stylesheet" href="${base}${name}"${integrity}${crossorigin}/>`;

  // Preloads of the merged files would fetch them for nothing.
  const hrefs = new Set(files.map((f) => f.href));
  const preloads = all.filter(
    (l) => rels(l.attrs).includes('preload') && (l.attrs.as ?? '').toLowerCase() === 'style' && hrefs.has(l.attrs.href),
  );
  // Replace from the end so that earlier offsets stay valid; a removed tag takes its line with it.
  const edits = [...sheets.map((l, i) => ({ ...l, text: i === 0 ? link : '' })), ...preloads.map((l) => ({ ...l, text: '' }))];
  edits.sort((a, b) => b.start - a.start);
  for (const { start, end, text } of edits) {
    let [from, to] = [start, end];
    if (text === '') {
      const lineStart = html.lastIndexOf('\n', from - 1) + 1;
      const after = html.slice(to).match(/^[ \t]*(\r?\n|$)/);
      if (/^[ \t]*$/.test(html.slice(lineStart, from)) && after) [from, to] = [lineStart, to + after[0].length];
    }
    html = html.slice(0, from) + text + html.slice(to);
  }

  writeFileSync(out, css);
  for (const path of new Set(files.map((f) => f.path))) if (path !== out) rmSync(path);
  return html;
}
