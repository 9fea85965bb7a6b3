// A visitor changes the interface language: <html lang> changes, the same page is shown in
// the new language, focus stays on the selector, and arriving at / picks the browser's
// preferred language (targets A5, I1).
import { expect } from '@playwright/test';
import { collectErrors, contentTitle, heading, message, test } from './support';

test('switching language keeps the page and focus and updates <html lang>', async ({ page }) => {
  await page.goto('/en/pages/city-diplomacy');
  expect(await heading(page)).toBe(contentTitle('en', 'city-diplomacy'));
  const selector = page.getByRole('navigation', { name: message('en', 'language-selector-label') });
  const japanese = selector.getByRole('link', { name: '日本語', exact: true });
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

test('pressing a language link fetches that language without switching; releasing switches with nothing more to fetch', async ({ page }) => {
  await page.goto('/en/pages/city-diplomacy');
  await heading(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const japanese = page.getByRole('link', { name: '日本語', exact: true });
  const box = (await japanese.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The strings and the page in Japanese download while the button is held...
  await expect.poll(() => requested.filter((p) => p.startsWith('/locales/ja/') || p.startsWith('/content/ja/')).sort())
    .toEqual(['/content/ja/pages/city-diplomacy.json', '/content/ja/site.json', '/locales/ja/main.ftl']);
  await page.waitForTimeout(300);
  // ...and nothing has changed yet: the visitor may still slide off the link.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'city-diplomacy'));
  await expect(page).toHaveURL(/\/en\/pages\/city-diplomacy$/);
  const before = requested.length;
  await page.mouse.up();
  await expect(page).toHaveURL(/\/ja\/pages\/city-diplomacy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('ja', 'city-diplomacy'));
  expect(requested.slice(before).filter((p) => !p.endsWith('.svg'))).toEqual([]);
});

test('a first switch shows the new language and its content in one step', async ({ page }) => {
  await page.goto('/en/pages/city-diplomacy');
  await heading(page);
  // What each frame after the click shows: the interface language and the heading.
  await page.evaluate(() => {
    const states: string[] = ((window as any).__states = []);
    const frame = () => {
      const h1 = document.querySelector('h1#main-heading')?.textContent ?? '(no heading)';
      states.push(`${document.documentElement.lang} ${h1}`);
      if (states.length < 600) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('ja', 'city-diplomacy'));
  const states: string[] = await page.evaluate(() => (window as any).__states);
  // Never Japanese strings around the English page, never a page without its heading.
  expect(states.filter((s) => s.startsWith('ja ') && s !== `ja ${contentTitle('ja', 'city-diplomacy')}`)).toEqual([]);
  expect(states.filter((s) => s.endsWith('(no heading)'))).toEqual([]);
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
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('日本語');
  // An alert is read out: no invisible isolation marks around the language's name.
  expect(await page.getByRole('alert').innerText()).not.toMatch(/[\u2068\u2069]/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await heading(page)).toMatch(new RegExp(`^${message('en', 'news-title')}`));
});
