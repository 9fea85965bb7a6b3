// Disaster information offline (issue 14, item 1). The service worker (dist/sw.js, written by
// offline-manifest) keeps the app shell when it installs, and the disaster-prevention page,
// its shelter list, the site settings (menu, emergency banner) and the translations of each
// language the visitor reads. With the browser context offline: those pages open, reload
// included; any other page shows the offline state with links to what is kept; a new
// deployment is announced, and taking it replaces the old cache entirely.
//
// Every other spec blocks service workers (playwright.config.ts), so that their routed and
// failing responses reach the page; this one allows them.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { applyTextSpacing, collectErrors, expectNoAxeViolations, heading, horizontalOverflow, message, test } from './support';

test.use({ serviceWorkers: 'allow' });
// One worker and one cache per browser context; the update test rewrites dist/sw.js.
test.describe.configure({ mode: 'serial' });

const PREFIX = 'civic-portal-offline-';
const DISASTER = (locale: string) => `/${locale}/pages/disaster-prevention`;
const title = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/content/${locale}/pages/disaster-prevention.json`, import.meta.url), 'utf8'))
    .title as string;

/** Waits until the page is controlled by the worker and its cache holds the shell and
 * `locale`'s pack. */
async function kept(page: Page, locale: string) {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ({ path, prefix }) => {
            if (!navigator.serviceWorker.controller) return false;
            for (const name of await caches.keys()) {
              if (!name.startsWith(prefix)) continue;
              const cache = await caches.open(name);
              if ((await cache.match(path)) && (await cache.match('/spa.html'))) return true;
            }
            return false;
          },
          { path: DISASTER(locale), prefix: PREFIX },
        ),
      { timeout: 20_000, intervals: [250] },
    )
    .toBe(true);
}

const cacheNames = (page: Page) =>
  page.evaluate(async (prefix) => (await caches.keys()).filter((n) => n.startsWith(prefix)), PREFIX);

test('the disaster page, its shelter list and the menu open offline, reload included', async ({ page, context }) => {
  const errors = collectErrors(page);
  await page.goto(DISASTER('ja'));
  await kept(page, 'ja');
  const navigation = await page.locator('nav a').allTextContents();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  expect(await heading(page)).toBe(title('ja'));
  // The page is the app, started offline, with the site settings' menu and footer.
  await expect(page.locator('html')).toHaveAttribute('data-cp-started', /hydrated|rendered/);
  expect(await page.locator('nav a').allTextContents()).toEqual(navigation);
  await expect(page.locator('footer')).toBeVisible();
  // The evacuation shelter list, from the device.
  const csv = await page.evaluate(async () => (await fetch('/content/files/evacuation-shelters-ja.csv')).text());
  expect(csv.split('\n')[0]).toContain('施設名');
  expect(csv.split('\n').filter((l) => /^S\d+/.test(l)).length).toBeGreaterThanOrEqual(10);
  await expectNoAxeViolations(page, 'disaster page offline');
  expect(errors).toEqual([]);
});

test('any other page offline: the offline state links to what is kept', async ({ page, context }) => {
  await page.goto(DISASTER('ja'));
  await kept(page, 'ja');
  await context.setOffline(true);

  // Within the app: following a link to a page that is not kept.
  await page.locator('nav a[href="/ja/news"]').first().click();
  await expect(page.locator('.cp-failure')).toHaveAttribute('data-state', 'offline');
  expect(await heading(page)).toBe(message('ja', 'error-offline-title'));
  const kept_ = page.getByTestId('kept-pages');
  await expect(kept_.getByRole('heading', { level: 2 })).toHaveText(message('ja', 'offline-kept-title'));
  await expect(kept_.getByRole('link')).toHaveText([title('ja')]);
  await expectNoAxeViolations(page, 'offline state with kept pages');
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page), 'offline state at 320 px').toBeNull();
  await applyTextSpacing(page);
  expect(await horizontalOverflow(page), 'offline state at 320 px with text spacing').toBeNull();
  await page.setViewportSize({ width: 1280, height: 720 });

  // Opening an address that is not kept: the shell, then the same state.
  await page.goto('/ja/pages/city-diplomacy');
  await expect(page.locator('.cp-failure')).toHaveAttribute('data-state', 'offline');
  await expect(page.getByTestId('kept-pages').getByRole('link')).toHaveText([title('ja')]);
  // Its link opens the kept page, offline (in the app: the offline state's heading stays
  // until the kept page has been read from the device).
  await page.getByTestId('kept-pages').getByRole('link').click();
  await expect(page).toHaveURL(DISASTER('ja'));
  await expect(page.locator('h1#main-heading')).toHaveText(title('ja'));

  // A language that was never read offers the pages of the languages that were, in theirs.
  await page.goto('/ko/news');
  await expect(page.locator('.cp-failure')).toHaveAttribute('data-state', 'offline');
  const link = page.getByTestId('kept-pages').getByRole('link');
  await expect(link).toHaveText([title('ja')]);
  await expect(link).toHaveAttribute('lang', 'ja');
});

test('switching language online keeps that language too', async ({ page, context }) => {
  await page.goto(DISASTER('ja'));
  await kept(page, 'ja');
  // The language selector (a client-side switch) loads English's strings through the worker.
  await page.locator('a[hreflang="en"]').first().click();
  await expect(page.locator('h1#main-heading')).toHaveText(title('en'));
  await kept(page, 'en');
  await context.setOffline(true);
  await page.goto(DISASTER('en'));
  expect(await heading(page)).toBe(title('en'));
  await page.goto(DISASTER('ja'));
  expect(await heading(page)).toBe(title('ja'));
});

test('a new deployment is announced, and taking it replaces the old cache cleanly', async ({ page, context }) => {
  const file = new URL('../../dist/sw.js', import.meta.url);
  const original = readFileSync(file, 'utf8');
  try {
    await page.goto(DISASTER('ja'));
    await kept(page, 'ja');
    const [before] = await cacheNames(page);
    await expect(page.getByTestId('update-notice')).toBeEmpty();

    // The host now serves another build's worker (same files, another version).
    const version = /"version":"([0-9a-f]+)"/.exec(original)![1];
    writeFileSync(file, original.replace(`"version":"${version}"`, `"version":"${version}0next"`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const notice = page.getByTestId('update-notice');
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toContainText(message('ja', 'update-ready'));
    // The old version still serves this page until the visitor chooses.
    expect(await cacheNames(page)).toContain(before);
    await expectNoAxeViolations(page, 'new version notice');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await horizontalOverflow(page), 'notice at 320 px').toBeNull();
    await applyTextSpacing(page);
    expect(await horizontalOverflow(page), 'notice at 320 px with text spacing').toBeNull();

    const reloaded = page.waitForEvent('framenavigated');
    await notice.getByRole('button', { name: message('ja', 'update-apply') }).click();
    // The page reloads in the new version; the old cache is gone, the pack is in the new.
    await reloaded;
    await expect
      .poll(async () => (await cacheNames(page)).includes(before), { timeout: 20_000, intervals: [250] })
      .toBe(false);
    await page.waitForFunction(() => document.documentElement.dataset.cpStarted);
    expect(await cacheNames(page)).toEqual([`${PREFIX}${version}0next`]);
    await kept(page, 'ja');
    await expect(page.getByTestId('update-notice')).toBeEmpty();
    await context.setOffline(true);
    await page.reload();
    expect(await heading(page)).toBe(title('ja'));
  } finally {
    writeFileSync(file, original);
  }
});

test('the offline copy is listed as strictly necessary storage in the cookie settings', async ({ page }) => {
  await page.goto('/en/cookie-settings');
  await expect(page.locator('main')).toContainText('civic-portal-offline-*');
});
