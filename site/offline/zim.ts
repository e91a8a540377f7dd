/**
 * One language's content as a ZIM file, for Kiwix readers on phones and
 * Internet-in-a-Box hotspots: a folder of small pages with relative links
 * (ZIM readers serve them under their own paths), packed by Debian's
 * `zimwriterfs` (zim-tools). The pages reuse the single-file pack's item
 * renderers, so both say the same.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { htmlLang, iso639_3, type Locale, localeInfo } from '../../content-models/locales'
import type { SiteContent } from '../data/types'
import { type Translate, useTranslations } from '../i18n'
import { withoutLinkMarks } from '../i18n/link-marks'
import { formatDate, isoDate } from '../utils/format'
import { urls } from '../utils/urls'
import { esc } from './pack-html'
import type { ItemKind, ItemRef } from './pack-links'
import { type PackItems, packItems } from './pack-model'
import { packSections, type RenderContext } from './pack-render'
import { variantsOf } from '../search/word-folds'
import { hiddenSearchWords } from './pack-search'
import { offlineCss } from './pack-style'

/** Each kind of item's folder in the ZIM file. */
const FOLDERS: Record<ItemKind, string> = { article: 'articles', centre: 'help-centres', event: 'events' }

/**
 * An item's page in the ZIM file, relative to its root: `articles/work-patent.html`.
 * The slug becomes a file name in a folder on disk, so anything but a slug is refused.
 */
function zimPath(ref: ItemRef): string {
  if (!SLUG_PATTERN.test(ref.slug)) throw new Error(`Not a slug: ${JSON.stringify(ref.slug)}`)
  return `${FOLDERS[ref.kind]}/${ref.slug}.html`
}

export interface ZimOptions {
  /** The live site's address (SITE_URL): the pages link to it for anything the file does not hold. */
  siteUrl: string
  /** The 48×48 PNG Kiwix shows for the file (zim-illustration.ts). */
  illustration: Buffer
}

interface PageParts {
  locale: Locale
  t: Translate
  title: string
  /** '' for the welcome page, '../' for item pages. */
  root: string
  asOf: string
  liveLink: string
  keywords?: string[]
  main: string
}

function page(p: PageParts): string {
  // Kiwix's full-text index does not fold letters as the site's search does;
  // it does index a page's keywords, so folded spellings and glossary words go there.
  const keywords = p.keywords?.length ? `\n<meta name="keywords" content="${esc(p.keywords.join(' '))}">` : ''
  return `<!doctype html>
<html lang="${htmlLang[p.locale]}" dir="${localeInfo(p.locale).dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)}</title>${keywords}
<link rel="stylesheet" href="${p.root}style.css">
</head>
<body>
<header><p class="brand"><a href="${p.root}index.html">${esc(p.t('site.name'))}</a></p><p>${p.asOf}</p></header>
<main>
${p.main}
</main>
<footer>
<p>${esc(withoutLinkMarks(p.t('footer.about')))}</p>
<p>${esc(withoutLinkMarks(p.t('site.demoNotice')))}</p>
<p>${p.asOf} · ${p.liveLink}</p>
</footer>
</body>
</html>
`
}

/**
 * The files of `locale`'s ZIM folder by path: `index.html` (the welcome page:
 * contents), one page per article, help centre and upcoming event, the
 * stylesheet and the illustration. Pure; empty when the language has nothing.
 */
export function zimFiles(content: SiteContent, locale: Locale, options: ZimOptions): Map<string, string | Buffer> {
  return zimFilesOf(packItems(content, locale), options)
}

/** {@link zimFiles} from the language's items, chosen once for its pack and its ZIM file. */
export function zimFilesOf(items: PackItems, options: ZimOptions): Map<string, string | Buffer> {
  const { content, locale } = items
  const t = useTranslations(locale)
  const held = new Set<string>()
  const base: RenderContext = {
    locale,
    siteUrl: options.siteUrl,
    // Every item page is one folder down.
    itemHref: (ref) => (held.has(zimPath(ref)) ? `../${zimPath(ref)}` : undefined),
    items,
    t,
    level: 1,
    contentsHref: '../index.html',
  }
  const sections = packSections(base)
  for (const s of sections) for (const e of s.entries) held.add(zimPath(e.ref))
  const files = new Map<string, string | Buffer>()
  if (held.size === 0) return files

  const asOf = `<time datetime="${esc(isoDate(content.generatedAt))}">${esc(t('pack.asOf', { date: formatDate(content.generatedAt, locale) }))}</time>`
  const liveLink = `<a href="${esc(new URL(urls.home(locale), options.siteUrl).href)}">${esc(t('pack.liveSite'))}</a>`
  const common = { locale, t, asOf, liveLink }
  const articles = new Map([...items.lawChanges, ...items.articles].map((a) => [a.article.slug, a]))

  for (const section of sections) {
    for (const entry of section.entries) {
      const article = entry.ref.kind === 'article' ? articles.get(entry.ref.slug) : undefined
      const hidden = article && hiddenSearchWords(article, content.glossary, locale, items.folds)
      const html = entry.render(base)
      // The text as written, for the spellings a reader without the special letters types.
      const text = html.replace(/<[^>]*>/g, ' ')
      const keywords = [
        ...new Set([
          ...variantsOf(items.folds.of(text, locale)),
          ...(hidden ? [...hidden.keywords, ...hidden.concepts.flatMap((c) => c.words)] : []),
        ]),
      ]
      files.set(zimPath(entry.ref), page({ ...common, title: entry.title, root: '../', keywords, main: html }))
    }
  }

  const toc = sections
    .map((s) => {
      const entries = s.entries.map(
        (e) => `<li><a href="${zimPath(e.ref)}">${esc(e.title)}</a>${e.note ? ` <small>${e.note}</small>` : ''}</li>`,
      )
      return `<section class="part" id="${s.id}"><h2>${esc(s.title)}</h2><ol>${entries.join('')}</ol></section>`
    })
    .join('\n')
  const welcome = `<h1>${esc(t('site.name'))}</h1>\n<p class="lead">${esc(t('site.tagline'))}</p>\n<p>${asOf} · ${liveLink}</p>\n<nav class="toc" id="contents">${toc}</nav>`
  files.set('index.html', page({ ...common, title: t('site.name'), root: '', main: welcome }))
  files.set('style.css', offlineCss())
  files.set('illustration.png', options.illustration)
  return files
}

/** Runs a program, resolving with its output; the error carries its stderr. */
function exec(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stderr }))
      else resolve({ stdout, stderr })
    })
  })
}

/**
 * Whether Debian's zim-tools are installed (`zimwriterfs` on the PATH). Only
 * a missing program counts as absent: one that is there but fails says why
 * when it is asked to write a file.
 */
export async function hasZimwriterfs(): Promise<boolean> {
  try {
    await exec('zimwriterfs', ['--version'])
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
}

/**
 * Writes `locale`'s ZIM file to `outFile` and returns its size in bytes. The
 * pages are written to a temporary folder first, since zimwriterfs packs a
 * folder; it is removed whatever happens.
 */
export async function writeZim(
  content: SiteContent,
  locale: Locale,
  outFile: string,
  options: ZimOptions,
): Promise<number> {
  return packZim(zimFiles(content, locale, options), locale, outFile, options)
}

/** How many of a ZIM folder's files are written at once. */
const WRITES_AT_ONCE = 32

/** {@link writeZim} from the folder's files, made by {@link zimFilesOf}. */
export async function packZim(
  files: Map<string, string | Buffer>,
  locale: Locale,
  outFile: string,
  options: ZimOptions,
): Promise<number> {
  const t = useTranslations(locale)
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), `portal-zim-${locale}-`))
  try {
    const dirs = new Set([...files.keys()].map((name) => path.dirname(path.join(folder, name))))
    for (const dir of dirs) await fs.mkdir(dir, { recursive: true })
    const entries = [...files]
    for (let i = 0; i < entries.length; i += WRITES_AT_ONCE) {
      await Promise.all(
        entries.slice(i, i + WRITES_AT_ONCE).map(([name, data]) => fs.writeFile(path.join(folder, name), data)),
      )
    }
    await fs.rm(outFile, { force: true })
    await exec('zimwriterfs', [
      '--welcome=index.html',
      '--illustration=illustration.png',
      `--language=${iso639_3[locale]}`,
      // Kiwix shows at most 30 and 80 characters of these; the strings are kept within that.
      `--title=${t('pack.zimTitle')}`,
      `--description=${t('pack.zimDescription')}`,
      `--creator=${t('site.name')}`,
      `--publisher=${t('site.name')}`,
      `--name=migrant-portal_${locale}`,
      `--source=${new URL(urls.home(locale), options.siteUrl).href}`,
      '--scraper=migrant-portal',
      folder,
      outFile,
    ])
    return (await fs.stat(outFile)).size
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim()
    throw new Error(`Could not write the ${locale} ZIM file${stderr ? `: ${stderr}` : ''}`, { cause: error })
  } finally {
    await fs.rm(folder, { recursive: true, force: true })
  }
}
