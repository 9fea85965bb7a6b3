// A visitor opens every page of the sample city directly, in each interface language:
// the right content renders, <html lang> matches, the title names the page, no errors,
// and axe-core finds no WCAG 2.2 A/AA violation.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ALL_SLUGS, LOCALES, collectErrors, contentLocale, contentTitle, expectNoAxeViolations, hasPage, heading, message, stripIsolation, test } from './support';

const siteName = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/content/${locale}/site.json`, import.meta.url), 'utf8')).name;

type Route = { path: string; title: (locale: string) => string; slug?: string };

const notFound = (l: string) => message(l, 'not-found-title');
const route = (slug: string): Route => ({
  path: slug === 'home' ? '' : `/pages/${slug}`,
  title: (l) => contentTitle(l, slug),
  slug,
});

// Every page in the complete languages; in the others, their own pages, one that falls back
// to English, the news and the not-found states.
const ROUTES: Record<string, Route[]> = Object.fromEntries(
  LOCALES.map((locale) => {
    const complete = locale === 'en' || locale === 'ja';
    const slugs = complete ? ALL_SLUGS : ALL_SLUGS.filter((s) => hasPage(locale, s)).concat(['accessibility']);
    return [
      locale,
      [
        ...slugs.map(route),
        { path: '/news', title: () => '' },
        { path: '/pages/no-such-page', title: notFound },
        { path: '/no/such/route', title: notFound },
      ],
    ];
  }),
);

for (const locale of LOCALES) {
  for (const { path, title, slug } of ROUTES[locale]) {
    test(`${locale}${path || '/'} renders and passes axe`, async ({ page }) => {
      const errors = collectErrors(page);
      await page.goto(`/${locale}${path}`);
      const h1 = stripIsolation(await heading(page));
      if (path === '/news') {
        expect(h1.length).toBeGreaterThan(0);
      } else {
        expect(h1).toBe(title(locale));
      }
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      expect(stripIsolation(await page.title())).toBe(`${h1} | ${siteName(locale)}`);
      // The frame is always there: skip link, header, navigation, main, footer.
      await expect(page.locator('header.cp-header')).toBeVisible();
      await expect(page.locator('.cp-header__name')).toHaveText(siteName(locale));
      await expect(page.locator('main#main')).toBeVisible();
      await expect(page.locator('footer.cp-footer')).toBeVisible();
      // Content that exists only in another language says so, and is marked with its lang.
      const fellBack =
        slug !== undefined ? contentLocale(locale, slug) !== locale : path === '/news' && !['en', 'ja'].includes(locale);
      await expect(page.getByTestId('content-language-notice')).toHaveCount(fellBack ? 1 : 0);
      if (fellBack && slug) await expect(page.locator('article')).toHaveAttribute('lang', 'en');
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

test('a path that was not pre-rendered gets the single-page shell with its noscript notice', async ({ request }) => {
  const html = await (await request.get('/en/pages/published-after-the-build')).text();
  expect(html).toContain('<noscript>');
  expect(html).toContain('JavaScript');
  // A pre-rendered page needs no such notice: its content is there.
  const page = await (await request.get('/en/pages/city-diplomacy')).text();
  expect(page).not.toContain('<noscript>');
  expect(page).toContain('<h1 id="main-heading"');
});
