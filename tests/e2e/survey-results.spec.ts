// A survey's published results (target X7): the reference backend's aggregated counts
// (`GET /content/forms/<id>/results`), charted by the app in every locale — SVG bars with
// their labels and values as text, a table of the same figures, withheld small counts, bars
// that contrast 4.5:1 and survive forced colours, 320 px — and the loading, empty, not-found
// and error states of any remote content.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { LOCALES, applyTextSpacing, expectNoAxeViolations, horizontalOverflow, message, stripIsolation, test } from './support';

const RESULTS = '**/content/forms/e-government-survey/results';
const PATH = '/forms/e-government-survey/results';
const survey = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/content/${locale}/forms/e-government-survey.json`, import.meta.url), 'utf8'));

type Q = { id: string; kind: string; options?: { value: string; label: string }[] };
const COUNTED = ['radios', 'checkboxes', 'select', 'yes_no'];
const questions = (locale: string): Q[] => survey(locale).sections.flatMap((s: { questions: Q[] }) => s.questions);
const values = (q: Q) => (q.kind === 'yes_no' ? ['yes', 'no'] : q.options!.map((o) => o.value));

/** Results as the backend sends them: 20 responses; `has_cdo` 12 yes / 8 no; in every other
 * question the first option 10, the second 3 (withheld: below 5), the rest 0; `smart_city_stage`
 * answered by only 4 (all withheld). */
function fixture(responses = 20) {
  return {
    form_id: 'e-government-survey',
    responses,
    min_count: 5,
    generated_at: '2026-12-01T09:30:00Z',
    questions: questions('en')
      .filter((q) => COUNTED.includes(q.kind))
      .map((q) => {
        if (q.id === 'has_cdo') {
          return { id: q.id, answered: 20, options: [{ value: 'yes', count: 12 }, { value: 'no', count: 8 }] };
        }
        if (q.id === 'smart_city_stage') {
          return { id: q.id, answered: null, options: values(q).map((value) => ({ value, count: null })) };
        }
        return { id: q.id, answered: 13, options: values(q).map((value, i) => ({ value, count: i === 0 ? 10 : i === 1 ? null : 0 })) };
      }),
  };
}

async function serve(page: Page, body: unknown, status = 200, delayMs = 0) {
  await page.route(RESULTS, async (route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({ status, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) });
  });
}

/** The WCAG contrast ratio of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const locale of LOCALES) {
  test(`results in ${locale}: charts with labels and values, tables, withheld counts, axe`, async ({ page }) => {
    await serve(page, fixture());
    await page.goto(`/${locale}${PATH}`);
    const def = survey(locale);
    await expect(page.getByTestId('results')).toBeVisible();
    expect(stripIsolation(await page.locator('h1').innerText())).toBe(
      message(locale, 'results-title').replace('{ $form }', def.title),
    );
    await expect(page.locator('.cp-content-language')).toHaveCount(0);
    const cdo = page.locator('[data-question="has_cdo"]');
    const label = questions(locale).find((q) => q.id === 'has_cdo')!;
    await expect(cdo.locator('h2')).toHaveText((label as unknown as { label: string }).label);
    // Each bar: its label and value as visible text, its bar an SVG as long as its share.
    const bars = cdo.locator('.cp-chart__row');
    await expect(bars).toHaveCount(2);
    await expect(bars.nth(0).locator('.cp-chart__label')).toHaveText(message(locale, 'form-yes'));
    await expect(bars.nth(0).locator('.cp-chart__value')).toContainText('12');
    await expect(bars.nth(0).locator('.cp-chart__value')).toContainText('60');
    await expect(bars.nth(0).locator('.cp-chart__fill')).toHaveAttribute('width', '60');
    await expect(bars.nth(1).locator('.cp-chart__fill')).toHaveAttribute('width', '40');
    await expect(cdo.locator('ul.cp-chart')).toHaveAttribute('aria-labelledby', 'rq-has_cdo');
    // A withheld count: no bar, "fewer than 5".
    const stage = page.locator('[data-question="digital_id"] .cp-chart__row').nth(1);
    await expect(stage.locator('.cp-chart__fill')).toHaveAttribute('width', '0');
    expect(stripIsolation(await stage.locator('.cp-chart__value').innerText())).toBe(
      message(locale, 'results-fewer-than').replace('{ $min }', '5'),
    );
    // A question answered by too few: no chart at all, said.
    await expect(page.locator('[data-question="smart_city_stage"] .cp-chart')).toHaveCount(0);
    await expect(page.locator('[data-question="smart_city_stage"] .cp-results__answered')).toContainText('5');
    // Free-text questions are never listed.
    await expect(page.locator('[data-question="lead_unit"]')).toHaveCount(0);
    // The table holds the same figures.
    await cdo.locator('summary').click();
    const table = cdo.locator('table');
    await expect(table.locator('caption')).toHaveText((label as unknown as { label: string }).label);
    await expect(table.locator('tbody tr').nth(0).locator('th')).toHaveText(message(locale, 'form-yes'));
    await expect(table.locator('tbody tr').nth(0).locator('td').nth(0)).toContainText('12');
    await expect(table.locator('tbody tr').nth(1).locator('td').nth(1)).toContainText('40');
    await expectNoAxeViolations(page, `${locale} results with a table open`);
  });
}

test('bars contrast 4.5:1 with the page, and stay visible in forced colours', async ({ page }) => {
  await serve(page, fixture());
  await page.goto(`/en${PATH}`);
  const fill = page.locator('[data-question="has_cdo"] .cp-chart__fill').first();
  await expect(fill).toBeVisible();
  const colours = async () =>
    fill.evaluate((el) => ({
      fill: getComputedStyle(el).fill,
      page: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
  const normal = await colours();
  expect(contrast(normal.fill, normal.page), JSON.stringify(normal)).toBeGreaterThanOrEqual(4.5);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const c = await colours();
    expect(contrast(c.fill, c.page), `${scheme}: ${JSON.stringify(c)}`).toBeGreaterThanOrEqual(4.5);
  }
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
  const forced = await colours();
  // The system's text colour on the system's background.
  expect(forced.fill, JSON.stringify(forced)).toBe(forced.text);
  expect(contrast(forced.fill, forced.page), JSON.stringify(forced)).toBeGreaterThanOrEqual(4.5);
  await expectNoAxeViolations(page, 'results in forced colours');
});

test('results reflow at 320 px with the tables open, with and without text spacing (A6)', async ({ page }) => {
  await serve(page, fixture());
  await page.setViewportSize({ width: 320, height: 640 });
  for (const locale of ['en', 'ja', 'ko']) {
    await page.goto(`/${locale}${PATH}`);
    await expect(page.locator('.cp-chart').first()).toBeVisible();
    for (const summary of await page.locator('.cp-results__table summary').all()) await summary.click();
    expect(await horizontalOverflow(page), `${locale} at 320 px`).toBeNull();
    await applyTextSpacing(page);
    expect(await horizontalOverflow(page), `${locale} at 320 px with text spacing`).toBeNull();
    const value = page.locator('.cp-chart__value').first();
    // The value is text at the page's size, not shrunk with the chart.
    expect(await value.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
  }
});

test('results states: loading, no responses yet, server error with retry, malformed, not public', async ({ page }) => {
  // No responses yet: every question answered by nobody, every count zero.
  const none = fixture(0);
  for (const q of none.questions) {
    q.answered = 0;
    for (const o of q.options) o.count = 0;
  }
  let answer: { status: number; body: unknown } = { status: 200, body: none };
  await page.route(RESULTS, async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.fulfill({ status: answer.status, contentType: 'application/json', body: typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body) });
  });
  await page.goto(`/en${PATH}`);
  await expect(page.getByTestId('results-empty')).toBeVisible();
  await expect(page.getByTestId('results-empty')).toContainText(message('en', 'results-none-title'));
  await expect(page.locator('.cp-chart')).toHaveCount(0);
  await expectNoAxeViolations(page, 'no responses yet');

  answer = { status: 503, body: { error: 'unavailable' } };
  await page.goto(`/en${PATH}`);
  await expect(page.locator('.cp-loading')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(message('en', 'error-server-title'));
  answer = { status: 200, body: fixture() };
  await page.getByRole('button', { name: message('en', 'retry') }).click();
  await expect(page.locator('[data-question="has_cdo"] .cp-chart__row')).toHaveCount(2);

  // Counts that cannot be (more "yes" than answers, a withheld count sent anyway).
  const impossible = fixture();
  impossible.questions[0].options[0].count = 99;
  answer = { status: 200, body: impossible };
  await page.goto(`/en${PATH}`);
  await expect(page.locator('h1')).toHaveText(message('en', 'error-malformed-title'));
  answer = { status: 200, body: '{"form_id": "e-government-survey", "responses": ' };
  await page.goto(`/en${PATH}`);
  await expect(page.locator('h1')).toHaveText(message('en', 'error-malformed-title'));
  await page.unroute(RESULTS);

  // The contact form does not publish results: the real backend says not found.
  await page.goto('/en/forms/contact/results');
  await expect(page.locator('h1')).toHaveText(message('en', 'not-found-title'));
});

test('the reference backend counts real responses: the page shows what it serves', async ({ page, request }) => {
  const served = async () => (await request.get(`/content/forms/e-government-survey/results`)).json();
  // Other journeys send surveys meanwhile: compare against an answer that did not change
  // while the page loaded.
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = await served();
    await page.goto(`/en${PATH}`);
    await expect(page.getByTestId('results')).toBeVisible();
    const lead = stripIsolation(await page.getByTestId('results-lead').innerText());
    const after = await served();
    if (before.responses !== after.responses) continue;
    expect(after.form_id).toBe('e-government-survey');
    expect(JSON.stringify(after)).not.toContain('@');
    expect(lead).toContain(String(after.responses));
    const cdo = after.questions.find((q: { id: string }) => q.id === 'has_cdo');
    if (cdo.answered !== null && after.responses > 0) {
      const yes = cdo.options[0].count;
      const shown = stripIsolation(await page.locator('[data-question="has_cdo"] .cp-chart__value').first().innerText());
      expect(shown).toContain(yes === null ? message('en', 'results-fewer-than').replace('{ $min }', '5') : String(yes));
    }
    return;
  }
  throw new Error('the results changed during every attempt');
});

test('the survey links to its results; the contact form does not', async ({ page }) => {
  await page.goto('/en/forms/e-government-survey');
  await expect(page.getByTestId('form-start-results')).toHaveAttribute('href', `/en${PATH}`);
  await page.goto('/en/forms/contact');
  await expect(page.getByTestId('form-start')).toBeVisible();
  await expect(page.getByTestId('form-start-results')).toHaveCount(0);
});
