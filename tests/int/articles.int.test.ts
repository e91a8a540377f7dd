import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '../../scripts/site/export-content'
import { freshPayload } from '../helpers/payload'

let payload: Payload
let topicId: number

beforeAll(async () => {
  payload = await freshPayload()
  const topic = await payload.create({ collection: 'topics', locale: 'ru', data: { slug: 'work', title: 'Работа' } })
  topicId = topic.id
})

async function article(slug: string, ru: { title: string; published: boolean }) {
  return payload.create({
    collection: 'articles',
    locale: 'ru',
    draft: !ru.published,
    data: { slug, title: ru.title, kind: 'rights', country: 'ru', topics: [topicId], _status: ru.published ? 'published' : 'draft' },
  })
}

const anonymous = { overrideAccess: false, fallbackLocale: false as const, depth: 0 }

describe('localized articles', () => {
  it('stores each language separately and reads it back in that language', async () => {
    const doc = await article('patent-basics', { title: 'Патент: основное', published: true })
    await payload.update({ collection: 'articles', id: doc.id, locale: 'tg', data: { title: 'Патент: асосҳо', _status: 'published' } })
    await payload.update({ collection: 'articles', id: doc.id, locale: 'ar', data: { title: 'براءة العمل', _status: 'published' } })

    const read = (locale: 'ru' | 'tg' | 'ar') => payload.findByID({ collection: 'articles', id: doc.id, locale, ...anonymous })
    expect((await read('ru')).title).toBe('Патент: основное')
    expect((await read('tg')).title).toBe('Патент: асосҳо')
    expect((await read('ar')).title).toBe('براءة العمل')
  })

  it('does not fill a missing translation with Russian text (no silent fallback)', async () => {
    const doc = await article('only-russian', { title: 'Только по-русски', published: true })
    const uz = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'uz', draft: true, depth: 0 })
    expect(uz.title ?? null).toBeNull()

    const content = await exportContent(payload)
    const exported = content.articles.find((a) => a.slug === 'only-russian')
    expect(Object.keys(exported?.translations ?? {})).toEqual(['ru'])
  })
})

describe('drafts', () => {
  it('never returns an unpublished article to an anonymous reader', async () => {
    const doc = await article('secret-draft', { title: 'Секретный черновик', published: false })
    const found = await payload.find({ collection: 'articles', locale: 'ru', where: { slug: { equals: 'secret-draft' } }, ...anonymous })
    expect(found.docs).toHaveLength(0)
    await expect(payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', ...anonymous })).rejects.toThrow()
    // An editor (here: the Local API with access checks off) does see it.
    const editor = await payload.find({ collection: 'articles', draft: true, where: { slug: { equals: 'secret-draft' } } })
    expect(editor.docs).toHaveLength(1)
  })

  it('publishes one translation while another stays a draft', async () => {
    const doc = await article('per-locale', { title: 'Опубликовано', published: true })
    await payload.update({ collection: 'articles', id: doc.id, locale: 'ky', draft: true, data: { title: 'Кыргызча долбоор', _status: 'draft' } })
    const ky = await payload.find({ collection: 'articles', locale: 'ky', where: { slug: { equals: 'per-locale' } }, ...anonymous })
    expect(ky.docs).toHaveLength(0)

    const content = await exportContent(payload)
    const exported = content.articles.find((a) => a.slug === 'per-locale')
    expect(exported?.translations.ru?.title).toBe('Опубликовано')
    expect(exported?.translations.ky).toBeUndefined()
    expect(JSON.stringify(content)).not.toContain('Кыргызча долбоор')
  })

  it('keeps showing the published text while a newer draft is being edited', async () => {
    const doc = await article('edited-later', { title: 'Старый заголовок', published: true })
    await payload.update({ collection: 'articles', id: doc.id, locale: 'ru', draft: true, data: { title: 'Новый черновик', _status: 'draft' } })
    const read = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', ...anonymous })
    expect(read.title).toBe('Старый заголовок')
  })
})
