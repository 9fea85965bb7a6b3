// A visitor follows links inside the single-page app: each new view gets its own document
// title (A1), focus moves to its heading (A2), and the live region announces it, but not on
// the first load (A3).
import { expect } from '@playwright/test';
import { contentTitle, heading, message, stripIsolation, test } from './support';

test('title, focus and announcement follow each navigation', async ({ page }) => {
  await page.goto('/en');
  await heading(page);
  const announcer = page.getByTestId('route-announcer');
  await expect(announcer).toHaveAttribute('role', 'status');
  await expect(announcer).toHaveText('');

  await page.getByRole('navigation', { name: message('en', 'nav-primary-label') })
    .getByRole('link', { name: message('en', 'nav-news') })
    .click();
  await expect(page).toHaveURL(/\/en\/news$/);
  // The news list has several pages: "News, page 1 of 3".
  const h1 = page.locator('h1#main-heading');
  await expect(h1).toHaveText(/^News/);
  const news = stripIsolation(await heading(page));
  expect(news).toMatch(new RegExp(`^${message('en', 'news-title')}\\b`));
  await expect.poll(async () => stripIsolation(await page.title())).toBe(`${news} | Sample City`);
  await expect(page.locator('h1#main-heading')).toBeFocused();
  expect(stripIsolation(await announcer.innerText())).toBe(news);

  // A link in the footer, activated with the keyboard.
  const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility policy' });
  await footerLink.focus();
  await page.keyboard.press('Enter');
  const title = contentTitle('en', 'accessibility');
  await expect(h1).toHaveText(title);
  await expect(page.locator('h1#main-heading')).toBeFocused();
  await expect(announcer).toHaveText(title);
  await expect.poll(async () => stripIsolation(await page.title())).toBe(`${title} | Sample City`);

  // Back returns to the previous view and announces it too.
  await page.goBack();
  await expect(h1).toHaveText(/^News/);
  expect(stripIsolation(await heading(page))).toBe(news);
  await expect.poll(async () => stripIsolation(await announcer.innerText())).toBe(news);
});

test('the current section is marked in the main menu', async ({ page }) => {
  await page.goto('/ja/news');
  await heading(page);
  const nav = page.getByRole('navigation', { name: message('ja', 'nav-primary-label') });
  await expect(nav.getByRole('link', { name: message('ja', 'nav-news') })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: message('ja', 'nav-home') })).not.toHaveAttribute('aria-current', 'page');
  // Exactly one menu item is current (not also the home page's "about" anchor).
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
});

test('titles, announcements and page-link names carry no invisible isolation marks', async ({ page, request }) => {
  // Fluent isolates every placeable with U+2068…U+2069; laid out in the page that is right,
  // but a tab title, a bookmark, a search result, a spoken announcement or an accessible
  // name would carry them as stray characters.
  const marks = /[\u2066-\u2069]/;
  const html = await (await request.get('/en/news/page/2')).text();
  const preRendered = html.match(/<title>([^<]*)<\/title>/)![1];
  expect(preRendered).toMatch(/2/);
  expect(preRendered).not.toMatch(marks);

  await page.goto('/en/news/page/2');
  await heading(page);
  expect(await page.title()).toBe(preRendered);
  const pager = page.getByRole('navigation', { name: message('en', 'pagination-label') });
  const names = await pager.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? a.textContent ?? ''));
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) expect(name).not.toMatch(marks);

  await pager.getByRole('link', { name: message('en', 'pagination-next') }).click();
  await expect(page).toHaveURL(/\/en\/news\/page\/3$/);
  const announcer = page.getByTestId('route-announcer');
  await expect(announcer).toHaveText(/3/);
  expect(await announcer.innerText()).not.toMatch(marks);
  await expect.poll(() => page.title()).toMatch(/3/);
  expect(await page.title()).not.toMatch(marks);
});
