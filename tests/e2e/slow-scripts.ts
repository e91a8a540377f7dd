import type { Page } from '@playwright/test'

/**
 * Holds back the page's island scripts, as a slow connection does, until the
 * returned function is called: the server-rendered form is on screen meanwhile.
 */
export async function holdIslandScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_astro/*.js', async (route) => {
    await held
    await route.continue()
  })
  return release
}
