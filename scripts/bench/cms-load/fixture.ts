import fs from 'node:fs/promises'
import path from 'node:path'

import { parse, stringify } from 'yaml'

import { type Locale, localeCodes } from '../../../content-models/locales'
import { splitFrontMatter } from '../../content/front-matter'

const DEMO_DIR = path.resolve(process.cwd(), 'content/demo')
// Kinds that need no extra fields (a law change needs a date in force and more).
const KINDS = ['rights', 'obligations', 'guide'] as const
const COUNTRIES = ['ru', 'bg', 'all'] as const

interface DemoText {
  slug: string
  title: string
  summary?: string
  intro: string
  sections: string[]
}

/** The demo articles' text by locale, each body cut into its `##` sections, in slug order. */
async function demoTexts(): Promise<Map<Locale, DemoText[]>> {
  const byLocale = new Map<Locale, DemoText[]>(localeCodes.map((l) => [l, []]))
  const files = (await fs.readdir(path.join(DEMO_DIR, 'articles'))).sort()
  for (const file of files) {
    const [, slug, locale] = /^(.+)\.([a-z]{2})\.md$/.exec(file) ?? []
    if (!slug || !byLocale.has(locale as Locale)) continue
    const { data, body } = splitFrontMatter(await fs.readFile(path.join(DEMO_DIR, 'articles', file), 'utf8'))
    const front = data as { title: string; summary?: string }
    const [intro, ...sections] = body.split(/^(?=## )/m)
    byLocale.get(locale as Locale)!.push({
      slug,
      title: front.title,
      summary: front.summary,
      intro: intro.trim(),
      sections: sections.map((s) => s.trim()),
    })
  }
  return byLocale
}

/**
 * Writes an import folder (docs/content-formats.md) of `count` articles, each in
 * all seven languages, to `dir`. The text is the demo articles' own, recombined
 * (one article's opening and sections plus a section of another), so the
 * importer parses real Markdown in Cyrillic, Latin and Arabic script at
 * realistic lengths. Deterministic: the same `count` gives the same files.
 * Slugs start with `bench-`, so they never touch the seeded demo articles.
 * Returns the number of article files written.
 */
export async function writeImportFixture(dir: string, count: number): Promise<number> {
  const texts = await demoTexts()
  await fs.mkdir(path.join(dir, 'articles'), { recursive: true })
  // The demo topics with their titles, so the articles' topics resolve as in a real import.
  await fs.copyFile(path.join(DEMO_DIR, 'topics.yml'), path.join(dir, 'topics.yml'))
  const topics = Object.keys(parse(await fs.readFile(path.join(DEMO_DIR, 'topics.yml'), 'utf8')) as object)
  let files = 0
  for (let i = 0; i < count; i++) {
    const slug = `bench-article-${String(i + 1).padStart(3, '0')}`
    // Shared fields: the same in every language file, as the format requires.
    const shared = {
      kind: KINDS[i % KINDS.length],
      country: COUNTRIES[i % COUNTRIES.length],
      topics: [topics[i % topics.length], topics[(i * 5 + 3) % topics.length]].filter(
        (t, k, all) => all.indexOf(t) === k,
      ),
      reviewedAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }
    for (const locale of localeCodes) {
      const pool = texts.get(locale)!
      const base = pool[i % pool.length]
      const extra = pool[(i * 7 + 3) % pool.length]
      const front = {
        title: `${base.title.slice(0, 150)} (${i + 1})`,
        ...(base.summary ? { summary: base.summary } : {}),
        ...shared,
      }
      const body = [
        base.intro,
        ...base.sections,
        extra.sections[i % Math.max(1, extra.sections.length)] ?? extra.intro,
      ].join('\n\n')
      await fs.writeFile(path.join(dir, 'articles', `${slug}.${locale}.md`), `---\n${stringify(front)}---\n${body}\n`)
      files++
    }
  }
  return files
}
