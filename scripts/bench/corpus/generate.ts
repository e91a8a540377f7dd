/**
 * `npx tsx scripts/bench/corpus/generate.ts --articles 1000 --out /tmp/corpus-1000 [--seed portal-bench] [--vocabulary 40000]`:
 * writes a benchmark corpus in the import format (docs/content-formats.md),
 * ready for `npm run content:import -- <out>`: `--articles` articles, every
 * one in Russian and most in the other six languages, 600–1,200 words each,
 * with words drawn Zipf-like from vocabularies learnt from content/demo/
 * (see corpus.ts and vocabulary.ts). The same options always write the same files.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { runCli, UsageError } from '../../lib/cli'
import { describeCorpus, generateCorpus } from './corpus'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: 'portal-bench' },
    vocabulary: { type: 'string', default: '40000' },
  },
})

await runCli('Corpus', async () => {
  const articles = Number(values.articles)
  const vocabulary = Number(values.vocabulary)
  if (!Number.isInteger(articles) || articles < 1) throw new UsageError(`--articles must be a whole number ≥ 1`)
  if (!Number.isInteger(vocabulary) || vocabulary < 1000) throw new UsageError(`--vocabulary must be ≥ 1000`)
  const out = path.resolve(values.out ?? `/tmp/corpus-${articles}`)
  console.log(`Writing ${articles} articles in 7 languages to ${out} (seed "${values.seed}")…`)
  const summary = await generateCorpus({
    articles,
    out,
    seed: values.seed,
    vocabulary,
    onProgress: (line) => console.log(`  ${line}`),
  })
  return `Corpus: ${describeCorpus(summary)}; written in ${summary.seconds.toFixed(1)} s to ${out}`
})
