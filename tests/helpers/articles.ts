import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Locale } from '../../content-models/locales'
import type { Article, User } from '../../content-models/payload-types'
import { anonymous, as } from './access'
import { uniqueSlug } from './fixtures'

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

/** The Russian fields of a new article a test cares about; the rest have defaults. */
export type NewArticle = Partial<RequiredDataFromCollectionSlug<'articles'>>

/** A new article with Russian text, made by `user` with their access rules applied, or by trusted server code. */
function createArticle(
  payload: Payload,
  status: 'published' | 'draft',
  data: RequiredDataFromCollectionSlug<'articles'>,
  user?: User,
) {
  return payload.create({
    collection: 'articles',
    locale: 'ru',
    draft: status === 'draft',
    data: { ...data, _status: status },
    ...(user ? as(user) : {}),
  })
}

/**
 * An article published in Russian only: a "rights" article about Russia titled
 * "Патент: основное" unless `data` says otherwise. Created by `user` with their
 * access rules applied, or by trusted server code when no user is given.
 */
export function publishedArticle(payload: Payload, data: NewArticle = {}, user?: User): Promise<Article> {
  const defaults = { slug: uniqueSlug('article'), title: 'Патент: основное', kind: 'rights', country: 'ru' } as const
  return createArticle(payload, 'published', { ...defaults, ...data }, user)
}

/** The article the role tests start from: published in Russian only, legally reviewed on 10 January 2025. */
export function reviewedArticle(payload: Payload, data: NewArticle = {}): Promise<Article> {
  return publishedArticle(payload, { reviewedAt: '2025-01-10T00:00:00.000Z', ...data })
}

/**
 * An article that has a Russian draft and has never been published: a guide
 * unless `data` says otherwise. Created by `user` with their access rules
 * applied, or by trusted server code when no user is given.
 */
export function draftArticle(payload: Payload, data: NewArticle = {}, user?: User): Promise<Article> {
  const defaults = { slug: uniqueSlug('draft'), title: 'Черновик статьи', kind: 'guide', country: 'ru' } as const
  return createArticle(payload, 'draft', { ...defaults, ...data }, user)
}

/** The latest saved state of an article in one language, drafts included and no other language filling gaps. */
export function latestArticle(payload: Payload, id: number, locale: Locale = 'ru'): Promise<Article> {
  return payload.findByID({ collection: 'articles', id, locale, draft: true, depth: 0, fallbackLocale: false })
}

/** The articles with `slug`, drafts included, as trusted server code sees them. */
export async function storedArticlesWithSlug(payload: Payload, slug: string): Promise<Article[]> {
  return (await payload.find({ collection: 'articles', draft: true, where: { slug: { equals: slug } } })).docs
}

/** The articles with `slug` an anonymous reader of one language finds. */
export async function publicArticlesWithSlug(payload: Payload, slug: string, locale: Locale): Promise<Article[]> {
  return (await payload.find({ collection: 'articles', locale, where: { slug: { equals: slug } }, ...anonymous })).docs
}

/** Which article and language a save goes to, by whom, and whether as a draft or for every language at once. */
export interface Save {
  id: number
  locale: Locale
  /** The user whose access rules apply; without one the save is trusted server code. */
  as?: User
  draft?: boolean
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
}

/** Saves `data` into one language of an article through the Local API. */
export function saveArticle(payload: Payload, { as: user, ...save }: Save, data: NewArticle): Promise<Article> {
  return payload.update({ collection: 'articles', ...save, data, ...(user ? as(user) : {}) })
}

/**
 * `saveArticle` on the database `payload()` gives when called: a test file's
 * own, opened in its beforeAll, as `articleSaver(() => payload)`.
 */
export function articleSaver(payload: () => Payload) {
  return (save: Save, data: NewArticle) => saveArticle(payload(), save, data)
}
