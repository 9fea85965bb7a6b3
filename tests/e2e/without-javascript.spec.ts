// Without JavaScript (issue 11, item 4): every pre-rendered route in every locale is readable
// and navigable by plain links, the language selector and the emergency banner work, forms
// say how to reach the city instead, nothing optional loads, and axe finds nothing.
import { readFileSync } from 'node:fs';
import { expect, type Browser } from '@playwright/test';
import { test, expectNoAxeViolations, message } from './support';

const report = JSON.parse(readFileSync(new URL('../../dist/prerender-report.json', import.meta.url), 'utf8'));
const ROUTES: string[] = report.rendered;

/** The page as served, with every script removed: what a browser without JavaScript shows. */
const withoutScripts = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');

/**
 * axe needs JavaScript to run, so it checks the same page in a second browser context where
 * the page's own scripts are removed from the served HTML (the stylesheet still applies, and
 * nothing marks the document `cp-js`): exactly what a visitor without JavaScript gets.
 */
async function axeWithoutJavaScript(browser: Browser, url: string, context: string) {
  const ctx = await browser.newContext({ javaScriptEnabled: true });
  const page = await ctx.newPage();
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: withoutScripts(await response.text()) });
  });
  await page.goto(url);
  await expectNoAxeViolations(page, context);
  await ctx.close();
}

test.use({ javaScriptEnabled: false, waitForApp: false });

test.describe('without JavaScript', () => {
  test('the report lists every locale', () => {
    for (const locale of ['en', 'ja', 'zh-Hans', 'zh-Hant', 'ko']) {
      expect(ROUTES.filter((r) => r.split('/')[1] === locale).length, locale).toBeGreaterThan(10);
    }
  });

  for (const path of ROUTES) {
    test(`${path} is readable and passes axe`, async ({ page, baseURL, browser }) => {
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const locale = path.split('/')[1];
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1#main-heading')).toBeVisible();
      expect((await page.locator('h1#main-heading').innerText()).trim()).not.toBe('');
      await expect(page).toHaveTitle(/\S/);
      // Site chrome, with real links.
      await expect(page.locator('header a[href]').first()).toBeVisible();
      await expect(page.locator('footer a[href]').first()).toBeAttached();
      // The language selector: the same page in every other listed language.
      const rest = path.split('/').slice(2).join('/');
      for (const other of ['en', 'ja']) {
        const href = `/${other}${rest ? `/${rest}` : ''}`;
        await expect(page.locator(`nav.cp-language a[href="${href}"]`)).toHaveCount(1);
      }
      // Nothing to consent to: no banner, and nothing left the site.
      await expect(page.getByTestId('consent-banner')).toBeHidden();
      expect(foreign).toEqual([]);
      if (path.includes('/forms/')) {
        const note = page.getByTestId('form-needs-javascript');
        await expect(note).toBeVisible();
        await expect(note).toContainText(message(locale, 'form-needs-javascript-title'));
        await expect(note.locator('a[href^="tel:"]')).toHaveCount(1);
        await expect(note.locator('a[href^="mailto:"]')).toHaveCount(1);
      }
      await axeWithoutJavaScript(browser, new URL(path, baseURL).href, `${path} without JavaScript`);
    });
  }

  test('links lead from page to page: home, a topic page, news, back home', async ({ page }) => {
    await page.goto('/en');
    await page.locator('main a[href^="/en/pages/"]').first().click();
    await expect(page).toHaveURL(/\/en\/pages\//);
    await expect(page.locator('h1#main-heading')).toBeVisible();
    await page.locator('header a[href="/en/news"]').first().click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await page.locator('nav.cp-language a[hreflang="ja"]').click();
    await expect(page).toHaveURL(/\/ja\/news$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('the news is paged by plain links: page 2 is its own file, and back', async ({ page }) => {
    await page.goto('/ja/news');
    const pager = page.getByRole('navigation', { name: message('ja', 'pagination-label') });
    await pager.getByRole('link', { name: message('ja', 'pagination-next') }).click();
    await expect(page).toHaveURL(/\/ja\/news\/page\/2$/);
    await expect(pager.locator('a[aria-current="page"]')).toHaveText('2');
    await expect(page.locator('h1#main-heading')).toContainText('2');
    await pager.getByRole('link', { name: message('ja', 'pagination-previous') }).click();
    await expect(page).toHaveURL(/\/ja\/news$/);
    await expect(pager.locator('a[aria-current="page"]')).toHaveText('1');
  });

  test('with JavaScript on, the forms note stays hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto('/en/forms/contact');
    await expect(page.getByTestId('form-needs-javascript')).toBeHidden();
    await context.close();
  });
});
