// The accessibility matrix (targets A6, A7, A13): every route of the sample city in every
// shipped locale, as a first-time visitor on a phone sees it (cookie banner shown), in each UI
// state: banner shown, main menu open, cookie dialog open. For each: zero axe-core
// violations; tabbing through the whole page never hides the focused element; at 320 px,
// with and without WCAG 1.4.12 text spacing, nothing scrolls sideways. (Forms with errors are
// covered step by step in forms.spec.ts, in every locale.)
import { expect, type Page } from '@playwright/test';
import { ALL_SLUGS, LOCALES, applyTextSpacing, expectNoAxeViolations, hasPage, heading, horizontalOverflow, test } from './support';

const OTHER_ROUTES = ['/news', '/cookie-settings', '/forms/contact', '/forms/e-government-survey', '/forms/e-government-survey/results', '/pages/no-such-page'];

function routes(locale: string): string[] {
  const complete = locale === 'en' || locale === 'ja';
  const slugs = complete ? ALL_SLUGS : ALL_SLUGS.filter((s) => hasPage(locale, s)).concat(['accessibility']);
  return [...slugs.map((s) => (s === 'home' ? '' : `/pages/${s}`)), ...OTHER_ROUTES];
}

/** Tabs through the page until focus comes back round; every focused element must be on
 * screen and not covered (by the banner, a sticky header, anything). */
async function tabThroughWholePage(page: Page, where: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<string>();
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { key: 'body', problem: null };
      const key = el.id || el.outerHTML.slice(0, 120);
      // A link that wraps onto a second line has one box per line; their union's centre can
      // lie over the next link of the first line, so the probe goes into the first box.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= innerHeight) return { key, problem: `${el.outerHTML.slice(0, 80)} is off screen` };
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && !el.contains(top) && !top.contains(el)) {
        return { key, problem: `${el.outerHTML.slice(0, 80)} is covered by ${top.outerHTML.slice(0, 80)}` };
      }
      return { key, problem: null };
    });
    expect(result.problem, `${where}: after ${i + 1} Tab presses`).toBeNull();
    if (seen.has(result.key) || result.key === 'body') return i;
    seen.add(result.key);
  }
  throw new Error(`${where}: focus never came back round after 250 Tab presses`);
}


/** The matrix for one address. */
function matrix(path: string) {
  {
    test(`matrix ${path}: banner, menu, dialog; focus; 320 px`, { tag: '@consent' }, async ({ page }) => {
      test.setTimeout(90_000);
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
      await page.setViewportSize({ width: 390, height: 700 });
      await page.goto(path);
      await heading(page);
      await expect(page.getByTestId('consent-banner')).toBeVisible();
      await expectNoAxeViolations(page, `${path} with the banner shown`);
      await tabThroughWholePage(page, `${path} with the banner shown`);

      // Main menu open (a disclosure on narrow screens).
      await page.locator('#primary-nav-toggle').click();
      await expect(page.locator('#primary-nav-list')).toBeVisible();
      await expectNoAxeViolations(page, `${path} with the menu open`);
      await page.keyboard.press('Escape');

      // Cookie preferences dialog open.
      await page.getByTestId('consent-choose').click();
      await expect(page.getByTestId('consent-dialog')).toBeVisible();
      await expectNoAxeViolations(page, `${path} with the cookie dialog open`);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('consent-dialog')).toBeHidden();

      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await heading(page);
      expect(await horizontalOverflow(page), `${path} at 320 px`).toBeNull();
      await applyTextSpacing(page);
      expect(await horizontalOverflow(page), `${path} at 320 px with text spacing`).toBeNull();
    });
  }
}

for (const locale of LOCALES) {
  for (const route of routes(locale)) matrix(`/${locale}${route}`);
}

// Easy Japanese (ja-x-easy): its own pages, a page it shows in ordinary Japanese, a form and
// the news (also from Japanese).
for (const route of ['', '/pages/disaster-prevention', '/pages/city-diplomacy', '/forms/contact', '/news']) {
  matrix(`/ja-x-easy${route}`);
}
