import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../content-models/payload-types'
import { anonymous, as } from '../../helpers/access'
import { draftArticle, latestArticle, publicArticle, reviewedArticle, saveArticle } from '../../helpers/articles'
import { publishedEvent, publishedHelpCentre } from '../../helpers/fixtures'
import { freshPayload } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

/**
 * What an editor may do (almost everything but the legal review), as they
 * would notice it. Every request runs through the Local API as that user with
 * access checks on.
 */

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await freshPayload()
  editor = await createUser(payload, 'editor')
})

describe('an editor', () => {
  it('creates, publishes in several languages and deletes an article', async () => {
    const created = await draftArticle(payload, { slug: 'editor-made', title: 'Новая статья' }, editor)
    expect(await publicArticle(payload, created.id, 'ru')).toBeUndefined()

    await saveArticle(payload, { id: created.id, locale: 'ru', as: editor }, { _status: 'published' })
    await saveArticle(
      payload,
      { id: created.id, locale: 'uz', as: editor },
      { title: 'Yangi maqola', _status: 'published' },
    )
    expect((await publicArticle(payload, created.id, 'ru'))?.title).toBe('Новая статья')
    expect((await publicArticle(payload, created.id, 'uz'))?.title).toBe('Yangi maqola')

    await payload.delete({ collection: 'articles', id: created.id, ...as(editor) })
    const left = await payload.find({ collection: 'articles', draft: true, where: { id: { equals: created.id } } })
    expect(left.docs).toHaveLength(0)
  })

  it('changes shared fields such as the kind and country', async () => {
    const doc = await reviewedArticle(payload)
    await saveArticle(
      payload,
      { id: doc.id, locale: 'ru', as: editor },
      { kind: 'obligations', country: 'all', _status: 'published' },
    )
    const stored = await latestArticle(payload, doc.id)
    expect(stored.kind).toBe('obligations')
    expect(stored.country).toBe('all')
  })

  it('publishes all languages at once', async () => {
    const doc = await reviewedArticle(payload)
    await saveArticle(payload, { id: doc.id, locale: 'tg', draft: true }, { title: 'Патент', _status: 'draft' })
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
    await saveArticle(
      payload,
      { id: doc.id, locale: 'tg', as: editor, publishAllLocales: true },
      { _status: 'published' },
    )
    expect((await publicArticle(payload, doc.id, 'tg'))?.title).toBe('Патент')
  })

  it('edits events and help centres', async () => {
    const event = await publishedEvent(payload)
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

    const centre = await publishedHelpCentre(payload)
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
    const doc = await reviewedArticle(payload)
    await saveArticle(
      payload,
      { id: doc.id, locale: 'ru', as: editor },
      { reviewedAt: '2031-01-01T00:00:00.000Z', _status: 'published' },
    )
    expect((await latestArticle(payload, doc.id)).reviewedAt).toBe('2025-01-10T00:00:00.000Z')
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
