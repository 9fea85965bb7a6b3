// A visitor meets the cookie banner: nothing optional happens before a choice, refusing is as
// easy as accepting, choices can be changed and withdrawn with their cookies deleted, GPC is
// honoured, and the record can be viewed and downloaded (targets C1–C13).
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CONSENT_REVISION, expectNoAxeViolations, heading, message, stripIsolation, test } from './support';

const TAG = { tag: '@consent' };

/** Intercepts every third-party request (none may leave this machine) and counts them. A
 * fake Google tag sets the cookies the real one would. */
async function thirdParty(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    seen.push(url);
    if (url.startsWith('https://www.googletagmanager.com/')) {
      return route.fulfill({
        contentType: 'text/javascript',
        body: 'document.cookie = "_ga=GA1.1.12345; path=/"; document.cookie = "_ga_SAMPLE0001=GS1.1.1; path=/";',
      });
    }
    return route.abort();
  });
  return seen;
}

const banner = (page: Page) => page.getByTestId('consent-banner');
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('civic-portal.consent'));
const cookies = (page: Page) => page.evaluate(() => document.cookie);
const consentUpdates = (page: Page) =>
  page.evaluate(() =>
    ((window as any).dataLayer ?? [])
      .map((a: any) => Array.from(a))
      .filter((a: any[]) => a[0] === 'consent')
      .map((a: any[]) => [a[1], a[2].analytics_storage]),
  );

test('before a choice: banner, no optional storage, no third-party request, no wall', TAG, async ({ page }) => {
  const requests = await thirdParty(page);
  await page.goto('/en');
  await heading(page);
  await expect(banner(page)).toBeVisible();
  expect(stripIsolation(await banner(page).getByRole('heading', { level: 2 }).innerText())).toBe('Cookies on Sample City');
  expect(await stored(page)).toBeNull();
  expect(await cookies(page)).toBe('');
  // Consent Mode starts all denied, and is updated (still denied) on load.
  expect(await consentUpdates(page)).toEqual([['default', 'denied'], ['update', 'denied']]);
  // Navigating and scrolling are not consent; the site works behind the banner.
  await page.mouse.wheel(0, 800);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'News' }).click();
  await expect(page.locator('h1#main-heading')).toHaveText(/^News/);
  await expect(banner(page)).toBeVisible();
  expect(await stored(page)).toBeNull();
  expect(requests).toEqual([]);
});

test('Reject all is as easy as Accept all, and sends nothing', TAG, async ({ page }) => {
  const requests = await thirdParty(page);
  await page.goto('/en/pages/accessibility');
  await heading(page);
  const accept = page.getByTestId('consent-accept-all');
  const reject = page.getByTestId('consent-reject-all');
  const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
  expect(Math.round(a!.height)).toBe(Math.round(r!.height));
  expect(Math.abs(a!.width - r!.width)).toBeLessThan(2);
  const style = (el: Element) => {
    const s = getComputedStyle(el);
    return [s.fontWeight, s.fontSize, s.backgroundColor, s.color];
  };
  expect(await accept.evaluate(style)).toEqual(await reject.evaluate(style));
  await reject.click();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('consent-status')).toContainText(message('en', 'consent-rejected'));
  const record = JSON.parse((await stored(page))!);
  expect(record.method).toBe('reject_all');
  expect(record.revision).toBe(CONSENT_REVISION);
  expect(record.choices).toEqual({ analytics: false, media: false, necessary: true });
  await page.reload();
  await heading(page);
  await expect(banner(page)).toHaveCount(0);
  expect(requests).toEqual([]);
  expect(await page.locator('script[data-consent-service]').count()).toBe(0);
});

test('Accept all loads the analytics tag; withdrawing deletes its cookies', TAG, async ({ page }) => {
  const requests = await thirdParty(page);
  await page.goto('/en');
  await heading(page);
  await page.getByTestId('consent-accept-all').click();
  await expect.poll(() => requests.some((u) => u.startsWith('https://www.googletagmanager.com/gtag/js'))).toBe(true);
  await expect.poll(() => cookies(page)).toContain('_ga=');
  expect(await consentUpdates(page)).toContainEqual(['update', 'granted']);

  // Withdraw in the cookie settings, reached from the footer of every page.
  await page.getByTestId('footer-cookie-settings').click();
  await expect(page.locator('h1#main-heading')).toHaveText(message('en', 'consent-page-title'));
  const analytics = page.locator('[data-category="analytics"] input[type="checkbox"]');
  await expect(analytics).toBeChecked();
  await analytics.uncheck();
  await page.getByTestId('consent-save').click();
  await expect(page.getByTestId('consent-status')).toContainText(message('en', 'consent-saved'));
  expect(await cookies(page)).not.toContain('_ga');
  expect(await page.locator('script[data-consent-service="google-analytics"]').count()).toBe(0);
  const updates = await consentUpdates(page);
  expect(updates[updates.length - 1]).toEqual(['update', 'denied']);
  expect(JSON.parse((await stored(page))!).choices.analytics).toBe(false);
});

test('keyboard only: banner first, the dialog traps focus, Escape means refusal', TAG, async ({ page }) => {
  await thirdParty(page);
  await page.goto('/en/pages/city-diplomacy');
  await heading(page);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('consent-accept-all')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('consent-choose')).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('consent-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-labelledby', 'cp-dialog-title');
  // Nothing optional is pre-ticked; strictly necessary is on and cannot be changed.
  await expect(dialog.locator('[data-category="analytics"] input')).not.toBeChecked();
  await expect(dialog.locator('[data-category="media"] input')).not.toBeChecked();
  await expect(dialog.locator('[data-category="necessary"] input')).toBeChecked();
  await expect(dialog.locator('[data-category="necessary"] input')).toBeDisabled();
  // Each service states purpose, data sent and recipient.
  await expect(dialog.locator('[data-category="analytics"] table')).toContainText('Google LLC (United States)');
  await expectNoAxeViolations(page, 'consent dialog open');
  // The rest of the page is inert: Tab only ever reaches the dialog (or, past its last
  // control, the browser's own interface, which shows as the body having focus).
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() =>
      document.activeElement === document.body ? 'browser' : document.activeElement?.closest('dialog') ? 'dialog' : 'page',
    );
    expect(where).not.toBe('page');
  }
  // Escape from inside the dialog (not from the browser's own interface).
  while (!(await page.evaluate(() => !!document.activeElement?.closest('dialog')))) await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(banner(page)).toHaveCount(0);
  // The close event records the refusal right after the dialog disappears.
  await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').method).toBe('reject_all');
});

test('the banner passes axe in every language', TAG, async ({ page }) => {
  for (const locale of ['en', 'ja', 'zh-Hans', 'zh-Hant', 'ko']) {
    await page.goto(`/${locale}`);
    await heading(page);
    await expect(banner(page)).toBeVisible();
    await expect(page.getByTestId('consent-accept-all')).toHaveText(message(locale, 'consent-accept-all'));
    await expectNoAxeViolations(page, `/${locale} with the consent banner`);
  }
});

test('Global Privacy Control turns covered categories off without asking', TAG, async ({ page }) => {
  const requests = await thirdParty(page);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto('/en/cookie-settings');
  await heading(page);
  // Every optional category of the sample city honours GPC: nothing to ask.
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('consent-gpc')).toHaveCount(2);
  await expect(page.getByTestId('consent-gpc').first()).toContainText('Global Privacy Control');
  expect(requests).toEqual([]);
  // An explicit choice wins.
  await page.locator('[data-category="analytics"] input').check();
  await page.getByTestId('consent-save').click();
  await expect.poll(() => requests.length).toBeGreaterThan(0);
  expect(JSON.parse((await stored(page))!).gpc).toBe(true);
});

test('a new policy revision or tampered storage asks again', TAG, async ({ page }) => {
  await thirdParty(page);
  for (const value of [
    JSON.stringify({ id: 'e2e0old0revision', timestamp: Date.now(), revision: 'older', locale: 'en', method: 'accept_all', choices: { necessary: true, analytics: true, media: true }, gpc: false }),
    JSON.stringify({ id: 'e2e0expired0rec', timestamp: Date.now() - 200 * 86400000, revision: CONSENT_REVISION, locale: 'en', method: 'accept_all', choices: { necessary: true, analytics: true, media: true }, gpc: false }),
    '{"not": "a record"',
    '<img src=x onerror=alert(1)>',
  ]) {
    await page.goto('/en');
    await page.evaluate((v) => localStorage.setItem('civic-portal.consent', v), value);
    await page.reload();
    await heading(page);
    await expect(banner(page)).toBeVisible();
    expect(await stored(page)).toBeNull();
    expect(await page.locator('script[data-consent-service]').count()).toBe(0);
  }
});

test('the consent record can be viewed and downloaded', TAG, async ({ page }) => {
  await thirdParty(page);
  await page.goto('/ja/cookie-settings');
  await heading(page);
  await page.getByTestId('consent-choose').click();
  await page.getByTestId('consent-dialog').locator('[data-category="media"] input').check();
  await page.getByTestId('consent-dialog').getByTestId('consent-save').click();
  const receipt = page.getByTestId('consent-receipt');
  await expect(receipt).toBeVisible();
  const json = JSON.parse(await receipt.innerText());
  expect(json.policy_revision).toBe(CONSENT_REVISION);
  expect(json.record.locale).toBe('ja');
  expect(json.record.method).toBe('custom');
  expect(json.categories.find((c: any) => c.id === 'media').allowed).toBe(true);
  expect(json.categories.find((c: any) => c.id === 'analytics').services[0].recipient).toBe('Google LLC（米国）');
  const download = page.waitForEvent('download');
  await page.getByTestId('consent-download').click();
  expect((await download).suggestedFilename()).toBe('consent-record.json');
});

test('a video waits behind a placeholder until it is allowed, once or always', TAG, async ({ page }) => {
  const requests = await thirdParty(page);
  await page.goto('/en/pages/city-diplomacy');
  await heading(page);
  const video = page.getByTestId('video');
  const placeholder = page.getByTestId('video-placeholder');
  await expect(placeholder).toContainText('YouTube');
  await expect(placeholder).toContainText('Google LLC (United States)');
  await expect(video.locator('iframe')).toHaveCount(0);
  await expectNoAxeViolations(page, 'video placeholder');
  expect(requests).toEqual([]);

  // Once: this view only, nothing stored, the banner still asks.
  await placeholder.getByRole('button', { name: message('en', 'consent-embed-load-once') }).click();
  await expect(video.locator('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/sample-city-2026');
  await expect(video.locator('iframe')).toHaveAttribute('title', /Lindenfeld/);
  // Keyboard users land in the player that replaced the button.
  await expect(video.locator('iframe')).toBeFocused();
  expect(await stored(page)).toBeNull();
  await expect(banner(page)).toBeVisible();
  await page.reload();
  await heading(page);
  await expect(page.getByTestId('video-placeholder')).toBeVisible();

  // Always: saved as consent for the media category, withdrawable like any other choice.
  await page.getByTestId('video-placeholder').getByRole('button', { name: /^Always allow \u2068?YouTube\u2069?$/ }).click();
  await expect(page.getByTestId('video').locator('iframe')).toHaveCount(1);
  await expect(page.getByTestId('video').locator('iframe')).toBeFocused();
  const record = JSON.parse((await stored(page))!);
  expect(record.choices).toEqual({ analytics: false, media: true, necessary: true });
  await expect(banner(page)).toHaveCount(0);
});

test('after a choice, focus goes back to where the visitor was', TAG, async ({ page }) => {
  await thirdParty(page);
  await page.goto('/en/pages/accessibility');
  await heading(page);
  // Into the page (past the banner's four controls), then back up into the banner.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(page.locator('.cp-skip-link')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('consent-reject-all')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('consent-status')).toContainText(message('en', 'consent-rejected'));
  await expect(page.locator('.cp-skip-link')).toBeFocused();
});

test('a visitor who starts in the banner continues at the skip link', TAG, async ({ page }) => {
  await thirdParty(page);
  await page.goto('/en');
  await heading(page);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('consent-accept-all')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.cp-skip-link')).toBeFocused();
});

test('the record is posted to the configured receipt endpoint, without personal data', TAG, async ({ page }) => {
  await thirdParty(page);
  const config = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8'));
  config.consent.receipt_url = '/api/consent-receipts';
  await page.route('**/config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
  const posted = page.waitForRequest((r) => r.url().endsWith('/api/consent-receipts') && r.method() === 'POST');
  await page.route('**/api/consent-receipts', (r) => r.fulfill({ status: 201, body: '' }));
  await page.goto('/ko');
  await heading(page);
  await page.getByTestId('consent-reject-all').click();
  const body = JSON.parse((await posted).postData()!);
  expect(Object.keys(body).sort()).toEqual(['choices', 'gpc', 'id', 'locale', 'method', 'revision', 'timestamp']);
  expect(body.locale).toBe('ko');
  expect(body.method).toBe('reject_all');
});

test('the banner is there from the first paint: it never pushes the page down', TAG, async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // A slow config.json: the banner must not wait for it.
  await page.route('**/config.json', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.goto('/en');
  await expect(banner(page)).toBeVisible();
  await heading(page);
  await page.waitForTimeout(1200);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  expect(cls).toBeLessThan(0.1);
  // A click before the configuration arrived is not lost.
  await page.reload();
  await banner(page).getByTestId('consent-reject-all').click();
  await expect(banner(page)).toHaveCount(0);
  expect(JSON.parse((await stored(page))!).method).toBe('reject_all');
});
