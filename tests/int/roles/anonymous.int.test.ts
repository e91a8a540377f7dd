import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { anonymous, expectForbidden, expectUpdateRefused } from '../../helpers/access'
import { draftArticle, latestArticle, publicArticle, reviewedArticle } from '../../helpers/articles'
import { freshPayload } from '../../helpers/payload'

/**
 * What a visitor who is not logged in gets from the CMS: published content
 * only, and no change of any kind. Requests run through the Local API with
 * access checks on and no user.
 */

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

describe('an anonymous visitor', () => {
  it('reads published content but never drafts', async () => {
    const published = await reviewedArticle(payload, { title: 'Опубликовано для всех' })
    const draft = await draftArticle(payload, { title: 'ТАЙНЫЙ ЧЕРНОВИК' })
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
    const doc = await reviewedArticle(payload)
    await expectForbidden(
      payload.create({
        collection: 'articles',
        locale: 'ru',
        data: { slug: 'anonymous-made', title: 'Аноним', kind: 'guide', country: 'ru', _status: 'published' },
        overrideAccess: false,
      }),
    )
    await expectUpdateRefused(payload, null, 'articles', doc.id, { title: 'Аноним', _status: 'published' })
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
    expect((await latestArticle(payload, doc.id)).title).toBe('Патент: основное')
  })
})
