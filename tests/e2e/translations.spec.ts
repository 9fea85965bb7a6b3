// A visitor reads the portal in each language: translations arrive on demand, numbers and
// dates follow the language, a broken translation file never breaks the page, and the
// pseudo-locales let a translator test layouts (targets I1–I4, I7).
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, contentTitle, expectNoAxeViolations, heading, message, stripIsolation, test } from './support';

// These journeys follow the app's own downloads (.ftl files, content in another language):
// the single-page shell, where the app fetches what it shows.
test.use({ singlePage: true });

function ftlRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.ftl')) seen.push(path);
  });
  return seen;
}

async function switchTo(page: Page, name: string, lang: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

test('only the active language is downloaded, once, when it is chosen', async ({ page }) => {
  const requested = ftlRequests(page);
  await page.goto('/en/news');
  await heading(page);
  // English is the reference locale and is built in: nothing to download.
  expect(requested).toEqual([]);

  await switchTo(page, '한국어', 'ko');
  await expect(page.locator('h1#main-heading')).toHaveText(new RegExp(`^${message('ko', 'news-title')}`));
  expect(requested).toEqual(['/locales/ko/main.ftl']);

  await switchTo(page, '日本語', 'ja');
  await switchTo(page, '한국어', 'ko');
  await switchTo(page, 'English', 'en');
  // Korean came from the cache the second time; no other language was ever fetched.
  expect(requested).toEqual(['/locales/ko/main.ftl', '/locales/ja/main.ftl']);
});

test('every language is offered in its own name and marked with its own lang', async ({ page }) => {
  await page.goto('/en');
  await heading(page);
  const links = page.getByRole('navigation', { name: message('en', 'language-selector-label') }).getByRole('link');
  const offered = await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('lang'), a.getAttribute('hreflang')]));
  expect(offered).toEqual([
    ['English', 'en', 'en'],
    ['日本語', 'ja', 'ja'],
    ['简体中文', 'zh-Hans', 'zh-Hans'],
    ['繁體中文', 'zh-Hant', 'zh-Hant'],
    ['한국어', 'ko', 'ko'],
    ['やさしい日本語', 'ja-x-easy', 'ja-x-easy'],
  ]);
});

test('switching language keeps the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/en/pages/accessibility');
  await heading(page);
  await page.evaluate(() => window.scrollTo(0, 400));
  await page.evaluate(() => (document.querySelector('a[hreflang="ja"]') as HTMLElement).click());
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('ja', 'accessibility'));
  // Not reset to the top. (The browser's scroll anchoring may move it a little, to keep the
  // same paragraph in view when the text above changes length.)
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

const DATES: Record<string, { published: string; count1: string; countMany: string }> = {
  en: { published: 'Published November 16, 2026', count1: 'One announcement', countMany: '1,234 announcements' },
  ja: { published: '掲載日：2026年11月16日', count1: 'お知らせ 1 件', countMany: 'お知らせ 1,234 件' },
  'zh-Hans': { published: '发布日期：2026年11月16日', count1: '共 1 条公告', countMany: '共 1,234 条公告' },
  'zh-Hant': { published: '發布日期：2026年11月16日', count1: '共 1 則公告', countMany: '共 1,234 則公告' },
  ko: { published: '게시일: 2026년 11월 16일', count1: '소식 1건', countMany: '소식 1,234건' },
};

function newsWith(count: number, locale: string) {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    title: `Item ${i}`,
    date: '2026-11-16',
    summary: 'Generated for the formatting test.',
  }));
  return JSON.stringify({ locale, page: 1, total_pages: 1, items });
}

for (const [locale, want] of Object.entries(DATES)) {
  test(`dates, numbers and plurals follow the language (${locale})`, async ({ page }) => {
    const errors = collectErrors(page);
    const serve = (count: number) =>
      page.route('**/content/*/news/1.json', (r) =>
        r.fulfill({ contentType: 'application/json', body: newsWith(count, new URL(r.request().url()).pathname.split('/')[2]) }),
      );
    // One item: the singular form where the language has one; the date written its way.
    await serve(1);
    await page.goto(`/${locale}/news`);
    await heading(page);
    expect(stripIsolation(await page.locator('.cp-news__date time').first().innerText())).toBe(want.published);
    expect(stripIsolation(await page.getByTestId('news-count').innerText())).toBe(want.count1);
    // Many items: Intl groups the digits.
    await page.unroute('**/content/*/news/1.json');
    await serve(1234);
    await page.reload();
    await heading(page);
    expect(stripIsolation(await page.getByTestId('news-count').innerText())).toBe(want.countMany);
    // Korean and Chinese content falls back to English after a 404: that is expected.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
}

test('a broken translation file keeps every valid message and falls back for the rest', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => warnings.push(m.text()));
  const original = readFileSync(new URL('../../locales/ja/main.ftl', import.meta.url), 'utf8');
  const lines = original.split('\n');
  const brokenId = 'footer-copyright';
  const newsLine = lines.findIndex((l) => l.startsWith(`${brokenId} =`));
  lines[newsLine] = `${brokenId} = { サンプル`; // a syntax error
  const broken = lines.filter((l) => !l.startsWith('skip-link =')).join('\n'); // a missing message
  const brokenLine = broken.split('\n').findIndex((l) => l === `${brokenId} = { サンプル`) + 1;
  await page.route('**/locales/ja/main.ftl', (r) => r.fulfill({ contentType: 'text/plain', body: broken }));

  await page.goto('/ja/pages/accessibility?l10n-debug');
  expect(await heading(page)).toBe(contentTitle('ja', 'accessibility'));
  // Valid messages of the broken file are still Japanese.
  await expect(page.getByRole('navigation', { name: message('ja', 'nav-primary-label') })).toBeVisible();
  // The broken and the missing message show in English, never as a raw id.
  await expect(page.locator('.cp-footer__copyright')).toHaveText(message('en', brokenId).replace('{ -site-name }', 'Sample City'));
  await expect(page.locator('.cp-skip-link')).toHaveText(message('en', 'skip-link'));
  expect(await page.locator('.cp-footer').innerText()).not.toContain(brokenId);
  expect(await page.locator('.cp-skip-link').textContent()).not.toContain('skip-link');
  // Each problem is reported once, with file and line.
  await expect.poll(() => warnings.filter((w) => w.includes('missing in ja') && w.includes('skip-link')).length).toBe(1);
  expect(warnings.some((w) => w.includes(`ja/main.ftl:${brokenLine}: syntax error`))).toBe(true);
  // ...and listed in the translation-check overlay.
  const overlay = page.getByTestId('l10n-overlay');
  await overlay.locator('summary').click();
  await expect(overlay).toContainText(`ja/main.ftl:${brokenLine}`);
  await expect(overlay).toContainText('skip-link');
});

test('the accented pseudo-locale transforms every interface string', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/en-XA/news');
  const h1 = await heading(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(h1.startsWith('[')).toBe(true);
  expect(h1).not.toBe(message('en', 'news-title'));
  // Interface strings are transformed (content, such as the menu from the site settings, is
  // the English content); dates still format like English.
  for (const ui of ['.cp-skip-link', '.cp-footer__copyright', '.cp-news__count']) {
    expect(await page.locator(ui).textContent(), ui).not.toMatch(/[a-z]{3}/);
  }
  expect(stripIsolation(await page.locator('.cp-news__date time').first().innerText())).toContain('2026');
  await expectNoAxeViolations(page, '/en-XA/news');
  expect(errors).toEqual([]);
});

test('the right-to-left pseudo-locale mirrors the page', async ({ page }) => {
  await page.goto('/ar-XB/pages/accessibility');
  await heading(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-XB');
  const skip = await page.locator('.cp-skip-link').textContent();
  expect(skip).toContain('\u202e');
  // The site name sits on the right in a mirrored header.
  const name = await page.locator('.cp-header__name').boundingBox();
  const lang = await page.locator('.cp-language').boundingBox();
  expect(name!.x).toBeGreaterThan(lang!.x);
  await expectNoAxeViolations(page, '/ar-XB/pages/accessibility');
});

test('the chosen language is remembered for the next visit to /', async ({ page }) => {
  await page.goto('/en');
  await heading(page);
  await switchTo(page, '繁體中文', 'zh-Hant');
  expect(await page.evaluate(() => localStorage.getItem('civic-portal.locale'))).toBe('zh-Hant');
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-Hant$/);
});

test('a tampered saved language is ignored and removed', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('civic-portal.locale', '<img src=x onerror=alert(1)>');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await heading(page);
  expect(await page.evaluate(() => localStorage.getItem('civic-portal.locale'))).toBeNull();
});

test.describe('a browser set to Traditional Chinese (Taiwan)', () => {
  test.use({ locale: 'zh-TW' });
  test('/ goes to the Traditional Chinese interface', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-Hant$/);
    await expect(page.locator('.cp-skip-link')).toHaveText(message('zh-Hant', 'skip-link'));
  });
});
