// A keyboard user presses Tab once on arrival: the skip link is first, and Enter moves focus
// into the main content (target A10).
import { expect } from '@playwright/test';
import { LOCALES, heading, message, test } from './support';

for (const locale of LOCALES) {
  test(`skip link is the first stop and moves focus to main (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/pages/multilingual-support`);
    await heading(page);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveClass(/cp-skip-link/);
    await expect(focused).toHaveText(message(locale, 'skip-link'));
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    // (this page has links in its body, so the next stop is inside main.)
    const inMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
    expect(inMain).toBe(true);
  });
}

test('the "main content starts here" marker is present for screen readers', async ({ page }) => {
  await page.goto('/ja');
  await heading(page);
  await expect(page.locator('main .cp-visually-hidden').first()).toHaveText(message('ja', 'main-content-starts'));
});
