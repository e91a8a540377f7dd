import type { Payload } from 'payload'

import type { Locale } from '../../../content-models/locales'
import type { SitePublisher } from '../../../site/data/types'
import { str, webUrl } from './read'

const texts = (value: unknown): Partial<Record<Locale, string>> =>
  Object.fromEntries(
    Object.entries((value ?? {}) as Record<string, unknown>)
      .map(([locale, text]) => [locale, str(text)?.trim()])
      .filter(([, text]) => text),
  )

/** Who publishes the portal, as an anonymous reader sees it; undefined until it has a name in some language. */
export async function readPublisher(payload: Payload): Promise<SitePublisher | undefined> {
  const doc = await payload.findGlobal({ slug: 'publisher', locale: 'all', overrideAccess: false, depth: 0 })
  const names = texts(doc.name)
  if (Object.keys(names).length === 0) return undefined
  return {
    names,
    about: texts(doc.about),
    phone: str(doc.phone),
    email: str(doc.email),
    website: webUrl(doc.website),
  }
}
