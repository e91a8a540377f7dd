import { expect, type Locator } from '@playwright/test'

/**
 * Waits until React has taken over `field` (it has React's props on it). The
 * admin is rendered on the server, so its fields are on screen before its
 * scripts run; what is typed into them before that never reaches the form.
 */
export async function hydrated(field: Locator): Promise<Locator> {
  await expect
    .poll(() => field.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactProps$'))), {
      message: 'the admin form did not start (React never hydrated it)',
      timeout: 30_000,
    })
    .toBe(true)
  return field
}
