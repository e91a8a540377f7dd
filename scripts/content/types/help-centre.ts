import { HelpCentres } from '../../../content-models/collections/HelpCentres'
import { EMAIL_PATTERN, TELEGRAM_PATTERN } from '../../../content-models/fields/common'
import { localeCodes } from '../../../content-models/locales'
import { centreServices, countries } from '../../../content-models/taxonomy'
import type { DocType } from '../doc-types'
import { maxLengthOf } from '../field-limits'
import { bool, manyOf, oneOf, pattern, phone, phones, slugRef, text, url } from '../field-rules'
import { pick } from './values'

const max = (field: string) => maxLengthOf(HelpCentres, field)

/** `help-centres/<slug>.<locale>.md`: places that help in person or by phone. */
export const helpCentreType: DocType = {
  folder: 'help-centres',
  collection: 'help-centres',
  key: 'helpCentres',
  bodyOptional: true,
  defaults: { phones: [], languages: [], services: [], hotlineFree: false },
  fields: {
    name: text({ required: true, max: max('name') }),
    organisation: text({ max: max('organisation') }),
    country: oneOf(
      countries.filter((c) => c !== 'all'),
      { required: true, shared: true },
    ),
    region: slugRef({ required: true, refersTo: 'regions' }),
    city: text({ required: true, max: max('city') }),
    address: text({ max: max('address') }),
    openingHours: text({ max: max('openingHours'), multiLine: true }),
    phones: phones(),
    hotline: phone(),
    hotlineFree: bool({ shared: true }),
    whatsapp: phone(),
    telegram: pattern(TELEGRAM_PATTERN, 'is not a Telegram username (5–32 letters, digits or _, without @)'),
    viber: phone(),
    email: pattern(EMAIL_PATTERN, 'is not an email address alone (e.g. info@example.org; no spaces or ? & % # /)'),
    website: url(),
    languages: manyOf(localeCodes),
    services: manyOf(centreServices),
  },
  shared: (doc, refs) => {
    const s = doc.shared
    return {
      slug: doc.slug,
      ...pick(s, 'country', 'hotline', 'hotlineFree', 'whatsapp', 'telegram', 'viber', 'email', 'website'),
      phones: s.phones ?? [],
      languages: s.languages ?? [],
      services: s.services ?? [],
      region: refs.regions.get(s.region as string) ?? null,
    }
  },
  text: (doc, locale) =>
    pick(doc.translations[locale]!.text, 'name', 'organisation', 'city', 'address', 'openingHours'),
}
