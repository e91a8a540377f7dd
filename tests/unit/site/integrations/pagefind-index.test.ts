import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { htmlLang, type Locale } from '../../../../content-models/locales'
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
    const content = twoArticleContent()
    const report = await indexSearch(site, content, path.join(root, 'records'), path.join(root, 'work'))
    const translations = content.articles.flatMap((a) => Object.keys(a.translations))
    const keys = [...new Set(translations.map((l) => htmlLang[l as Locale].toLowerCase()))].sort()
    expect(keys.length).toBeGreaterThan(1)
    expect(report).toEqual({ pages: translations.length, languages: keys })
    const files = fs.readdirSync(path.join(site, 'pagefind'))
    for (const key of keys) {
      expect(files).toContain(`wasm.${key}.pagefind`)
      expect(files.some((f) => f.startsWith(`pagefind.${key}_`) && f.endsWith('.pf_meta'))).toBe(true)
    }
    expect(fs.existsSync(path.join(root, 'work'))).toBe(false)
  })

  /** Indexes the fixture with `script` standing in for Pagefind's binary, as an operator's variable names it. */
  async function indexWith(script: string) {
    const fake = path.join(root, 'pagefind-stand-in')
    fs.writeFileSync(fake, `#!/bin/sh\n${script}\n`, { mode: 0o755 })
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = fake
    try {
      return await indexSearch(
        path.join(root, 'site'),
        twoArticleContent(),
        path.join(root, 'records'),
        path.join(root, 'work'),
      )
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH
    }
  }

  it("fails with what Pagefind printed when it fails, running the binary an operator's variable names", async () => {
    await expect(indexWith('echo "Error: cannot write the index" >&2\nexit 3')).rejects.toThrow(
      'Pagefind failed to index the search records (exit code 3): Error: cannot write the index',
    )
  })

  it('says so when Pagefind is stopped by a signal (out of memory, say)', async () => {
    await expect(indexWith('echo "Indexing…"\nkill -KILL $$')).rejects.toThrow(
      'Pagefind failed to index the search records (stopped by SIGKILL): Indexing…',
    )
  })
})
