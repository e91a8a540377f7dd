import type { Payload } from 'payload'

import type { SiteGlossaryTerm, SiteRegion, SiteTopic } from '../../../site/data/types'
import { readEachLocale } from './read'

// Taxonomy has no drafts: every language's words are public as soon as they are saved.

/** Topics with their titles and descriptions in every language that has them. */
export const readTopics = (payload: Payload) =>
  readEachLocale<SiteTopic>(
    payload,
    { collection: 'topics', sort: 'slug' },
    {
      create: (doc) => ({ slug: doc.slug as string, titles: {}, descriptions: {} }),
      add(topic, doc, locale) {
        if (doc.title) topic.titles[locale] = doc.title as string
        if (doc.description) topic.descriptions[locale] = doc.description as string
      },
    },
  )

/** Regions with their names in every language that has one. */
export const readRegions = (payload: Payload) =>
  readEachLocale<SiteRegion>(
    payload,
    { collection: 'regions', sort: 'slug' },
    {
      create: (doc) => ({ slug: doc.slug as string, country: doc.country as SiteRegion['country'], names: {} }),
      add(region, doc, locale) {
        if (doc.name) region.names[locale] = doc.name as string
      },
    },
  )

/** Search glossary concepts with their words in every language that has some. */
export const readGlossary = (payload: Payload) =>
  readEachLocale<SiteGlossaryTerm>(
    payload,
    { collection: 'glossary-terms', sort: 'key' },
    {
      create: (doc) => ({ key: doc.key as string, terms: {} }),
      add(entry, doc, locale) {
        const terms = (doc.terms as string[] | null | undefined)?.filter(Boolean)
        if (terms?.length) entry.terms[locale] = terms
      },
    },
  )
