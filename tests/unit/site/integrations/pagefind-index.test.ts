import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { indexSearch } from '../../../../site/integrations/pagefind-index'
import { twoArticleContent } from '../../../helpers/site-content'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-index-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('indexSearch', () => {
  it('refuses, saying why and what to do, to index a site with no published article', async () => {
    const content = twoArticleContent({ articles: [] })
    await expect(
      indexSearch(path.join(root, 'site'), content, path.join(root, 'records'), path.join(root, 'work')),
    ).rejects.toThrow(
      'No article is published in any language, so search has nothing to index. Publish an article (or run `npm run seed` for the demo content), then build again.',
    )
  })

  it('indexes each language with Pagefind into one index', async () => {
    const site = path.join(root, 'site')
    const report = await indexSearch(site, twoArticleContent(), path.join(root, 'records'), path.join(root, 'work'))
    const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>
    }
    expect(report.languages).toEqual(Object.keys(entry.languages))
    expect(report.pages).toBeGreaterThan(0)
    expect(fs.existsSync(path.join(root, 'work'))).toBe(false)
  })

  it("fails with what Pagefind printed when it fails, running the binary an operator's variable names", async () => {
    const fake = path.join(root, 'pagefind-fails')
    fs.writeFileSync(fake, '#!/bin/sh\necho "Error: cannot write the index" >&2\nexit 3\n', { mode: 0o755 })
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = fake
    try {
      await expect(
        indexSearch(path.join(root, 'site'), twoArticleContent(), path.join(root, 'records'), path.join(root, 'work')),
      ).rejects.toThrow('Pagefind failed to index the search records (exit code 3): Error: cannot write the index')
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH
    }
  })
})
