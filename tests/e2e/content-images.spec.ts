// Content images and consent (C1): a CMS page with images from the site, from a declared
// photo service and from hosts nobody declared. Before any choice only the site's own image
// is requested; the photo service's waits behind a placeholder (once or always); the others
// never load, not even from a host the policy lists for another service's tag.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, heading, message, stripIsolation, test } from './support';

// The page's JSON is replaced, so the journey runs in the single-page shell.
test.use({ singlePage: true });
const TAG = { tag: '@consent' };

const FLICKR = 'https://live.staticflickr.com/65535/sample-festival.jpg';
const BEACON = 'https://www.google-analytics.com/collect?v=1&tid=UA-1&cid=visitor';
const TRACKER = 'https://tracker.example/pixel.gif';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function pageWithImages() {
  const page = JSON.parse(
    readFileSync(new URL('../../public/content/en/pages/accessibility.json', import.meta.url), 'utf8'),
  );
  page.blocks = [
    { type: 'paragraph', content: [{ text: 'Photos of the autumn festival.' }] },
    { type: 'image', src: '/content/festival-map.png', alt: 'Map of the festival grounds', width: 1, height: 1 },
    { type: 'image', src: FLICKR, alt: 'Dancers at the autumn festival', caption: 'Autumn festival 2026' },
    { type: 'image', src: BEACON, alt: 'Counter' },
    { type: 'image', src: TRACKER, alt: 'Advert' },
    { type: 'image', src: 'https://tracker.example/divider.svg', alt: '' },
  ];
  return page;
}

/** Serves the page, the site's image and the photo; records every request to another host. */
async function serve(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/content/en/pages/accessibility.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(pageWithImages()) }),
  );
  await page.route('**/content/festival-map.png', (route) => route.fulfill({ contentType: 'image/png', body: PNG }));
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    outside.push(url);
    if (url === FLICKR) return route.fulfill({ contentType: 'image/png', body: PNG });
    return route.abort();
  });
  return outside;
}

test('before consent only the site’s own images load; a declared photo service waits, others never load', TAG, async ({
  page,
}) => {
  const outside = await serve(page);
  await page.goto('/en/pages/accessibility');
  await heading(page);
  await expect(page.locator('img[alt="Map of the festival grounds"]')).toBeVisible();
  const photo = page.locator('[data-testid="image-placeholder"][data-service="flickr"]');
  await expect(photo).toContainText('Dancers at the autumn festival');
  await expect(photo).toContainText('Flickr');
  await expect(photo).toContainText('Flickr, Inc. (United States)');
  // Hosts nobody declared for images: described, linked, never loaded.
  const undeclared = page.getByTestId('image-undeclared');
  await expect(undeclared).toHaveCount(2);
  await expect(undeclared.nth(0)).toContainText('www.google-analytics.com');
  await expect(undeclared.nth(1).getByRole('link')).toHaveAttribute('href', TRACKER);
  expect(stripIsolation(await undeclared.nth(1).innerText())).toContain(
    'This image is on another website (tracker.example), so it is not shown here.',
  );
  await expect(page.locator('img[src^="https://"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'image placeholders');
  expect(outside).toEqual([]);

  // Once: this page view only, nothing stored.
  await photo.getByRole('button', { name: message('en', 'content-image-show-once') }).click();
  const shown = page.locator(`img[src="${FLICKR}"]`);
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute('alt', 'Dancers at the autumn festival');
  await expect(page.locator('figure:has(img[src="' + FLICKR + '"])')).toBeFocused();
  expect(outside).toEqual([FLICKR]);
  expect(await page.evaluate(() => localStorage.getItem('civic-portal.consent'))).toBeNull();
  await page.reload();
  await heading(page);
  await expect(page.locator('[data-testid="image-placeholder"][data-service="flickr"]')).toBeVisible();

  // Always: consent for the media category; the beacon and tracker still never load.
  await page
    .locator('[data-testid="image-placeholder"][data-service="flickr"]')
    .getByRole('button', { name: /^Always allow \u2068?Flickr\u2069?$/ })
    .click();
  await expect(page.locator(`img[src="${FLICKR}"]`)).toBeVisible();
  await page.reload();
  await heading(page);
  await expect(page.locator(`img[src="${FLICKR}"]`)).toBeVisible();
  await expect(page.getByTestId('image-undeclared')).toHaveCount(2);
  expect(outside.filter((u) => u !== FLICKR)).toEqual([]);
});

test('the photo service is listed in the cookie settings like every service', TAG, async ({ page }) => {
  await page.goto('/en/cookie-settings');
  await heading(page);
  await expect(page.locator('main')).toContainText('Flickr');
  await expect(page.locator('main')).toContainText("Show photos from the city's photo library inside the page");
});

test('the policy allows images only from the site, the backend and declared services', async ({ page }) => {
  const response = await page.goto('/en');
  const csp = (await response!.allHeaders())['content-security-policy'];
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive('img-src')).toContain('https://live.staticflickr.com');
  expect(directive('img-src')).not.toContain('youtube');
  // A photo service is not contacted by scripts.
  expect(directive('connect-src')).not.toContain('live.staticflickr.com');
});
