// Shared helpers of the end-to-end tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const require = createRequire(import.meta.url);
// The top-level axe-core package is newer than the one @axe-core/playwright bundles.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG tags of target A13. */
export const A13_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every shipped interface locale (pseudo-locales excluded). */
export const LOCALES = ['en', 'ja', 'zh-Hans', 'zh-Hant', 'ko'] as const;

/** Whether the sample content has page `slug` in `locale`. */
export function hasPage(locale: string, slug: string): boolean {
  return existsSync(new URL(`../../public/content/${locale}/pages/${slug}.json`, import.meta.url));
}

/** The locale whose content a visitor of `locale` sees for `slug` (its own, else English). */
export const contentLocale = (locale: string, slug: string) => (hasPage(locale, slug) ? locale : 'en');

/** The slugs of every page of the sample city (the English edition is complete). */
export const ALL_SLUGS: string[] = readdirSync(new URL('../../public/content/en/pages/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** Unicode bidi isolation marks that Fluent puts around interpolated values. */
export const stripIsolation = (s: string) => s.replace(/[\u2068\u2069]/g, '');

/** The title of a content page as a visitor of `locale` sees it (English when the page is
 * not translated), read from the embedded sample content. */
export function contentTitle(locale: string, slug: string): string {
  const file = new URL(`../../public/content/${contentLocale(locale, slug)}/pages/${slug}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')).title;
}

/** Translated single-line interface strings used by the tests, read from the .ftl files. */
export function message(locale: string, id: string): string {
  const file = new URL(`../../locales/${locale}/main.ftl`, import.meta.url);
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${locale}: no message ${id}`);
  return line.slice(id.length + 2).trim();
}

/** Waits until the page's <h1> is rendered and returns its text. Only for a page's first
 * view: after a client-side navigation the previous page's heading stays until the new
 * content arrives, so assert with `expect(locator).toHaveText(...)` instead. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1#main-heading');
  await expect(h1).toBeVisible();
  return (await h1.innerText()).trim();
}

/**
 * Runs axe-core with the A13 tags and fails with a readable list of violations. Its findings
 * go into the site's published results unless `publish` is false (the component gallery is
 * not a page of the site).
 */
export async function expectNoAxeViolations(page: Page, context: string, { publish = true } = {}) {
  const results = await new AxeBuilder({ page, axeSource }).withTags(A13_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  // For the published results page (tests/support/a11y-reporter.mjs): where axe ran and which
  // of its rules found something to check there (passes) or needed a person (incomplete).
  const url = new URL(page.url());
  if (publish) base.info().annotations.push({
    type: 'axe',
    description: JSON.stringify({
      path: url.pathname + url.search,
      context,
      violations: results.violations.map((r) => r.id),
      passes: results.passes.map((r) => r.id),
      incomplete: results.incomplete.map((r) => r.id),
    }),
  });
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Collects console errors, uncaught exceptions, and warnings of the app's own modules
 * (`[i18n] message … missing`, reactive-graph misuse) of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error') errors.push(`console: ${text}`);
    else if (m.type() === 'warning' && /^\[i18n\]|reactive_graph|outside a reactive/.test(text)) {
      errors.push(`warning: ${text}`);
    }
  });
  return errors;
}

/** The consent policy revision of public/config.json. */
export const CONSENT_REVISION: string = JSON.parse(
  readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8'),
).consent.revision;

/**
 * The test function of the journeys. Unless a test is tagged `@consent`, the visitor has
 * already refused optional cookies (a valid record is in storage before the page loads), so
 * the banner does not shift every other journey; the consent journeys start from nothing.
 */
export const test = base.extend<{
  seedConsent: void;
  singlePage: boolean;
  singlePageShell: void;
  waitForApp: boolean;
  appStarted: void;
}>({
  /**
   * Journeys act on the running app: `page.goto` and `page.reload` return once the app has
   * hydrated the pre-rendered page or rendered it (`<html data-cp-started>`). A button of a
   * pre-rendered page is visible before the wasm has run, and a click then would test nothing
   * of the app. `test.use({ waitForApp: false })` for tests of the page before the app.
   */
  waitForApp: [true, { option: true }],
  appStarted: [
    async ({ page, waitForApp }, use) => {
      if (waitForApp) {
        const started = () =>
          page
            .waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 20_000 })
            .catch(() => {});
        const goto = page.goto.bind(page);
        const reload = page.reload.bind(page);
        page.goto = async (...args) => {
          const response = await goto(...args);
          await started();
          return response;
        };
        page.reload = async (...args) => {
          const response = await reload(...args);
          await started();
          return response;
        };
      }
      await use();
    },
    { auto: true },
  ],
  /**
   * `test.use({ singlePage: true })`: every document is the single-page shell (dist/spa.html,
   * what a host serves for a path that was not pre-rendered), so the app renders from
   * scratch and fetches its content: the journeys of backend states and hostile responses
   * test that path, the one a CMS page published after the build takes.
   */
  singlePage: [false, { option: true }],
  singlePageShell: [
    async ({ page, singlePage, baseURL }, use) => {
      if (singlePage) {
        await page.route(
          (url) => url.origin === new URL(baseURL!).origin,
          async (route) => {
            if (route.request().resourceType() !== 'document') return route.fallback();
            const shell = await route.fetch({ url: new URL('/spa.html', baseURL).href });
            await route.fulfill({ response: shell });
          },
        );
      }
      await use();
    },
    { auto: true },
  ],
  seedConsent: [
    async ({ page }, use, testInfo) => {
      if (!testInfo.tags.includes('@consent')) {
        await page.addInitScript((revision) => {
          if (!localStorage.getItem('civic-portal.consent')) {
            localStorage.setItem(
              'civic-portal.consent',
              JSON.stringify({
                id: 'e2e0seeded0record',
                timestamp: Date.now(),
                revision,
                locale: 'en',
                method: 'reject_all',
                choices: { necessary: true, analytics: false, media: false },
                gpc: false,
              }),
            );
          }
        }, CONSENT_REVISION);
      }
      await use();
    },
    { auto: true },
  ],
});

/** Why the page scrolls sideways (the widest element outside a scrolling region), or null (A6). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth + 1) return null;
    // Name the widest element that is not inside a scrolling region, to make a failure useful.
    let worst = '';
    let right = doc.clientWidth;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('.cp-table, .cp-receipt__json')) continue;
      const r = el.getBoundingClientRect().right;
      if (r > right) {
        right = r;
        worst = `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`;
      }
    }
    return `${doc.scrollWidth}px > ${doc.clientWidth}px (widest: ${worst})`;
  });
}

/** WCAG 1.4.12 text spacing, applied through the CSSOM (the strict CSP forbids inline styles). */
export async function applyTextSpacing(page: Page) {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      el.style.setProperty('line-height', '1.5', 'important');
      el.style.setProperty('letter-spacing', '0.12em', 'important');
      el.style.setProperty('word-spacing', '0.16em', 'important');
    }
    for (const p of Array.from(document.querySelectorAll<HTMLElement>('p'))) {
      p.style.setProperty('margin-bottom', '2em', 'important');
    }
  });
}

/** The stored draft of a complete, valid contact form (to go straight to "check your answers"). */
export function contactDraft(idempotencyKey: string, name = 'Aiko Tanaka'): string {
  return JSON.stringify({
    version: 1,
    form_id: 'contact',
    saved_at: new Date().toISOString(),
    idempotency_key: idempotencyKey,
    answers: { name, email: 'aiko@example.org', resident: 'no', topic: 'waste', body: 'OK', needs: ['none'] },
  });
}
