/**
 * The single-file pack: one language's published content as one HTML file
 * that needs no server and no network (`/offline/<lang>.html`), so a help
 * centre can pass it on by Telegram, Bluetooth or ShareIT and it opens from a
 * file manager. Styles, search and data are inline; links between its items
 * are anchors; everything else links to the live site.
 */
import { htmlLang, type Locale, localeInfo } from '../../content-models/locales'
import type { SiteContent } from '../data/types'
import { type Translate, useTranslations } from '../i18n'
import { withoutLinkMarks } from '../i18n/link-marks'
import { formatDate, isoDate } from '../utils/format'
import { urls } from '../utils/urls'
import { esc, scriptCode, scriptJson } from './pack-html'
import type { ItemRef } from './pack-links'
import { type PackItems, packItems } from './pack-model'
import { itemId, packSections, type RenderContext } from './pack-render'
import type { PackSearchData } from './pack-search-browser'
import { hiddenSearchWords, packSearchScript } from './pack-search'
import { offlineCss } from './pack-style'

export interface PackOptions {
  /** The live site's address (SITE_URL), which the file links to for anything it does not hold. */
  siteUrl: string
}

const refKey = (ref: ItemRef) => `${ref.kind}:${ref.slug}`

/** What the search script needs besides the page: strings, and the words articles are found by but do not show. */
function searchData(items: PackItems, t: Translate): PackSearchData {
  const { content, locale } = items
  const concepts: string[] = []
  const conceptIndex = new Map<string, number>()
  const hidden: PackSearchData['hidden'] = {}
  for (const a of [...items.lawChanges, ...items.articles]) {
    const words = hiddenSearchWords(a, content.glossary, locale, items.folds)
    const g = words.concepts.map(({ words: phrases, weight }): [number, number] => {
      const text = [...new Set(phrases.join(' ').split(' '))].join(' ')
      if (!conceptIndex.has(text)) conceptIndex.set(text, concepts.push(text) - 1)
      return [conceptIndex.get(text)!, weight]
    })
    const k = words.keywords.join(' ')
    if (k || g.length)
      hidden[itemId({ kind: 'article', slug: a.article.slug })] = { ...(k && { k }), ...(g.length && { g }) }
  }
  return { locale, strings: { resultCount: t('search.resultCount'), noResults: t('pack.noResults') }, concepts, hidden }
}

/**
 * `locale`'s single-file pack from the snapshot: a header stamped with the
 * snapshot's date and a link to the live site, search, contents, then law
 * changes, articles, help centres and upcoming events. Pure: the same
 * snapshot always gives the same file.
 */
export function offlinePack(content: SiteContent, locale: Locale, options: PackOptions): string {
  return packHtml(packItems(content, locale), options)
}

/** {@link offlinePack} from the language's items, chosen once for its pack and its ZIM file. */
export function packHtml(items: PackItems, options: PackOptions): string {
  const { content, locale } = items
  const t = useTranslations(locale)
  const held = new Set<string>()
  const ctx: RenderContext = {
    locale,
    siteUrl: options.siteUrl,
    itemHref: (ref) => (held.has(refKey(ref)) ? `#${itemId(ref)}` : undefined),
    items,
    t,
    // Under the file's <h1> and each part's <h2>.
    level: 3,
    contentsHref: '#contents',
  }
  const sections = packSections(ctx)
  // Links are written when the items are rendered below, once the file knows all it holds.
  for (const s of sections) for (const e of s.entries) held.add(refKey(e.ref))
  const asOf = `<time datetime="${esc(isoDate(content.generatedAt))}">${esc(t('pack.asOf', { date: formatDate(content.generatedAt, locale) }))}</time>`
  const liveLink = `<a href="${esc(new URL(urls.home(locale), options.siteUrl).href)}">${esc(t('pack.liveSite'))}</a>`

  const search = searchData(items, t)

  const toc = sections
    .map((s) => {
      const entries = s.entries.map(
        (e) =>
          `<li><a href="#${esc(itemId(e.ref))}">${esc(e.title)}</a>${e.note ? ` <small>${e.note}</small>` : ''}</li>`,
      )
      return `<li><a href="#${s.id}"><strong>${esc(s.title)}</strong></a><ol>${entries.join('')}</ol></li>`
    })
    .join('')
  const parts = sections
    .map(
      (s) =>
        `<section class="part" id="${s.id}"><h2>${esc(s.title)}</h2>${s.entries.map((e) => e.render(ctx)).join('\n')}</section>`,
    )
    .join('\n')

  return `<!doctype html>
<html lang="${htmlLang[locale]}" dir="${localeInfo(locale).dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t('site.name')} · ${t('pack.title')}`)}</title>
<meta name="description" content="${esc(t('site.tagline'))}">
<link rel="icon" href="data:,">
<style>${offlineCss()}</style>
</head>
<body>
<header id="top">
<h1>${esc(t('site.name'))}</h1>
<p><strong>${asOf}</strong> · ${liveLink}</p>
<p class="about">${esc(t('pack.about'))}</p>
</header>
<main>
<form class="search" id="pack-search" role="search" hidden>
<label for="pack-q">${esc(t('pack.searchLabel'))}</label>
<input id="pack-q" type="search" autocomplete="off" placeholder="${esc(t('search.placeholder'))}" aria-describedby="pack-hint">
<p class="hint" id="pack-hint">${esc(t('search.hint'))}</p>
<p id="pack-status" role="status"></p>
<ol id="pack-results"></ol>
</form>
<nav class="toc" id="contents"><h2>${esc(t('pack.contents'))}</h2><ul class="plain">${toc}</ul></nav>
${parts}
</main>
<footer>
<p>${esc(withoutLinkMarks(t('footer.about')))}</p>
<p>${esc(withoutLinkMarks(t('site.demoNotice')))}</p>
<p>${asOf} · ${liveLink}</p>
</footer>
<script type="application/json" id="pack-data">${scriptJson(search)}</script>
<script>${scriptCode(packSearchScript())}</script>
</body>
</html>
`
}
