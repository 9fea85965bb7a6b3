// A page waits for at most 2 requests before it first renders (public/consent-mode.js and one
// stylesheet): style/ keeps one source file per component, and the build ships them as one
// content-hashed stylesheet (scripts/trunk-css-bundle.mjs, run by the Trunk hook
// scripts/trunk-csp-hook.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
// The hook tests need no browser: Playwright's own test, without support.ts's page fixture.
import { expect, test as plainTest } from '@playwright/test';
import { heading, test } from './support';
import { withoutComments } from '../../scripts/trunk-css-bundle.mjs';

for (const path of ['/en', '/ja/news?page=2', '/en/pages/city-diplomacy']) {
  test(`${path} waits for at most 2 requests, one of them the only stylesheet`, async ({ page }) => {
    await page.goto(path);
    await heading(page);
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking')
        .map((e) => new URL(e.name).pathname),
    );
    expect(blocking.length, blocking.join(', ')).toBeLessThanOrEqual(2);
    expect(blocking.filter((p) => p.endsWith('.css')), blocking.join(', ')).toHaveLength(1);
    // The one stylesheet loaded (its integrity matched) and holds the tokens, which come first.
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toBeGreaterThan(0);
    const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--cp-color-brand'));
    expect(brand.trim()).toBe('#0b4f8a');
  });
}

plainTest('dist/ has one stylesheet: every style/ file listed in index.html, in that order', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const hrefs = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => m[0].match(/\bhref="([^"]+)"/)![1]);
  expect(hrefs).toHaveLength(1);
  expect(hrefs[0]).toMatch(/\/style-[0-9a-f]{16}\.css$/);
  expect(readdirSync(dist).filter((f) => f.endsWith('.css'))).toEqual([hrefs[0].split('/').pop()]);
  // Every file of style/ (its component folders included) is listed, once.
  const sources = [...readFileSync(new URL('../../index.html', import.meta.url), 'utf8').matchAll(/<link data-trunk rel="css" href="([^"]+)">/g)].map((m) => m[1]);
  const style = new URL('../../style/', import.meta.url).pathname;
  const files = readdirSync(style, { recursive: true }).map(String).filter((f) => f.endsWith('.css')).map((f) => `style/${f}`);
  expect([...sources].sort()).toEqual(files.sort());
  // Trunk copies the files unchanged (Trunk.toml does not turn on minification); the bundle
  // is them in that order, without their comments.
  const expected = sources.map((href) => withoutComments(readFileSync(new URL(`../../${href}`, import.meta.url), 'utf8'))).join('');
  expect(readFileSync(new URL(hrefs[0].split('/').pop()!, dist), 'utf8')).toBe(expected);
});

plainTest.describe('the Trunk hook that bundles the stylesheets', () => {
  const sri = (alg: string, data: string) => `${alg}-${createHash(alg).update(data).digest('base64')}`;
  // A staging dir as Trunk 0.21 leaves it: one hashed file and one link per style/*.css.
  const stage = (files: Record<string, string>, { publicUrl = '/portal/', integrity = true, extra = '' } = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'css-bundle-'));
    const links = Object.entries(files).map(([name, css]) => {
      writeFileSync(join(dir, name), css);
      return `  <link rel="stylesheet" href="${publicUrl}${name}"${integrity ? ` integrity="${sri('sha384', css)}"` : ''}/>\n`;
    });
    const html =
      `<!DOCTYPE html>\n<html>\n<head>\n  <script src="${publicUrl}consent-mode.js"></script>\n` +
      `  <link rel="modulepreload" href="${publicUrl}app.js" crossorigin="anonymous"${integrity ? ' integrity="sha384-abc"' : ''}>\n` +
      `${links.join('')}${extra}</head>\n<body><script type="module">\nimport init, * as bindings from '${publicUrl}app.js';\nconst wasm = await init();\n</script></body>\n</html>\n`;
    writeFileSync(join(dir, 'index.html'), html);
    return dir;
  };
  // Runs the hook exactly as Trunk does (Trunk.toml [[hooks]]); publicUrl null: not set.
  const run = (dir: string, publicUrl: string | null = '/portal/') => {
    const env: Record<string, string | undefined> = { ...process.env, TRUNK_STAGING_DIR: dir };
    if (publicUrl === null) delete env.TRUNK_PUBLIC_URL;
    else env.TRUNK_PUBLIC_URL = publicUrl;
    const result = spawnSync(process.execPath, ['scripts/trunk-csp-hook.mjs'], { env, encoding: 'utf8' });
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
    return { status: result.status, stderr: result.stderr, html, stylesheets, files: readdirSync(dir).sort() };
  };
  const FILES = {
    'tokens-0123456789abcdef.css': ':root { --x: 1px; }\n',
    'base-89abcdef01234567.css': 'body { margin: var(--x); }', // no final newline
    'accordion-fedcba9876543210.css': '.cp-accordion { padding: 0; }\n',
  };
  const BUNDLE = ':root { --x: 1px; }\nbody { margin: var(--x); }\n.cp-accordion { padding: 0; }\n';

  plainTest('merges the files in document order into one hashed file under the public URL, with SRI', () => {
    const dir = stage(FILES);
    const out = run(dir);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stylesheets).toHaveLength(1);
    const m = out.stylesheets[0].match(/^<link rel="stylesheet" href="\/portal\/(style-[0-9a-f]{16}\.css)" integrity="([^"]+)"\/>$/);
    expect(m, out.stylesheets[0]).not.toBeNull();
    expect(readFileSync(join(dir, m![1]), 'utf8')).toBe(BUNDLE);
    expect(m![2]).toBe(sri('sha384', BUNDLE));
    // At the first link's place (after the modulepreload, before </head>), the others gone.
    expect(out.html).toMatch(/crossorigin="anonymous" integrity="sha384-abc">\n {2}<link rel="stylesheet" href="\/portal\/style-[^\n]+\n<\/head>/);
    // The individual files are deleted; the loader moved out as before.
    expect(out.files.filter((f) => f.endsWith('.css'))).toEqual([m![1]]);
    expect(out.files.some((f) => /^boot-[0-9a-f]{16}\.js$/.test(f))).toBe(true);
  });

  plainTest('leaves the comments out of the bundle, but not a comment-like text in a string or url()', () => {
    const dir = stage({
      ...FILES,
      'accordion-fedcba9876543210.css':
        '/* The accordion.\n   Two lines. */\n.cp-accordion { padding: 0; } /* tail */\n.x::before { content: "/* kept */"; background: url(a/*b.png); }\n',
    });
    const out = run(dir);
    expect(out.status, out.stderr).toBe(0);
    const name = out.stylesheets[0].match(/(style-[0-9a-f]{16}\.css)/)![1];
    expect(readFileSync(join(dir, name), 'utf8')).toBe(
      ':root { --x: 1px; }\nbody { margin: var(--x); }\n.cp-accordion { padding: 0; } \n.x::before { content: "/* kept */"; background: url(a/*b.png); }\n',
    );
  });

  plainTest('adds no integrity when Trunk gave the originals none (--no-sri)', () => {
    const out = run(stage(FILES, { integrity: false }));
    expect(out.status, out.stderr).toBe(0);
    expect(out.stylesheets).toHaveLength(1);
    expect(out.stylesheets[0]).toMatch(/^<link rel="stylesheet" href="\/portal\/style-[0-9a-f]{16}\.css"\/>$/);
  });

  plainTest('uses the public URL Trunk passes, with or without its final slash, and / by default', () => {
    for (const [publicUrl, prefix] of [['/portal', '/portal/'], ['https://cdn.example/app/', 'https://cdn.example/app/'], [null, '/']] as const) {
      const out = run(stage(FILES, { publicUrl: prefix }), publicUrl);
      expect(out.status, out.stderr).toBe(0);
      expect(out.stylesheets[0]).toContain(`href="${prefix}style-`);
    }
  });

  plainTest('drops preloads of the merged files', () => {
    const extra = '  <link rel="preload" href="/portal/base-89abcdef01234567.css" as="style">\n';
    const out = run(stage(FILES, { extra }));
    expect(out.status, out.stderr).toBe(0);
    expect(out.html).not.toContain('preload" href="/portal/base');
    expect(out.html).toContain('rel="modulepreload"');
  });

  plainTest('changes nothing when run again on its own output', () => {
    const dir = stage(FILES);
    const first = run(dir);
    const second = run(dir);
    expect(second.status, second.stderr).toBe(0);
    expect(second.html).toBe(first.html);
    expect(second.files).toEqual(first.files);
  });

  plainTest('fails the build with a clear message when a linked file is missing', () => {
    const dir = stage(FILES);
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'index.html'), before.replace('base-89abcdef01234567.css', 'gone-0000000000000000.css'));
    const out = run(dir);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('cannot build the one stylesheet');
    expect(out.stderr).toContain('gone-0000000000000000.css does not exist');
    // Nothing was merged or deleted.
    expect(out.stylesheets).toHaveLength(3);
    expect(existsSync(join(dir, 'tokens-0123456789abcdef.css'))).toBe(true);
  });

  plainTest('fails the build on what one file cannot keep: media, an @import after the start, a foreign href', () => {
    const cases: [Record<string, string>, string, string][] = [
      [FILES, '  <link rel="stylesheet" href="/portal/print-0000000000000000.css" media="print"/>\n', 'media'],
      [{ ...FILES, 'late-0000000000000000.css': '@import "x.css";\n' }, '', '@import'],
      [FILES, '  <link rel="stylesheet" href="https://fonts.example/a.css"/>\n', 'not under the public URL'],
    ];
    for (const [files, extra, message] of cases) {
      const dir = stage(files, { extra });
      if (extra.includes('print-')) writeFileSync(join(dir, 'print-0000000000000000.css'), 'p { color: black; }\n');
      const out = run(dir);
      expect(out.status, message).toBe(1);
      expect(out.stderr).toContain('cannot build the one stylesheet');
      expect(out.stderr).toContain(message);
    }
  });
});
