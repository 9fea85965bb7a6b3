// A keyboard user tabs through a long page while the cookie banner is shown: every focused
// element is on screen and not covered by anything (targets A7, C12).
import { expect } from '@playwright/test';
import { heading, test } from './support';

for (const path of ['/en/pages/city-diplomacy', '/ja/pages/disaster-prevention']) {
  test(`focus is never hidden while tabbing ${path}`, { tag: '@consent' }, async ({ page }) => {
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(path);
    await heading(page);
    await expect(page.getByTestId('consent-banner')).toBeVisible();
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const problem = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const r = el.getBoundingClientRect();
        if (r.bottom <= 0 || r.top >= innerHeight) return `${el.outerHTML.slice(0, 80)} is off screen`;
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
        const top = document.elementFromPoint(x, y);
        if (top && !el.contains(top) && !top.contains(el)) {
          return `${el.outerHTML.slice(0, 80)} is covered by ${top.outerHTML.slice(0, 80)}`;
        }
        return null;
      });
      expect(problem, `after ${i + 1} Tab presses`).toBeNull();
    }
  });
}
