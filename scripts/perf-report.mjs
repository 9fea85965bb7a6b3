#!/usr/bin/env node
// Timing report of the release build in dist/, measured in Debian Chromium (target P3).
//
//   node scripts/perf-report.mjs [--runs 7]
//
// Prints the median and worst of several runs, and writes reports/perf.latest.json:
// - first view: navigation start → the page's <h1> is in the DOM (home page, en);
// - route change: click in the main menu → the new page's <h1> is shown;
// - language switch, first time (downloads the new .ftl and the page JSON) and cached
//   (both already loaded): click → <html lang> changed and the page's content replaced; and
//   the first switch after an 80 ms press (a tap: the press starts the downloads), from the click;
// - longest page: a client-side navigation to the longest page of the sample city (the
//   policy speech) → its last block is in the DOM;
// - first paint side by side (issue 11): FCP and LCP of a pre-rendered page, and of a plain
//   static page with the same HTML and no wasm (its scripts removed), in the same run, with
//   the network and CPU of a mid-range phone on 4G; the ratio pre-rendered / plain.
// This is a report, not a test: it fails only when it cannot measure.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const port = 4190;
const base = `http://127.0.0.1:${port}`;
const title = (locale, slug) =>
  JSON.parse(readFileSync(join(root, 'public/content', locale, 'pages', `${slug}.json`), 'utf8')).title;

const server = spawn(process.execPath, [join(root, 'tests/support/serve-dist.mjs')], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Clicks `selector` inside the page and resolves with the milliseconds until `done()` holds.
// With `pressMs`, the click follows a press of that long (a `pointerdown` first, as a finger
// gives), and the time is still counted from the click.
async function timeClick(page, selector, done, pressMs = 0) {
  return page.evaluate(
    ({ selector, done, pressMs }) =>
      new Promise(async (resolve, reject) => {
        const check = new Function(`return (${done})();`);
        if (pressMs) {
          document.querySelector(selector).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', isPrimary: true }));
          await new Promise((r) => setTimeout(r, pressMs));
        }
        const t0 = performance.now();
        const finish = () => {
          if (check()) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        };
        const observer = new MutationObserver(finish);
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => reject(new Error(`timeout waiting after clicking ${selector}`)), 10000);
        document.querySelector(selector).click();
      }),
    { selector, done: done.toString(), pressMs },
  );
}

const samples = {
  first_view_ms: [],
  route_change_ms: [],
  language_switch_first_ms: [],
  language_switch_cached_ms: [],
  language_switch_first_after_press_ms: [],
  longest_page_ms: [],
};
const LONGEST = 'policy-speech-2026';
const SIDE_BY_SIDE = '/en/pages/city-diplomacy';
const paint = { prerendered_fcp_ms: [], prerendered_lcp_ms: [], plain_fcp_ms: [], plain_lcp_ms: [] };

/** The pre-rendered page without anything that starts the app: the reference. */
const plainHtml = (html) =>
  html
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');

/** FCP and LCP of one cold load of `path` (throttled like Lighthouse's mobile preset). */
async function paintTimes(path, plain) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (plain) {
    await page.route(`${base}${path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: plainHtml(await response.text()) });
    });
  }
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForTimeout(plain ? 500 : 0);
  if (!plain) await page.waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 30000 });
  const times = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let lcp = 0;
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) lcp = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          resolve({ fcp, lcp });
        }, 300);
      }),
  );
  await context.close();
  return times;
}

try {
  for (let i = 0; i < runs; i++) {
    // Alternate, so that both see the same machine load.
    for (const plain of i % 2 ? [true, false] : [false, true]) {
      const { fcp, lcp } = await paintTimes(SIDE_BY_SIDE, plain);
      paint[plain ? 'plain_fcp_ms' : 'prerendered_fcp_ms'].push(fcp);
      paint[plain ? 'plain_lcp_ms' : 'prerendered_lcp_ms'].push(lcp);
    }
  }
  Object.assign(samples, paint);
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/en/pages/accessibility`);
    await page.waitForSelector('h1#main-heading');
    samples.first_view_ms.push(await page.evaluate(() => performance.now()));
    // The journeys below act on the app: wait until it has hydrated the page.
    await page.waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 30000 });

    const ja = title('ja', 'accessibility');
    const en = title('en', 'accessibility');
    samples.language_switch_first_ms.push(
      await timeClick(page, 'a[hreflang="ja"]', new Function(`return () => document.documentElement.lang === 'ja' && document.querySelector('h1#main-heading')?.textContent === ${JSON.stringify(ja)}`)()),
    );
    await timeClick(page, 'a[hreflang="en"]', new Function(`return () => document.documentElement.lang === 'en' && document.querySelector('h1#main-heading')?.textContent === ${JSON.stringify(en)}`)());
    samples.language_switch_cached_ms.push(
      await timeClick(page, 'a[hreflang="ja"]', new Function(`return () => document.documentElement.lang === 'ja' && document.querySelector('h1#main-heading')?.textContent === ${JSON.stringify(ja)}`)()),
    );
    const home = title('ja', 'home');
    samples.route_change_ms.push(
      await timeClick(page, '.cp-nav__link[href="/ja"]', new Function(`return () => document.querySelector('h1#main-heading')?.textContent === ${JSON.stringify(home)}`)()),
    );
    // The same first switch as a phone's tap: an 80 ms press, then the click.
    {
      const fresh = await browser.newContext({ locale: 'en-US' });
      const p2 = await fresh.newPage();
      await p2.goto(`${base}/en/pages/accessibility`);
      await p2.waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 30000 });
      samples.language_switch_first_after_press_ms.push(
        await timeClick(p2, 'a[hreflang="ja"]', new Function(`return () => document.documentElement.lang === 'ja' && document.querySelector('h1#main-heading')?.textContent === ${JSON.stringify(ja)}`)(), 80),
      );
      await fresh.close();
    }
    const longest = title('en', LONGEST);
    await page.goto(`${base}/en`);
    await page.waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 30000 });
    await page.evaluate((slug) => {
      const a = document.createElement('a');
      a.href = `/en/pages/${slug}`;
      a.id = 'perf-longest';
      document.body.append(a);
    }, LONGEST);
    samples.longest_page_ms.push(
      await timeClick(page, '#perf-longest', new Function(`return () => document.querySelector('h1#main-heading')?.textContent === ${JSON.stringify(longest)} && document.querySelectorAll('.cp-prose > *').length > 10`)()),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: Math.round(s[Math.floor(s.length / 2)] * 10) / 10, worst: Math.round(s[s.length - 1] * 10) / 10, runs: s.length };
};
const report = { generated: new Date().toISOString(), ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, stats(v)])) };
console.log(`${'timing (ms)'.padEnd(38)}${'median'.padStart(8)}${'worst'.padStart(8)}`);
for (const [k, v] of Object.entries(report)) {
  if (k !== 'generated' && typeof v === 'object') console.log(`${k.padEnd(38)}${String(v.median).padStart(8)}${String(v.worst).padStart(8)}`);
}
const ratio = (a, b) => Math.round((report[a].median / report[b].median) * 100) / 100;
report.fcp_ratio = ratio('prerendered_fcp_ms', 'plain_fcp_ms');
report.lcp_ratio = ratio('prerendered_lcp_ms', 'plain_lcp_ms');
console.log(`pre-rendered / plain static page (${SIDE_BY_SIDE}): FCP ×${report.fcp_ratio}, LCP ×${report.lcp_ratio} (target ≤ 1.1)`);
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'perf.latest.json'), JSON.stringify(report, null, 2) + '\n');
