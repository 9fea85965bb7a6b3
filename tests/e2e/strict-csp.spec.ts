// The app runs under the strict Content Security Policy a city deploys with (served by
// tests/support/serve-dist.mjs from scripts/csp.mjs): no violation while browsing, switching
// language, accepting cookies and playing a video; dist/ has no inline script or style.
import { expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heading, test } from './support';

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as any).__csp as string[]);

test('the served pages carry the strict policy', async ({ request }) => {
  const response = await request.get('/en');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("style-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
});

test('dist/ has no inline script, style element or style attribute', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(new URL(file, dist), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      // A pre-rendered page's data block is not executable (CSP does not apply to it): it
      // must say so by its type and hold JSON, nothing else.
      if (/\btype="application\/json"/.test(m[1])) {
        expect(() => JSON.parse(m[2]), `${file}: data block`).not.toThrow();
        continue;
      }
      expect(m[1], `${file}: inline script`).toMatch(/\bsrc=/);
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
  }
});

test('browsing, switching language and consenting cause no violation', { tag: '@consent' }, async ({ page }) => {
  await recordViolations(page);
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.request().url().startsWith('https://www.googletagmanager.com/')
      ? route.fulfill({ contentType: 'text/javascript', body: 'window.__tag = true;' })
      : route.abort(),
  );
  await page.goto('/en/pages/city-diplomacy');
  await heading(page);
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByTestId('consent-accept-all').click();
  await expect.poll(() => page.evaluate(() => (window as any).__tag)).toBe(true);
  await expect(page.getByTestId('video').locator('iframe')).toHaveCount(1);
  await page.goto('/ja/news?page=2');
  await heading(page);
  await page.goto('/en/cookie-settings');
  await heading(page);
  expect(await violations(page)).toEqual([]);
});

test.describe('the Trunk hook that makes the build CSP-clean', () => {
  const run = (html: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-hook-'));
    writeFileSync(join(dir, 'index.html'), html);
    const result = spawnSync(process.execPath, ['scripts/trunk-csp-hook.mjs'], {
      env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PUBLIC_URL: '/portal/' },
      encoding: 'utf8',
    });
    return { status: result.status, stderr: result.stderr, dir, html: readFileSync(join(dir, 'index.html'), 'utf8') };
  };
  // Trunk 0.21's inline loader, as `trunk build` writes it.
  const loader =
    "import init, * as bindings from '/portal/app.js';\n" +
    "const wasm = await init({ module_or_path: '/portal/app_bg.wasm' });\n" +
    'window.wasmBindings = bindings;\n' +
    'dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));';
  const trunkPage = (extra = '', script = loader) =>
    `<html><head><script type="module">\n${script}\n</script>` +
    `<link rel="modulepreload" href="/portal/app.js" integrity="sha384-abc">${extra}</head><body></body></html>`;

  test('moves the inline loader into a hashed file, with SRI and the public URL', () => {
    const out = run(trunkPage());
    expect(out.status).toBe(0);
    const src = out.html.match(/<script type="module" src="\/portal\/(boot-[0-9a-f]{16}\.js)" integrity="sha384-[^"]+"><\/script>/);
    expect(src, out.html).not.toBeNull();
    const boot = readFileSync(join(out.dir, src![1]), 'utf8');
    // On a pre-rendered page (it has the #cp-data block) the glue is imported only after the
    // first frame, so the static import became a dynamic one; the rest is Trunk's.
    expect(boot).not.toContain('import init');
    expect(boot).toContain("if (document.getElementById('cp-data'))");
    expect(boot).toContain("const bindings = await import('/portal/app.js');");
    expect(boot).toContain("const wasm = await init({ module_or_path: '/portal/app_bg.wasm' });");
    expect(boot.indexOf('requestAnimationFrame')).toBeLessThan(boot.indexOf('await import('));
    // While the app downloads, a task of its own starts the browser's Intl for the page's
    // language, so that hydration does not pay for it.
    expect(boot).toMatch(/setTimeout\(\(\) => \{\s*try \{\s*const lang = document\.documentElement\.lang;\s*new Intl\.DateTimeFormat\(lang/);
    expect(boot.indexOf('new Intl.DateTimeFormat')).toBeLessThan(boot.indexOf('await import('));
  });

  test('fails the build when Trunk\'s loader no longer has the shape it rewrites', () => {
    const out = run(trunkPage('', "import init from '/portal/app.js';\nawait init();"));
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("Trunk's loader has an unexpected shape");
  });

  test('allows only trunk serve\'s live-reload template', () => {
    expect(run(trunkPage(`<script>const address = '{{__TRUNK_ADDRESS__}}';</script>`)).status).toBe(0);
  });

  test('fails the build on any other inline script or style', () => {
    for (const extra of ['<script>alert(1)</script>', '<style>p{color:red}</style>', '<div style="color:red"></div>', '<img onerror="x()">']) {
      const out = run(trunkPage(extra));
      expect(out.status, extra).toBe(1);
      expect(out.stderr).toContain('breaks the Content Security Policy');
    }
  });
});
