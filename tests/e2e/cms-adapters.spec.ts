// A city that runs WordPress or Drupal points config.json at it: pages and news come from
// the CMS through the adapters, its HTML is reduced to safe blocks, and hostile HTML never
// reaches the page (targets B3, B4).
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, expectNoAxeViolations, heading, test } from './support';

// These journeys give the app's own requests odd answers: they run in the single-page shell
// (a path that was not pre-rendered), where the app fetches its content.
test.use({ singlePage: true });

const fixture = (cms: string, name: string) =>
  readFileSync(new URL(`../../crates/core/tests/fixtures/${cms}/${name}`, import.meta.url), 'utf8');

async function useBackend(page: Page, adapter: string, base: string) {
  await page.route('**/config.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify({ backend: { adapter, base_url: base, news_per_page: 10 } }) }),
  );
}

function decodeEntities(s: string) {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

test('WordPress: a page and the news come from the REST API', async ({ page }) => {
  const errors = collectErrors(page);
  await useBackend(page, 'wordpress', '/wp-json');
  const pageFixture = fixture('wordpress', 'page-accessibility.json');
  const requested: string[] = [];
  await page.route('**/wp-json/wp/v2/pages?**', (r) => {
    requested.push(r.request().url());
    return r.fulfill({ contentType: 'application/json', body: pageFixture });
  });
  await page.route('**/wp-json/wp/v2/posts?**', (r) =>
    r.fulfill({
      contentType: 'application/json',
      headers: { 'X-WP-Total': '12', 'X-WP-TotalPages': '2' },
      body: fixture('wordpress', 'posts-page-1.json'),
    }),
  );
  await page.goto('/en/pages/accessibility');
  const wp = JSON.parse(pageFixture)[0];
  expect(await heading(page)).toBe(decodeEntities(wp.title.rendered));
  expect(requested[0]).toContain('/wp-json/wp/v2/pages?slug=accessibility&lang=en');
  // The Gutenberg HTML became structured blocks.
  await expect(page.locator('article .cp-prose').first()).not.toBeEmpty();
  await expectNoAxeViolations(page, 'WordPress page');

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'News' }).click();
  await heading(page);
  const posts = JSON.parse(fixture('wordpress', 'posts-page-1.json'));
  await expect(page.locator('.cp-news__item')).toHaveCount(posts.length);
  await expect(page.getByRole('navigation', { name: 'News pages' })).toBeVisible();
  // Images of the CMS fixture live on its own (unreachable here) host, which this server's
  // policy (made from the sample city's config.json, not the WordPress one swapped in above)
  // does not list; a real deployment's policy includes its backend's origin. Nothing else
  // may fail.
  const cmsImages = (e: string) => e.includes('https://cms.example.org/') && (e.includes('img-src') || e.includes('ERR_NAME_NOT_RESOLVED'));
  expect(errors.filter((e) => !e.includes('404') && !cmsImages(e))).toEqual([]);
});

test('Drupal: a page and the news come from JSON:API', async ({ page }) => {
  await useBackend(page, 'drupal', '/drupal');
  const pageFixture = fixture('drupal', 'page-accessibility.json');
  const requested: string[] = [];
  await page.route('**/drupal/en/jsonapi/node/page?**', (r) => {
    requested.push(decodeURIComponent(r.request().url()));
    return r.fulfill({ contentType: 'application/vnd.api+json', body: pageFixture });
  });
  await page.route('**/drupal/en/jsonapi/node/article?**', (r) =>
    r.fulfill({ contentType: 'application/vnd.api+json', body: fixture('drupal', 'articles-page-1.json') }),
  );
  await page.goto('/en/pages/accessibility');
  const node = JSON.parse(pageFixture).data[0];
  expect(await heading(page)).toBe(node.attributes.title);
  expect(requested[0]).toContain('filter[path.alias]=/accessibility');
  await expectNoAxeViolations(page, 'Drupal page');
  await page.goto('/en/news');
  await heading(page);
  await expect(page.locator('.cp-news__item')).toHaveCount(JSON.parse(fixture('drupal', 'articles-page-1.json')).data.length);
});

test('hostile CMS HTML never reaches the page', async ({ page }) => {
  await useBackend(page, 'wordpress', '/wp-json');
  const hostile = [
    {
      id: 7,
      slug: 'accessibility',
      lang: 'en',
      title: { rendered: 'Hostile &amp; test' },
      excerpt: { rendered: '<p>x</p>' },
      modified: '2026-05-01T10:00:00',
      content: {
        rendered: [
          '<p>Safe text <a href="javascript:window.__pwned=1">click</a> <a href="/en/news" onclick="window.__pwned=1">news</a></p>',
          '<script>window.__pwned = 1</script>',
          '<img src="x" onerror="window.__pwned=1" alt="broken">',
          '<img src="https://example.org/ok.png" onload="window.__pwned=1" alt="A river">',
          '<iframe src="javascript:window.__pwned=1"></iframe>',
          '<svg onload="window.__pwned=1"><circle r="5"/></svg>',
          '<form action="https://evil.example"><input name="q"><button>Go</button></form>',
          '<p style="background:url(javascript:alert(1))" onmouseover="window.__pwned=1">Styled</p>',
          '<object data="javascript:window.__pwned=1"></object><embed src="x.swf">',
          '<a href="&#106;avascript:window.__pwned=1">encoded</a>',
        ].join(''),
        protected: false,
      },
    },
  ];
  await page.route('**/wp-json/wp/v2/pages?**', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(hostile) }));
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe('Hostile & test');
  await expect(page.locator('main')).toContainText('Safe text');
  await page.locator('main').getByText('Styled').hover();
  await page.locator('main').getByRole('link', { name: 'news' }).evaluate((a) => (a as HTMLElement).dispatchEvent(new MouseEvent('mouseover')));
  const main = page.locator('main');
  await expect(main.locator('script, iframe, svg, form, input, object, embed, [onclick], [onerror], [onload], [onmouseover], [style]')).toHaveCount(0);
  for (const href of await main.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href.toLowerCase()).not.toContain('javascript');
  }
  await expect(main.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('WordPress: the site search asks WordPress (wp/v2/search) and links results to the app', async ({ page }) => {
  await useBackend(page, 'wordpress', '/wp-json');
  const asked: string[] = [];
  await page.route('**/wp-json/wp/v2/search?**', (r) => {
    asked.push(r.request().url());
    return r.fulfill({
      contentType: 'application/json',
      body: JSON.stringify([
        { id: 7, title: 'Disaster &amp; <em>prevention</em>', url: 'https://cms.example.org/disaster-prevention/', subtype: 'page' },
        { id: 9, title: 'Drill on 1 December', url: 'https://cms.example.org/2026/11/drill-on-1-december/', subtype: 'post' },
        { id: 11, title: 'No pretty permalink', url: 'https://cms.example.org/?p=11', subtype: 'post' },
      ]),
    });
  });
  await page.goto('/en/search?q=disaster drill');
  const results = page.getByTestId('search-results').locator('li');
  await expect(results).toHaveCount(2);
  expect(asked.length).toBe(1);
  expect(asked[0]).toContain('/wp-json/wp/v2/search?search=disaster%20drill&');
  expect(asked[0]).toContain('lang=en');
  await expect(results.nth(0).locator('a')).toHaveAttribute('href', '/en/pages/disaster-prevention');
  await expect(results.nth(0).locator('a')).toHaveText('Disaster & prevention');
  await expect(results.nth(0).locator('mark').first()).toHaveText('Disaster');
  await expect(results.nth(1)).toContainText('News');
  // No build index is fetched for a CMS.
  await expect(page.getByTestId('search-count')).toBeVisible();
});

test('WordPress: a search WordPress cannot answer says so, with Try again', async ({ page }) => {
  await useBackend(page, 'wordpress', '/wp-json');
  await page.route('**/wp-json/wp/v2/search?**', (r) => r.fulfill({ contentType: 'application/json', body: '{"code": "oops"}' }));
  await page.goto('/en/search?q=disaster');
  await expect(page.getByTestId('search-failure')).toBeVisible();
});
