import type { Payload } from 'payload'

import type { Locale } from '../../content-models/locales'
import type { Article } from '../../content-models/payload-types'
import { anonymous } from './access'

/** What an anonymous reader of one language gets for an article (undefined when nothing is published). */
export async function publicArticle(payload: Payload, id: number, locale: Locale = 'ru'): Promise<Article | undefined> {
  const found = await payload.find({ collection: 'articles', locale, where: { id: { equals: id } }, ...anonymous })
  return found.docs[0]
}

/** When one language's text last changed, as stored (drafts included). */
export async function textUpdatedAt(payload: Payload, id: number, locale: Locale): Promise<string | null | undefined> {
  const doc = await payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 0 })
  return (doc.textUpdatedAt as unknown as Partial<Record<Locale, string | null>> | null | undefined)?.[locale]
}
