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
})
