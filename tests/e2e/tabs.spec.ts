// The tabs block (WAI-ARIA tabs pattern) on the disaster-prevention page: roles and states,
// roving tabindex, automatic activation with the arrow keys (wrapping), Home/End, one panel
// shown at a time, unique ids, and no axe violations with another tab than the first selected.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, heading, test } from './support';

interface TabsBlock {
  type: 'tabs';
  label: string;
  tabs: { title: string }[];
}

/** The (first) tabs block of a sample page, read from the content the app is served. */
function tabsBlock(locale: string, slug: string): TabsBlock {
  const file = new URL(`../../public/content/${locale}/pages/${slug}.json`, import.meta.url);
  const page = JSON.parse(readFileSync(file, 'utf8'));
  const block = page.blocks.find((b: { type: string }) => b.type === 'tabs');
  if (!block) throw new Error(`${locale}/${slug}: no tabs block`);
  return block;
}

/** Asserts that tab `index` of `list` is the selected one, focused or not, and that only its
 * panel is shown. */
async function expectSelected(page: Page, list: Locator, index: number) {
  const tabs = list.getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const selected = i === index;
    await expect(tab).toHaveAttribute('aria-selected', selected ? 'true' : 'false');
    await expect(tab).toHaveAttribute('tabindex', selected ? '0' : '-1');
    const panel = page.locator(`[id="${await tab.getAttribute('aria-controls')}"]`);
    if (selected) {
      await expect(panel).toBeVisible();
      await expect(panel).not.toHaveAttribute('hidden', /.*/);
    } else {
      await expect(panel).toBeHidden();
      await expect(panel).toHaveAttribute('hidden', /.*/);
    }
  }
}

/** Presses Tab from the top of the page until focus is inside `list`. */
async function tabIntoTabList(page: Page, list: Locator) {
  await page.locator('h1#main-heading').focus();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await list.evaluate((el) => el.contains(document.activeElement))) return;
  }
  throw new Error('Tab never reached the tab list');
}

test('tabs follow the WAI-ARIA tabs pattern and work with the keyboard', async ({ page }) => {
  const block = tabsBlock('en', 'disaster-prevention');
  await page.goto('/en/pages/disaster-prevention');
  await heading(page);

  const list = page.getByRole('tablist', { name: block.label });
  await expect(list).toBeVisible();
  const tabs = list.getByRole('tab');
  await expect(tabs).toHaveText(block.tabs.map((t) => t.title));
  const count = block.tabs.length;

  // Roles, names and relations: every tab controls a panel labelled by that tab.
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const tabId = (await tab.getAttribute('id'))!;
    const panelId = (await tab.getAttribute('aria-controls'))!;
    expect(tabId).toBeTruthy();
    expect(panelId).toBeTruthy();
    ids.add(tabId).add(panelId);
    const panel = page.locator(`[id="${panelId}"]`);
    await expect(panel).toHaveAttribute('role', 'tabpanel');
    await expect(panel).toHaveAttribute('aria-labelledby', tabId);
    await expect(panel).toHaveAttribute('tabindex', '0');
    await expect(page.locator(`[id="${tabId}"]`)).toHaveCount(1);
    await expect(page.locator(`[id="${panelId}"]`)).toHaveCount(1);
  }
  expect(ids.size).toBe(2 * count);
  // The first tab is selected at first; its panel is the visible one, by name too.
  await expectSelected(page, list, 0);
  await expect(page.getByRole('tabpanel', { name: block.tabs[0].title })).toBeVisible();

  // Tab from the top of the page reaches the selected tab (the only one in the tab order),
  // then its panel.
  await tabIntoTabList(page, list);
  await expect(tabs.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: block.tabs[0].title })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tabs.nth(0)).toBeFocused();

  // ArrowRight: next tab, selected and focused; wraps from the last to the first.
  for (let step = 1; step <= count; step++) {
    await page.keyboard.press('ArrowRight');
    const index = step % count;
    await expect(tabs.nth(index)).toBeFocused();
    await expectSelected(page, list, index);
  }
  // ArrowLeft: previous tab; wraps from the first to the last.
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(count - 1)).toBeFocused();
  await expectSelected(page, list, count - 1);
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(count - 2)).toBeFocused();
  await expectSelected(page, list, count - 2);
  // Home and End.
  await page.keyboard.press('Home');
  await expect(tabs.nth(0)).toBeFocused();
  await expectSelected(page, list, 0);
  await page.keyboard.press('End');
  await expect(tabs.nth(count - 1)).toBeFocused();
  await expectSelected(page, list, count - 1);
  // Tab from a later tab still goes on to its own panel, not to the other tabs.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: block.tabs[count - 1].title })).toBeFocused();

  // A click selects a tab too.
  await tabs.nth(1).click();
  await expectSelected(page, list, 1);
  // Coming back with Tab lands on the selected tab, not the first.
  await tabIntoTabList(page, list);
  await expect(tabs.nth(1)).toBeFocused();

  await expectNoAxeViolations(page, '/en/pages/disaster-prevention with the second tab selected');
});

test('tabs work in Japanese, and the selected tab is marked by more than colour', async ({ page }) => {
  const block = tabsBlock('ja', 'disaster-prevention');
  await page.goto('/ja/pages/disaster-prevention');
  await heading(page);
  const list = page.getByRole('tablist', { name: block.label });
  const tabs = list.getByRole('tab');
  await expect(tabs).toHaveText(block.tabs.map((t) => t.title));

  await tabs.nth(0).focus();
  await page.keyboard.press('End');
  await expect(tabs.nth(block.tabs.length - 1)).toBeFocused();
  await expectSelected(page, list, block.tabs.length - 1);
  await expect(page.getByRole('tabpanel', { name: block.tabs[block.tabs.length - 1].title })).toBeVisible();

  // The selected tab has a thicker border than the others, and targets are at least 24 px.
  const borders = await tabs.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).borderTopWidth)));
  const selectedBorder = borders[block.tabs.length - 1];
  expect(Math.max(...borders.slice(0, -1))).toBeLessThan(selectedBorder);
  for (const box of await tabs.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }

  await expectNoAxeViolations(page, '/ja/pages/disaster-prevention with the last tab selected');
});

test('the tab list wraps at 320 px instead of scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/ja/pages/disaster-prevention');
  await heading(page);
  const list = page.getByRole('tablist');
  await expect(list).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  for (const box of await list.getByRole('tab').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
    expect(box.right).toBeLessThanOrEqual(320);
  }
});

test('in a right-to-left language, ArrowLeft moves to the next tab', async ({ page }) => {
  // The pseudo-locale ar-XB sets <html dir="rtl">; the page content falls back to English.
  const block = tabsBlock('en', 'disaster-prevention');
  await page.goto('/ar-XB/pages/disaster-prevention');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const list = page.getByRole('tablist', { name: block.label });
  const tabs = list.getByRole('tab');
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(1)).toBeFocused();
  await expectSelected(page, list, 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(block.tabs.length - 1)).toBeFocused();
  await expectSelected(page, list, block.tabs.length - 1);
});
