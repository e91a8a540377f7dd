import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { htmlLang, type Locale } from '../../../../content-models/locales'
import { indexSearch } from '../../../../site/integrations/pagefind-index'
import { MEMORY_ENV } from '../../../../site/integrations/search-jobs'
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
    expect(report).toEqual({ pages: translations.length, languages: keys, afterPages: false })
    const files = fs.readdirSync(path.join(site, 'pagefind'))
    for (const key of keys) {
      expect(files).toContain(`wasm.${key}.pagefind`)
      expect(files.some((f) => f.startsWith(`pagefind.${key}_`) && f.endsWith('.pf_meta'))).toBe(true)
    }
    expect(fs.existsSync(path.join(root, 'work'))).toBe(false)
  })

  /**
   * Indexes the fixture with `script` standing in for Pagefind's binary, as an operator's variable names it,
   * the build allowed `memoryMb` (PORTAL_BUILD_MEMORY_MB) if given.
   */
  async function indexWith(script: string, memoryMb?: number, pagesDone?: Promise<unknown>) {
    const fake = path.join(root, 'pagefind-stand-in')
    fs.writeFileSync(fake, `#!/bin/sh\n${script}\n`, { mode: 0o755 })
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = fake
    if (memoryMb !== undefined) process.env[MEMORY_ENV] = String(memoryMb)
    try {
      return await indexSearch(
        path.join(root, 'site'),
        twoArticleContent(),
        path.join(root, 'records'),
        path.join(root, 'work'),
        {},
        pagesDone,
      )
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH
      delete process.env[MEMORY_ENV]
    }
  }

  /** A stand-in for Pagefind that writes the entry file of the language it is given (`--site <records>/<lang> --output-path <dir>`). */
  const writesEntry = `mkdir -p "$4"
lang=$(basename "$2")
printf '{"version":"1.6.0","languages":{"%s":{"hash":"%s","wasm":null,"page_count":1}}}' "$lang" "$lang" > "$4/pagefind-entry.json"`

  it('indexes one language at a time when the memory the build may use holds only one', async () => {
    const marks = path.join(root, 'running')
    // Each run marks itself as running for a while, then fails if another run's mark is there too.
    const report = await indexWith(
      `mkdir -p ${marks}; touch ${marks}/$$; sleep 0.3
if [ "$(ls ${marks} | wc -l)" -gt 1 ]; then echo "two runs at once" >&2; exit 3; fi
rm ${marks}/$$
${writesEntry}`,
      1,
    )
    expect(report.languages.length).toBeGreaterThan(1)
  })

  it('waits for the pages before indexing one language at a time, and fails with them', async () => {
    const built = path.join(root, 'pages-built')
    let pagesBuilt!: () => void
    const pages = new Promise<void>((resolve) => (pagesBuilt = resolve))
    // Each run fails unless the pages were built before it started.
    const indexing = indexWith(
      `[ -f ${built} ] || { echo "indexed before the pages were built" >&2; exit 5; }\n${writesEntry}`,
      1,
      pages,
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    fs.writeFileSync(built, '')
    pagesBuilt()
    const report = await indexing
    expect(report.languages.length).toBeGreaterThan(1)
    expect(report.afterPages).toBe(true)

    const failed = new Error('astro build exited with code 1')
    const pagesFailed = Promise.reject(failed)
    // Handled here, as the build's own job is: it is awaited only once the records are written.
    pagesFailed.catch(() => undefined)
    await expect(indexWith(writesEntry, 1, pagesFailed)).rejects.toBe(failed)
  })

  it('indexes two languages at once when the memory holds both, beside the pages', async () => {
    const marks = path.join(root, 'started')
    // Each run waits (up to 10 s) until a second one has started beside it, else fails; the pages never end.
    const report = await indexWith(
      `mkdir -p ${marks}; touch ${marks}/$$
i=0; while [ "$(ls ${marks} | wc -l)" -lt 2 ]; do i=$((i+1)); [ $i -gt 100 ] && { echo "ran alone" >&2; exit 4; }; sleep 0.1; done
${writesEntry}`,
      1_000_000,
      new Promise(() => undefined),
    )
    expect(report.languages.length).toBeGreaterThan(1)
    expect(report.afterPages).toBe(false)
  })

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
