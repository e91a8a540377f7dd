/**
 * One article, help centre or event as HTML for the offline files, shared by
 * the single-file pack (each item a section under its heading) and the ZIM
 * file (each item a page), so the two always say the same. They follow the
 * site's pages (site/pages/[locale]/…/[slug].astro) and reuse their strings and
 * helpers; what an offline reader cannot use (topic pages, the language
 * switcher) is left out, and links lead inside the file where they can.
 */
import { htmlLang, localeInfo, type Locale, sourceLocale } from '../../content-models/locales'
import type { SiteArticle, SiteHelpCentre } from '../data/types'
import type { Translate } from '../i18n'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { outdatedOriginal } from '../utils/content'
import {
  countryName,
  formatDate,
  formatList,
  formatRange,
  isoDate,
  languageName,
  messengerLinks,
  telHref,
} from '../utils/format'
import { lawChangeState } from '../utils/law-change'
import { listSeparator } from '../utils/page'
import { reviewNote } from '../utils/review'
import { timeZonePhrase } from '../utils/time-zone-name'
import { urls } from '../utils/urls'
import { breakBlocks, esc } from './pack-html'
import { type ItemKind, type ItemRef, type LinkContext, itemPath, offlineBody, safeUrl } from './pack-links'
import type { PackArticle, PackCentre, PackEvent, PackItems } from './pack-model'

/** What rendering an item needs: the file's items and language, its strings and where its links lead. */
export interface RenderContext extends LinkContext {
  items: PackItems
  t: Translate
  /** Heading level of an item's title: below the file's sections in the single file, 1 on a ZIM page. */
  level: number
  /** Where "Back to contents" leads. */
  contentsHref: string
}

/** The element id of an item in the single file, e.g. `article-work-patent`. */
export function itemId(ref: ItemRef): string {
  return `${ref.kind}-${ref.slug}`
}

/** An item's element, its blocks on lines of their own (see breakBlocks). */
function itemElement(ref: ItemRef, parts: string[]): string {
  return `<article class="item" id="${esc(itemId(ref))}" data-item>${breakBlocks(parts.join(''))}</article>`
}

/** A page of the live site, as an absolute link. */
function live(path: string, ctx: LinkContext): string {
  return new URL(path, ctx.siteUrl).href
}

function link(href: string, text: string, attrs = ''): string {
  return `<a href="${esc(href)}"${attrs}>${esc(text)}</a>`
}

/** A link to an address editors entered, which leads nowhere unless its scheme is a safe one. */
function outside(href: string, text: string): string {
  return link(safeUrl(href), text, ' rel="external"')
}

/** `lang`, `hreflang` and `dir` for a link to text in another language than the file's. */
function foreign(locale: Locale, fileLocale: Locale): string {
  if (locale === fileLocale) return ''
  return ` lang="${htmlLang[locale]}" hreflang="${htmlLang[locale]}" dir="${localeInfo(locale).dir}"`
}

/** A link to an item: inside the file when it holds it, else to its page on the live site. */
function itemLink(kind: ItemKind, slug: string, shownLocale: Locale, text: string, ctx: RenderContext): string {
  const ref = { kind, slug }
  const inside = shownLocale === ctx.locale ? ctx.itemHref(ref) : undefined
  return link(inside ?? live(itemPath(shownLocale, ref), ctx), text, foreign(shownLocale, ctx.locale))
}

/** An article in the file's language, or in its fallback language on the live site (ADR 0001). */
function articleLink(article: SiteArticle, ctx: RenderContext): string | undefined {
  const shown = inLocaleOrFallback(article.translations, ctx.locale)
  return shown && itemLink('article', article.slug, shown.locale, shown.t.title, ctx)
}

/** "Takes effect on…", "In force since…" or "No longer applies since…", as of the snapshot. */
export function lawStatus(article: SiteArticle, ctx: RenderContext): string {
  const state = lawChangeState(article, ctx.items.now)
  if (!state) return ''
  const text = ctx.t(state.key, { date: formatDate(state.date, ctx.locale) })
  return `<span class="law-status law-${state.status}" data-status="${state.status}"><time datetime="${esc(isoDate(state.date))}">${esc(text)}</time></span>`
}

function heading(ctx: RenderContext, text: string): string {
  return `<h${ctx.level} class="item-title">${esc(text)}</h${ctx.level}>`
}

/** A heading one level below the item's title. */
function subheading(ctx: RenderContext, text: string): string {
  const level = Math.min(6, ctx.level + 1)
  return `<h${level}>${esc(text)}</h${level}>`
}

function back(ctx: RenderContext): string {
  return `<p class="back">${link(ctx.contentsHref, `↑ ${ctx.t('pack.backToContents')}`)}</p>`
}

function body(html: string, pagePath: string, ctx: RenderContext): string {
  if (!html.trim()) return ''
  // On the site the title is <h1> and body headings start at <h2>: keep that distance.
  return `<div class="body" data-s>${offlineBody(html, { ...ctx, pagePath, headingShift: ctx.level - 1 })}</div>`
}

/** `<dt>`/`<dd>` pairs, skipping empty values. */
function contacts(rows: [string, string | undefined][]): string {
  const filled = rows.filter(([, value]) => value)
  return filled.length
    ? `<dl class="contacts" data-s>${filled.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${value}</dd>`).join('')}</dl>`
    : ''
}

/** An article with its law-change facts, review date and change notes, as on its site page. */
function renderArticle({ article, t: tr }: PackArticle, ctx: RenderContext): string {
  const { locale, t } = ctx
  const ref: ItemRef = { kind: 'article', slug: article.slug }
  const out: string[] = []
  out.push(
    `<p class="meta"><span class="tag">${esc(t(`kind.${article.kind}`))}</span><span>${esc(t(`country.${article.country}`))}</span></p>`,
    heading(ctx, tr.title),
  )
  // Readers of a translation learn when the original changed after it (the rule behind "outdated").
  const original = outdatedOriginal(article, locale)
  if (original) {
    const text = t('article.outdated', {
      translated: formatDate(tr.updatedAt, locale),
      original: formatDate(original.updatedAt, locale),
    })
    const label = `${t('article.readOriginal')} (${localeInfo(sourceLocale).label})`
    out.push(
      `<p class="notice">${esc(text)} ${link(live(urls.article(sourceLocale, article.slug), ctx), label, foreign(sourceLocale, locale))}</p>`,
    )
  }
  const changes = ctx.items.content.articles.filter(
    (a) => a.kind === 'law-change' && a.affectedArticles.includes(article.slug),
  )
  const changeLinks = changes.map((c) => [articleLink(c, ctx), lawStatus(c, ctx)]).filter(([a]) => a)
  if (changeLinks.length) {
    out.push(
      `<div class="notice"><p>${esc(t('lawChange.notice'))}</p><ul>${changeLinks.map(([a, s]) => `<li>${a}${s ? ` (${s})` : ''}</li>`).join('')}</ul></div>`,
    )
  }
  if (tr.summary) out.push(`<p class="lead" data-s>${esc(tr.summary)}</p>`)
  if (article.kind === 'law-change') out.push(lawBox(article, tr, ctx))
  out.push(body(tr.html, itemPath(locale, ref), ctx))

  const meta = [
    `<time datetime="${esc(isoDate(tr.updatedAt))}">${esc(t('article.updated', { date: formatDate(tr.updatedAt, locale) }))}</time>`,
  ]
  const review = reviewNote(article, tr, locale, t)
  if (review) meta.push(`<time datetime="${esc(review.date)}">${esc(review.text)}</time>`)
  meta.push(esc(t('article.country', { country: t(`country.${article.country}`) })))
  meta.push(link(live(itemPath(locale, ref), ctx), t('pack.onSite')))
  out.push(`<p class="meta">${meta.map((m) => `<span>${m}</span>`).join('')}</p>`)

  // Topic pages are not in the file: the names still tell what the article is about.
  const topics = article.topics
    .map((slug) => ctx.items.content.topics.find((topic) => topic.slug === slug))
    .map((topic) => topic && inLocaleOrFallback(topic.titles, locale)?.t)
    .filter((title): title is string => Boolean(title))
  if (topics.length)
    out.push(`<p class="meta">${esc(t('article.topics'))}: ${esc(topics.join(listSeparator(locale)))}</p>`)
  if (tr.changes.length) {
    const notes = tr.changes.map(
      (c) => `<li><time datetime="${esc(c.date)}">${esc(formatDate(c.date, locale))}</time>: ${esc(c.note)}</li>`,
    )
    out.push(
      `<details class="history"><summary>${esc(t('article.history'))}</summary><ol class="plain">${notes.join('')}</ol></details>`,
    )
  }
  out.push(back(ctx))
  return itemElement(ref, out)
}

/** Status, who is affected, legal basis and the articles a law change affects. */
function lawBox(article: SiteArticle, tr: PackArticle['t'], ctx: RenderContext): string {
  const { locale, t } = ctx
  const out = [`<p class="law-state">${lawStatus(article, ctx)}</p>`]
  if (article.expiryDate) {
    out.push(
      `<p><time datetime="${esc(article.expiryDate)}">${esc(t('lawChange.until', { date: formatDate(article.expiryDate, locale) }))}</time></p>`,
    )
  }
  const who = [
    article.affectedCitizenships.length
      ? t('lawChange.citizens', {
          list: formatList(
            article.affectedCitizenships.map((c) => countryName(c, locale)),
            locale,
          ),
        })
      : t('lawChange.allCitizens'),
  ]
  if (article.affectedStatuses.length) {
    who.push(
      t('lawChange.statuses', {
        list: formatList(
          article.affectedStatuses.map((s) => t(`status.${s}`)),
          locale,
        ),
      }),
    )
  }
  out.push(subheading(ctx, t('lawChange.whoHeading')), `<ul>${who.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`)
  if (tr.legalAct || article.legalUrl) {
    const act = esc([tr.legalAct, tr.legalArticle].filter(Boolean).join(', '))
    const official = article.legalUrl ? ` ${outside(article.legalUrl, t('lawChange.officialText'))}` : ''
    out.push(subheading(ctx, t('lawChange.legalBasis')), `<p>${act}${official}</p>`)
  }
  const affects = article.affectedArticles
    .map((slug) => ctx.items.content.articles.find((a) => a.slug === slug))
    .map((a) => a && articleLink(a, ctx))
    .filter((a): a is string => Boolean(a))
  if (affects.length)
    out.push(subheading(ctx, t('lawChange.affects')), `<ul>${affects.map((a) => `<li>${a}</li>`).join('')}</ul>`)
  return `<section class="law-box">${out.join('')}</section>`
}

function phoneLink(phone: string): string {
  return link(telHref(phone), phone)
}

/** A help centre's contacts, opening hours and upcoming events, as on its site page. */
function renderCentre({ centre, t: c, region }: PackCentre, ctx: RenderContext): string {
  const { locale, t } = ctx
  const ref: ItemRef = { kind: 'centre', slug: centre.slug }
  const messengers = messengerLinks(centre)
  const out = [heading(ctx, c.name)]
  if (c.organisation) out.push(`<p class="lead" data-s>${esc(c.organisation)}</p>`)
  out.push(
    contacts([
      [
        t('help.hotline'),
        centre.hotline && `${phoneLink(centre.hotline)}${centre.hotlineFree ? ` (${esc(t('help.freeCall'))})` : ''}`,
      ],
      [t('help.phones'), centre.phones.map(phoneLink).join(', ')],
      [
        t('help.messengers'),
        messengers.length
          ? `<ul class="plain">${messengers.map((m) => `<li>${link(m.href, m.name, ' rel="external"')} <span class="tel">${esc(m.label)}</span></li>`).join('')}</ul>`
          : undefined,
      ],
      [t('help.address'), esc([c.address, c.city, region].filter(Boolean).join(', '))],
      [t('help.hours'), c.openingHours && esc(c.openingHours)],
      [
        t('help.languages'),
        centre.languages.length
          ? esc(
              formatList(
                centre.languages.map((l) => languageName(l, locale)),
                locale,
              ),
            )
          : undefined,
      ],
      [
        t('help.services'),
        centre.services.length
          ? `<ul class="plain">${centre.services.map((s) => `<li>${esc(t(`service.${s}`))}</li>`).join('')}</ul>`
          : undefined,
      ],
      [t('help.email'), centre.email && link(`mailto:${centre.email}`, centre.email)],
      [t('help.website'), centre.website && outside(centre.website, centre.website)],
    ]),
    body(c.html, itemPath(locale, ref), ctx),
  )
  const events = ctx.items.events.filter((e) => e.event.helpCentre === centre.slug)
  if (events.length) {
    out.push(
      subheading(ctx, t('help.upcomingEvents')),
      `<ul>${events.map((e) => `<li>${itemLink('event', e.event.slug, locale, e.t.title, ctx)}, ${esc(eventTime(e, ctx))} (${esc(eventZone(e, ctx))})</li>`).join('')}</ul>`,
    )
  }
  out.push(`<p class="meta">${link(live(itemPath(locale, ref), ctx), t('pack.onSite'))}</p>`, back(ctx))
  return itemElement(ref, out)
}

/** When an event is, in its own time zone. */
function eventTime({ event }: PackEvent, ctx: RenderContext): string {
  return formatRange(event.start, event.end, event.timeZone, ctx.locale)
}

/** An event's time zone as people say it, named after its help centre's city when it has one. */
function eventZone({ event }: PackEvent, ctx: RenderContext): string {
  const centre = event.helpCentre ? ctx.items.content.helpCentres.find((c) => c.slug === event.helpCentre) : undefined
  return timeZonePhrase(event.timeZone, event.start, ctx.locale, centre?.translations[ctx.locale]?.city)
}

/** An upcoming event: when, where, languages, organiser and how to register, as on its site page. */
function renderEvent(item: PackEvent, ctx: RenderContext): string {
  const { event, t: e } = item
  const { locale, t } = ctx
  const ref: ItemRef = { kind: 'event', slug: event.slug }
  const centre = event.helpCentre ? ctx.items.content.helpCentres.find((c) => c.slug === event.helpCentre) : undefined
  const centreShown = centre && inLocaleOrFallback(centre.translations, locale)
  const address = e.address ?? centreShown?.t.address
  const where = [
    centre && centreShown ? itemLink('centre', centre.slug, centreShown.locale, centreShown.t.name, ctx) : '',
    address ? esc(address) : '',
  ].filter(Boolean)
  const online = event.onlineUrl
    ? `<p>${outside(event.onlineUrl, t('event.joinOnline'))} (${esc(t('event.online'))})</p>`
    : ''
  const register = [
    event.registrationUrl ? outside(event.registrationUrl, t('event.register')) : '',
    event.registrationPhone
      ? `<p>${esc(t('event.registerPhone', { phone: '' }))}${phoneLink(event.registrationPhone)}</p>`
      : '',
  ].join('')
  const out = [
    `<p class="meta"><span class="tag">${esc(t(`eventKind.${event.eventKind}`))}</span></p>`,
    heading(ctx, e.title),
  ]
  if (e.summary) out.push(`<p class="lead" data-s>${esc(e.summary)}</p>`)
  out.push(
    contacts([
      [
        t('event.when'),
        `<time datetime="${esc(event.start)}">${esc(eventTime(item, ctx))}</time><br><small>${esc(eventZone(item, ctx))}</small>`,
      ],
      [t('event.where'), where.join(', ') + online || undefined],
      [
        t('event.languages'),
        event.languages.length
          ? esc(
              formatList(
                event.languages.map((l) => languageName(l, locale)),
                locale,
              ),
            )
          : undefined,
      ],
      [t('event.organiser'), e.organiser && esc(e.organiser)],
      [t('event.register'), register || undefined],
    ]),
    body(e.html, itemPath(locale, ref), ctx),
    `<p class="meta"><span>${link(live(urls.eventIcs(locale, event.slug), ctx), t('event.addToCalendar'))}</span><span>${link(live(itemPath(locale, ref), ctx), t('pack.onSite'))}</span></p>`,
    back(ctx),
  )
  return itemElement(ref, out)
}

/** One part of the file's contents: law changes, articles, help centres or events. */
export interface PackSection {
  id: string
  title: string
  entries: {
    ref: ItemRef
    title: string
    /** HTML shown after the title in the contents: a law change's status, a centre's city, an event's time. */
    note?: string
    render: (ctx: RenderContext) => string
  }[]
}

/** The file's parts in reading order, each with its items; empty parts are left out. */
export function packSections(ctx: RenderContext): PackSection[] {
  const { items, t } = ctx
  const article = (a: PackArticle, note?: string) => ({
    ref: { kind: 'article' as const, slug: a.article.slug },
    title: a.t.title,
    note,
    render: (c: RenderContext) => renderArticle(a, c),
  })
  const sections: PackSection[] = [
    {
      id: 'law-changes',
      title: t('lawChanges.title'),
      entries: items.lawChanges.map((a) => article(a, lawStatus(a.article, ctx))),
    },
    { id: 'articles', title: t('pack.articles'), entries: items.articles.map((a) => article(a)) },
    {
      id: 'help-centres',
      title: t('help.title'),
      entries: items.centres.map((c) => ({
        ref: { kind: 'centre' as const, slug: c.centre.slug },
        title: c.t.name,
        note: esc([c.t.city, t(`country.${c.centre.country}`)].join(', ')),
        render: (r: RenderContext) => renderCentre(c, r),
      })),
    },
    {
      id: 'events',
      title: t('events.upcoming'),
      entries: items.events.map((e) => ({
        ref: { kind: 'event' as const, slug: e.event.slug },
        title: e.t.title,
        note: `${esc(eventTime(e, ctx))} (${esc(eventZone(e, ctx))})`,
        render: (r: RenderContext) => renderEvent(e, r),
      })),
    },
  ]
  return sections.filter((s) => s.entries.length > 0)
}
