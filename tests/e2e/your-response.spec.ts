// "Your response" (target X7): after sending, the visitor opens their own response — title,
// reference, when it was sent, time to complete, every asked question with its answer (hidden
// ones left out) in the language it was filled in — prints it on A4 without the site's chrome,
// downloads it, and keeps a copy on the device only if they choose to (deletable; listed as
// strictly necessary storage).
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, message, stripIsolation, test } from './support';

const RESPONSE_KEY = 'civic-portal.response.contact';
const contact = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/content/${locale}/forms/contact.json`, import.meta.url), 'utf8'));

/** A complete contact draft begun `minutesAgo` minutes ago: resident "no" hides the district. */
function draft(key: string, minutesAgo: number) {
  return JSON.stringify({
    version: 1,
    form_id: 'contact',
    saved_at: new Date().toISOString(),
    started_at: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    idempotency_key: key,
    answers: {
      name: '田中 愛子',
      email: 'aiko@example.org',
      resident: 'no',
      topic: 'waste',
      body: 'First line\nSecond line',
      needs: ['none'],
    },
  });
}

/** Sends the contact form in `locale` from a stored draft and opens "your response". */
async function sendAndOpen(page: Page, locale: string, minutesAgo = 64.5) {
  await page.goto(`/${locale}/forms/contact`);
  const key = `e2e-response-${locale}-${Date.now()}`;
  await page.evaluate((d) => localStorage.setItem('civic-portal.form.contact', d), draft(key, minutesAgo));
  await page.goto(`/${locale}/forms/contact?step=check`);
  await page.getByTestId('form-send').click();
  const reference = (await page.getByTestId('form-reference').textContent())!.trim();
  expect(reference).toMatch(/^SC-\d{4}-\d{6}$/);
  await page.getByTestId('form-view-response').click();
  await expect(page.getByTestId('response')).toBeVisible();
  return reference;
}

test('the response shows every asked answer, the reference and the times, and passes axe', async ({ page }) => {
  const errors = collectErrors(page);
  const reference = await sendAndOpen(page, 'en');
  await expect(page.locator('h1')).toHaveText(message('en', 'form-response-title'));
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByTestId('response-form')).toHaveText('Contact the city');
  await expect(page.getByTestId('response-reference')).toHaveText(reference);
  await expect(page.getByTestId('response-time')).toHaveText('1 hour 5 minutes');
  const year = String(new Date().getUTCFullYear());
  await expect(page.getByTestId('response-sent')).toContainText(year);
  const def = contact('en');
  const row = (id: string) => page.locator(`.cp-response__answers [data-question="${id}"]`);
  await expect(row('name')).toContainText('田中 愛子');
  await expect(row('resident')).toContainText(message('en', 'form-no'));
  const topic = def.sections[1].questions.find((q: { id: string }) => q.id === 'topic');
  await expect(row('topic')).toContainText(topic.options.find((o: { value: string }) => o.value === 'waste').label);
  await expect(row('body')).toContainText('Second line');
  // The district is asked only of residents: left out, like on "check your answers".
  await expect(row('ward')).toHaveCount(0);
  // An optional question asked but not answered says so.
  await expect(row('phone')).toContainText(message('en', 'form-not-answered'));
  await expectNoAxeViolations(page, 'your response');
  // Nothing was kept on the device: that is the visitor's choice.
  expect(await page.evaluate((k) => localStorage.getItem(k), RESPONSE_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

test('the response in the language it was filled in, whatever the interface language', async ({ page }) => {
  await sendAndOpen(page, 'ja', 2.5);
  const def = contact('ja');
  await expect(page.getByTestId('response-form')).toHaveText(def.title);
  await expect(page.getByTestId('response-time')).toHaveText('3分');
  await expect(page.locator('.cp-response__answers')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('.cp-response__answers [data-question="resident"]')).toContainText('いいえ');
  // Switch the interface to English: the labels of the page change, the answers do not.
  await page.locator('.cp-language a[hreflang="en"]').click();
  await expect(page.locator('h1')).toHaveText(message('en', 'form-response-title'));
  await expect(page.getByTestId('response-form')).toHaveText(def.title);
  await expect(page.locator('.cp-response__answers')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('.cp-response__answers [data-question="name"] dt')).toHaveText(
    def.sections[0].questions[0].label,
  );
});

test('printing leaves out the site around the response and breaks pages between sections (A4)', async ({ page }) => {
  await sendAndOpen(page, 'en');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.cp-header', '.cp-footer', '.cp-nav', '.cp-language', '[data-testid="response-actions"]', '[data-testid="response-keep"]']) {
    const shown = await page.locator(selector).evaluateAll((els) => els.some((e) => getComputedStyle(e).display !== 'none'));
    expect(shown, `${selector} is printed`).toBe(false);
  }
  await expect(page.getByTestId('response-reference')).toBeVisible();
  const breaks = await page
    .locator('.cp-response__section')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks.length).toBe(3);
  expect(breaks.every((b) => b === 'page')).toBe(true);
  // The printed document: A4 pages, one more than the sections (the facts come first).
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(4);
  const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(box, 'a page size in the PDF').not.toBeNull();
  // A4 is 595 × 842 points.
  expect(Math.round(Number(box![1]))).toBe(595);
  expect(Math.round(Number(box![2]))).toBe(842);
});

test('the response downloads as a text file with every answer', async ({ page }) => {
  const reference = await sendAndOpen(page, 'en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('response-download').click()]);
  expect(download.suggestedFilename()).toBe(`${reference}.txt`);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\ufeffContact the city\r\n')).toBe(true);
  expect(text).toContain(`${message('en', 'form-response-reference')}: ${reference}\r\n`);
  expect(text).toContain(`${message('en', 'form-response-time')}: 1 hour 5 minutes\r\n`);
  expect(text).toContain('    田中 愛子\r\n');
  expect(text).toContain('    First line\r\n    Second line\r\n');
  expect(text).not.toMatch(/[\u2068\u2069]/);
  const ward = contact('en').sections[0].questions.find((q: { id: string }) => q.id === 'ward').label;
  expect(text).not.toContain(ward);
});

test('a copy is kept only when asked, survives a reload and can be deleted', async ({ page }) => {
  const reference = await sendAndOpen(page, 'en');
  const status = page.getByTestId('response-status');
  await page.getByTestId('response-keep-copy').click();
  await expect(status).toHaveText(message('en', 'form-response-kept-now'));
  const stored = await page.evaluate((k) => localStorage.getItem(k), RESPONSE_KEY);
  expect(JSON.parse(stored!).reference).toBe(reference);
  // The pressed button is gone: focus is on the one that undoes it.
  await expect(page.getByTestId('response-delete')).toBeFocused();
  // Another visit: the copy is there, and says it is kept.
  await page.reload();
  await expect(page.getByTestId('response-reference')).toHaveText(reference);
  await expect(page.getByTestId('response-delete')).toBeVisible();
  await expectNoAxeViolations(page, 'a kept response');
  await page.getByTestId('response-delete').click();
  await expect(status).toHaveText(message('en', 'form-response-deleted'));
  await expect(page.getByTestId('response-keep-copy')).toBeFocused();
  expect(await page.evaluate((k) => localStorage.getItem(k), RESPONSE_KEY)).toBeNull();
  await page.reload();
  await expect(page.getByTestId('response-none')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(message('en', 'form-response-none-title'));
  await expectNoAxeViolations(page, 'no response');
});

test('a tampered kept copy is removed, never shown', async ({ page }) => {
  await page.goto('/en');
  const hostile = JSON.stringify({
    version: 1, form_id: 'contact', title: '<img src=x onerror=alert(1)>', locale: 'en',
    reference: 'SC-1', sent_at: 'not a date', sections: [],
  });
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [RESPONSE_KEY, hostile]);
  await page.goto('/en/forms/contact/response');
  await expect(page.getByTestId('response-none')).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), RESPONSE_KEY)).toBeNull();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the kept copy is listed as strictly necessary storage on the cookie settings page', async ({ page }) => {
  await page.goto('/en/cookie-settings');
  const necessary = page.locator('tr', { hasText: 'civic-portal.response.*' });
  await expect(necessary).toHaveCount(1);
  await expect(necessary).toContainText('civic-portal.form.*');
});

test('the time to complete is not made up when the draft did not record its start', async ({ page }) => {
  await page.goto('/en/forms/contact');
  const old = JSON.parse(draft(`e2e-nostart-${Date.now()}`, 5));
  delete old.started_at;
  await page.evaluate((d) => localStorage.setItem('civic-portal.form.contact', d), JSON.stringify(old));
  await page.goto('/en/forms/contact?step=check');
  await page.getByTestId('form-send').click();
  await page.getByTestId('form-view-response').click();
  await expect(page.getByTestId('response-time')).toHaveText(message('en', 'form-response-time-unknown'));
  expect(stripIsolation(await page.getByTestId('response-time').innerText())).toBe('Not recorded');
});
