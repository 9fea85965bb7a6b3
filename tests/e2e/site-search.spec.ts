// Site search (issue 14, item 3): a search box in the header; results for the current
// language's pages and news with the matched words marked, their number announced in a status
// message, an empty state with suggestions; Japanese, Chinese and Korean found without spaces
// between words; the index downloaded only when the visitor searches.
import { expect, type Page } from '@playwright/test';
import { LOCALES, contentTitle, expectNoAxeViolations, horizontalOverflow, message, stripIsolation, test } from './support';

// A word no page has. It changes every run: the published accessibility results list the
// addresses the last run tested (search queries included), and that page is indexed too.
const NOWHERE = `zq${Date.now().toString(36)}x`;

const DISASTER: Record<string, string> = { en: 'disaster', ja: '防災', 'zh-Hans': '防灾', 'zh-Hant': '防災', ko: '방재' };

async function searchFromHeader(page: Page, query: string) {
  const box = page.locator('#header-search');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByTestId('search-count')).toBeVisible();
}

for (const locale of LOCALES) {
  test(`search in ${locale} finds the disaster-prevention page, marks the words, announces the count`, async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/search/')) indexRequests.push(r.url());
    });
    await page.goto(`/${locale}`);
    // Nothing is downloaded until the visitor searches.
    expect(indexRequests).toEqual([]);
    await searchFromHeader(page, DISASTER[locale]);
    await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
    expect(indexRequests.length).toBe(1);
    expect(indexRequests[0]).toMatch(new RegExp(`/search/${locale}\\.json$`));
    const first = page.getByTestId('search-results').locator('li').first();
    await expect(first.locator('a')).toHaveAttribute('href', `/${locale}/pages/disaster-prevention`);
    await expect(first.locator('a')).toHaveText(contentTitle(locale, 'disaster-prevention'));
    await expect(first.locator('mark').first()).toBeVisible();
    const count = await page.getByTestId('search-results').locator('li').count();
    const status = stripIsolation(await page.getByTestId('search-count').innerText());
    expect(status).toContain(String(count));
    expect(status).toContain(DISASTER[locale]);
    await expect(page.getByTestId('search-count')).toHaveAttribute('role', 'status');
    await expect(page.locator('h1')).toHaveText(message(locale, 'search-title'));
    await expectNoAxeViolations(page, `${locale} search results`);
  });
}

test('words inside Japanese sentences are found without spaces, and the marks cover them', async ({ page }) => {
  await page.goto('/ja/search?q=避難所');
  const results = page.getByTestId('search-results').locator('li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/ja/pages/disaster-prevention');
  // Full-width Latin letters from an input method find the same as ASCII.
  await page.goto('/en/search?q=ＤＩＳＡＳＴＥＲ');
  await expect(page.getByTestId('search-results').locator('a').first()).toHaveAttribute('href', '/en/pages/disaster-prevention');
  await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText(/disaster/i);
});

test('no result: said, with suggestions, and axe-clean; an empty search asks for words', async ({ page }) => {
  await page.goto(`/en/search?q=${NOWHERE}`);
  await expect(page.getByTestId('search-none')).toBeVisible();
  expect(stripIsolation(await page.getByTestId('search-count').innerText())).toBe(`No results for “${NOWHERE}”`);
  await expect(page.getByTestId('search-none').getByRole('link')).toHaveCount(3);
  await expectNoAxeViolations(page, 'no search result');
  await page.goto('/en/search');
  await expect(page.getByText(message('en', 'search-hint'))).toBeVisible();
  await expect(page.getByTestId('search-count')).toHaveText('');
});

test('the search box works with the keyboard alone and keeps the query on the results page', async ({ page }) => {
  await page.goto('/en/pages/city-diplomacy');
  await page.locator('#header-search').focus();
  await page.keyboard.type('news');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=news$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#search-page-q')).toHaveValue('news');
  // Searching again from the page's own box.
  await page.locator('#search-page-q').fill('disaster');
  await page.locator('#search-page-q').press('Enter');
  await expect(page).toHaveURL(/q=disaster$/);
  await expect(page.getByTestId('search-results').locator('a').first()).toHaveAttribute('href', '/en/pages/disaster-prevention');
});

test('search reflows at 320 px and sits in the navigation bar on phones', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ja/search?q=防災');
  await expect(page.getByTestId('search-results')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeNull();
  const menu = (await page.locator('#primary-nav-toggle').boundingBox())!;
  const box = (await page.locator('#header-search').boundingBox())!;
  // The same row as the Menu button: no extra row in the header.
  expect(Math.abs(box.y + box.height / 2 - (menu.y + menu.height / 2))).toBeLessThan(12);
});

test('a broken index is a clear error, not a crash', async ({ page }) => {
  await page.route('**/search/en.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "locale": "en", "docs": [], "terms": {"x": [5]}, "title_terms": {}}' }));
  await page.goto(`/en/search?q=${NOWHERE}`);
  await expect(page.getByTestId('search-failure')).toContainText(message('en', 'search-unavailable'));
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(message('en', 'search-title'));
  // Try again, with a sound index this time.
  await page.unroute('**/search/en.json');
  await page.getByRole('button', { name: message('en', 'retry') }).click();
  await expect(page.getByTestId('search-none')).toBeVisible();
});
