import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../content-models/payload-types'
import { draftArticle, publicArticle, reviewedArticle, saveArticle } from '../../helpers/articles'
import { freshPayload } from '../../helpers/payload'
import { scheduledPublishFailed } from '../../helpers/scheduling'
import { createUser } from '../../helpers/users'

/**
 * A scheduled publication is checked against the rights of the person who
 * scheduled it when it runs, so scheduling is no way round a role's limits.
 */

let payload: Payload
let editor: User
let translatorUz: User
let translatorRuUz: User

beforeAll(async () => {
  payload = await freshPayload()
  editor = await createUser(payload, 'editor')
  translatorUz = await createUser(payload, 'translator', ['uz'])
  translatorRuUz = await createUser(payload, 'translator', ['ru', 'uz'])
})

describe('scheduled publishing runs as the user who scheduled it', () => {
  it('a translator assigned Russian cannot publish Russian by scheduling it', async () => {
    const doc = await draftArticle(payload, { title: 'Запланированный черновик' })
    expect(await scheduledPublishFailed(payload, doc.id, 'ru', translatorRuUz)).toBe(true)
    const ru = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', draft: false, depth: 0 })
    expect(ru._status).not.toBe('published')
    expect(await publicArticle(payload, doc.id, 'ru')).toBeUndefined()
  })

  it('an editor’s scheduled Russian publication goes live', async () => {
    const doc = await draftArticle(payload, { title: 'Запланировано редактором' })
    expect(await scheduledPublishFailed(payload, doc.id, 'ru', editor)).toBe(false)
    const ru = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', draft: false, depth: 0 })
    expect(ru._status).toBe('published')
    expect((await publicArticle(payload, doc.id, 'ru'))?.title).toBe('Запланировано редактором')
  })

  it('a translator’s scheduled publication of their own language goes live', async () => {
    const doc = await reviewedArticle(payload)
    await saveArticle(
      payload,
      { id: doc.id, locale: 'uz', as: translatorUz, draft: true },
      { title: 'Rejalashtirilgan', _status: 'draft' },
    )
    expect(await scheduledPublishFailed(payload, doc.id, 'uz', translatorUz)).toBe(false)
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Rejalashtirilgan')
  })

  it('a translator for Uzbek cannot publish Russian by scheduling it', async () => {
    const doc = await draftArticle(payload, { title: 'Чужой язык' })
    expect(await scheduledPublishFailed(payload, doc.id, 'ru', translatorUz)).toBe(true)
    expect(await publicArticle(payload, doc.id, 'ru')).toBeUndefined()
  })
})
