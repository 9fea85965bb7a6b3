// A visitor opens every page of the sample city directly, in each interface language:
// the right content renders, <html lang> matches, the title names the page, no errors,
// and axe-core finds no WCAG 2.2 A/AA violation.
import { test, expect } from '@playwright/test';
import { LOCALES, collectErrors, contentLocale, contentTitle, expectNoAxeViolations, heading, message, stripIsolation } from './support';

const PAGES: { path: string; title: (locale: string) => string }[] = [
  { path: '', title: (l) => contentTitle(contentLocale(l), 'home') },
  { path: '/news', title: (l) => message(l, 'news-title') },
  { path: '/pages/accessibility', title: (l) => contentTitle(contentLocale(l), 'accessibility') },
  { path: '/pages/multilingual-support', title: (l) => contentTitle(contentLocale(l), 'multilingual-support') },
  { path: '/pages/city-diplomacy', title: (l) => contentTitle(contentLocale(l), 'city-diplomacy') },
  { path: '/pages/no-such-page', title: (l) => message(l, 'not-found-title') },
  { path: '/no/such/route', title: (l) => message(l, 'not-found-title') },
];

for (const locale of LOCALES) {
  for (const { path, title } of PAGES) {
    test(`${locale}${path || '/'} renders and passes axe`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`/${locale}${path}`);
      const expected = title(locale);
      expect(await heading(page)).toBe(expected);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      expect(stripIsolation(await page.title())).toBe(`${expected} | ${message(locale, '-site-name')}`);
      // The frame is always there: skip link, header, navigation, main, footer.
      await expect(page.locator('header.cp-header')).toBeVisible();
      await expect(page.locator('.cp-header__name')).toHaveText(message(locale, '-site-name'));
      await expect(page.locator('main#main')).toBeVisible();
      await expect(page.locator('footer.cp-footer')).toBeVisible();
      // Content that exists only in another language says so, and is marked with its lang.
      const notFound = path.includes('no-such') || path.startsWith('/no/');
      const fellBack = contentLocale(locale) !== locale && !notFound;
      await expect(page.getByTestId('content-language-notice')).toHaveCount(fellBack ? 1 : 0);
      if (fellBack && path !== '/news') {
        await expect(page.locator('article')).toHaveAttribute('lang', 'en');
      }
      await expectNoAxeViolations(page, `/${locale}${path}`);
      // A missing page answers 404 from the content backend; that is expected, nothing else is.
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    });
  }
}

test('an unknown locale prefix is a not-found page in the visitor’s language', async ({ page }) => {
  await page.goto('/xx/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'not-found-title'));
});

test('the noscript notice is in the served HTML', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<noscript>');
  expect(html).toContain('JavaScript');
});
