import type { SiteHelpCentre } from '../../../site/data/types'
import { list, refId, str, type Id, updatedAt, webUrl } from './read'
import type { TranslatedCollection } from './translated'

/** Help centres in the snapshot: contacts and services, and each published language's text. */
export const helpCentres: TranslatedCollection<SiteHelpCentre, { region?: Id }> = {
  collection: 'help-centres',
  titleField: 'name',
  shared: (doc) => ({
    slug: doc.slug as string,
    country: doc.country as SiteHelpCentre['country'],
    region: '',
    phones: list<string>(doc.phones),
    hotline: str(doc.hotline),
    hotlineFree: doc.hotlineFree === true,
    whatsapp: str(doc.whatsapp),
    telegram: str(doc.telegram),
    viber: str(doc.viber),
    email: str(doc.email),
    website: webUrl(doc.website),
    languages: list(doc.languages),
    services: list(doc.services),
    translations: {},
  }),
  translation: (doc) => ({
    name: doc.name as string,
    organisation: str(doc.organisation),
    city: doc.city as string,
    address: str(doc.address),
    openingHours: str(doc.openingHours),
    html: '',
    updatedAt: updatedAt(doc),
  }),
  refs: (doc) => ({ region: refId(doc.region) }),
  link(centre, refs, slugs) {
    centre.region = slugs.regions.of(refs.region) ?? ''
  },
}
