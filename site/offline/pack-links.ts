/**
 * Links in offline files. A file opened from a Telegram attachment or a file
 * manager has no server behind it: a site path such as `/tg/articles/x/`
 * leads nowhere. A link to an item the file holds becomes a link inside it
 * (an anchor in the single file, a relative path in the ZIM file); any other
 * link to the portal becomes an absolute link to the live site.
 */
import { SLUG_PATTERN } from '../../content-models/fields/slug'
import type { Locale } from '../../content-models/locales'
import { urls } from '../utils/urls'
import { esc, unescapeAttr } from './pack-html'

export type ItemKind = 'article' | 'centre' | 'event'

/** An article, help centre or event, by its slug. */
export interface ItemRef {
  kind: ItemKind
  slug: string
}

/** Where a link to an item leads inside an offline file; undefined when the file does not hold it. */
export type ItemHref = (ref: ItemRef) => string | undefined

/** Each item's page on the site, so the routes stay in site/utils/urls.ts. */
const ROUTES: Record<ItemKind, (locale: Locale, slug: string) => string> = {
  article: urls.article,
  centre: urls.helpCentre,
  event: urls.event,
}

/** The item's page on the site: the path links in bodies are resolved against. */
export function itemPath(locale: Locale, ref: ItemRef): string {
  return ROUTES[ref.kind](locale, ref.slug)
}

const SLUG_MARK = '\u0000'

/**
 * The item a site path is the `locale` page of (`/tg/articles/x/`, with or
 * without its last slash), if any. Pages in another language are not taken
 * for the item the file holds: an editor who links the Russian page means it.
 */
export function itemAt(pathname: string, locale: Locale): ItemRef | undefined {
  for (const kind of Object.keys(ROUTES) as ItemKind[]) {
    const [before, after] = ROUTES[kind](locale, SLUG_MARK).split(SLUG_MARK)
    const path = after.endsWith('/') && !pathname.endsWith('/') ? `${pathname}/` : pathname
    if (path.startsWith(before) && path.endsWith(after)) {
      const slug = path.slice(before.length, path.length - after.length)
      if (SLUG_PATTERN.test(slug)) return { kind, slug }
    }
  }
  return undefined
}

/** Schemes a link in an offline file may use; anything else (javascript:, data:, file:) becomes inert. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:', 'viber:'])

/**
 * An outside address from the snapshot (a law's official text, a centre's
 * website, an event's registration page) as it may be linked from a file that
 * is passed from phone to phone: as written when its scheme is a safe one,
 * otherwise `#`.
 */
export function safeUrl(href: string): string {
  try {
    return SAFE_SCHEMES.has(new URL(href).protocol) ? href : '#'
  } catch {
    return '#'
  }
}

/** The file a link is written into: its language, the live site and the items it holds. */
export interface LinkContext {
  locale: Locale
  /** The live site's address (SITE_URL). */
  siteUrl: string
  itemHref: ItemHref
}

/**
 * Where an `href` written on the site page at `pagePath` leads from an offline
 * file: inside the file when it holds the item, else to the live site or the
 * outside address as it was. Fragments (`#…`) stay as written.
 */
export function offlineHref(href: string, pagePath: string, ctx: LinkContext): string {
  if (href.startsWith('#')) return href
  let url: URL
  try {
    url = new URL(href, new URL(pagePath, ctx.siteUrl))
  } catch {
    return '#'
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return '#'
  if (url.origin !== new URL(ctx.siteUrl).origin) return href
  const item = itemAt(url.pathname, ctx.locale)
  // A fragment inside another page is dropped with the page: the item's own anchor or path is what exists.
  return (item && ctx.itemHref(item)) ?? url.href
}

export interface BodyOptions extends LinkContext {
  /** The site page the body was written for, which its relative links are relative to. */
  pagePath: string
  /** How many levels to move the body's headings down, so they sit under the file's own. */
  headingShift: number
}

/**
 * An item's body HTML from the snapshot, ready for an offline file. Bodies are
 * already safe HTML (the snapshot's Lexical converter escapes text, and the
 * site outputs them as they are); only the `href` of links and the heading
 * levels change. Empty `class=""`/`style=""` attributes and the line breaks the
 * converter writes inside every list item's tag are dropped to keep the file small.
 */
export function offlineBody(html: string, options: BodyOptions): string {
  return html
    .replace(/<a\b[^>]*>/gi, (tag) =>
      tag.replace(
        /(\shref\s*=\s*)(?:"([^"]*)"|'([^']*)')/i,
        (_, before: string, dq?: string, sq?: string) =>
          `${before}"${esc(offlineHref(unescapeAttr(dq ?? sq ?? ''), options.pagePath, options))}"`,
      ),
    )
    .replace(
      /<(\/?)h([1-6])\b/gi,
      (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + options.headingShift)}`,
    )
    .replace(/<[a-z][a-z0-9]*\s[^>]*>/gi, (tag) =>
      tag
        .replace(/\s+(?:class|style)=""/gi, '')
        .replace(/\s+/g, ' ')
        .replace(/ >$/, '>'),
    )
}
