// A visitor changes the interface language: <html lang> changes, the same page is shown in
// the new language, focus stays on the selector, and arriving at / picks the browser's
// preferred language (targets A5, I1).
import { expect } from '@playwright/test';
import { collectErrors, contentTitle, heading, message, test } from './support';

test('switching language keeps the page and focus and updates <html lang>', async ({ page }) => {
  await page.goto('/en/pages/city-diplomacy');
  expect(await heading(page)).toBe(contentTitle('en', 'city-diplomacy'));
  const selector = page.getByRole('navigation', { name: message('en', 'language-selector-label') });
  const japanese = selector.getByRole('link', { name: '日本語' });
  await expect(japanese).toHaveAttribute('lang', 'ja');
  await expect(japanese).toHaveAttribute('hreflang', 'ja');
  await expect(selector.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

  await japanese.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ja\/pages\/city-diplomacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('ja', 'city-diplomacy'));
  await expect(page.getByRole('navigation', { name: message('ja', 'language-selector-label') })).toBeVisible();
  // The same link element still has focus: the visitor can switch back at once.
  await expect(page.locator(':focus')).toHaveText('日本語');
  await expect(page.locator(':focus')).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/pages\/city-diplomacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'city-diplomacy'));
});

test('after switching language back and forth, the menu still navigates', async ({ page }) => {
  // Regression: a page title kept by a disposed page crashed the app on the next navigation.
  const errors = collectErrors(page);
  await page.goto('/en/pages/accessibility');
  await heading(page);
  for (const [name, lang] of [['日本語', 'ja'], ['English', 'en'], ['日本語', 'ja']]) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1#main-heading')).toHaveText(contentTitle(lang, 'accessibility'));
  }
  await page.getByRole('link', { name: message('ja', 'nav-home') }).first().click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('ja', 'home'));
  await expect(page.locator('h1#main-heading')).toBeFocused();
  expect(errors).toEqual([]);
});

test.describe('a browser that prefers Japanese', () => {
  test.use({ locale: 'ja-JP' });
  test('/ goes to the Japanese home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja$/);
    expect(await heading(page)).toBe(contentTitle('ja', 'home'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
});

test.describe('a browser that prefers an unshipped language', () => {
  test.use({ locale: 'fr-FR' });
  test('/ goes to the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    expect(await heading(page)).toBe(contentTitle('en', 'home'));
  });
});

test('a translation that cannot be downloaded keeps the current language and says so', async ({ page }) => {
  await page.goto('/en/news');
  await heading(page);
  await page.route('**/locales/ja/*.ftl', (route) => route.abort('failed'));
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.getByRole('alert')).toContainText('日本語');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await heading(page)).toMatch(new RegExp(`^${message('en', 'news-title')}`));
});
