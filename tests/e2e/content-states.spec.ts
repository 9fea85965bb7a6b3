// The content backend fails in different ways: each failure has its own translated message,
// the header and footer stay, and "Try again" recovers without a reload (target B5, start).
import { expect } from '@playwright/test';
import { contentTitle, heading, message, stripIsolation, test } from './support';

// These journeys give the app's own requests odd answers: they run in the single-page shell
// (a path that was not pre-rendered), where the app fetches its content.
test.use({ singlePage: true });

const URL = '**/content/en/pages/accessibility.json';

test('server error, then retry succeeds', async ({ page }) => {
  let fail = true;
  await page.route(URL, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-server-title'));
  await expect(page.locator('[data-state="server"]')).toContainText('503');
  await expect(page.locator('header.cp-header')).toBeVisible();
  await expect(page.locator('footer.cp-footer')).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: message('en', 'retry') }).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'accessibility'));
});

test('a busy server (429) says how long to wait, and retry succeeds', async ({ page }) => {
  let busy = true;
  await page.route(URL, (route) =>
    busy ? route.fulfill({ status: 429, headers: { 'retry-after': '45' }, body: 'slow down' }) : route.fallback(),
  );
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-busy-title'));
  const busyState = page.locator('[data-state="busy"]');
  await expect(busyState).toContainText('45');
  expect(stripIsolation(await busyState.innerText())).toContain('Please try again in 45 seconds.');
  busy = false;
  await page.getByRole('button', { name: message('en', 'retry') }).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'accessibility'));
});

test('network failure has its own message', async ({ page }) => {
  await page.route(URL, (route) => route.abort('internetdisconnected'));
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-network-title'));
  await expect(page.getByRole('button', { name: message('en', 'retry') })).toBeVisible();
});

test('a malformed response names the bad field in the console', async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  await page.route(URL, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ slug: 'accessibility', locale: 'en', title: 'x', blocks: [{ type: 'heading', level: 9, text: 'x' }] }),
    }),
  );
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-malformed-title'));
  await expect.poll(() => logged.some((l) => l.includes('blocks[0].level'))).toBe(true);
});

test('links with unsafe targets render as plain text', async ({ page }) => {
  await page.route(URL, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        slug: 'accessibility', locale: 'en', title: 'Hostile',
        blocks: [{ type: 'paragraph', content: [{ text: 'click me', href: 'javascript:alert(1)' }, { text: '<img src=x onerror=alert(1)>' }] }],
      }),
    }),
  );
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe('Hostile');
  await expect(page.locator('main a', { hasText: 'click me' })).toHaveCount(0);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('<img src=x onerror=alert(1)>');
});
