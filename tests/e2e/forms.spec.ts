// The forms engine end to end, against the reference backend (crates/backend) through
// the same-origin proxy: steps, errors and the error summary (A11), drafts that survive a
// reload (B6), one stored record per idempotency key whatever the network does, server
// field errors, and axe on every state (A13).
import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { LOCALES, collectErrors, contactDraft, expectNoAxeViolations, horizontalOverflow, message, stripIsolation, test } from './support';

const backendPort = Number(process.env.E2E_BACKEND_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
const SUBMISSIONS = '**/content/forms/*/submissions';

/** The rows the backend stored for `key` (SQL COUNT on its SQLite file). */
async function storedCount(request: APIRequestContext, key: string): Promise<number> {
  const res = await request.get(
    `http://127.0.0.1:${backendPort}/__control/submissions?idempotency_key=${encodeURIComponent(key)}`,
  );
  expect(res.ok()).toBeTruthy();
  return (await res.json()).count;
}

async function draft(page: Page, form: string) {
  return page.evaluate((f) => {
    const raw = localStorage.getItem(`civic-portal.form.${f}`);
    return raw ? JSON.parse(raw) : null;
  }, form);
}

const h1 = (page: Page) => page.locator('h1');
const iso = (n: number | string) => `[\u2068]?${n}[\u2069]?`;

/** The caption "Step n of total" (numbers come with Fluent's isolation marks). */
async function expectStep(page: Page, n: number, total: number) {
  await expect(page.getByTestId('form-step')).toHaveText(new RegExp(`^Step ${iso(n)} of ${iso(total)}$`));
}

/** Fills the contact form's first step (resident: yes reveals the district). */
async function fillAboutYou(page: Page) {
  await page.getByLabel(/Full name/).fill('Aiko Tanaka');
  await page.getByLabel(/Email address/).fill('aiko@example.org');
  await page.locator('#q-resident').check();
  await page.locator('#q-ward').selectOption({ index: 1 });
}

/** Goes from the contact form's start to its check page with valid answers. */
async function contactToCheck(page: Page) {
  await page.goto('/en/forms/contact');
  await page.getByTestId('form-start').click();
  await expectStep(page, 1, 3);
  await fillAboutYou(page);
  await page.getByTestId('form-continue').click();
  await expectStep(page, 2, 3);
  await page.locator('#q-topic').check();
  await page.locator('#q-body').fill('When is bulky waste collected in Chuo district?');
  await page.getByTestId('form-continue').click();
  await expectStep(page, 3, 3);
  await page.getByTestId('form-continue').click();
  await expect(h1(page)).toHaveText(message('en', 'form-check-title'));
}

test('the inquiry form is linked from the same place on every page (A9)', async ({ page }) => {
  for (const path of ['/en', '/en/news', '/en/pages/disaster-prevention', '/ja/pages/accessibility']) {
    await page.goto(path);
    const link = page.getByTestId('header-contact');
    await expect(link).toHaveAttribute('href', `/${path.split('/')[1]}/forms/contact`);
    // Inside the banner landmark, before the language selector, on every page.
    await expect(page.locator('header.cp-header [data-testid="header-contact"]')).toHaveCount(1);
  }
  await page.goto('/en');
  await expect(h1(page)).toBeVisible();
  await page.getByTestId('header-contact').click();
  await expect(h1(page)).toHaveText('Contact the city');
  await expect(h1(page)).toBeFocused();
});

test('contact form: errors, summary links, conditional question, check answers, change, send', async ({
  page,
  request,
}) => {
  await page.goto('/en/forms/contact');
  await expectNoAxeViolations(page, 'contact start');
  await page.getByTestId('form-start').click();
  await expect
    .poll(async () => stripIsolation(await page.title()))
    .toBe('Step 1 of 3 – About you – Contact the city | Sample City');
  await expect(h1(page)).toBeFocused();
  // The district is asked only of residents.
  await expect(page.locator('#q-ward')).toHaveCount(0);

  // Continue with nothing: the summary takes focus and lists each required question.
  await page.getByTestId('form-continue').click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(page.locator('#q-name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#q-name-error')).toContainText('Enter an answer to');
  await expectNoAxeViolations(page, 'contact step 1 with errors');
  // A summary link moves focus to its field.
  await summary.getByRole('link').nth(1).click();
  await expect(page.locator('#q-email')).toBeFocused();

  await page.locator('#q-email').fill('not an address');
  await page.getByLabel(/Full name/).fill('Aiko Tanaka');
  await page.locator('#q-resident').check();
  await expect(page.locator('#q-ward')).toBeVisible();
  await page.locator('#q-ward').selectOption('kita');
  await page.getByTestId('form-continue').click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(1);
  await expect(page.locator('#q-email-error')).toContainText('right format');
  await page.locator('#q-email').fill('aiko@example.org');
  await page.getByTestId('form-continue').click();

  await expectStep(page, 2, 3);
  await page.locator('#q-topic').check();
  // The character count follows the text.
  await page.locator('#q-body').fill('Hello');
  await expect(page.locator('#q-body-count')).toHaveText(new RegExp(`You have ${iso("1,995")} characters remaining`));
  await page.getByTestId('form-continue').click();
  await expectStep(page, 3, 3);
  // "None of these" clears the other needs.
  await page.locator('#q-needs').check();
  await page.getByLabel('None of these').check();
  await expect(page.locator('#q-needs')).not.toBeChecked();
  await page.getByTestId('form-continue').click();

  await expect(h1(page)).toHaveText(message('en', 'form-check-title'));
  await expectNoAxeViolations(page, 'contact check answers');
  const row = (id: string) => page.locator(`[data-question="${id}"]`);
  await expect(row('name')).toContainText('Aiko Tanaka');
  await expect(row('resident')).toContainText('Yes');
  await expect(row('needs')).toContainText('None of these');
  // Change a name from the check page, and come back to it.
  await row('name').getByRole('link').click();
  await expectStep(page, 1, 3);
  await page.getByLabel(/Full name/).fill('Aiko Tanaka-Smith');
  await page.getByTestId('form-continue').click();
  await expect(h1(page)).toHaveText(message('en', 'form-check-title'));
  await expect(row('name')).toContainText('Aiko Tanaka-Smith');

  const key = (await draft(page, 'contact')).idempotency_key;
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-done')).toBeVisible();
  await expect(h1(page)).toBeFocused();
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-\d{4}-\d{6}$/);
  await expectNoAxeViolations(page, 'contact sent');
  expect(await storedCount(request, key)).toBe(1);
  // The answers left the device once sent.
  expect(await draft(page, 'contact')).toBeNull();
});

test('a draft survives a reload and can be restored or deleted', async ({ page }) => {
  await page.goto('/en/forms/contact?step=1');
  await fillAboutYou(page);
  await page.reload();
  // Reloading a step keeps the answers in place.
  await expect(page.getByLabel(/Full name/)).toHaveValue('Aiko Tanaka');
  await page.goto('/en');
  await page.getByTestId('header-contact').click();
  const restored = page.locator('#form-restored');
  await expect(restored).toHaveAttribute('role', 'status');
  await expect(restored).toContainText('We restored the answers you gave on');
  await expectNoAxeViolations(page, 'draft restored');
  await page.getByTestId('form-resume').click();
  // Step 1 is complete, so the visitor continues at step 2.
  await expectStep(page, 2, 3);
  await page.getByRole('link', { name: message('en', 'form-back') }).click();
  await expect(page.getByLabel(/Email address/)).toHaveValue('aiko@example.org');
  await expect(page.locator('#q-ward')).not.toHaveValue('');

  await page.goto('/en/forms/contact');
  const oldKey = (await draft(page, 'contact')).idempotency_key;
  await page.getByTestId('form-start-again').click();
  await expect(page.getByText(message('en', 'form-cleared'))).toBeVisible();
  expect(await draft(page, 'contact')).toBeNull();
  await page.getByTestId('form-start').click();
  await expect(page.getByLabel(/Full name/)).toHaveValue('');
  await page.getByLabel(/Full name/).fill('B');
  expect((await draft(page, 'contact')).idempotency_key).not.toBe(oldKey);
});

test('drafts expire after the form’s days, as the start page says', async ({ page }) => {
  await page.goto('/en/forms/contact');
  expect(stripIsolation(await page.getByTestId('form-save-note').innerText())).toContain(
    'They are deleted after 7 days without a change.',
  );
  await page.getByTestId('form-start').click();
  await fillAboutYou(page);
  const saved = await draft(page, 'contact');
  // Seven days and a minute later (the draft's time moved back), it is not restored.
  await page.evaluate((d) => {
    const old = new Date(Date.now() - (7 * 24 * 60 + 1) * 60_000).toISOString();
    localStorage.setItem('civic-portal.form.contact', JSON.stringify({ ...d, saved_at: old }));
  }, saved);
  await page.goto('/en/forms/contact');
  await expect(page.getByTestId('form-start')).toBeVisible();
  await expect(page.locator('#form-restored')).toHaveCount(0);
  await expect(page.getByTestId('form-resume')).toHaveCount(0);
  expect(await draft(page, 'contact')).toBeNull();
  // Six days old: restored.
  await page.evaluate((d) => {
    const recent = new Date(Date.now() - 6 * 24 * 3_600_000).toISOString();
    localStorage.setItem('civic-portal.form.contact', JSON.stringify({ ...d, saved_at: recent }));
  }, saved);
  await page.goto('/en/forms/contact');
  await expect(page.locator('#form-restored')).toBeVisible();
});

test('a draft that cannot be saved is said so, not covered by the last “Saved”', async ({ page }) => {
  await page.goto('/en/forms/contact?step=1');
  await page.getByLabel(/Full name/).fill('Aiko');
  await expect(page.getByTestId('form-saved')).toContainText('Answers saved on this device');
  // A status region is read out: no invisible isolation marks around the time.
  expect(await page.getByTestId('form-saved').innerText()).not.toMatch(/[\u2068\u2069]/);
  // The device's storage fills up.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.getByLabel(/Full name/).fill('Aiko Tanaka');
  await expect(page.getByTestId('form-saved')).toHaveText(message('en', 'form-save-failed'));
  await expect(page.getByTestId('form-saved')).toHaveAttribute('role', 'status');
  // The answer stays on the page.
  await expect(page.getByLabel(/Full name/)).toHaveValue('Aiko Tanaka');
});

test('a tampered draft is dropped without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('civic-portal.form.contact', '{"version":1,"answers":'));
  await page.goto('/en/forms/contact');
  await expect(page.getByTestId('form-start')).toBeVisible();
  await expect(page.locator('#form-restored')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('civic-portal.form.contact'))).toBeNull();
  expect(errors).toEqual([]);
});

test('forms work where crypto.randomUUID is missing (plain-HTTP intranets, older Safari)', async ({ page, request }) => {
  // randomUUID exists only in secure contexts; getRandomValues everywhere.
  await page.addInitScript(() => {
    delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
  });
  const errors = collectErrors(page);
  await contactToCheck(page);
  const key = (await draft(page, 'contact')).idempotency_key;
  expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
  expect(await storedCount(request, key)).toBe(1);
  expect(errors).toEqual([]);
});

test('a double click sends once', async ({ page, request }) => {
  await contactToCheck(page);
  const key = (await draft(page, 'contact')).idempotency_key;
  let posts = 0;
  await page.route(SUBMISSIONS, async (route) => {
    posts += 1;
    await route.continue({ headers: { ...route.request().headers(), 'x-civic-test': 'delay=800' } });
  });
  await page.getByTestId('form-send').dblclick();
  await expect(page.getByTestId('form-send')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
  expect(posts).toBe(1);
  expect(await storedCount(request, key)).toBe(1);
});

test('a lost answer, then a retry: one stored record, the same reference', async ({ page, request }) => {
  await contactToCheck(page);
  const key = (await draft(page, 'contact')).idempotency_key;
  let first = true;
  let firstReference = '';
  await page.route(SUBMISSIONS, async (route) => {
    if (first) {
      first = false;
      // The backend stores the submission, but the answer never reaches the browser.
      const reply = await route.fetch();
      firstReference = (await reply.json()).reference;
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.getByTestId('form-send').click();
  const failure = page.getByTestId('form-failure');
  await expect(failure).toBeFocused();
  await expect(failure).toContainText(message('en', 'form-send-failed-title'));
  await expectNoAxeViolations(page, 'send failed');
  // Nothing is lost.
  expect((await draft(page, 'contact')).answers.name).toBe('Aiko Tanaka');
  await expect(page.getByTestId('form-send')).toHaveText(message('en', 'form-send-retry'));
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-reference')).toHaveText(firstReference);
  expect(await storedCount(request, key)).toBe(1);
});

test('a lost answer, then a changed answer: sent again under a new key, not given the old receipt', async ({
  page,
  request,
}) => {
  await contactToCheck(page);
  const firstKey = (await draft(page, 'contact')).idempotency_key;
  let first = true;
  let firstReference = '';
  const keys: string[] = [];
  await page.route(SUBMISSIONS, async (route) => {
    keys.push(JSON.parse(route.request().postData() ?? '{}').idempotency_key);
    if (first) {
      first = false;
      // Stored, but the browser never hears it.
      firstReference = (await (await route.fetch()).json()).reference;
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-failure')).toBeFocused();
  // The visitor corrects their name before trying again.
  await page.locator('[data-question="name"]').getByRole('link').click();
  await page.getByLabel(/Full name/).fill('Aiko Tanaka-Smith');
  await page.getByTestId('form-continue').click();
  await expect(h1(page)).toHaveText(message('en', 'form-check-title'));
  await page.getByTestId('form-send').click();
  const reference = page.getByTestId('form-reference');
  await expect(reference).toHaveText(/^SC-/);
  // The backend refused the old key with other answers (422 key_reused); the app sent the
  // corrected answers once more under a new key, and shows their own reference.
  await expect(reference).not.toHaveText(firstReference);
  expect(keys.length).toBe(3);
  expect(keys[1]).toBe(firstKey);
  expect(keys[2]).not.toBe(firstKey);
  expect(await storedCount(request, firstKey)).toBe(1);
  expect(await storedCount(request, keys[2])).toBe(1);
});

for (const locale of ['en', 'ja']) {
  test(`too many submissions (429): how long to wait, in ${locale}, and the answers kept`, async ({ page, request }) => {
    await page.goto(`/${locale}/forms/contact`);
    // The sample's own answers; the check page is reached through the steps below.
    await page.getByTestId('form-start').click();
    await page.locator('#q-name').fill('Aiko Tanaka');
    await page.locator('#q-email').fill('aiko@example.org');
    await page.locator('#q-resident').check();
    await page.locator('#q-ward').selectOption({ index: 1 });
    await page.getByTestId('form-continue').click();
    await page.locator('#q-topic').check();
    await page.locator('#q-body').fill('When is bulky waste collected?');
    await page.getByTestId('form-continue').click();
    await page.getByTestId('form-continue').click();
    await expect(h1(page)).toHaveText(message(locale, 'form-check-title'));
    const key = (await draft(page, 'contact')).idempotency_key;
    let limited = true;
    await page.route(SUBMISSIONS, async (route) => {
      if (!limited) return route.continue();
      limited = false;
      await route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '30' },
        body: JSON.stringify({ error: 'rate_limited', retry_after: 30 }),
      });
    });
    await page.getByTestId('form-send').click();
    const failure = page.getByTestId('form-failure');
    await expect(failure).toBeFocused();
    await expect(failure).toContainText(message(locale, 'form-send-failed-title'));
    await expect(failure).toContainText(/30/);
    const wait = locale === 'en' ? 'Wait 30 seconds, then send again.' : '30秒ほど待ってから';
    expect(stripIsolation(await failure.innerText())).toContain(wait);
    await expectNoAxeViolations(page, `429 in ${locale}`);
    expect((await draft(page, 'contact')).answers.name).toBe('Aiko Tanaka');
    expect(await storedCount(request, key)).toBe(0);
    await page.getByTestId('form-send').click();
    await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
    expect(await storedCount(request, key)).toBe(1);
  });
}

test('server down, failing and garbled, then up: the answers wait and are sent once', async ({
  page,
  request,
}) => {
  await contactToCheck(page);
  const key = (await draft(page, 'contact')).idempotency_key;
  const modes = ['down', 'error', 'malformed', 'up'];
  await page.route(SUBMISSIONS, async (route) => {
    const mode = modes.shift();
    if (mode === 'down') return route.abort('connectionrefused');
    const headers = { ...route.request().headers() };
    if (mode === 'error' || mode === 'malformed') headers['x-civic-test'] = mode;
    return route.continue({ headers });
  });
  const failure = page.getByTestId('form-failure');
  await page.getByTestId('form-send').click();
  await expect(failure).toContainText(stripIsolation(message('en', 'error-network-body')));
  await page.getByTestId('form-send').click();
  await expect(failure).toContainText('503');
  await page.getByTestId('form-send').click();
  await expect(failure).toContainText(message('en', 'form-send-malformed'));
  expect(await storedCount(request, key)).toBe(1); // the garbled reply came after storing
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
  expect(await storedCount(request, key)).toBe(1);
});

test('answers the server refuses are shown on their fields', async ({ page, request }) => {
  await contactToCheck(page);
  const key = (await draft(page, 'contact')).idempotency_key;
  // Something between browser and server changed the email: the backend's own check refuses it.
  await page.route(SUBMISSIONS, async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}');
    body.answers.email = 'no-at-sign';
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.getByTestId('form-send').click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('right format');
  await expectNoAxeViolations(page, 'server errors on check page');
  expect(await storedCount(request, key)).toBe(0);
  await page.unroute(SUBMISSIONS);
  await summary.getByRole('link').click();
  await expectStep(page, 1, 3);
  await expect(page.locator('#q-email-error')).toContainText('right format');
  await page.getByTestId('form-continue').click();
  await expect(h1(page)).toHaveText(message('en', 'form-check-title'));
  await page.getByTestId('form-send').click();
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
  expect(await storedCount(request, key)).toBe(1);
});

test('the Japanese edition: translated steps and messages', async ({ page }) => {
  await page.goto('/ja/forms/contact?step=1');
  const expected = message('ja', 'form-step').replace('{ $current }', '1').replace('{ $total }', '3');
  await expect(page.getByTestId('form-step')).toBeVisible();
  expect(stripIsolation((await page.getByTestId('form-step').textContent()) ?? '')).toBe(expected);
  await page.getByTestId('form-continue').click();
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary h2')).toHaveText(message('ja', 'form-error-summary-title'));
  await expectNoAxeViolations(page, 'ja step 1 with errors');
  // Full-width digits from a Japanese input method count as digits.
  await page.locator('#q-phone').fill('０３－１２３４－５６７８');
  await expect(page.locator('#q-phone')).toHaveValue('03-1234-5678');
  expect((await draft(page, 'contact')).answers.phone).toBe('03-1234-5678');
  // The date fields of the survey come year first in Japanese.
  await page.goto('/ja/forms/e-government-survey?step=9');
  const inputs = page.locator('.cp-date input');
  await expect(inputs.first()).toHaveId('q-completed_on');
  await expect(page.locator('label[for="q-completed_on"]')).toHaveText(message('ja', 'form-date-year'));
});

/** Presses Tab until the element matching `selector` has focus (keyboard only). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const q = (id: string) => `#q-${id}`;
const option = (id: string, value: string) => `input[name="q-${id}"][value="${value}"]`;

/** Keyboard answers per step of the survey: [selector, keys] pairs, in page order. */
type Action = [string, (page: Page) => Promise<void>];
const type = (text: string) => async (page: Page) => page.keyboard.type(text);
const press = (...keys: string[]) => async (page: Page) => {
  for (const k of keys) await page.keyboard.press(k);
};
/** A date typed into the three fields, in the interface language's order (day first in
 * English, year first in Japanese, Chinese and Korean). */
const date = (d: string, m: string, y: string) => async (page: Page) => {
  const yearFirst = (await page.evaluate(() => document.documentElement.lang)) !== 'en';
  const parts = yearFirst ? [y, m, d] : [d, m, y];
  for (const [i, part] of parts.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(part);
  }
};

const SURVEY: Action[][] = [
  [[q('lead_unit'), type('Digital Transformation Section')], [q('has_cdo'), press('Space')],
   [q('cdo_title'), type('Chief Digital Officer')], [q('digital_staff'), type('14')]],
  [[q('has_digital_ordinance'), press('Space')],
   [q('ordinance_urls'), type('https://city.example/rules/digital\nhttps://city.example/rules/data')]],
  [[q('has_strategy'), press('Space', 'ArrowRight')], [q('new_services_budget_share'), type('35')]],
  [[q('website_url'), type('https://city.example')], [q('online_services'), press('Space')],
   [option('online_services', 'bulky-waste'), press('Space')], [q('bulky_waste_online_share'), type('40')],
   [q('online_procedures'), type('120')]],
  [[q('measures_satisfaction'), press('Space')]],
  [[q('social_accounts'), press('Space')]],
  [[q('warning_channels'), press('Space')], [q('warning_languages'), type('5')], [q('last_drill'), date('1', '9', '2026')]],
  [[q('has_smart_city_plan'), press('Space', 'ArrowRight')]],
  [[q('respondent_name'), type('Kenji Sato')], [q('respondent_email'), type('k.sato@city.example')],
   [q('completed_on'), date('20', '11', '2026')]],
];

/** The survey's translations: the same questions and option values in every locale. */
const surveyIn = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/content/${locale}/forms/e-government-survey.json`, import.meta.url), 'utf8'));

for (const locale of LOCALES) {
test(`the e-government survey in ${locale} with the keyboard alone, axe on every step with and without errors`, async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const survey = surveyIn(locale);
  expect(survey.locale).toBe(locale);
  await page.goto(`/${locale}/forms/e-government-survey`);
  // Its own translation, not the English one with a notice.
  await expect(page.locator('.cp-content-language')).toHaveCount(0);
  await expect(h1(page)).toHaveText(survey.title);
  await expectNoAxeViolations(page, `${locale} survey start`);
  await tabTo(page, '[data-testid="form-start"]');
  await page.keyboard.press('Enter');
  for (const [index, actions] of SURVEY.entries()) {
    if (locale === 'en') await expectStep(page, index + 1, 9);
    await expect(h1(page)).toHaveText(survey.sections[index].title);
    await expect(h1(page)).toBeFocused();
    await expectNoAxeViolations(page, `${locale} survey step ${index + 1}`);
    // Continue without answering: the summary takes focus.
    await tabTo(page, '[data-testid="form-continue"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#error-summary')).toBeFocused();
    await expectNoAxeViolations(page, `${locale} survey step ${index + 1} with errors`);
    for (const [selector, act] of actions) {
      await tabTo(page, selector);
      await act(page);
    }
    await tabTo(page, '[data-testid="form-continue"]');
    await page.keyboard.press('Enter');
  }
  await expect(h1(page)).toHaveText(message(locale, 'form-check-title'));
  await expectNoAxeViolations(page, `${locale} survey check answers`);
  const row = (id: string) => page.locator(`[data-question="${id}"]`);
  await expect(row('cdo_title')).toContainText('Chief Digital Officer');
  await expect(row('bulky_waste_online_share')).toContainText('40');
  // The labels are the translation's.
  const label = survey.sections[0].questions.find((q: { id: string }) => q.id === 'cdo_title').label;
  await expect(row('cdo_title').locator('dt')).toHaveText(label);
  // Hidden follow-ups ("if you answered yes") are not listed.
  await expect(row('strategy_adopted')).toHaveCount(0);
  const completed = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(2026, 10, 20));
  await expect(row('completed_on')).toContainText(completed);
  const key = (await draft(page, 'e-government-survey')).idempotency_key;
  await tabTo(page, '[data-testid="form-send"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('form-reference')).toHaveText(/^SC-\d{4}-\d{6}$/);
  await expect(h1(page)).toBeFocused();
  await expectNoAxeViolations(page, `${locale} survey sent`);
  expect(await storedCount(request, key)).toBe(1);
});
}

test('form steps with errors reflow at 320 px and at 200 % text (A6)', async ({ page }) => {
  for (const setup of ['320px', '200%']) {
    await page.setViewportSize(setup === '320px' ? { width: 320, height: 640 } : { width: 640, height: 800 });
    for (const path of ['/en/forms/e-government-survey?step=4', '/ja/forms/e-government-survey?step=9', '/en/forms/contact?step=2']) {
      await page.goto(path);
      await expect(h1(page)).toBeVisible();
      if (setup === '200%') {
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      }
      await page.getByTestId('form-continue').click();
      await expect(page.locator('#error-summary')).toBeFocused();
      expect(await horizontalOverflow(page), `${path} with errors at ${setup}`).toBeNull();
    }
  }
});

test('the header menu is a disclosure on narrow screens', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/en/forms/contact');
  const toggle = page.locator('#primary-nav-toggle');
  const list = page.locator('#primary-nav-list');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(list).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(list).toBeVisible();
  await expectNoAxeViolations(page, 'menu open');
  await page.keyboard.press('Tab');
  await expect(list.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await expect(list).toBeHidden();
  // Following a link closes the menu.
  await page.keyboard.press('Space');
  await list.getByRole('link').nth(1).click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // On a wide screen the links are always there and the button is not.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(toggle).toBeHidden();
  await expect(list).toBeVisible();
});

for (const locale of LOCALES) {
  test(`forms in ${locale}: start, errors, check answers and sent pass axe (A13)`, async ({ page, request }) => {
    const errors = collectErrors(page);
    await page.goto(`/${locale}/forms/e-government-survey`);
    await expect(page.getByTestId('form-start')).toBeVisible();
    // Every locale has its own translation of the survey.
    await expect(page.locator('.cp-content-language')).toHaveCount(0);
    await expectNoAxeViolations(page, `${locale} survey start`);
    await page.goto(`/${locale}/forms/contact?step=1`);
    await page.getByTestId('form-continue').click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expectNoAxeViolations(page, `${locale} contact step 1 with errors`);
    // A complete draft, straight to "check your answers".
    const key = `e2e-${locale}-${Date.now()}`;
    await page.evaluate((draft) => localStorage.setItem('civic-portal.form.contact', draft), contactDraft(key, '田中 愛子'));
    await page.goto(`/${locale}/forms/contact?step=check`);
    await expect(page.locator('[data-question="name"]')).toContainText('田中 愛子');
    await expectNoAxeViolations(page, `${locale} check answers`);
    await page.getByTestId('form-send').click();
    await expect(page.getByTestId('form-reference')).toHaveText(/^SC-/);
    await expectNoAxeViolations(page, `${locale} sent`);
    expect(await storedCount(request, key)).toBe(1);
    expect(errors).toEqual([]);
  });
}
