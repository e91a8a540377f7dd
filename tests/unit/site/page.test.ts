import { describe, expect, it } from 'vitest'

import { htmlLang, localeCodes } from '../../../content-models/locales'
import { useTranslations } from '../../../site/i18n'
import { localePaths, otherLanguage, pageContext, publishedIn, translatedPaths } from '../../../site/utils/page'
import { urls } from '../../../site/utils/urls'

// Translations present for Russian and Arabic only, listed out of locale order.
const item = { slug: 'work-permit', translations: { ar: { title: 'x' }, ru: { title: 'y' } } }

describe('per-language pages', () => {
  it('has a route in every language', () => {
    expect(localePaths()).toEqual(localeCodes.map((locale) => ({ params: { locale } })))
  })

  it('routes only the published translations of an item, in locale order', () => {
    expect(publishedIn(item)).toEqual(['ru', 'ar'])
    expect(translatedPaths([item], (i, locale) => ({ title: i.translations[locale as 'ru' | 'ar'].title }))).toEqual([
      { params: { locale: 'ru', slug: 'work-permit' }, props: { title: 'y' } },
      { params: { locale: 'ar', slug: 'work-permit' }, props: { title: 'x' } },
    ])
  })

  it('opens a page with its language, strings and alternates', () => {
    const { locale, t, alternates } = pageContext({ locale: 'tg' }, urls.events)
    expect(locale).toBe('tg')
    expect(t('site.name')).toBe(useTranslations('tg')('site.name'))
    expect(alternates).toEqual(localeCodes.map((l) => ({ locale: l, href: urls.events(l) })))
  })

  it('offers an item only in the languages it is published in', () => {
    const { alternates } = pageContext({ locale: 'ar' }, (l) => urls.event(l, item.slug), item)
    expect(alternates).toEqual([
      { locale: 'ru', href: '/ru/events/work-permit/' },
      { locale: 'ar', href: '/ar/events/work-permit/' },
    ])
  })

  it('marks a link in another language than the page’s', () => {
    expect(otherLanguage('ru', 'ru')).toEqual({})
    expect(otherLanguage('ar', 'ru')).toEqual({ lang: htmlLang.ar, dir: 'rtl', hreflang: htmlLang.ar })
  })
})
