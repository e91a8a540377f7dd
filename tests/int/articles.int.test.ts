import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportContent } from '../../scripts/site/export-content'
import { anonymous } from '../helpers/access'
import { freshPayload } from '../helpers/payload'

let payload: Payload
let topicId: number

beforeAll(async () => {
  payload = await freshPayload()
  const topic = await payload.create({ collection: 'topics', locale: 'ru', data: { slug: 'work', title: 'Работа' } })
  topicId = topic.id
})

async function article(slug: string, ru: { title: string; published: boolean }, more: { legalAct?: string } = {}) {
  return payload.create({
    collection: 'articles',
    locale: 'ru',
    draft: !ru.published,
    data: {
      slug,
      title: ru.title,
      kind: 'rights',
      country: 'ru',
      topics: [topicId],
      ...more,
      _status: ru.published ? 'published' : 'draft',
    },
  })
}

describe('localized articles', () => {
  it('stores each language separately and reads it back in that language', async () => {
    const doc = await article('patent-basics', { title: 'Патент: основное', published: true })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'tg',
      data: { title: 'Патент: асосҳо', _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ar',
      data: { title: 'براءة العمل', _status: 'published' },
    })

    const read = (locale: 'ru' | 'tg' | 'ar') =>
      payload.findByID({ collection: 'articles', id: doc.id, locale, ...anonymous })
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

describe('last updated', () => {
  it('is per language: editing Russian does not date the Tajik translation', async () => {
    const doc = await article('dated', { title: 'Первый текст', published: true })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'tg',
      data: { title: 'Матни аввал', _status: 'published' },
    })
    const before = (await exportContent(payload)).articles.find((a) => a.slug === 'dated')!
    await new Promise((r) => setTimeout(r, 20))
    // A major change to the published Russian text: it needs a public change note.
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      data: {
        title: 'Исправленный текст',
        changeHistory: [{ date: new Date().toISOString(), note: 'Текст исправлен' }],
        _status: 'published',
      },
    })
    const after = (await exportContent(payload)).articles.find((a) => a.slug === 'dated')!
    expect(after.translations.tg?.updatedAt).toBe(before.translations.tg?.updatedAt)
    expect(after.translations.ru!.updatedAt > before.translations.ru!.updatedAt).toBe(true)
  })
})

describe('links between articles', () => {
  it('lead to the linked article in the reader’s language, or its fallback', async () => {
    const target = await article('link-target', { title: 'Цель', published: true })
    await payload.update({
      collection: 'articles',
      id: target.id,
      locale: 'tg',
      data: { title: 'Ҳадаф', _status: 'published' },
    })
    const text = (t: string) => ({ type: 'text', text: t, version: 1, detail: 0, format: 0, mode: 'normal', style: '' })
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'link',
                version: 3,
                direction: 'ltr',
                format: '',
                indent: 0,
                fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: target.id } },
                children: [text('см.')],
              },
            ],
          },
        ],
      },
    }
    const source = await article('link-source', { title: 'Источник', published: true })
    await payload.update({
      collection: 'articles',
      id: source.id,
      locale: 'ru',
      data: {
        body: body as never,
        changeHistory: [{ date: new Date().toISOString(), note: 'Добавлена ссылка' }],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'articles',
      id: source.id,
      locale: 'ky',
      data: { title: 'Булак', body: body as never, _status: 'published' },
    })

    const exported = (await exportContent(payload)).articles.find((a) => a.slug === 'link-source')
    expect(exported?.translations.ru?.html).toContain('href="/ru/articles/link-target/"')
    // No Kyrgyz translation of the target: the reader goes to the Russian one.
    expect(exported?.translations.ky?.html).toContain('href="/ru/articles/link-target/"')
  })
})

describe('drafts', () => {
  it('never returns an unpublished article to an anonymous reader', async () => {
    const doc = await article('secret-draft', { title: 'Секретный черновик', published: false })
    const found = await payload.find({
      collection: 'articles',
      locale: 'ru',
      where: { slug: { equals: 'secret-draft' } },
      ...anonymous,
    })
    expect(found.docs).toHaveLength(0)
    await expect(payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', ...anonymous })).rejects.toThrow()
    // An editor (here: the Local API with access checks off) does see it.
    const editor = await payload.find({
      collection: 'articles',
      draft: true,
      where: { slug: { equals: 'secret-draft' } },
    })
    expect(editor.docs).toHaveLength(1)
  })

  it('publishes one translation while another stays a draft', async () => {
    const doc = await article('per-locale', { title: 'Опубликовано', published: true })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ky',
      draft: true,
      data: { title: 'Кыргызча долбоор', _status: 'draft' },
    })
    const ky = await payload.find({
      collection: 'articles',
      locale: 'ky',
      where: { slug: { equals: 'per-locale' } },
      ...anonymous,
    })
    expect(ky.docs).toHaveLength(0)

    const content = await exportContent(payload)
    const exported = content.articles.find((a) => a.slug === 'per-locale')
    expect(exported?.translations.ru?.title).toBe('Опубликовано')
    expect(exported?.translations.ky).toBeUndefined()
    expect(JSON.stringify(content)).not.toContain('Кыргызча долбоор')
  })

  it('shows anonymous readers no draft through locale=all, draft=true or a fallback language', async () => {
    const doc = await article('leak-probe', { title: 'RU опубликовано', published: true })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'tg',
      draft: true,
      data: { title: 'TG ЧЕРНОВИК', _status: 'draft' },
    })
    // legalAct sits inside the admin's collapsible and row: nested, but still the draft's text.
    const draftRu = await article(
      'leak-probe-2',
      { title: 'RU ЧЕРНОВИК', published: false },
      { legalAct: 'RU ЧЕРНОВИК акт' },
    )
    await payload.update({
      collection: 'articles',
      id: draftRu.id,
      locale: 'tg',
      data: { title: 'TG опубликовано', _status: 'published' },
    })

    const all = await payload.find({
      collection: 'articles',
      locale: 'all',
      where: { slug: { like: 'leak-probe' } },
      overrideAccess: false,
      depth: 0,
    })
    const drafts = await payload.find({
      collection: 'articles',
      locale: 'tg',
      draft: true,
      where: { slug: { like: 'leak-probe' } },
      overrideAccess: false,
      depth: 0,
    })
    const fallback = await payload.find({
      collection: 'articles',
      locale: 'tg',
      fallbackLocale: 'ru',
      where: { slug: { like: 'leak-probe' } },
      overrideAccess: false,
      depth: 0,
    })
    const seen = JSON.stringify([all.docs, drafts.docs, fallback.docs])
    expect(seen).not.toContain('ЧЕРНОВИК')
    expect(seen).toContain('RU опубликовано')
    expect(seen).toContain('TG опубликовано')
  })

  it('keeps showing the published text while a newer draft is being edited', async () => {
    const doc = await article('edited-later', { title: 'Старый заголовок', published: true })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Новый черновик', _status: 'draft' },
    })
    const read = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', ...anonymous })
    expect(read.title).toBe('Старый заголовок')
  })
})
