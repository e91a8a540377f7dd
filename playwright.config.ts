import { defineConfig } from '@playwright/test'

import { chromiumLaunchOptions } from './scripts/lib/browser'
import { e2e } from './tests/e2e/env'

/**
 * End-to-end tests run against a real build: global-setup seeds a fresh SQLite
 * file, builds the site, serves it and starts the CMS admin. Browsers come from
 * Debian (apt-get install chromium); Playwright's own download is not possible here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: e2e.siteUrl,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
  },
})
