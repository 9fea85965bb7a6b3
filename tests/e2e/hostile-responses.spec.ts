// Hostile answers that content-states and backend-states do not cover: oversized pages and
// form definitions, a page that arrives after the time-out (and a retry that then works),
// huge and garbage translation files, malformed form definitions, and submission answers
// that are oversized or never come. Each ends in a translated state with a way forward,
// never in a crash, and a visitor's answers are never lost.
import { expect, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { collectErrors, contactDraft, contentTitle, heading, message, stripIsolation, test } from './support';

// These journeys give the app's own requests odd answers: they run in the single-page shell
// (a path that was not pre-rendered), where the app fetches its content.
test.use({ singlePage: true });

const PAGE_JSON = '**/content/en/pages/accessibility.json';
const CONTACT_FORM = '**/content/en/forms/contact.json';
const SUBMISSIONS = '**/content/forms/contact/submissions';
const JA_FTL = '**/locales/ja/main.ftl';

/** More than the app's 5 MB limit (src/backend/fetch.rs MAX_BYTES). */
const SIX_MB = 6 * 1024 * 1024;

const CONFIG = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8'));

/** Serves config.json with the backend time-out shortened to `ms` (consent section kept). */
async function shortTimeout(page: Page, ms: number) {
  const config = { ...CONFIG, backend: { ...CONFIG.backend, timeout_ms: ms } };
  await page.route('**/config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
}

/** Valid page JSON that is too large only because of one enormous paragraph. */
function hugePage(): string {
  return JSON.stringify({
    slug: 'accessibility',
    locale: 'en',
    title: 'Huge',
    blocks: [{ type: 'paragraph', content: [{ text: 'x'.repeat(SIX_MB) }] }],
  });
}

/** Fails on page errors and console errors, except the ones `expected` allows. */
function expectOnly(errors: string[], expected: RegExp[] = []) {
  expect(errors.filter((e) => !expected.some((re) => re.test(e)))).toEqual([]);
}

async function frameIsThere(page: Page) {
  await expect(page.locator('header.cp-header')).toBeVisible();
  await expect(page.locator('footer.cp-footer')).toBeVisible();
}

const retry = (page: Page) => page.getByRole('button', { name: message('en', 'retry') });

test('a 6 MB page is "too large", and a retry shows the page once it is normal', async ({ page }) => {
  const errors = collectErrors(page);
  let huge = true;
  const body = hugePage();
  await page.route(PAGE_JSON, (r) => (huge ? r.fulfill({ contentType: 'application/json', body }) : r.fallback()));
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-too-large-title'));
  await expect(page.locator('[data-state="too-large"]')).toContainText(message('en', 'error-too-large-body'));
  await frameIsThere(page);
  await expect(page.locator('main')).not.toContainText('xxxxxxxxxx');
  huge = false;
  await retry(page).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'accessibility'));
  expectOnly(errors);
});

test('a page that arrives after the time-out shows the time-out, and a retry that then answers shows the page', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await shortTimeout(page, 1000);
  let late = true;
  let lateAnswered!: () => void;
  const answered = new Promise<void>((r) => (lateAnswered = r));
  await page.route(PAGE_JSON, async (route: Route) => {
    if (!late) return route.fallback();
    // Answers 2.5 s later, well after the 1 s time-out (the browser has given up by then).
    await new Promise((r) => setTimeout(r, 2500));
    await route
      .fulfill({ contentType: 'application/json', body: JSON.stringify({ slug: 'accessibility', locale: 'en', title: 'Too late', blocks: [] }) })
      .catch(() => {});
    lateAnswered();
  });
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-timeout-title'));
  await expect(page.locator('[data-state="timeout"]')).toBeVisible();
  await frameIsThere(page);
  // The late answer changes nothing.
  await answered;
  await page.waitForTimeout(300);
  await expect(page.locator('h1#main-heading')).toHaveText(message('en', 'error-timeout-title'));
  late = false;
  await retry(page).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'accessibility'));
  expectOnly(errors);
});

test('a page that never answers times out, and a retry that answers shows the page', async ({ page }) => {
  const errors = collectErrors(page);
  await shortTimeout(page, 1000);
  let hang = true;
  await page.route(PAGE_JSON, (route) => {
    if (!hang) return route.fallback();
    // never answers
  });
  await page.goto('/en/pages/accessibility');
  expect(await heading(page)).toBe(message('en', 'error-timeout-title'));
  await expect(retry(page)).toBeVisible();
  hang = false;
  await retry(page).click();
  await expect(page.locator('h1#main-heading')).toHaveText(contentTitle('en', 'accessibility'));
  expectOnly(errors);
});

/** The real Japanese translations followed by `extra`. */
const realJa = () => readFileSync(new URL('../../locales/ja/main.ftl', import.meta.url), 'utf8');

test('a 3 MB Japanese translation file still loads and is used', async ({ page }) => {
  const errors = collectErrors(page);
  const filler: string[] = [];
  let size = 0;
  for (let i = 0; size < 3 * 1024 * 1024; i++) {
    const line = `filler-message-${i} = 埋め草のメッセージ { $count } 番目\n    .title = 属性 ${i}\n`;
    filler.push(line);
    size += Buffer.byteLength(line);
  }
  const body = realJa() + '\n' + filler.join('');
  await page.route(JA_FTL, (r) => r.fulfill({ contentType: 'text/plain; charset=utf-8', body }));
  await page.goto('/ja/pages/accessibility');
  await heading(page);
  await expect(page.locator('.cp-skip-link')).toHaveText(message('ja', 'skip-link'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expectOnly(errors);
});

test('a garbage Japanese translation file: what parses is used, the rest falls back to English', async ({ page }) => {
  const errors = collectErrors(page);
  // One valid message among syntax garbage, NUL, stray braces, and bytes that are not UTF-8.
  const body = Buffer.concat([
    Buffer.from('\u0000{{{ -> *[ }}}\n= = =\n-term =\n.attr = x\n{ $x ->\n'),
    Buffer.from([0xff, 0xfe, 0xc3, 0x0a, 0xed, 0xa0, 0x80, 0x0a]),
    Buffer.from(`skip-link = ${message('ja', 'skip-link')}\n`),
    Buffer.from('nav-home = { -missing-term } { $nope } {\n'),
    Buffer.from('\n*[other] }\n    .title = { "unterminated\n'),
  ]);
  await page.route(JA_FTL, (r) => r.fulfill({ contentType: 'text/plain; charset=utf-8', body }));
  await page.goto('/ja/pages/accessibility');
  await heading(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The valid message is Japanese; a broken one falls back to English, not to its id.
  await expect(page.locator('.cp-skip-link')).toHaveText(message('ja', 'skip-link'));
  const nav = page.getByRole('navigation').first();
  await expect(nav).toBeVisible();
  await expect(page.locator('body')).not.toContainText('nav-home');
  await expect(page.locator('footer.cp-footer')).toBeVisible();
  // Translation problems are reported as [i18n] warnings; nothing else may go wrong.
  expectOnly(errors, [/^warning: \[i18n\]/]);
});

// Found by this file: 5,000 nested placeables (10 KB) used to overflow the wasm stack. The
// Localizer now refuses files nested deeper than civic_core::l10n::MAX_NESTING (the rule
// l10n-check applies), reports it, and falls back along the chain.
test('a Japanese translation file nested 5,000 levels deep does not crash the app', async ({ page }) => {
  const errors = collectErrors(page);
  const body = `${realJa()}\ndeep = ${'{ '.repeat(5_000)}\n`;
  await page.route(JA_FTL, (r) => r.fulfill({ contentType: 'text/plain; charset=utf-8', body }));
  await page.goto('/ja/pages/accessibility');
  await expect(page.locator('h1#main-heading')).toBeVisible({ timeout: 5_000 });
  await expect(page.locator('.cp-skip-link')).toHaveText(message('ja', 'skip-link'));
  expectOnly(errors, [/^warning: \[i18n\]/]);
});

test('a malformed form definition shows the translated error state', async ({ page }) => {
  const errors = collectErrors(page);
  await page.route(CONTACT_FORM, (r) =>
    r.fulfill({ contentType: 'application/json', body: '{"id": "contact", "locale": "en", "title": ' }),
  );
  await page.goto('/en/forms/contact');
  expect(await heading(page)).toBe(message('en', 'error-malformed-title'));
  await expect(page.locator('[data-state="malformed"]')).toContainText(message('en', 'error-malformed-body'));
  await expect(retry(page)).toBeVisible();
  await frameIsThere(page);
  // The app names the bad response in the console ([backend] malformed response …).
  expectOnly(errors, [/^console: \[backend\] malformed response from .*contact\.json/]);
});

// Found by this file: a malformed 2xx body used to stay in the per-visit cache, so "Try
// again" decoded the same text again without asking the server. Now it is forgotten.
test('"Try again" after a malformed form definition asks the server again', async ({ page }) => {
  let broken = true;
  let requests = 0;
  await page.route(CONTACT_FORM, (r) => {
    requests += 1;
    return broken ? r.fulfill({ contentType: 'application/json', body: '{"id": "contact", "title": ' }) : r.fallback();
  });
  await page.goto('/en/forms/contact');
  expect(await heading(page)).toBe(message('en', 'error-malformed-title'));
  broken = false;
  await retry(page).click();
  await expect(page.getByTestId('form-start')).toBeVisible({ timeout: 5_000 });
  expect(requests).toBeGreaterThanOrEqual(2);
});

test('a 6 MB form definition is "too large"', async ({ page }) => {
  const errors = collectErrors(page);
  const body = JSON.stringify({ id: 'contact', locale: 'en', title: 'Huge', intro: 'x'.repeat(SIX_MB), sections: [] });
  await page.route(CONTACT_FORM, (r) => r.fulfill({ contentType: 'application/json', body }));
  await page.goto('/en/forms/contact');
  expect(await heading(page)).toBe(message('en', 'error-too-large-title'));
  await expect(page.locator('[data-state="too-large"]')).toBeVisible();
  await expect(retry(page)).toBeVisible();
  await frameIsThere(page);
  expectOnly(errors);
});

/** A complete contact draft in storage (seeded once per tab), then its check page. */
async function toCheckPage(page: Page, key: string) {
  await page.addInitScript((draft) => {
    if (sessionStorage.getItem('e2e-draft')) return;
    sessionStorage.setItem('e2e-draft', '1');
    localStorage.setItem('civic-portal.form.contact', draft);
  }, contactDraft(key));
  await page.goto('/en/forms/contact?step=check');
  await expect(page.locator('h1')).toHaveText(message('en', 'form-check-title'));
  await expect(page.locator('[data-question="name"]')).toContainText('Aiko Tanaka');
}

const storedDraft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('civic-portal.form.contact') ?? 'null'));

/** The failure message after a send: focused, says nothing is lost, offers "Try again",
 * and the draft (answers and idempotency key) is still on the device. */
async function expectFailureKeepsDraft(page: Page, key: string, reason: string) {
  const failure = page.getByTestId('form-failure');
  await expect(failure).toBeFocused();
  await expect(failure).toContainText(message('en', 'form-send-failed-title'));
  await expect(failure).toContainText(stripIsolation(reason));
  await expect(failure).toContainText(message('en', 'form-send-failed-kept'));
  await expect(page.getByTestId('form-send')).toHaveText(message('en', 'form-send-retry'));
  const draft = await storedDraft(page);
  expect(draft?.idempotency_key).toBe(key);
  expect(draft?.answers.name).toBe('Aiko Tanaka');
}

test('a 6 MB answer to a submission: failure message, "Try again", draft kept, retry sends', async ({ page }) => {
  const errors = collectErrors(page);
  const key = `e2e-huge-answer-${Date.now()}`;
  await toCheckPage(page, key);
  let huge = true;
  const body = JSON.stringify({ reference: 'SC-2026-000001', padding: 'x'.repeat(SIX_MB) });
  await page.route(SUBMISSIONS, (r) =>
    huge ? r.fulfill({ status: 201, contentType: 'application/json', body }) : r.continue(),
  );
  await page.getByTestId('form-send').click();
  // Today the app says the visitor's answers are too long (the 413 message) — see the report.
  await expectFailureKeepsDraft(page, key, '');
  huge = false;
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
  expect(await storedDraft(page)).toBeNull();
  expectOnly(errors);
});

test('a submission that never answers: time-out message, "Try again", draft kept, retry sends', async ({ page }) => {
  const errors = collectErrors(page);
  await shortTimeout(page, 1000);
  const key = `e2e-no-answer-${Date.now()}`;
  await toCheckPage(page, key);
  let hang = true;
  await page.route(SUBMISSIONS, (r) => {
    if (!hang) return r.continue();
    // never answers
  });
  await page.getByTestId('form-send').click();
  await expectFailureKeepsDraft(page, key, message('en', 'form-send-timeout'));
  hang = false;
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
  expect(await storedDraft(page)).toBeNull();
  expectOnly(errors);
});
