import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { glob } from 'astro/loaders'
import { defineCollection } from 'astro:content'

const corpus = process.env.BARE_CORPUS_DIR
if (!corpus) throw new Error('Set BARE_CORPUS_DIR to a corpus folder (scripts/bench/corpus/generate.ts)')

export const collections = {
  // `articles/<slug>.<lang>.md`; the id keeps both, the pages split them.
  articles: defineCollection({
    loader: glob({
      pattern: '*.md',
      base: pathToFileURL(path.join(path.resolve(corpus), 'articles') + path.sep),
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
  }),
}
