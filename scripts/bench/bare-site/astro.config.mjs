// @ts-check
/**
 * The peer the scale benchmark compares our build with (scripts/bench/scale.ts):
 * a bare Astro site of the same article texts, as anyone would start one — a
 * content collection read by Astro's glob loader, Astro's own Markdown, one
 * page per article and language and a home page per language — then indexed
 * by the Pagefind CLI. No integrations, no islands, no feeds.
 *
 *   BARE_CORPUS_DIR=/tmp/corpus-1000 BARE_OUT_DIR=/tmp/bare/dist \
 *     npx astro build --root scripts/bench/bare-site && npx pagefind --site /tmp/bare/dist
 */
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'astro/config'

const scratch = '/tmp/portal-bench/bare-site'
const cacheDir = process.env.BARE_CACHE_DIR ?? `${scratch}/cache`

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  srcDir: './src',
  outDir: process.env.BARE_OUT_DIR ?? `${scratch}/dist`,
  // Outside the repository; the benchmark empties it before each build, so every build is a full one.
  cacheDir,
  site: 'https://bare.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Vite's dependency cache too, instead of a node_modules folder in the repository.
  vite: { cacheDir: `${cacheDir}/vite` },
})
