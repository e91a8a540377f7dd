import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../content-models/payload-types'
import { as, readAsAnonymous, updateAs } from '../../helpers/access'
import { articleSaver, draftArticle, latestArticle, publicArticle, reviewedArticle } from '../../helpers/articles'
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

/** `saveArticle` on this file's database. */
const save = articleSaver(() => payload)

describe('an editor', () => {
  it('creates, publishes in several languages and deletes an article', async () => {
    const created = await draftArticle(payload, { slug: 'editor-made', title: 'Новая статья' }, editor)
    expect(await publicArticle(payload, created.id, 'ru')).toBeUndefined()

    await save({ id: created.id, locale: 'ru', as: editor }, { _status: 'published' })
    await save({ id: created.id, locale: 'uz', as: editor }, { title: 'Yangi maqola', _status: 'published' })
    expect((await publicArticle(payload, created.id, 'ru'))?.title).toBe('Новая статья')
    expect((await publicArticle(payload, created.id, 'uz'))?.title).toBe('Yangi maqola')

    await payload.delete({ collection: 'articles', id: created.id, ...as(editor) })
    const left = await payload.find({ collection: 'articles', draft: true, where: { id: { equals: created.id } } })
    expect(left.docs).toHaveLength(0)
  })

  it('changes shared fields such as the kind and country', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'ru', as: editor }, { kind: 'obligations', country: 'all', _status: 'published' })
    const stored = await latestArticle(payload, doc.id)
    expect(stored.kind).toBe('obligations')
    expect(stored.country).toBe('all')
  })

  it('publishes all languages at once', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'tg', draft: true }, { title: 'Патент', _status: 'draft' })
    expect(await publicArticle(payload, doc.id, 'tg')).toBeUndefined()
    await save({ id: doc.id, locale: 'tg', as: editor, publishAllLocales: true }, { _status: 'published' })
    expect((await publicArticle(payload, doc.id, 'tg'))?.title).toBe('Патент')
  })

  it('edits events and help centres', async () => {
    const event = await publishedEvent(payload)
    await updateAs(payload, editor, 'events', event.id, { title: 'Встреча перенесена', _status: 'published' })
    expect((await readAsAnonymous(payload, 'events', event.id)).title).toBe('Встреча перенесена')

    const centre = await publishedHelpCentre(payload)
    await updateAs(payload, editor, 'help-centres', centre.id, { city: 'Пермь-2', _status: 'published' })
    expect((await readAsAnonymous(payload, 'help-centres', centre.id)).city).toBe('Пермь-2')
  })

  it('cannot set the legal review dates', async () => {
    const doc = await reviewedArticle(payload)
    await save(
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
