// Pre-rendered pages (issue 11): every route arrives as HTML, the app hydrates that HTML
// instead of rendering it again, and nothing moves, flashes or loses focus on the way.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { test, collectErrors } from './support';

/** Holds back the wasm until the returned function is called, so a test can act on the
 * pre-rendered page before the app starts. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Waits until the app has started and says how (`hydrated` or `rendered`). */
async function started(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.cpStarted, null, { timeout: 20_000 });
  return page.evaluate(() => document.documentElement.dataset.cpStarted ?? '');
}

test.use({ waitForApp: false });

const HYDRATED = [
  '/en',
  '/ja/pages/city-diplomacy',
  '/en/news',
  '/ja/forms/e-government-survey',
  '/en/cookie-settings',
  '/ko/pages/policy-speech-2026',
  '/zh-Hant/pages/disaster-prevention',
];

test.describe('pre-rendered pages', () => {
  test('the build has a page for every route of the sample city in every locale', () => {
    const report = JSON.parse(readFileSync(new URL('../../dist/prerender-report.json', import.meta.url), 'utf8'));
    expect(report.failed).toEqual([]);
    for (const locale of ['en', 'ja', 'zh-Hans', 'zh-Hant', 'ko']) {
      for (const path of ['', '/news', '/cookie-settings', '/forms/contact', '/pages/accessibility-test-results']) {
        expect(report.rendered, `${locale}${path}`).toContain(`/${locale}${path}`);
      }
    }
  });

  for (const path of HYDRATED) {
    test(`${path}: the app hydrates the page and keeps its nodes`, async ({ page }) => {
      const errors = collectErrors(page);
      const release = await holdWasm(page);
      await page.goto(path);
      // Before the wasm: the content is there, with its title and language.
      await expect(page.locator('h1#main-heading')).toBeVisible();
      const before = await page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        // Every text of the header, main and footer too: a text the app replaced would be
        // painted again. (The consent banner's: see the first-visit test below.)
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) => (n.parentElement?.closest('header, main, footer') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
        });
        const texts: Text[] = [];
        while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) texts.push(walker.currentNode as Text);
        (window as any).marked = { h1, header: document.querySelector('header'), footer: document.querySelector('footer'), texts };
        return { title: document.title, lang: document.documentElement.lang, h1: h1.textContent };
      });
      expect(before.title).not.toBe('');
      expect(before.lang).toBe(path.split('/')[1]);
      release();
      expect(await started(page)).toBe('hydrated');
      const same = await page.evaluate(() => {
        const m = (window as any).marked;
        return {
          h1: m.h1 === document.querySelector('h1') && m.h1.isConnected,
          header: m.header === document.querySelector('header') && m.header.isConnected,
          footer: m.footer === document.querySelector('footer') && m.footer.isConnected,
          title: document.title,
          replacedTexts: (m.texts as Text[]).filter((t) => !t.isConnected).map((t) => t.textContent!.trim().slice(0, 40)),
        };
      });
      expect(same).toEqual({ h1: true, header: true, footer: true, title: before.title, replacedTexts: [] });
      expect(errors).toEqual([]);
    });
  }

  test('a first visit: the consent banner keeps its pre-rendered texts through hydration', { tag: '@consent' }, async ({ page }) => {
    // The banner's view re-ran when config.json was read, and tachys builds every reactive
    // text of a re-run view anew: the browser painted them again after hydration (Lighthouse
    // counted that as a late LCP). Now the banner's condition is a memo that does not change.
    const release = await holdWasm(page);
    await page.goto('/en');
    await page.evaluate(() => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(document.querySelector('[data-testid=consent-banner]')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (walker.currentNode.textContent!.trim()) texts.push(walker.currentNode as Text);
      (window as any).bannerTexts = texts;
    });
    release();
    expect(await started(page)).toBe('hydrated');
    // After config.json is read (the banner says so with data-resolved).
    await expect(page.getByTestId('consent-banner')).toHaveAttribute('data-resolved', '');
    const kept = await page.evaluate(() => {
      const texts = (window as any).bannerTexts as Text[];
      return { count: texts.length, replaced: texts.filter((t) => !t.isConnected).map((t) => t.textContent!.trim()) };
    });
    expect(kept.count).toBe(6);
    expect(kept.replaced).toEqual([]);
  });

  test('the hydrated app works: links navigate in the app, the language selector switches', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/en/pages/city-diplomacy');
    expect(await started(page)).toBe('hydrated');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語', exact: true }).click();
    await expect(page).toHaveURL(/\/ja\/pages\/city-diplomacy$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    // A client-side switch: no new document was requested.
    expect(requests.filter((p) => p.endsWith('.html') || p === '/ja/pages/city-diplomacy')).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the app does not download the data the page embeds', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/ja/pages/city-diplomacy');
    expect(await started(page)).toBe('hydrated');
    await page.waitForTimeout(300);
    expect(requests).not.toContain('/content/ja/pages/city-diplomacy.json');
    expect(requests).not.toContain('/content/ja/site.json');
  });

  test('a path that was not pre-rendered is rendered by the app (single-page fallback)', async ({ page }) => {
    await page.goto('/en/pages/no-such-page');
    expect(await started(page)).toBe('rendered');
    await expect(page.locator('h1#main-heading')).toHaveText('Page not found');
  });

  test('focus and scroll position set before hydration are kept', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/en/pages/policy-speech-2026');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY > 1000);
    const before = await page.evaluate(() => {
      (window as any).focused = document.activeElement;
      return { y: window.scrollY, tag: document.activeElement?.tagName };
    });
    expect(before.tag).toBe('A');
    release();
    expect(await started(page)).toBe('hydrated');
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({
      y: window.scrollY,
      same: (window as any).focused === document.activeElement,
    }));
    expect(after).toEqual({ y: before.y, same: true });
  });

  test('@consent a first visit sees the banner from the first paint, and the same banner after hydration', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/en');
    const banner = page.getByTestId('consent-banner');
    await expect(banner).toBeVisible();
    await page.evaluate(() => ((window as any).banner = document.querySelector('[data-testid=consent-banner]')));
    release();
    expect(await started(page)).toBe('hydrated');
    await expect(banner).toBeVisible();
    await banner.getByTestId('consent-reject-all').click();
    await expect(banner).toHaveCount(0);
  });

  test('@consent "Reject all" pressed before the app has started is applied once it runs', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/en');
    await page.getByTestId('consent-reject-all').click();
    release();
    expect(await started(page)).toBe('hydrated');
    await expect(page.getByTestId('consent-banner')).toHaveCount(0);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('civic-portal.consent') ?? '{}'));
    expect(stored.method).toBe('reject_all');
  });

  test('a returning visitor with a stored choice never sees the banner', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/ja');
    // Pre-rendered for a first visit, hidden from the first paint by /consent-mode.js.
    await expect(page.getByTestId('consent-banner')).toBeHidden();
    release();
    expect(await started(page)).toBe('hydrated');
    await page.waitForTimeout(300);
    await expect(page.getByTestId('consent-banner')).toHaveCount(0);
  });

  /** The sum of layout shifts of the page so far (CLS as Lighthouse counts a load). */
  async function layoutShift(page: Page): Promise<number> {
    return page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 500);
        }),
    );
  }

  test('@consent no layout shift on a first visit', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en');
    expect(await started(page)).toBe('hydrated');
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
  });

  test('no layout shift for a returning visitor with a stored language and consent', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => localStorage.setItem('civic-portal.locale', 'ja'));
    await page.goto('/ja/pages/city-diplomacy');
    expect(await started(page)).toBe('hydrated');
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.01);
  });
});
