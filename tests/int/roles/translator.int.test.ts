import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../content-models/payload-types'
import { as, expectForbidden, expectUpdateRefused, readAsAnonymous, updateAs } from '../../helpers/access'
import {
  articleSaver,
  latestArticle,
  publicArticle,
  reviewedArticle,
  storedArticlesWithSlug,
} from '../../helpers/articles'
import { publishedEvent, uniqueSlug } from '../../helpers/fixtures'
import { freshPayload } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

/**
 * What a translator may and may not do, as they would notice it: the save is
 * refused, or it goes through but leaves a field as it was. Every request runs
 * through the Local API as that user with access checks on.
 */

let payload: Payload
let translatorUz: User
let translatorRuUz: User

beforeAll(async () => {
  payload = await freshPayload()
  translatorUz = await createUser(payload, 'translator', ['uz'])
  translatorRuUz = await createUser(payload, 'translator', ['ru', 'uz'])
})

/** `saveArticle` on this file's database. */
const save = articleSaver(() => payload)

describe('a translator for Uzbek', () => {
  it('publishes the Uzbek translation, which readers then see', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'uz', as: translatorUz }, { title: 'Patent: asosiy', _status: 'published' })
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Patent: asosiy')
    // The Russian original is untouched.
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('saves an Uzbek draft that readers do not see yet', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'uz', as: translatorUz, draft: true }, { title: 'Qoralama', _status: 'draft' })
    expect((await latestArticle(payload, doc.id, 'uz')).title).toBe('Qoralama')
    expect(await publicArticle(payload, doc.id, 'uz')).toBeUndefined()
  })

  it('cannot change the Russian text, as a draft or published', async () => {
    const doc = await reviewedArticle(payload)
    await expectForbidden(
      save({ id: doc.id, locale: 'ru', as: translatorUz }, { title: 'Взлом', _status: 'published' }),
    )
    await expectForbidden(
      save({ id: doc.id, locale: 'ru', as: translatorUz, draft: true }, { title: 'Взлом', _status: 'draft' }),
    )
    expect((await latestArticle(payload, doc.id, 'ru')).title).toBe('Патент: основное')
  })

  it('cannot change a language they are not assigned (Tajik)', async () => {
    const doc = await reviewedArticle(payload)
    await expectForbidden(
      save({ id: doc.id, locale: 'tg', as: translatorUz }, { title: 'Патент', _status: 'published' }),
    )
    expect((await latestArticle(payload, doc.id, 'tg')).title ?? null).toBeNull()
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
  })

  it('cannot change what all languages share: kind, country, slug and dates stay as they were', async () => {
    const doc = await reviewedArticle(payload)
    const updated = await save(
      { id: doc.id, locale: 'uz', as: translatorUz },
      {
        title: 'Patent',
        kind: 'law-change',
        country: 'bg',
        slug: 'renamed-by-translator',
        effectiveDate: '2031-01-01T00:00:00.000Z',
        reviewedAt: '2031-01-01T00:00:00.000Z',
        _status: 'published',
      },
    )
    // The Uzbek text itself was saved…
    expect(updated.title).toBe('Patent')
    // …and nothing shared changed.
    const stored = await latestArticle(payload, doc.id, 'uz')
    expect(stored.kind).toBe('rights')
    expect(stored.country).toBe('ru')
    expect(stored.slug).toBe(doc.slug)
    expect(stored.effectiveDate ?? null).toBeNull()
    expect(stored.reviewedAt).toBe('2025-01-10T00:00:00.000Z')
  })

  it('cannot create or delete articles', async () => {
    await expectForbidden(
      payload.create({
        collection: 'articles',
        locale: 'uz',
        data: { slug: 'translator-made', title: 'Yangi', kind: 'guide', country: 'uz', _status: 'published' },
        ...as(translatorUz),
      }),
    )
    const doc = await reviewedArticle(payload)
    await expectForbidden(payload.delete({ collection: 'articles', id: doc.id, ...as(translatorUz) }))
    expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })).id).toBe(doc.id)
    expect(await storedArticlesWithSlug(payload, 'translator-made')).toHaveLength(0)
  })

  it('cannot publish all languages at once (nor unpublish them)', async () => {
    const doc = await reviewedArticle(payload)
    // Languages with drafts waiting that the translator may not publish.
    await save({ id: doc.id, locale: 'tg', draft: true }, { title: 'ТОҶИКӢ ЛОИҲА', _status: 'draft' })
    await expectForbidden(
      save(
        { id: doc.id, locale: 'uz', as: translatorUz, publishAllLocales: true },
        { title: 'Hammasi', _status: 'published' },
      ),
    )
    await expectForbidden(
      save({ id: doc.id, locale: 'uz', as: translatorUz, unpublishAllLocales: true }, { _status: 'draft' }),
    )
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
    expect(await publicArticle(payload, doc.id, 'uz')).toBeUndefined()
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('translates the change notes but cannot remove them or change their dates', async () => {
    const doc = await reviewedArticle(payload)
    await save(
      { id: doc.id, locale: 'ru' },
      {
        title: 'Патент: новое',
        changeHistory: [{ date: '2026-01-15T00:00:00.000Z', note: 'Изменилась стоимость' }],
        _status: 'published',
      },
    )
    const rows = (await latestArticle(payload, doc.id, 'uz')).changeHistory ?? []
    expect(rows).toHaveLength(1)
    await save(
      { id: doc.id, locale: 'uz', as: translatorUz },
      {
        title: 'Patent: yangi',
        changeHistory: rows.map((r) => ({ id: r.id, date: '2020-01-01T00:00:00.000Z', note: 'Narx o‘zgardi' })),
        _status: 'published',
      },
    )
    let uz = await latestArticle(payload, doc.id, 'uz')
    expect(uz.changeHistory?.map((r) => [r.date, r.note])).toEqual([['2026-01-15T00:00:00.000Z', 'Narx o‘zgardi']])

    // Sending an empty list in Uzbek must not wipe the history every language shares.
    await save({ id: doc.id, locale: 'uz', as: translatorUz }, { changeHistory: [], _status: 'published' }).catch(
      () => undefined,
    )
    const ru = await latestArticle(payload, doc.id, 'ru')
    expect(ru.changeHistory?.map((r) => r.note)).toEqual(['Изменилась стоимость'])
    uz = await latestArticle(payload, doc.id, 'uz')
    expect(uz.changeHistory?.map((r) => r.note)).toEqual(['Narx o‘zgardi'])
  })

  it('translates a topic title in Uzbek but cannot change the Russian one or create topics', async () => {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'ru',
      data: { slug: uniqueSlug('topic'), title: 'Работа' },
    })
    await updateAs(payload, translatorUz, 'topics', topic.id, { title: 'Ish' }, 'uz')
    await expectUpdateRefused(payload, translatorUz, 'topics', topic.id, { title: 'Взлом' })
    await expectForbidden(
      payload.create({
        collection: 'topics',
        locale: 'uz',
        data: { slug: 'new-topic', title: 'Yangi' },
        ...as(translatorUz),
      }),
    )

    expect((await readAsAnonymous(payload, 'topics', topic.id, 'uz')).title).toBe('Ish')
    expect((await readAsAnonymous(payload, 'topics', topic.id, 'ru')).title).toBe('Работа')
  })

  it('translates an event but cannot move its date or create events', async () => {
    const event = await publishedEvent(payload)
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'uz',
      data: {
        title: 'Axborot uchrashuvi',
        start: '2030-04-01T09:00:00.000Z',
        end: '2030-04-01T11:00:00.000Z',
        _status: 'published',
      },
      ...as(translatorUz),
    })
    const uz = await readAsAnonymous(payload, 'events', event.id, 'uz')
    expect(uz.title).toBe('Axborot uchrashuvi')
    expect(uz.start).toBe('2030-03-01T09:00:00.000Z')
    expect(uz.end).toBe('2030-03-01T11:00:00.000Z')
    await expectUpdateRefused(payload, translatorUz, 'events', event.id, { title: 'Взлом', _status: 'published' })
    await expectForbidden(payload.delete({ collection: 'events', id: event.id, ...as(translatorUz) }))
  })

  it('cannot update the site alert', async () => {
    await payload.updateGlobal({
      slug: 'site-alert',
      locale: 'ru',
      data: { active: false, message: 'Старое', expiresAt: '2030-01-01T00:00:00.000Z' },
    })
    await expectForbidden(
      payload.updateGlobal({
        slug: 'site-alert',
        locale: 'uz',
        data: { active: true, message: 'Diqqat' },
        ...as(translatorUz),
      }),
    )
    const alert = await payload.findGlobal({ slug: 'site-alert', locale: 'ru' })
    expect(alert.active).toBe(false)
    expect(alert.message).toBe('Старое')
  })
})

describe('a translator assigned Russian', () => {
  it('saves a Russian draft but cannot publish Russian', async () => {
    const doc = await reviewedArticle(payload)
    await save(
      { id: doc.id, locale: 'ru', as: translatorRuUz, draft: true },
      { title: 'Черновик переводчика', _status: 'draft' },
    )
    expect((await latestArticle(payload, doc.id, 'ru')).title).toBe('Черновик переводчика')

    await expectForbidden(
      save(
        { id: doc.id, locale: 'ru', as: translatorRuUz },
        { title: 'Черновик переводчика', minorChange: true, _status: 'published' },
      ),
    )
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('still publishes their other language (Uzbek)', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'uz', as: translatorRuUz }, { title: 'Patent', _status: 'published' })
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Patent')
  })
})
