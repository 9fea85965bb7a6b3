import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const server = spawn(process.execPath, ['tests/support/serve-dist.mjs'], { env: { ...process.env, PORT: '4194' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const path of ['/en', '/en/pages/policy-speech-2026', '/ja/pages/policy-speech-2026', '/en/forms/e-government-survey']) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push(`${Math.round(e.startTime)}+${Math.round(e.duration)}`); }).observe({ type: 'longtask', buffered: true }); });
  await page.goto(`http://127.0.0.1:4194${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 30000 });
  await page.waitForTimeout(800);
  console.log(path, JSON.stringify(await page.evaluate(() => ({ lt: window.__lt, started: document.documentElement.dataset.cpStarted, fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime) }))));
  await ctx.close();
}
await browser.close(); server.kill();
