// A visitor on a 320-pixel-wide phone, with text at 200 %, or with the WCAG 1.4.12 text
// spacing applied, reads every page without scrolling sideways (tables scroll inside their
// own region) (target A6).
import { expect, type Page } from '@playwright/test';
import { ALL_SLUGS, applyTextSpacing, heading, horizontalOverflow, test } from './support';

const PATHS = [
  ...ALL_SLUGS.map((s) => (s === 'home' ? '' : `/pages/${s}`)),
  '/news',
  '/cookie-settings',
  '/forms/contact',
  '/forms/e-government-survey',
  '/forms/e-government-survey?step=4',
];


for (const locale of ['en', 'ja']) {
  test(`no sideways scrolling at 320 px, with text spacing (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of PATHS) {
      await page.goto(`/${locale}${path}`);
      await heading(page);
      expect(await horizontalOverflow(page), `/${locale}${path} at 320 px`).toBeNull();
      await applyTextSpacing(page);
      expect(await horizontalOverflow(page), `/${locale}${path} with text spacing`).toBeNull();
    }
  });
}

test('no sideways scrolling with text at 200 % (640 px wide)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 640, height: 800 });
  for (const path of PATHS) {
    await page.goto(`/en${path}`);
    await heading(page);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    expect(await horizontalOverflow(page), `/en${path} at 200 %`).toBeNull();
  }
});
