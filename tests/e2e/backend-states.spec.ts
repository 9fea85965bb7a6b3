// The content backend is slow, empty, missing, offline, late, broken or malformed: each case
// has its own translated state with a way forward, the header and footer always stay, and
// going back reuses what was already loaded (target B5).
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { contentTitle, heading, message, test } from './support';

// These journeys give the app's own requests odd answers: they run in the single-page shell
// (a path that was not pre-rendered), where the app fetches its content.
test.use({ singlePage: true });

const PAGE_JSON = '**/content/en/pages/accessibility.json';
// "Page 2", with the invisible isolation marks Fluent puts around the number.
const pageName = (n: number) => new RegExp(`^Page \u2068?${n}\u2069?$`);

async function frameIsThere(page: Page) {
  await expect(page.locator('header.cp-header')).toBeVisible();
  await expect(page.locator('footer.cp-footer')).toBeVisible();
  await expect(page.locator('.cp-skip-link')).toHaveCount(1);
}

test('a slow response shows a loading state without moving the footer', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(PAGE_JSON, async (route) => {
    await gate;
    await route.fallback();
  });
  await page.goto('/en/pages/accessibility');
  const loading = page.locator('.cp-loading');
  await expect(loading).toBeVisible();
  await expect(loading).toHaveAttribute('role', 'status');
  await expect(loading).toContainText(message('en', 'loading'));
  await frameIsThere(page);
  release();
  expect(await heading(page)).toBe(contentTitle('en', 'accessibility'));
  const shifts = await page.evaluate(() => (window as any).__shifts);
  expect(shifts).toBeLessThan(0.1);
});

test('a page left while its content loads stops its request', async ({ page }) => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(PAGE_JSON, async (route) => {
    await gate;
    await route.fallback().catch(() => {}); // the request may be gone by then
  });
  await page.goto('/en/pages/accessibility');
  await expect(page.locator('.cp-loading')).toBeVisible();
  const stopped = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/content/en/pages/accessibility.json'));
  // Leaving for the home page (in the app, no reload) ends the view that asked for it.
  await page.locator('a.cp-header__name').click();
  const failed = await stopped;
  expect(failed.failure()?.errorText).toContain('ERR_ABORTED');
  release();
  expect(await heading(page)).toBe(contentTitle('en', 'home'));
  await frameIsThere(page);
});

test('an empty news list says there is no news', async ({ page }) => {
  await page.route('**/content/en/news/1.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify({ locale: 'en', page: 1, total_pages: 1, items: [] }) }),
  );
  await page.goto('/en/news');
  await heading(page);
  await expect(page.locator('[data-state="empty"]')).toHaveText(message('en', 'news-empty'));
  await frameIsThere(page);
});

test('offline: its own message, and retry works once back online', async ({ page, context }) => {
  await page.goto('/en');
  await heading(page);
  await context.setOffline(true);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility policy' }).first().click();
  await expect(page.locator('h1#main-heading')).toHaveText(message('en', 'error-offline-title'));
  await expect(page.locator('[data-state="offline"]')).toBeVisible();
  await frameIsThere(page);
  await context.setOffline(false);
  await page.waitForFunction(() => navigator.onLine);
  await page.getByRole('button', { name: message('en', 'retry') }).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'accessibility'));
});

test('a backend that does not answer in time shows a time-out', async ({ page }) => {
  await page.route('**/config.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify({ backend: { timeout_ms: 800 } }) }),
  );
  await page.route(PAGE_JSON, () => {
    /* never answers */
  });
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-timeout-title'));
  await expect(page.locator('[data-state="timeout"]')).toBeVisible();
  await expect(page.getByRole('button', { name: message('en', 'retry') })).toBeVisible();
  await frameIsThere(page);
});

test('server errors and malformed answers are different states', async ({ page }) => {
  await page.route(PAGE_JSON, (r) => r.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-server-title'));
  await page.unroute(PAGE_JSON);
  await page.route(PAGE_JSON, (r) => r.fulfill({ contentType: 'application/json', body: '{"slug": "accessibility", "locale": "en", "title": ' }));
  await page.getByRole('button', { name: message('en', 'retry') }).click();
  await expect(page.locator('h1#main-heading')).toHaveText(message('en', 'error-malformed-title'));
  await frameIsThere(page);
});

test('a broken site settings file keeps the built-in menu', async ({ page }) => {
  await page.route('**/content/en/site.json', (r) => r.fulfill({ contentType: 'application/json', body: '{"locale":"en"' }));
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(contentTitle('en', 'accessibility'));
  const nav = page.getByRole('navigation', { name: message('en', 'nav-primary-label') });
  await expect(nav.getByRole('link', { name: message('en', 'nav-home') })).toBeVisible();
  await expect(nav.getByRole('link', { name: message('en', 'nav-news') })).toBeVisible();
  await frameIsThere(page);
});

test('a malformed config.json falls back to the embedded content', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  await page.route('**/config.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify({ backend: { adapter: 'joomla' } }) }),
  );
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(contentTitle('en', 'accessibility'));
  expect(logged.some((l) => l.includes('config.json') && l.includes('backend.adapter'))).toBe(true);
});

test('going back reuses the responses already loaded', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/content/')) requested.push(path);
  });
  await page.goto('/en/pages/accessibility');
  await heading(page);
  await page.getByRole('navigation', { name: message('en', 'nav-primary-label') }).getByRole('link', { name: 'News' }).click();
  await expect(page).toHaveURL(/\/en\/news$/);
  const h1 = page.locator('h1#main-heading');
  await expect(h1).toHaveText(/^News/);
  const before = requested.length;
  await page.goBack();
  await expect(h1).toHaveText(contentTitle('en', 'accessibility'));
  await page.goForward();
  await expect(page).toHaveURL(/\/en\/news$/);
  await expect(h1).toHaveText(/^News/);
  expect(requested.slice(before)).toEqual([]);
});

test('a backend reporting millions of news pages gets a short, windowed list of page links', async ({ page }) => {
  const news = JSON.parse(readFileSync('public/content/en/news/2.json', 'utf8'));
  await page.route('**/content/en/news/5.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...news, page: 5, total_pages: 4_000_000 }) }),
  );
  // Page 5 is not pre-rendered: the app renders it from the (mocked) backend.
  await page.goto('/en/news/page/5');
  await heading(page);
  const pager = page.getByRole('navigation', { name: message('en', 'pagination-label') });
  await expect(pager.getByRole('link', { name: pageName(5) })).toHaveAttribute('aria-current', 'page');
  const items = await pager.getByRole('listitem').allTextContents();
  const previous = message('en', 'pagination-previous');
  const next = message('en', 'pagination-next');
  expect(items.map((t) => t.trim())).toEqual([previous, '1', '…', '4', '5', '6', '…', '4000000', next]);
  await expect(pager.getByRole('link', { name: pageName(4_000_000) })).toHaveAttribute('href', '/en/news/page/4000000');
});

test('news is paged with links to every page', async ({ page }) => {
  await page.goto('/en/news');
  await heading(page);
  const pager = page.getByRole('navigation', { name: message('en', 'pagination-label') });
  await expect(pager.getByRole('link', { name: pageName(1) })).toHaveAttribute('aria-current', 'page');
  await pager.getByRole('link', { name: message('en', 'pagination-next') }).click();
  await expect(page).toHaveURL(/\/en\/news\/page\/2$/);
  await expect(page.locator('h1#main-heading')).toContainText('2');
  await expect(pager.getByRole('link', { name: pageName(2) })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('h1#main-heading')).toBeFocused();
});
