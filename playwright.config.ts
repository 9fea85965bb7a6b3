// End-to-end tests against the release build in dist/, in Debian's Chromium.
// Never `npx playwright install`: this machine reaches package registries only.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// The reference backend (crates/backend, built by scripts/test.sh) with its test
// switches on: a test asks for a delay, a server error or a malformed reply per request with
// the x-civic-test header, and reads the stored rows at /__control/submissions. Its rate limit
// is raised: every test posts from 127.0.0.1 (the limit itself is tested natively, and the
// app's answer to a 429 with a routed response).
export const backendPort = Number(process.env.E2E_BACKEND_PORT ?? port + 1);
// The live WordPress (scripts/wordpress-site.sh: Debian's WordPress with its own MariaDB) and
// the same build pointed at it by tests/wordpress/config.json (its base_url names this port),
// for tests/e2e/wordpress-live.spec.ts. Where Debian's packages are missing neither starts,
// and that spec says it is skipped.
export const wordpressPort = 4180;
export const wordpressAppPort = port + 2;
export const wordpressAvailable = ['/usr/share/wordpress/wp-load.php', '/usr/bin/php', '/usr/sbin/mariadbd'].every((f) =>
  existsSync(f),
);
const wordpressServers = [
  {
    command: `scripts/wordpress-site.sh serve`,
    env: { WP_PORT: String(wordpressPort) },
    url: `http://127.0.0.1:${wordpressPort}/wp-json/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
  {
    command: `node tests/support/serve-dist.mjs`,
    env: { PORT: String(wordpressAppPort), BACKEND_PORT: String(backendPort), CONFIG: 'tests/wordpress/config.json' },
    url: `http://127.0.0.1:${wordpressAppPort}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // The second reporter publishes the accessibility results page from a complete run.
  reporter: [['list'], ['./tests/support/a11y-reporter.mjs']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    locale: 'en-US',
    // The service worker would answer requests before the page's routes see them (a routed
    // failure would be served from its cache). offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command:
        `target/debug/civic-backend --port ${backendPort} --content dist/content ` +
        `--db target/e2e/submissions.sqlite --test-controls --rate-limit 100000`,
      url: `http://127.0.0.1:${backendPort}/health`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node tests/support/serve-dist.mjs`,
      env: { PORT: String(port), BACKEND_PORT: String(backendPort) },
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    ...(wordpressAvailable ? wordpressServers : []),
  ],
});
