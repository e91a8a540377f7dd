import { htmlLang, type Locale } from '../../content-models/locales'
import type { SiteArticle, SiteEvent, SiteHelpCentre, SiteTranslation } from '../data/types'
import { eventPlace } from './calendar'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { helpCentreBySlug } from './content'

/**
 * schema.org data for search engines and link previews (JSON-LD). Only what
 * the page itself shows, in the page's language.
 */
type JsonLd = Record<string, unknown>

export function articleJsonLd(
  article: SiteArticle,
  t: SiteTranslation,
  locale: Locale,
  url: string,
  publisher: string,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: t.title,
    description: t.summary,
    inLanguage: htmlLang[locale],
    dateModified: t.updatedAt,
    ...(article.reviewedAt ? { lastReviewed: article.reviewedAt } : {}),
    mainEntityOfPage: url,
    publisher: { '@type': 'Organization', name: publisher },
  }
}

export function eventJsonLd(event: SiteEvent, locale: Locale, url: string): JsonLd | undefined {
  const t = event.translations[locale]
  if (!t) return undefined
  const centre = event.helpCentre ? helpCentreBySlug(event.helpCentre) : undefined
  const where = eventPlace(event, t, locale)
  const physical = where ? { '@type': 'Place', name: where, address: where } : undefined
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined
  const location = [physical, online].filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: t.title,
    description: t.summary,
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${physical && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: location.length === 1 ? location[0] : location,
    inLanguage: event.languages.map((l) => htmlLang[l]),
    url,
    isAccessibleForFree: true,
    ...(t.organiser || centre
      ? {
          organizer: {
            '@type': 'Organization',
            name: t.organiser ?? inLocaleOrFallback(centre!.translations, locale)?.t.name,
          },
        }
      : {}),
    ...(event.registrationUrl
      ? { offers: { '@type': 'Offer', url: event.registrationUrl, price: 0, priceCurrency: 'EUR' } }
      : {}),
  }
}

export function helpCentreJsonLd(
  centre: SiteHelpCentre,
  locale: Locale,
  url: string,
  regionName: string,
): JsonLd | undefined {
  const t = centre.translations[locale]
  if (!t) return undefined
  const languages = centre.languages.map((l) => htmlLang[l])
  const contactPoint = [
    ...(centre.hotline
      ? [
          {
            '@type': 'ContactPoint',
            telephone: centre.hotline,
            contactType: 'hotline',
            availableLanguage: languages,
            areaServed: centre.country.toUpperCase(),
          },
        ]
      : []),
    ...centre.phones.map((telephone) => ({
      '@type': 'ContactPoint',
      telephone,
      contactType: 'customer support',
      availableLanguage: languages,
    })),
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: t.name,
    ...(t.organisation ? { parentOrganization: { '@type': 'Organization', name: t.organisation } } : {}),
    url: centre.website ?? url,
    ...(centre.email ? { email: centre.email } : {}),
    ...(centre.phones[0] ? { telephone: centre.phones[0] } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(t.address ? { streetAddress: t.address } : {}),
      addressLocality: t.city,
      addressRegion: regionName,
      addressCountry: centre.country.toUpperCase(),
    },
    contactPoint,
    sameAs: [centre.telegram ? `https://t.me/${centre.telegram}` : undefined].filter(Boolean),
  }
}
