import { htmlLang, type Locale, localeCodes, localeInfo } from '../../content-models/locales'
import { ITEM_KEY, noteRouteKeys } from '../data/dependencies'
import { type Translate, useTranslations } from '../i18n'

/** Anything published per language: only the languages present have a translation. */
export interface Translated {
  translations: Partial<Record<Locale, unknown>>
}

/** The same page in another language, for the language switcher and hreflang links. */
export interface Alternate {
  locale: Locale
  href: string
}

/** What every page under `[locale]/` starts from. */
export interface PageContext {
  locale: Locale
  t: Translate
  /** The page in each language it exists in, this one included. */
  alternates: Alternate[]
}

/** The languages an item is published in, in the order of `localeCodes`. */
export function publishedIn(item: Translated): Locale[] {
  return localeCodes.filter((locale) => item.translations[locale])
}

/** `getStaticPaths` of a page that exists in every language. */
export function localePaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

/**
 * `getStaticPaths` of a `[locale]/…/[slug]` page: one route per published
 * translation of each item, so a missing translation gets no page (ADR 0001).
 */
export function translatedPaths<Item extends Translated & { slug: string }, Props>(
  items: readonly Item[],
  props: (item: Item, locale: Locale) => Props,
) {
  return items.flatMap((item) =>
    publishedIn(item).map((locale) => {
      const params = { locale, slug: item.slug }
      // Props may copy the item's fields here, where reads are not recorded (ADR 0007): its page depends on them all.
      const key = (item as { [ITEM_KEY]?: string })[ITEM_KEY]
      if (key) noteRouteKeys(params, [`${key}#*`, `${key}:${locale}`, `${key}#translations`])
      return { params, props: props(item, locale) }
    }),
  )
}

/** The language a `[locale]` route was generated for (by `getStaticPaths`, so always one of ours). */
export function localeParam(params: Record<string, string | undefined>): Locale {
  return params.locale as Locale
}

/**
 * The language, UI strings and alternates of a `[locale]` page. The alternates
 * are the page at `urlFor` in every language or, given an item, only in the
 * languages it is published in, so the switcher never offers a missing page.
 */
export function pageContext(
  params: Record<string, string | undefined>,
  urlFor: (locale: Locale) => string,
  item?: Translated,
): PageContext {
  const locale = localeParam(params)
  const languages = item ? publishedIn(item) : localeCodes
  return {
    locale,
    t: useTranslations(locale),
    alternates: languages.map((l) => ({ locale: l, href: urlFor(l) })),
  }
}

/**
 * `lang`, `dir` and `hreflang` for a link to text in another language than the
 * page's, so screen readers switch voice; nothing when the languages match.
 */
export function otherLanguage(shown: Locale, page: Locale) {
  return shown === page ? {} : { lang: htmlLang[shown], dir: localeInfo(shown).dir, hreflang: htmlLang[shown] }
}

/** What separates the items of an inline list: Arabic writes «،», not a Latin comma. */
export function listSeparator(locale: Locale): string {
  return locale === 'ar' ? '، ' : ', '
}
