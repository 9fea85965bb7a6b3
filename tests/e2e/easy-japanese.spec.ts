// Easy Japanese with furigana (issue 14, item 2): a sixth locale, `ja-x-easy`, for the
// interface (locales/ja-x-easy/main.ftl) and the content (home, disaster prevention, the
// contact form; other pages fall back to ordinary Japanese). Content runs carry readings
// (`"ruby"`), rendered as <ruby>/<rt> with <rp> parentheses; a toggle button hides them on
// every page. Only the visitor chooses it: no browser language selects it.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, heading, horizontalOverflow, applyTextSpacing, message, stripIsolation, test } from './support';

const EASY = 'ja-x-easy';
const json = (path: string) => JSON.parse(readFileSync(new URL(`../../public/content/${path}`, import.meta.url), 'utf8'));
const DISASTER = `/${EASY}/pages/disaster-prevention`;

test('the language selector and the head offer easy Japanese under its own name', async ({ page }) => {
  await page.goto('/ja/pages/disaster-prevention');
  await heading(page);
  const link = page.locator(`a[hreflang="${EASY}"]`).first();
  await expect(link).toHaveText('やさしい日本語');
  await expect(link).toHaveAttribute('lang', EASY);
  await expect(page.locator(`head link[rel="alternate"][hreflang="${EASY}"]`)).toHaveAttribute(
    'href',
    new RegExp(`${DISASTER}$`),
  );
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${DISASTER}$`));
  await expect(page.locator('h1#main-heading')).toHaveText(json(`${EASY}/pages/disaster-prevention.json`).title);
  await expect(page.locator('html')).toHaveAttribute('lang', EASY);
  await expect(page.locator('.cp-skip-link')).toHaveText(message(EASY, 'skip-link'));
});

test.describe('a browser that asks for Japanese', () => {
  test.use({ locale: 'ja-JP' });
  test('gets ordinary Japanese: easy Japanese is never negotiated', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja$/);
  });
});

test('furigana: ruby with readings, readable by screen readers, hidden on request on every page', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(DISASTER);
  await heading(page);
  const ruby = page.locator('main ruby');
  expect(await ruby.count()).toBeGreaterThan(50);
  await expect(ruby.first().locator('rt')).toBeVisible();
  await expect(ruby.first().locator('rp')).toHaveCount(2);
  // The accessible name of an annotated link has its word and its reading.
  await page.goto(`/${EASY}`);
  await heading(page);
  const link = page.locator(`main a[href="${DISASTER}"]`).first();
  await expect(link).toHaveAccessibleName(/防災.*ぼうさい/);
  // A phrase split into annotated words stays one link.
  const phrase = page.locator(`main a[href="/${EASY}/pages/policy-speech-2026"]`);
  await expect(phrase).toHaveCount(1);
  await expect(phrase.locator('ruby')).toHaveCount(3);
  await expect(phrase).toHaveAccessibleName(/^2026\s*年度.*市.*計画/);
  await expectNoAxeViolations(page, 'easy Japanese home with furigana');

  const toggle = page.locator('#furigana-toggle');
  await expect(toggle).toHaveAccessibleName(message(EASY, 'furigana-toggle'));
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('main rt').first()).toBeHidden();
  await expect(link).toHaveAccessibleName('防災');
  expect(await page.evaluate(() => localStorage.getItem('civic-portal.furigana'))).toBe('off');
  await expectNoAxeViolations(page, 'easy Japanese home without furigana');

  // The choice holds on the next page and after a reload.
  await page.locator(`main a[href="${DISASTER}"]`).first().click();
  await expect(page.locator('h1#main-heading')).toHaveText(json(`${EASY}/pages/disaster-prevention.json`).title);
  await expect(page.locator('main rt').first()).toBeHidden();
  await page.reload();
  await heading(page);
  await expect(page.locator('#furigana-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('main rt').first()).toBeHidden();
  await page.locator('#furigana-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#furigana-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('main rt').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('civic-portal.furigana'))).toBeNull();
  expect(errors).toEqual([]);
});

test('pages without furigana have no toggle; pages not in easy Japanese are shown in Japanese', async ({ page }) => {
  await page.goto(`/${EASY}/pages/city-diplomacy`);
  await expect(page.locator('h1#main-heading')).toHaveText(json('ja/pages/city-diplomacy.json').title);
  await expect(page.locator('article')).toHaveAttribute('lang', 'ja');
  await expect(page.getByText(stripIsolation(message(EASY, 'content-fallback-notice')).split('{')[0].trim())).toBeVisible();
  await expect(page.locator('#furigana-toggle')).toHaveCount(0);
  await page.goto('/ja/pages/disaster-prevention');
  await heading(page);
  await expect(page.locator('#furigana-toggle')).toHaveCount(0);
});

test('the contact form in easy Japanese', async ({ page }) => {
  const form = json(`${EASY}/forms/contact.json`);
  await page.goto(`/${EASY}/forms/contact`);
  expect(await heading(page)).toBe(form.title);
  await expect(page.locator('main')).not.toContainText(message(EASY, 'content-fallback-notice').split('{')[0].trim());
  await expectNoAxeViolations(page, 'easy Japanese contact form');
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page)).toBeNull();
  await applyTextSpacing(page);
  expect(await horizontalOverflow(page)).toBeNull();
});

test('easy Japanese pages are pre-rendered with their furigana', async ({ request }) => {
  for (const path of [`/${EASY}`, DISASTER, `/${EASY}/forms/contact`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<html lang="${EASY}"`);
  }
  const html = await (await request.get(DISASTER)).text();
  // (Between the elements, the markers hydration finds its way by: `<!>`.)
  expect(html).toMatch(/<ruby>[^<]+<rp>\(<\/rp><rt>[^<]+(<!>)?<\/rt><rp>\)<\/rp>/);
});
