// The component gallery (src/gallery, built by scripts/build-gallery.sh into target/gallery/
// and served under /__gallery/): every component of src/components/<group>/ has named
// examples, each passes axe on its own page, and none of it is in the visitors' build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, test } from './support';

// The gallery does not mark <html data-cp-started> (it is not the app's boot).
test.use({ waitForApp: false });

const components = new URL('../../src/components/', import.meta.url).pathname;
/** Files of src/components/<group>/ that hold a helper, not a component. */
const HELPERS = new Set(['mod.rs', 'field.rs']);

/** `<group>/<component>/<name>` of every example the sources declare, and the gallery's
 * right-to-left one per component. */
const declared: string[] = readdirSync(components, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((group) =>
    readdirSync(join(components, group.name))
      .filter((file) => file.endsWith('.rs') && !HELPERS.has(file))
      .flatMap((file) => {
        const source = readFileSync(join(components, group.name, file), 'utf8');
        // `crate::components::examples! { "name" => { ... }, ... }` at the end of the file.
        const block = source.split('crate::components::examples! {')[1] ?? '';
        const names = [...block.matchAll(/^ {4}"([a-z-]+)" => \{/gm)].map((m) => m[1]);
        const component = `${group.name}/${file.replace(/\.rs$/, '')}`;
        // A component without examples still gets a test, which fails and names it.
        return (names.length ? [...names, 'rtl'] : ['(none)']).map((n) => `${component}/${n}`);
      }),
  );

test('the gallery shows every declared example, each component with several and one right to left', async ({ page }) => {
  await page.goto('/__gallery/');
  await expect(page.getByRole('heading', { level: 1, name: 'Component gallery' })).toBeVisible();
  const shown = await page.locator('[data-example]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.example));
  expect(declared.filter((id) => id.endsWith('/(none)')), 'components without examples').toEqual([]);
  expect(shown.sort()).toEqual([...declared].sort());
  // Every component: its own examples (at least a default) plus the right-to-left one.
  const perComponent = new Map<string, number>();
  for (const id of declared) {
    const component = id.split('/').slice(0, 2).join('/');
    perComponent.set(component, (perComponent.get(component) ?? 0) + 1);
  }
  for (const [component, count] of perComponent) expect(count, component).toBeGreaterThanOrEqual(2);
  // The right-to-left examples are laid out right to left, in the pseudo-locale.
  const rtl = page.locator('[data-example$="/rtl"] [dir="rtl"]');
  await expect(rtl).toHaveCount(perComponent.size);
  await expect(rtl.first()).toHaveAttribute('lang', 'ar-XB');
});

test('an unknown example is said, not shown blank', async ({ page }) => {
  await page.goto('/__gallery/?example=controls/button/nothing');
  await expect(page.getByTestId('gallery-missing')).toContainText('controls/button/nothing');
});

test('the gallery is not part of the visitors\' build', async () => {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  const files = readdirSync(dist);
  expect(files.some((f) => f.startsWith('gallery'))).toBe(false);
  for (const wasm of files.filter((f) => f.endsWith('.wasm'))) {
    expect(readFileSync(join(dist, wasm)).includes('cp-gallery__example'), wasm).toBe(false);
  }
});

for (const id of declared) {
  test(`gallery example ${id} passes axe on its own`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/__gallery/?example=${id}`);
    const example = page.locator(`[data-example="${id}"]`);
    await expect(example).toBeVisible();
    await expect(page.getByTestId('gallery-missing')).toHaveCount(0);
    // Components that show the site settings (header, footer, banner): loaded first.
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, `gallery ${id}`, { publish: false });
    expect(errors).toEqual([]);
  });
}
