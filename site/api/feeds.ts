import { Feed } from 'feed'

import { htmlLang, type Locale } from '../../content-models/locales'
import { type UIKey, useTranslations } from '../i18n'
import { withoutLinkMarks } from '../i18n/link-marks'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { siteContent } from '../data/snapshot'
import { articlesIn, buildTime, lawChangesIn } from '../utils/content'
import { formatDate } from '../utils/format'
import { lawChangeState } from '../utils/law-change'
import { singleLine, stripControlChars } from '../utils/plain-text'
import { absoluteUrl as abs, urls } from '../utils/urls'

const FEED_LIMIT = 50
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">'

/**
 * Plain text for an entry's title or summary, as the feed library takes it.
 * The library always declares both `type="html"` inside CDATA, so the text is
 * HTML-escaped here (and turned back into `type="text"` by {@link textEntries}).
 * With no `<` or `>` left, `]]>` cannot end the CDATA early either: xml-js
 * splits only the first one, and a second let a summary write raw XML. Control
 * characters go first, since XML 1.0 cannot carry them at all.
 */
function entryText(text: string): string {
  return stripControlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// An entry title or summary as the feed library writes it. Its text came
// through `entryText`, so it holds no `<` or `>`: nothing inside it can match.
const HTML_ENTRY_TEXT = /<(title|summary) type="html"><!\[CDATA\[([^<>]*)\]\]><\/\1>/g

/**
 * Entry titles and summaries declared `type="text"`, so feed readers show
 * editors' text as written, never as markup. The escaped text is also valid
 * XML character data, and decodes to the same plain text.
 */
function textEntries(xml: string, locale: Locale): string {
  const out = xml.replace(HTML_ENTRY_TEXT, '<$1 type="text">$2</$1>')
  if (/<(title|summary) type="html">/.test(out))
    throw new Error(`Atom feed for "${locale}": an entry's text is still declared as HTML`)
  return out
}

/**
 * The Atom document, with its language declared on the root element, which feed
 * readers use to pick fonts, hyphenation and direction. The feed library writes
 * `language` into RSS only.
 */
function atom(f: Feed, locale: Locale): string {
  const xml = textEntries(f.atom1(), locale)
  if (!xml.includes(ATOM_ROOT))
    throw new Error(`Atom feed for "${locale}": the feed library no longer writes ${ATOM_ROOT}`)
  return xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${htmlLang[locale]}">`)
}

function feed(locale: Locale, title: string, path: string, alternate: string): Feed {
  // UI strings, which the library writes as escaped XML text: only control characters need to go.
  const ui = useTranslations(locale)
  const t = (key: UIKey) => singleLine(ui(key))
  // The publisher (the CMS's Publisher setting) owns the feed; the site's name until one is set.
  const publisher = siteContent().publisher
  const owner = publisher ? singleLine(inLocaleOrFallback(publisher.names, locale)!.t) : t('site.name')
  return new Feed({
    id: abs(path),
    title: `${t('site.name')}: ${singleLine(title)}`,
    description: t('site.tagline'),
    link: abs(alternate),
    language: htmlLang[locale],
    updated: buildTime(),
    generator: false,
    feedLinks: { atom: abs(path) },
    author: { name: owner, link: abs(urls.home(locale)) },
    copyright: `${owner}. ${withoutLinkMarks(t('footer.about'))}`,
  })
}

/** Atom feed of law changes in one language, newest effective date first; the entry says where each stands. */
export function lawChangesAtom(locale: Locale): string {
  const t = useTranslations(locale)
  const f = feed(locale, t('lawChanges.title'), urls.lawChangesFeed(locale), urls.lawChanges(locale))
  for (const a of lawChangesIn(locale).slice(0, FEED_LIMIT)) {
    const tr = a.t
    const state = lawChangeState(a)!
    const status = t(state.key, { date: formatDate(state.date, locale) })
    f.addItem({
      title: entryText(singleLine(tr.title)),
      id: abs(urls.article(locale, a.slug)),
      link: abs(urls.article(locale, a.slug)),
      date: new Date(tr.updatedAt),
      published: new Date(`${a.effectiveDate}T00:00:00Z`),
      // The status may already end with a full stop (Russian dates end in "г.").
      description: entryText([status.replace(/\.?$/, '.'), tr.summary].filter(Boolean).join(' ')),
    })
  }
  return atom(f, locale)
}

/**
 * Atom feed of new and updated articles in one language, most recent first.
 * An entry's text is the article's latest public change note when it has one,
 * otherwise its summary.
 */
export function updatesAtom(locale: Locale): string {
  const t = useTranslations(locale)
  const f = feed(locale, t('feeds.updatesTitle'), urls.updatesFeed(locale), urls.home(locale))
  for (const a of articlesIn(locale).slice(0, FEED_LIMIT)) {
    const tr = a.t
    const note = tr.changes[0]
    f.addItem({
      title: entryText(singleLine(tr.title)),
      // The id changes with each update, so readers see an update as a new entry.
      id: `${abs(urls.article(locale, a.slug))}#${tr.updatedAt}`,
      link: abs(urls.article(locale, a.slug)),
      date: new Date(tr.updatedAt),
      description: entryText(note ? `${formatDate(note.date, locale)}: ${note.note}` : (tr.summary ?? tr.title)),
    })
  }
  return atom(f, locale)
}
