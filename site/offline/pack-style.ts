import fs from 'node:fs'

/**
 * The offline files' stylesheet: the site's own (one small file, so the
 * offline copy looks like the site and follows its changes), plus the few
 * rules only the files need. Logical properties throughout, so Arabic reads
 * right to left with no rules of its own.
 */
const EXTRA = `
body { margin: 0 auto; max-width: 46rem; padding: 0 1rem; }
body > header { margin: 0 -1rem; padding: 0.5rem 1rem 0.75rem; }
body > header h1 { font-size: 1.3rem; margin: 0.25rem 0; }
body > header p { margin: 0.25rem 0; }
.about { font-size: 0.95rem; }
.toc ol { padding-inline-start: 1.25rem; }
.toc li { margin: 0.2rem 0; }
.toc small { color: var(--muted); }
.part > h2 { border-bottom: 3px solid var(--accent); padding-bottom: 0.25rem; margin-top: 2.5rem; }
.item { border-bottom: 1px solid var(--rule); padding: 0.5rem 0 0.75rem; }
.item-title { font-size: 1.45rem; line-height: 1.25; margin: 0.5rem 0 0.75rem; }
.item :is(h3, h4, h5) { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
.item:target > .item-title { background: var(--notice); }
.back { font-size: 0.9rem; margin: 0.5rem 0 0; }
.search { background: var(--tint); padding: 0.75rem; margin: 1rem 0; }
.search label { display: block; font-weight: 700; }
.search input { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid var(--ink); margin: 0.25rem 0; }
.search .hint, .search [role='status'] { font-size: 0.9rem; color: var(--muted); margin: 0.25rem 0; }
.search ol { padding-inline-start: 1.25rem; margin: 0; }
.search li { margin: 0.5rem 0; }
.search li p { margin: 0.1rem 0 0; font-size: 0.9rem; }
@media print { .search, .back { display: none; } body > header { background: none; color: inherit; } }
`

let css: string | undefined

/** The stylesheet of the offline files, read once per process. */
export function offlineCss(): string {
  // Comments and layout whitespace dropped: a phone receiving the file has no use for them.
  css ??= (fs.readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8') + EXTRA)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '')
    .replace(/\s*([{};])\s*/g, '$1')
  return css
}
