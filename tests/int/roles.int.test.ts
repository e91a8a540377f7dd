import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '../../content-models/locales'
import type { User } from '../../content-models/payload-types'
import { anonymous, as } from '../helpers/access'
import { publicArticle, textUpdatedAt } from '../helpers/articles'
import { publishedEvent as createEvent } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'

/**
 * What each CMS role may and may not do, as the person in that role would
 * notice it: the save is refused, or it goes through but leaves a field as it was.
 * Every request runs through the Local API as that user with access checks on.
 */

let payload: Payload
let admin: User
let editor: User
let translatorUz: User
let translatorRuUz: User
let legalReviewer: User
let regionId: number

async function expectForbidden(action: Promise<unknown>) {
  await expect(action).rejects.toMatchObject({ status: 403 })
}

let seq = 0
const nextSlug = (base: string) => `${base}-${++seq}`

async function createUser(role: User['role'], languages: Locale[] = []) {
  return payload.create({
    collection: 'users',
    data: { email: `${role}-${++seq}@example.org`, password: 'correct horse battery staple', role, languages },
  })
}

/** A law-change article published in Russian only, created by trusted server code. */
async function publishedArticle(title = 'Патент: основное') {
  return payload.create({
    collection: 'articles',
    locale: 'ru',
    data: {
      slug: nextSlug('article'),
      title,
      kind: 'rights',
      country: 'ru',
      reviewedAt: '2025-01-10T00:00:00.000Z',
      _status: 'published',
    },
  })
}

/** An article that has a Russian draft and has never been published. */
async function draftArticle(title = 'Черновик статьи') {
  return payload.create({
    collection: 'articles',
    locale: 'ru',
    draft: true,
    data: { slug: nextSlug('draft'), title, kind: 'guide', country: 'ru', _status: 'draft' },
  })
}

/** The latest saved state of an article in one language, drafts included. */
const latest = (id: number, locale: Locale = 'ru') =>
  payload.findByID({ collection: 'articles', id, locale, draft: true, depth: 0, fallbackLocale: false })

const publishedEvent = () => createEvent(payload, nextSlug('event'))

async function publishedCentre() {
  return payload.create({
    collection: 'help-centres',
    locale: 'ru',
    data: {
      slug: nextSlug('centre'),
      name: 'Центр помощи',
      country: 'ru',
      region: regionId,
      city: 'Пермь',
      _status: 'published',
    },
  })
}

beforeAll(async () => {
  payload = await freshPayload()
  admin = await createUser('admin')
  editor = await createUser('editor')
  translatorUz = await createUser('translator', ['uz'])
  translatorRuUz = await createUser('translator', ['ru', 'uz'])
  legalReviewer = await createUser('legal-reviewer')
  const region = await payload.create({
    collection: 'regions',
    locale: 'ru',
    data: { slug: 'perm-krai', name: 'Пермский край', country: 'ru' },
  })
  regionId = region.id
})

describe('a translator for Uzbek', () => {
  it('publishes the Uzbek translation, which readers then see', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: { title: 'Patent: asosiy', _status: 'published' },
      ...as(translatorUz),
    })
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Patent: asosiy')
    // The Russian original is untouched.
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('saves an Uzbek draft that readers do not see yet', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      draft: true,
      data: { title: 'Qoralama', _status: 'draft' },
      ...as(translatorUz),
    })
    expect((await latest(doc.id, 'uz')).title).toBe('Qoralama')
    expect(await publicArticle(payload, doc.id, 'uz')).toBeUndefined()
  })

  it('cannot change the Russian text, as a draft or published', async () => {
    const doc = await publishedArticle()
    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        data: { title: 'Взлом', _status: 'published' },
        ...as(translatorUz),
      }),
    )
    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        draft: true,
        data: { title: 'Взлом', _status: 'draft' },
        ...as(translatorUz),
      }),
    )
    expect((await latest(doc.id, 'ru')).title).toBe('Патент: основное')
  })

  it('cannot change a language they are not assigned (Tajik)', async () => {
    const doc = await publishedArticle()
    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'tg',
        data: { title: 'Патент', _status: 'published' },
        ...as(translatorUz),
      }),
    )
    expect((await latest(doc.id, 'tg')).title ?? null).toBeNull()
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
  })

  it('cannot change what all languages share: kind, country, slug and dates stay as they were', async () => {
    const doc = await publishedArticle()
    const updated = await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: {
        title: 'Patent',
        kind: 'law-change',
        country: 'bg',
        slug: 'renamed-by-translator',
        effectiveDate: '2031-01-01T00:00:00.000Z',
        reviewedAt: '2031-01-01T00:00:00.000Z',
        _status: 'published',
      },
      ...as(translatorUz),
    })
    // The Uzbek text itself was saved…
    expect(updated.title).toBe('Patent')
    // …and nothing shared changed.
    const stored = await latest(doc.id, 'uz')
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
    const doc = await publishedArticle()
    await expectForbidden(payload.delete({ collection: 'articles', id: doc.id, ...as(translatorUz) }))
    expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })).id).toBe(doc.id)
    const made = await payload.find({
      collection: 'articles',
      draft: true,
      where: { slug: { equals: 'translator-made' } },
    })
    expect(made.docs).toHaveLength(0)
  })

  it('cannot publish all languages at once (nor unpublish them)', async () => {
    const doc = await publishedArticle()
    // Languages with drafts waiting that the translator may not publish.
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'tg',
      draft: true,
      data: { title: 'ТОҶИКӢ ЛОИҲА', _status: 'draft' },
    })
    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'uz',
        publishAllLocales: true,
        data: { title: 'Hammasi', _status: 'published' },
        ...as(translatorUz),
      }),
    )
    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'uz',
        unpublishAllLocales: true,
        data: { _status: 'draft' },
        ...as(translatorUz),
      }),
    )
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
    expect(await publicArticle(payload, doc.id, 'uz')).toBeUndefined()
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('translates the change notes but cannot remove them or change their dates', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      data: {
        title: 'Патент: новое',
        changeHistory: [{ date: '2026-01-15T00:00:00.000Z', note: 'Изменилась стоимость' }],
        _status: 'published',
      },
    })
    const rows = (await latest(doc.id, 'uz')).changeHistory ?? []
    expect(rows).toHaveLength(1)
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: {
        title: 'Patent: yangi',
        changeHistory: rows.map((r) => ({ id: r.id, date: '2020-01-01T00:00:00.000Z', note: 'Narx o‘zgardi' })),
        _status: 'published',
      },
      ...as(translatorUz),
    })
    let uz = await latest(doc.id, 'uz')
    expect(uz.changeHistory?.map((r) => [r.date, r.note])).toEqual([['2026-01-15T00:00:00.000Z', 'Narx o‘zgardi']])

    // Sending an empty list in Uzbek must not wipe the history every language shares.
    await payload
      .update({
        collection: 'articles',
        id: doc.id,
        locale: 'uz',
        data: { changeHistory: [], _status: 'published' },
        ...as(translatorUz),
      })
      .catch(() => undefined)
    const ru = await latest(doc.id, 'ru')
    expect(ru.changeHistory?.map((r) => r.note)).toEqual(['Изменилась стоимость'])
    uz = await latest(doc.id, 'uz')
    expect(uz.changeHistory?.map((r) => r.note)).toEqual(['Narx o‘zgardi'])
  })

  it('translates a topic title in Uzbek but cannot change the Russian one or create topics', async () => {
    const topic = await payload.create({
      collection: 'topics',
      locale: 'ru',
      data: { slug: nextSlug('topic'), title: 'Работа' },
    })
    await payload.update({
      collection: 'topics',
      id: topic.id,
      locale: 'uz',
      data: { title: 'Ish' },
      ...as(translatorUz),
    })
    await expectForbidden(
      payload.update({
        collection: 'topics',
        id: topic.id,
        locale: 'ru',
        data: { title: 'Взлом' },
        ...as(translatorUz),
      }),
    )
    await expectForbidden(
      payload.create({
        collection: 'topics',
        locale: 'uz',
        data: { slug: 'new-topic', title: 'Yangi' },
        ...as(translatorUz),
      }),
    )

    const read = (locale: Locale) => payload.findByID({ collection: 'topics', id: topic.id, locale, ...anonymous })
    expect((await read('uz')).title).toBe('Ish')
    expect((await read('ru')).title).toBe('Работа')
  })

  it('translates an event but cannot move its date or create events', async () => {
    const event = await publishedEvent()
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
    const uz = await payload.findByID({ collection: 'events', id: event.id, locale: 'uz', ...anonymous })
    expect(uz.title).toBe('Axborot uchrashuvi')
    expect(uz.start).toBe('2030-03-01T09:00:00.000Z')
    expect(uz.end).toBe('2030-03-01T11:00:00.000Z')
    await expectForbidden(
      payload.update({
        collection: 'events',
        id: event.id,
        locale: 'ru',
        data: { title: 'Взлом', _status: 'published' },
        ...as(translatorUz),
      }),
    )
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
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      draft: true,
      data: { title: 'Черновик переводчика', _status: 'draft' },
      ...as(translatorRuUz),
    })
    expect((await latest(doc.id, 'ru')).title).toBe('Черновик переводчика')

    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        data: { title: 'Черновик переводчика', minorChange: true, _status: 'published' },
        ...as(translatorRuUz),
      }),
    )
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('still publishes their other language (Uzbek)', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: { title: 'Patent', _status: 'published' },
      ...as(translatorRuUz),
    })
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Patent')
  })
})

describe('a legal reviewer', () => {
  it('marks an article reviewed, but its title, kind and text stay unchanged', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      data: {
        reviewedAt: '2026-02-01T00:00:00.000Z',
        reviewDue: '2027-02-01T00:00:00.000Z',
        title: 'Юрист поменял заголовок',
        summary: 'Юрист дописал',
        kind: 'obligations',
        _status: 'published',
      },
      ...as(legalReviewer),
    })
    const stored = await latest(doc.id, 'ru')
    expect(stored.reviewedAt).toBe('2026-02-01T00:00:00.000Z')
    expect(stored.reviewDue).toBe('2027-02-01T00:00:00.000Z')
    expect(stored.title).toBe('Патент: основное')
    expect(stored.summary ?? null).toBeNull()
    expect(stored.kind).toBe('rights')
    // Readers see the review date on the published article.
    const read = await publicArticle(payload, doc.id, 'ru')
    expect(read?.title).toBe('Патент: основное')
    expect(read?.reviewedAt).toBe('2026-02-01T00:00:00.000Z')
  })

  it('cannot change a translation either', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: { title: 'Patent', _status: 'published' },
    })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: { title: 'Yurist', reviewedAt: '2026-03-01T00:00:00.000Z', _status: 'published' },
      ...as(legalReviewer),
    })
    const stored = await latest(doc.id, 'uz')
    expect(stored.title).toBe('Patent')
    expect(stored.reviewedAt).toBe('2026-03-01T00:00:00.000Z')
  })

  it('does not publish a pending Uzbek draft when marking the article reviewed', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      draft: true,
      data: { title: 'TASDIQLANMAGAN', _status: 'draft' },
    })
    // Whether the save is refused or goes through, the draft must stay unpublished.
    await payload
      .update({
        collection: 'articles',
        id: doc.id,
        locale: 'uz',
        data: { reviewedAt: '2026-04-01T00:00:00.000Z', _status: 'published' },
        ...as(legalReviewer),
      })
      .catch(() => undefined)
    expect(await publicArticle(payload, doc.id, 'uz')).toBeUndefined()
  })

  it('does not publish a pending Russian draft by calling the save a minor change', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      draft: true,
      data: { title: 'НЕОПУБЛИКОВАННАЯ ПРАВКА', _status: 'draft' },
    })
    await payload
      .update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        data: { reviewedAt: '2026-04-01T00:00:00.000Z', minorChange: true, _status: 'published' },
        ...as(legalReviewer),
      })
      .catch(() => undefined)
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('cannot mark a translation as checked against the original', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      data: { title: 'Patent', _status: 'published' },
    })
    const before = await textUpdatedAt(payload, doc.id, 'uz')
    await new Promise((r) => setTimeout(r, 15))
    await payload
      .update({
        collection: 'articles',
        id: doc.id,
        locale: 'uz',
        data: { translationChecked: true, _status: 'published' },
        ...as(legalReviewer),
      })
      .catch(() => undefined)
    expect(await textUpdatedAt(payload, doc.id, 'uz')).toBe(before)
  })

  it('cannot create or delete articles', async () => {
    await expectForbidden(
      payload.create({
        collection: 'articles',
        locale: 'ru',
        data: { slug: 'reviewer-made', title: 'Новое', kind: 'guide', country: 'ru', _status: 'published' },
        ...as(legalReviewer),
      }),
    )
    const doc = await publishedArticle()
    await expectForbidden(payload.delete({ collection: 'articles', id: doc.id, ...as(legalReviewer) }))
    expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })).id).toBe(doc.id)
  })

  it('cannot edit events or help centres', async () => {
    const event = await publishedEvent()
    await expectForbidden(
      payload.update({
        collection: 'events',
        id: event.id,
        locale: 'ru',
        data: { title: 'Изменено юристом', _status: 'published' },
        ...as(legalReviewer),
      }),
    )
    expect((await payload.findByID({ collection: 'events', id: event.id, locale: 'ru', depth: 0 })).title).toBe(
      'Информационная встреча',
    )

    const centre = await publishedCentre()
    await expectForbidden(
      payload.update({
        collection: 'help-centres',
        id: centre.id,
        locale: 'ru',
        data: { city: 'Москва', _status: 'published' },
        ...as(legalReviewer),
      }),
    )
    expect((await payload.findByID({ collection: 'help-centres', id: centre.id, locale: 'ru', depth: 0 })).city).toBe(
      'Пермь',
    )
  })
})

describe('an editor', () => {
  it('creates, publishes in several languages and deletes an article', async () => {
    const created = await payload.create({
      collection: 'articles',
      locale: 'ru',
      draft: true,
      data: { slug: 'editor-made', title: 'Новая статья', kind: 'guide', country: 'ru', _status: 'draft' },
      ...as(editor),
    })
    expect(await publicArticle(payload, created.id, 'ru')).toBeUndefined()

    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'ru',
      data: { _status: 'published' },
      ...as(editor),
    })
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale: 'uz',
      data: { title: 'Yangi maqola', _status: 'published' },
      ...as(editor),
    })
    expect((await publicArticle(payload, created.id, 'ru'))?.title).toBe('Новая статья')
    expect((await publicArticle(payload, created.id, 'uz'))?.title).toBe('Yangi maqola')

    await payload.delete({ collection: 'articles', id: created.id, ...as(editor) })
    const left = await payload.find({ collection: 'articles', draft: true, where: { id: { equals: created.id } } })
    expect(left.docs).toHaveLength(0)
  })

  it('changes shared fields such as the kind and country', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      data: { kind: 'obligations', country: 'all', _status: 'published' },
      ...as(editor),
    })
    const stored = await latest(doc.id)
    expect(stored.kind).toBe('obligations')
    expect(stored.country).toBe('all')
  })

  it('publishes all languages at once', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'tg',
      draft: true,
      data: { title: 'Патент', _status: 'draft' },
    })
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'tg',
      publishAllLocales: true,
      data: { _status: 'published' },
      ...as(editor),
    })
    expect((await publicArticle(payload, doc.id, 'tg'))?.title).toBe('Патент')
  })

  it('edits events and help centres', async () => {
    const event = await publishedEvent()
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'ru',
      data: { title: 'Встреча перенесена', _status: 'published' },
      ...as(editor),
    })
    expect((await payload.findByID({ collection: 'events', id: event.id, locale: 'ru', ...anonymous })).title).toBe(
      'Встреча перенесена',
    )

    const centre = await publishedCentre()
    await payload.update({
      collection: 'help-centres',
      id: centre.id,
      locale: 'ru',
      data: { city: 'Пермь-2', _status: 'published' },
      ...as(editor),
    })
    expect(
      (await payload.findByID({ collection: 'help-centres', id: centre.id, locale: 'ru', ...anonymous })).city,
    ).toBe('Пермь-2')
  })

  it('cannot set the legal review dates', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'ru',
      data: { reviewedAt: '2031-01-01T00:00:00.000Z', _status: 'published' },
      ...as(editor),
    })
    expect((await latest(doc.id)).reviewedAt).toBe('2025-01-10T00:00:00.000Z')
  })

  it('updates the site alert', async () => {
    await payload.updateGlobal({
      slug: 'site-alert',
      locale: 'ru',
      data: { active: true, level: 'urgent', message: 'Граница закрыта', expiresAt: '2030-06-01T00:00:00.000Z' },
      ...as(editor),
    })
    const alert = await payload.findGlobal({ slug: 'site-alert', locale: 'ru', overrideAccess: false })
    expect(alert.active).toBe(true)
    expect(alert.message).toBe('Граница закрыта')
  })
})

describe('user accounts', () => {
  it('only an admin creates users', async () => {
    const made = await payload.create({
      collection: 'users',
      data: {
        email: 'new-translator@example.org',
        password: 'correct horse battery staple',
        role: 'translator',
        languages: ['tg'],
      },
      ...as(admin),
    })
    expect(made.role).toBe('translator')
    expect(made.languages).toEqual(['tg'])

    for (const user of [editor, translatorUz, legalReviewer]) {
      await expectForbidden(
        payload.create({
          collection: 'users',
          data: { email: `by-${user.role}@example.org`, password: 'correct horse battery staple', role: 'admin' },
          ...as(user),
        }),
      )
    }
    const others = await payload.find({ collection: 'users', where: { email: { like: 'by-' } } })
    expect(others.docs).toHaveLength(0)
  })

  it('only an admin changes a role or languages', async () => {
    const target = await createUser('translator', ['uz'])
    await payload.update({ collection: 'users', id: target.id, data: { role: 'editor', languages: [] }, ...as(admin) })
    let stored = await payload.findByID({ collection: 'users', id: target.id })
    expect(stored.role).toBe('editor')

    await payload.update({
      collection: 'users',
      id: target.id,
      data: { role: 'translator', languages: ['ky'] },
      ...as(admin),
    })
    stored = await payload.findByID({ collection: 'users', id: target.id })
    expect(stored.role).toBe('translator')
    expect(stored.languages).toEqual(['ky'])

    // An editor may not touch someone else's account at all.
    await expectForbidden(
      payload.update({ collection: 'users', id: target.id, data: { role: 'admin' }, ...as(editor) }),
    )
    expect((await payload.findByID({ collection: 'users', id: target.id })).role).toBe('translator')
  })

  it('a translator renames themselves but cannot promote themselves or add languages', async () => {
    const self = await createUser('translator', ['uz'])
    await payload.update({
      collection: 'users',
      id: self.id,
      data: { name: 'Dilnoza', role: 'admin', languages: ['uz', 'ru'] },
      ...as(self),
    })
    const stored = await payload.findByID({ collection: 'users', id: self.id })
    expect(stored.name).toBe('Dilnoza')
    expect(stored.role).toBe('translator')
    expect(stored.languages).toEqual(['uz'])
  })

  it('a translator cannot change another user', async () => {
    await expectForbidden(
      payload.update({ collection: 'users', id: editor.id, data: { name: 'Hacked' }, ...as(translatorUz) }),
    )
    expect((await payload.findByID({ collection: 'users', id: editor.id })).name ?? null).toBeNull()
  })
})

describe('an anonymous visitor', () => {
  it('reads published content but never drafts', async () => {
    const published = await publishedArticle('Опубликовано для всех')
    const draft = await draftArticle('ТАЙНЫЙ ЧЕРНОВИК')
    expect((await publicArticle(payload, published.id, 'ru'))?.title).toBe('Опубликовано для всех')
    expect(await publicArticle(payload, draft.id, 'ru')).toBeUndefined()
    const asked = await payload.find({
      collection: 'articles',
      locale: 'ru',
      draft: true,
      where: { id: { equals: draft.id } },
      ...anonymous,
    })
    expect(asked.docs).toHaveLength(0)
    await expect(
      payload.findByID({ collection: 'articles', id: draft.id, locale: 'ru', draft: true, ...anonymous }),
    ).rejects.toThrow()
  })

  it('cannot create, update or delete anything', async () => {
    const doc = await publishedArticle()
    await expectForbidden(
      payload.create({
        collection: 'articles',
        locale: 'ru',
        data: { slug: 'anonymous-made', title: 'Аноним', kind: 'guide', country: 'ru', _status: 'published' },
        overrideAccess: false,
      }),
    )
    await expectForbidden(
      payload.update({
        collection: 'articles',
        id: doc.id,
        locale: 'ru',
        data: { title: 'Аноним', _status: 'published' },
        overrideAccess: false,
      }),
    )
    await expectForbidden(payload.delete({ collection: 'articles', id: doc.id, overrideAccess: false }))
    await expectForbidden(
      payload.create({
        collection: 'topics',
        locale: 'ru',
        data: { slug: 'anon', title: 'Аноним' },
        overrideAccess: false,
      }),
    )
    await expectForbidden(payload.updateGlobal({ slug: 'site-alert', data: { active: true }, overrideAccess: false }))
    expect((await latest(doc.id)).title).toBe('Патент: основное')
  })
})

describe('scheduled publishing runs as the user who scheduled it', () => {
  async function schedule(id: number, locale: Locale, user: User) {
    return payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        locale,
        doc: { relationTo: 'articles', value: String(id) as never },
        user: { relationTo: 'users', value: user.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
  }

  async function runJobs() {
    await payload.jobs.run({ allQueues: true, silent: true })
  }

  /** Whether the job ran and its task failed. */
  async function jobFailed(jobId: number | string) {
    const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0 })
    return Boolean(job.hasError) || (job.log ?? []).some((entry) => entry.state === 'failed')
  }

  it('a translator assigned Russian cannot publish Russian by scheduling it', async () => {
    const doc = await draftArticle('Запланированный черновик')
    const job = await schedule(doc.id, 'ru', translatorRuUz)
    await runJobs()
    expect(await jobFailed(job.id)).toBe(true)
    const ru = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', draft: false, depth: 0 })
    expect(ru._status).not.toBe('published')
    expect(await publicArticle(payload, doc.id, 'ru')).toBeUndefined()
  })

  it('an editor’s scheduled Russian publication goes live', async () => {
    const doc = await draftArticle('Запланировано редактором')
    const job = await schedule(doc.id, 'ru', editor)
    await runJobs()
    expect(await jobFailed(job.id)).toBe(false)
    const ru = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', draft: false, depth: 0 })
    expect(ru._status).toBe('published')
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Запланировано редактором')
  })

  it('a translator’s scheduled publication of their own language goes live', async () => {
    const doc = await publishedArticle()
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'uz',
      draft: true,
      data: { title: 'Rejalashtirilgan', _status: 'draft' },
      ...as(translatorUz),
    })
    const job = await schedule(doc.id, 'uz', translatorUz)
    await runJobs()
    expect(await jobFailed(job.id)).toBe(false)
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Rejalashtirilgan')
  })

  it('a translator for Uzbek cannot publish Russian by scheduling it', async () => {
    const doc = await draftArticle('Чужой язык')
    const job = await schedule(doc.id, 'ru', translatorUz)
    await runJobs()
    expect(await jobFailed(job.id)).toBe(true)
    expect(await publicArticle(payload, doc.id, 'ru')).toBeUndefined()
  })
})
