// A visitor reads a page that has not been translated into their language: the page says so,
// shows the content in a language it exists in (marked with its lang), and links to every
// language it is available in; translated pages publish hreflang alternates (target I9).
import { expect } from '@playwright/test';
import { contentTitle, heading, message, test } from './support';

test('an untranslated page states it and links to the languages it exists in', async ({ page }) => {
  await page.goto('/ko/pages/accessibility');
  expect(await heading(page)).toBe(contentTitle('en', 'accessibility'));
  const notice = page.getByTestId('content-language-notice');
  await expect(notice).toContainText('한국어');
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  const japanese = notice.getByRole('link', { name: '日本語' });
  await expect(japanese).toHaveAttribute('lang', 'ja');
  await expect(japanese).toHaveAttribute('href', '/ja/pages/accessibility');
  await japanese.click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('ja', 'accessibility'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByTestId('content-language-notice')).toHaveCount(0);
});

test('translated pages publish hreflang alternates', async ({ page }) => {
  await page.goto('/en/pages/accessibility');
  await heading(page);
  await expect(page.locator('head link[rel="alternate"][hreflang="ja"]')).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/ja\/pages\/accessibility$/);
  await expect(page.locator('head link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/en\/pages\/accessibility$/);
});

// The banner is injected into the app's own request for the site settings: the single-page
// shell, where the app fetches them (tests/e2e/without-javascript.spec.ts and the pre-renderer's
// native tests cover the pre-rendered banner).
test.describe('site settings fetched by the app', () => {
  test.use({ singlePage: true });

  test('the emergency banner from the site settings shows on every page', async ({ page }) => {
    await page.route('**/content/*/site.json', async (route) => {
      const response = await route.fetch();
      const site = await response.json();
      site.emergency = {
        level: 'critical',
        title: 'Evacuation order for the riverside district',
        content: [{ text: 'Move to higher ground now. ' }, { text: 'Shelters', href: `/${site.locale}/pages/disaster-prevention` }],
        updated: '2026-11-22T06:30:00+09:00',
      };
      await route.fulfill({ response, json: site });
    });
    for (const path of ['/en', '/en/news', '/ja/pages/accessibility']) {
      await page.goto(path);
      await heading(page);
      const banner = page.getByTestId('emergency-banner');
      await expect(banner).toContainText('Evacuation order for the riverside district');
      await expect(banner.getByRole('heading', { level: 2 })).toBeVisible();
    }
    // The skip link still comes first; the banner is read before the header.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass(/cp-skip-link/);
    expect(message('en', 'emergency-label')).toBeTruthy();
  });
});
