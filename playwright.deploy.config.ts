// The navigation and strict-CSP journeys against a deployed build: scripts/deploy-check.mjs
// serves dist/ with docs/deploy.md's nginx configuration over HTTPS and runs this with
// DEPLOY_BASE_URL, DEPLOY_SPKI (the test certificate's key, which Chromium is told to trust)
// and NODE_EXTRA_CA_CERTS (for the tests' own requests). No test server is started.
// 127.0.0.1 rather than localhost: the strict-CSP journey stops every request to another host.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const baseURL = process.env.DEPLOY_BASE_URL;
const spki = process.env.DEPLOY_SPKI;
if (!baseURL || !spki) throw new Error('playwright.deploy.config.ts is run by scripts/deploy-check.mjs');

export default defineConfig({
  ...base,
  webServer: undefined,
  testMatch: /\/(navigate-between-pages|strict-csp)\.spec\.ts$/,
  // Not the accessibility results reporter: this is not a complete run.
  reporter: [['list']],
  outputDir: 'test-results/deploy',
  globalTimeout: 120_000,
  use: {
    ...base.use,
    baseURL,
    launchOptions: {
      ...base.use!.launchOptions,
      args: [...(base.use!.launchOptions!.args ?? []), `--ignore-certificate-errors-spki-list=${spki}`],
    },
  },
});
