import type { Page } from '@playwright/test'

import type { Locale } from '../../content-models/locales'

export type Engine = 'portal' | 'plain'

/**
 * Runs one query and returns the result paths, best first.
 * `portal`: through the site's own search page, exactly as a reader would
 * (`/<locale>/search/?q=`). `plain`: Pagefind as it comes, the query sent as
 * typed to the plain index of the same pages (scripts/search/plain-index.ts).
 */
export async function runQuery(
  page: Page,
  baseUrl: string,
  engine: Engine,
  locale: Locale,
  query: string,
): Promise<string[]> {
  if (engine === 'portal') {
    await page.goto(`${baseUrl}/${locale}/search/?q=${encodeURIComponent(query)}`)
    await page
      .locator('[data-testid="search-status"][data-state="done"], [data-testid="search-status"][data-state="error"]')
      .waitFor()
    return page
      .locator('[data-testid="search-results"] a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  }
  // Pagefind chooses its index from <html lang>, so ask from a page of that language.
  if (!page.url().startsWith(`${baseUrl}/plain-search/${locale}/`))
    await page.goto(`${baseUrl}/plain-search/${locale}/`)
  return page.evaluate(async (term) => {
    const w = window as unknown as {
      __plain?: Promise<{ search(t: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> }>
    }
    w.__plain ??= import('/pagefind-plain/pagefind.js' as string).then(async (pf) => {
      await pf.options({ basePath: '/pagefind-plain/' })
      await pf.init()
      return pf
    })
    const found = await (await w.__plain).search(term)
    const top = await Promise.all(found.results.slice(0, 5).map((r) => r.data()))
    return top.map((d) => new URL(d.url, location.href).pathname)
  }, query)
}
