// Every key the app keeps in localStorage (src/storage.rs: the chosen language, the consent
// record, one draft per form), tampered with before the page loads: no uncaught error or
// panic, the page renders, the bad value is removed (never kept, never trusted), and a
// tampered consent record counts as no consent, so the banner asks again.
import { expect, type Page } from '@playwright/test';
import { CONSENT_REVISION, collectErrors, message, test } from './support';

/** Hostile values every key gets. */
const COMMON: [string, string][] = [
  ['an empty string', ''],
  ['null', 'null'],
  ['an open brace', '{'],
  ['a 1 MB string', 'x'.repeat(1024 * 1024)],
  ['a script tag', '<script>alert(1)</script>'],
  ['a JSON array', '[]'],
  ['a JSON number', '42'],
  ['a JSON string', '"en"'],
];

const consentRecord = (fields: Record<string, unknown>) =>
  JSON.stringify({
    id: 'e2e0tampered0rec',
    timestamp: Date.now(),
    revision: CONSENT_REVISION,
    locale: 'en',
    method: 'accept_all',
    choices: { necessary: true, analytics: true, media: true },
    gpc: false,
    ...fields,
  });

const draft = (form: string, fields: Record<string, unknown>) =>
  JSON.stringify({
    version: 1,
    form_id: form,
    saved_at: '2026-01-15T09:30:00Z',
    idempotency_key: 'e2e-tampered-0001',
    answers: {},
    ...fields,
  });

/** Values that look like a draft of `form`, with one part wrong. */
const draftValues = (form: string, other: string): [string, string][] => [
  ['a draft with wrong field types', draft(form, { version: '1', saved_at: 42, answers: [] })],
  ['a draft whose answers have the wrong types', draft(form, { answers: { name: 42, resident: { yes: true } } })],
  ['a draft of another version', draft(form, { version: 99 })],
  ['a draft with a hostile idempotency key', draft(form, { idempotency_key: '<script>alert(1)</script>' })],
  ['a draft of the other form under this key', draft(other, {})],
  ['a draft with an extra field', draft(form, { extra: '<img src=x onerror=alert(1)>' })],
];

interface Case {
  key: string;
  path: string;
  values: [string, string][];
  /** The page rendered: the heading and what this key controls. */
  check: (page: Page) => Promise<void>;
}

const h1 = (page: Page) => page.locator('h1');

const CASES: Case[] = [
  {
    key: 'civic-portal.locale',
    // Only the root reads the saved language (to pick where to go).
    path: '/',
    values: [
      ...COMMON,
      ['an unknown tag', 'xx'],
      ['a path', '../../etc'],
      ['a URL', 'https://evil.example/ja'],
      ['a tag with a newline', 'ja\n'],
    ],
    check: async (page) => {
      // The browser says en-US, so the root negotiates English.
      await expect(page).toHaveURL(/\/en$/);
      await expect(h1(page)).toBeVisible();
      await expect(page.locator('.cp-skip-link')).toHaveText(message('en', 'skip-link'));
    },
  },
  {
    key: 'civic-portal.consent',
    path: '/en',
    values: [
      ...COMMON,
      ['a record with wrong field types', consentRecord({ id: 42, timestamp: 'yesterday', choices: 'all', gpc: 'no' })],
      ['a record from the future', consentRecord({ timestamp: Date.now() + 10 * 365 * 86400000 })],
      ['a record refusing what is required', consentRecord({ choices: { necessary: false, analytics: true, media: true } })],
      ['a record with an unknown category', consentRecord({ choices: { necessary: true, tracking: true } })],
      ['a record with a hostile id', consentRecord({ id: '<script>alert(1)</script>' })],
      ['a record with an unknown locale', consentRecord({ locale: '../../etc' })],
    ],
    check: async (page) => {
      await expect(h1(page)).toBeVisible();
      // Tampered means no consent: the banner asks again and nothing optional runs.
      await expect(page.getByTestId('consent-banner')).toBeVisible();
      expect(await page.locator('script[data-consent-service]').count()).toBe(0);
    },
  },
  ...(['contact', 'e-government-survey'] as const).map((form) => ({
    key: `civic-portal.form.${form}`,
    path: `/en/forms/${form}`,
    values: [...COMMON, ...draftValues(form, form === 'contact' ? 'e-government-survey' : 'contact')],
    check: async (page: Page) => {
      await expect(h1(page)).toBeVisible();
      await expect(page.getByTestId('form-start')).toBeVisible();
      // Nothing was restored from the tampered value.
      await expect(page.locator('#form-restored')).toHaveCount(0);
      await expect(page.getByTestId('form-resume')).toHaveCount(0);
    },
  })),
];

for (const { key, path, values, check } of CASES) {
  test.describe(key, () => {
    for (const [name, value] of values) {
      const details = key === 'civic-portal.consent' ? { tag: '@consent' } : {};
      test(`${name} is dropped`, details, async ({ page }) => {
        const errors = collectErrors(page);
        const dialogs: string[] = [];
        page.on('dialog', async (d) => {
          dialogs.push(d.message());
          await d.dismiss();
        });
        // Seeded once per tab (sessionStorage), so that what the app does with it on
        // later navigations is not undone by the seeding itself.
        await page.addInitScript(
          ([k, v]) => {
            if (!sessionStorage.getItem('e2e-tampered')) {
              localStorage.setItem(k, v);
              sessionStorage.setItem('e2e-tampered', '1');
            }
          },
          [key, value],
        );
        await page.goto(path);
        // The seed went in (a quota error would have thrown before the flag was set).
        expect(await page.evaluate(() => sessionStorage.getItem('e2e-tampered'))).toBe('1');
        await check(page);
        // Removed, not kept and not rewritten from the tampered value.
        await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
        // A reload finds nothing to trip over either.
        await page.reload();
        await expect(h1(page)).toBeVisible();
        expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
        expect(dialogs).toEqual([]);
        // A page error or a panic fails; expected console warnings ("[forms] … removed")
        // are not collected.
        expect(errors).toEqual([]);
      });
    }
  });
}
