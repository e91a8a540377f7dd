import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../content-models/payload-types'
import { as, expectForbidden, expectUpdateRefused } from '../../helpers/access'
import {
  articleSaver,
  latestArticle,
  publicArticle,
  publishedArticle,
  reviewedArticle,
  textUpdatedAt,
} from '../../helpers/articles'
import { publishedEvent, publishedHelpCentre } from '../../helpers/fixtures'
import { freshPayload } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

/**
 * What a legal reviewer may and may not do: record the review dates, and
 * nothing else, as they would notice it. Every request runs through the Local
 * API as that user with access checks on.
 */

let payload: Payload
let legalReviewer: User

beforeAll(async () => {
  payload = await freshPayload()
  legalReviewer = await createUser(payload, 'legal-reviewer')
})

/** `saveArticle` on this file's database. */
const save = articleSaver(() => payload)

describe('a legal reviewer', () => {
  it('marks an article reviewed, but its title, kind and text stay unchanged', async () => {
    const doc = await reviewedArticle(payload)
    await save(
      { id: doc.id, locale: 'ru', as: legalReviewer },
      {
        reviewedAt: '2026-02-01T00:00:00.000Z',
        reviewDue: '2027-02-01T00:00:00.000Z',
        title: 'Юрист поменял заголовок',
        summary: 'Юрист дописал',
        kind: 'obligations',
        _status: 'published',
      },
    )
    const stored = await latestArticle(payload, doc.id, 'ru')
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
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'uz' }, { title: 'Patent', _status: 'published' })
    await save(
      { id: doc.id, locale: 'uz', as: legalReviewer },
      { title: 'Yurist', reviewedAt: '2026-03-01T00:00:00.000Z', _status: 'published' },
    )
    const stored = await latestArticle(payload, doc.id, 'uz')
    expect(stored.title).toBe('Patent')
    expect(stored.reviewedAt).toBe('2026-03-01T00:00:00.000Z')
  })

  it('does not publish a pending Uzbek draft when marking the article reviewed', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'uz', draft: true }, { title: 'TASDIQLANMAGAN', _status: 'draft' })
    // Whether the save is refused or goes through, the draft must stay unpublished.
    await save(
      { id: doc.id, locale: 'uz', as: legalReviewer },
      { reviewedAt: '2026-04-01T00:00:00.000Z', _status: 'published' },
    ).catch(() => undefined)
    expect(await publicArticle(payload, doc.id, 'uz')).toBeUndefined()
  })

  it('does not publish a pending Russian draft by calling the save a minor change', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'ru', draft: true }, { title: 'НЕОПУБЛИКОВАННАЯ ПРАВКА', _status: 'draft' })
    await save(
      { id: doc.id, locale: 'ru', as: legalReviewer },
      { reviewedAt: '2026-04-01T00:00:00.000Z', minorChange: true, _status: 'published' },
    ).catch(() => undefined)
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Патент: основное')
  })

  it('cannot mark a translation as checked against the original', async () => {
    const doc = await reviewedArticle(payload)
    await save({ id: doc.id, locale: 'uz' }, { title: 'Patent', _status: 'published' })
    const before = await textUpdatedAt(payload, doc.id, 'uz')
    await new Promise((r) => setTimeout(r, 15))
    await save(
      { id: doc.id, locale: 'uz', as: legalReviewer },
      { translationChecked: true, _status: 'published' },
    ).catch(() => undefined)
    expect(await textUpdatedAt(payload, doc.id, 'uz')).toBe(before)
  })

  it('cannot create or delete articles', async () => {
    await expectForbidden(
      publishedArticle(payload, { slug: 'reviewer-made', title: 'Новое', kind: 'guide', country: 'ru' }, legalReviewer),
    )
    const doc = await reviewedArticle(payload)
    await expectForbidden(payload.delete({ collection: 'articles', id: doc.id, ...as(legalReviewer) }))
    expect((await payload.findByID({ collection: 'articles', id: doc.id, depth: 0 })).id).toBe(doc.id)
  })

  it('cannot edit events or help centres', async () => {
    const event = await publishedEvent(payload)
    const storedEvent = await expectUpdateRefused(payload, legalReviewer, 'events', event.id, {
      title: 'Изменено юристом',
      _status: 'published',
    })
    expect(storedEvent.title).toBe('Информационная встреча')

    const centre = await publishedHelpCentre(payload)
    const storedCentre = await expectUpdateRefused(payload, legalReviewer, 'help-centres', centre.id, {
      city: 'Москва',
      _status: 'published',
    })
    expect(storedCentre.city).toBe('Пермь')
  })
})
