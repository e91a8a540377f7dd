import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '../../content-models/locales'
import { importDir } from '../../scripts/content/import-dir'
import { DEMO_CONTENT_DIR } from '../../scripts/content/seed'
import { exportContent } from '../../scripts/site/export-content'
import { ExportMemory } from '../../scripts/site/export/memory'
import type { SiteArticle, SiteContent } from '../../site/data/types'
import { saveArticle } from '../helpers/articles'
import { publishedEvent, publishedHelpCentre } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'

// The export with the memory of the one before it (what the publisher runs) must give what a full read gives.

let payload: Payload
const NOW = new Date('2026-11-21T12:00:00Z')

beforeAll(async () => {
  payload = await freshPayload()
  await importDir(payload, DEMO_CONTENT_DIR)
}, 120_000)

/** How many documents of `collection` the export's reads of every language returned while `work` ran. */
async function documentsRead<T>(collection: string, work: () => Promise<T>): Promise<{ result: T; read: number }> {
  const find = payload.find
  let read = 0
  payload.find = (async (args: Parameters<Payload['find']>[0]) => {
    const found = await find.call(payload, args)
    if (args.collection === collection && args.locale === 'all' && args.overrideAccess === false && !args.select)
      read += found.docs.length
    return found
  }) as Payload['find']
  try {
    return { result: await work(), read }
  } finally {
    payload.find = find
  }
}

/** The export with `memory`, checked against a full export of the same content; and how many articles it read. */
async function exportWith(
  memory: ExportMemory,
  collection = 'articles',
): Promise<{ content: SiteContent; read: number }> {
  const { result: content, read } = await documentsRead(collection, () => exportContent(payload, NOW, memory))
  const full = await exportContent(payload, NOW)
  expect(content).toEqual(full)
  // The snapshot Astro reads is this JSON: the same bytes, in the same order.
  expect(JSON.stringify(content)).toBe(JSON.stringify(full))
  return { content, read }
}

/** How many articles a full export reads (every one the reader sees, with or without a text of its own). */
const fullRead = async () => (await documentsRead('articles', () => exportContent(payload, NOW))).read

const bySlug = (content: SiteContent, slug: string) => content.articles.find((a) => a.slug === slug)!
const idOf = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, depth: 0, limit: 1 })).docs[0].id

/** A body whose one paragraph links to article `id`, as the admin's link button saves it. */
function bodyLinkingTo(id: number, label: string) {
  const node = (type: string, extra: object, children: object[]) => ({
    type,
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children,
    ...extra,
  })
  const text = { type: 'text', version: 1, text: label, format: 0, style: '', mode: 'normal', detail: 0 }
  const fields = { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: id } }
  return { root: node('root', {}, [node('paragraph', { textFormat: 0 }, [node('link', { fields }, [text])])]) }
}

describe('an export that remembers the one before it', () => {
  it('reads only the article saved since, and makes the snapshot a full read makes', async () => {
    const memory = new ExportMemory()
    const first = await documentsRead('articles', () => exportContent(payload, NOW, memory))
    expect(first.read).toBe(await fullRead())

    const article = first.result.articles.find((a) => Object.keys(a.translations).length >= 3)!
    await saveArticle(
      payload,
      { id: await idOf(article.slug), locale: 'ru' },
      { title: 'Исправленный заголовок', minorChange: true, _status: 'published' },
    )
    const { content, read } = await exportWith(memory)
    expect(read).toBe(1)
    expect(bySlug(content, article.slug).translations.ru?.title).toBe('Исправленный заголовок')

    // Nothing saved since: nothing read.
    expect((await exportWith(memory)).read).toBe(0)
  })

  it('reads nothing for a draft, which readers do not see', async () => {
    const memory = new ExportMemory()
    const { result } = await documentsRead('articles', () => exportContent(payload, NOW, memory))
    const article = result.articles[0]
    await saveArticle(
      payload,
      { id: await idOf(article.slug), locale: 'ru', draft: true },
      { title: 'Черновик, который читатели не видят', _status: 'draft' },
    )
    const { content, read } = await exportWith(memory)
    expect(read).toBe(0)
    expect(JSON.stringify(content)).not.toContain('Черновик, который читатели не видят')
  })

  it('reads everything again when a save changes where links to the article lead', async () => {
    const memory = new ExportMemory()
    const { result } = await documentsRead('articles', () => exportContent(payload, NOW, memory))
    const languages = (a: SiteArticle) => Object.keys(a.translations) as Locale[]
    // A source in two languages, linking in the second to a target that lacks it.
    const source = result.articles.find((a) => languages(a).length >= 2)!
    const locale = languages(source).find((l) => l !== 'ru')!
    const target = result.articles.find((a) => a !== source && a.translations.ru && !a.translations[locale])!
    await saveArticle(
      payload,
      { id: await idOf(source.slug), locale },
      { body: bodyLinkingTo(await idOf(target.slug), 'см.') as never, minorChange: true, _status: 'published' },
    )
    // An event's Russian text links to the target too.
    const event = result.events.find((e) => e.translations.ru)!
    await payload.update({
      collection: 'events',
      id: (await payload.find({ collection: 'events', where: { slug: { equals: event.slug } }, limit: 1 })).docs[0].id,
      locale: 'ru',
      data: { body: bodyLinkingTo(await idOf(target.slug), 'подробнее') as never },
    })
    const linked = await exportWith(memory)
    expect(linked.read).toBe(1)
    expect(bySlug(linked.content, source.slug).translations[locale]?.html).toContain(
      `href="/ru/articles/${target.slug}/"`,
    )
    const eventHtml = (content: SiteContent) => content.events.find((e) => e.slug === event.slug)!.translations.ru!.html
    expect(eventHtml(linked.content)).toContain(`href="/ru/articles/${target.slug}/"`)

    // The target gets the source's language: the link now leads there, although the source was not saved.
    await saveArticle(payload, { id: await idOf(target.slug), locale }, { title: 'Перевод цели', _status: 'published' })
    const translated = await exportWith(memory)
    // The saved article first, which shows the change, then every one.
    expect(translated.read).toBe(1 + (await fullRead()))
    expect(bySlug(translated.content, source.slug).translations[locale]?.html).toContain(
      `href="/${locale}/articles/${target.slug}/"`,
    )

    // Unpublished everywhere: the link leads nowhere and the law changes stop naming it.
    await saveArticle(payload, { id: await idOf(target.slug), locale: 'ru', unpublishAllLocales: true }, {})
    const gone = await exportWith(memory)
    expect(gone.content.articles.map((a) => a.slug)).not.toContain(target.slug)
    expect(bySlug(gone.content, source.slug).translations[locale]?.html).toContain('href="#"')
    // The event was not saved either: its link is read again with the articles.
    expect(eventHtml(gone.content)).toContain('href="#"')
  })

  it('reads everything again when an article the site showed is deleted, or a slug changes', async () => {
    const memory = new ExportMemory()
    const { result } = await documentsRead('articles', () => exportContent(payload, NOW, memory))
    const lawChange = result.articles.find((a) => a.affectedArticles.length > 0)!
    const affected = lawChange.affectedArticles[0]
    await payload.update({
      collection: 'articles',
      id: await idOf(affected),
      locale: 'ru',
      data: { slug: `${affected}-renamed` },
    })
    const renamed = await exportWith(memory)
    expect(bySlug(renamed.content, lawChange.slug).affectedArticles).toContain(`${affected}-renamed`)

    const extra = await payload.create({
      collection: 'articles',
      locale: 'ru',
      data: { slug: 'short-lived', title: 'Ненадолго', kind: 'guide', country: 'ru', _status: 'published' },
    })
    expect(bySlug((await exportWith(memory)).content, 'short-lived')).toBeDefined()
    await payload.delete({ collection: 'articles', id: extra.id })
    const deleted = await exportWith(memory)
    expect(deleted.read).toBe(await fullRead())
    expect(deleted.content.articles.map((a) => a.slug)).not.toContain('short-lived')
  })

  it('remembers events and help centres the same way', async () => {
    const memory = new ExportMemory()
    const { result } = await documentsRead('events', () => exportContent(payload, NOW, memory))
    const event = result.events.find((e) => e.translations.ru)!
    const id = (await payload.find({ collection: 'events', where: { slug: { equals: event.slug } }, limit: 1 })).docs[0]
      .id
    await payload.update({
      collection: 'events',
      id,
      locale: 'ru',
      data: { title: 'Встреча, перенесённая в другой зал' },
    })
    const { content, read } = await exportWith(memory, 'events')
    expect(read).toBe(1)
    expect(content.events.find((e) => e.slug === event.slug)?.translations.ru?.title).toBe(
      'Встреча, перенесённая в другой зал',
    )
  })

  it('reads the events again when a help centre they name is published again', async () => {
    const centre = await publishedHelpCentre(payload)
    await payload.update({ collection: 'help-centres', id: centre.id, locale: 'ru', data: { _status: 'draft' } })
    const event = await publishedEvent(payload)
    await payload.update({ collection: 'events', id: event.id, locale: 'ru', data: { helpCentre: centre.id } })
    const memory = new ExportMemory()
    const hidden = await documentsRead('events', () => exportContent(payload, NOW, memory))
    expect(hidden.result.events.find((e) => e.slug === event.slug)?.helpCentre).toBeUndefined()

    // The event is not saved; its help centre comes back when the centre is published.
    await payload.update({ collection: 'help-centres', id: centre.id, locale: 'ru', data: { _status: 'published' } })
    const { content } = await exportWith(memory, 'events')
    expect(content.events.find((e) => e.slug === event.slug)?.helpCentre).toBe(centre.slug)
  })

  it('reads everything again when a topic is deleted, whose id the next topic may get', async () => {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'ru',
      data: { slug: 'short-topic', title: 'Тема' },
    })
    const article = await payload.create({
      collection: 'articles',
      locale: 'ru',
      data: {
        slug: 'with-short-topic',
        title: 'С темой',
        kind: 'guide',
        country: 'ru',
        topics: [topic.id],
        _status: 'published',
      },
    })
    const memory = new ExportMemory()
    await exportContent(payload, NOW, memory)
    // Deleting the topic takes it off the article without saving the article; SQLite gives its id to the next topic.
    await payload.delete({ collection: 'topics', id: topic.id })
    const next = await payload.create({
      collection: 'topics',
      locale: 'ru',
      data: { slug: 'next-topic', title: 'Другая' },
    })
    expect(next.id).toBe(topic.id)
    const { content } = await exportWith(memory)
    expect(bySlug(content, article.slug).topics).toEqual([])
  })

  it('forgets what a failed export read, whose bodies were never rendered', async () => {
    const memory = new ExportMemory()
    const { result } = await documentsRead('articles', () => exportContent(payload, NOW, memory))
    const article = result.articles.find((a) => a.translations.ru?.html)!
    await saveArticle(
      payload,
      { id: await idOf(article.slug), locale: 'ru' },
      { title: 'Заголовок перед сбоем', minorChange: true, _status: 'published' },
    )
    // An event whose time zone no longer reads (older data) stops the export after the articles.
    const event = await publishedEvent(payload)
    await payload.db.updateOne({
      collection: 'events',
      id: event.id,
      data: { start_tz: 'Mars/Olympus' },
      req: undefined,
    })
    await expect(exportContent(payload, NOW, memory)).rejects.toThrow(/is not a time zone/)
    await payload.update({ collection: 'events', id: event.id, locale: 'ru', data: { start_tz: 'Europe/Moscow' } })
    const { content } = await exportWith(memory)
    expect(bySlug(content, article.slug).translations.ru?.html).toBe(article.translations.ru!.html)
  })
})
