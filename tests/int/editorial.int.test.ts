import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '../../content-models/locales'
import type { User } from '../../content-models/payload-types'
import { type LocaleFacts, localeFacts, translationStatus } from '../../content-models/rules/translationStatus'
import {
  articleSaver,
  draftArticle,
  latestArticle,
  publicArticle,
  publishedArticle,
  textUpdatedAt,
} from '../helpers/articles'
import { freshPayload } from '../helpers/payload'
import { runDueJobs, schedulePublish } from '../helpers/scheduling'
import { createUser } from '../helpers/users'

/**
 * The editorial rules around the Russian original: a major change to published
 * text needs a public change note, and translations of a changed original show
 * as outdated until a translator updates or re-checks them.
 */

let payload: Payload
let editor: User
let translatorUz: User

const pause = (ms = 15) => new Promise((r) => setTimeout(r, ms))

/** `saveArticle` on this file's database. */
const save = articleSaver(() => payload)

type Row = { id?: string | null; date: string; note?: string | null }
type Localized<T> = Partial<Record<Locale, T>>

/** The published Russian original most tests change: a title and a summary, no change notes yet. */
const original = (title = 'Патент: стоимость 6000 рублей') =>
  publishedArticle(payload, { title, summary: 'Кратко о патенте' })

/** Every language of the latest saved state, as the admin's status column would read it. */
async function allLocales(id: number) {
  const doc = await payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 0 })
  return doc as unknown as {
    title?: Localized<string>
    textUpdatedAt?: Localized<string | null>
    changeHistory?: { id: string; date: string; note?: Localized<string> }[]
  }
}

/** The facts translationStatus() needs, read from the CMS as the admin dashboard reads them. */
async function facts(id: number): Promise<Partial<Record<Locale, LocaleFacts>>> {
  const read = (draft: boolean) => payload.findByID({ collection: 'articles', id, locale: 'all', draft, depth: 0 })
  return localeFacts((await read(true)) as never, (await read(false)) as never, 'title')
}

/** The current rows of the change history in one language, to send back with a new row. */
async function currentRows(id: number, locale: Locale = 'ru'): Promise<Row[]> {
  const doc = await latestArticle(payload, id, locale)
  return (doc.changeHistory ?? []).map(({ id: rowId, date, note }) => ({ id: rowId, date, note }))
}

/** The editor publishes a major change to the original (7000 roubles, not 6000) with the change note `note`. */
const publishMajorChange = (id: number, note: string) =>
  save(
    { id, locale: 'ru', as: editor },
    {
      title: 'Патент: стоимость 7000 рублей',
      changeHistory: [{ date: '2026-01-15T00:00:00.000Z', note }],
      _status: 'published',
    },
  )

async function expectChangeNoteRequired(action: Promise<unknown>) {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e as { name?: string; data?: { errors?: { path: string }[] } },
  )
  expect(error, 'the save should have been refused').toBeDefined()
  expect(error?.name).toBe('ValidationError')
  expect(error?.data?.errors?.[0]?.path).toBe('changeHistory')
}

beforeAll(async () => {
  payload = await freshPayload()
  editor = await createUser(payload, 'editor')
  translatorUz = await createUser(payload, 'translator', ['uz'])
})

describe('change notes on the published Russian text', () => {
  it('are not needed for the first publication', async () => {
    const doc = await draftArticle(payload, { slug: 'first-publication', title: 'Черновик' })
    await save({ id: doc.id, locale: 'ru', as: editor }, { title: 'Готовый текст', _status: 'published' })
    expect((await publicArticle(payload, doc.id))?.title).toBe('Готовый текст')
    expect((await allLocales(doc.id)).changeHistory ?? []).toHaveLength(0)
  })

  it('are needed for a major change: without one the change is refused and readers keep the old text', async () => {
    const doc = await original()
    await expectChangeNoteRequired(
      save({ id: doc.id, locale: 'ru', as: editor }, { title: 'Патент: стоимость 7000 рублей', _status: 'published' }),
    )
    await expectChangeNoteRequired(
      save({ id: doc.id, locale: 'ru', as: editor }, { summary: 'Новые правила', _status: 'published' }),
    )
    const read = await publicArticle(payload, doc.id)
    expect(read?.title).toBe('Патент: стоимость 6000 рублей')
    expect(read?.summary).toBe('Кратко о патенте')
  })

  it('are needed when publishing a saved Russian draft with changed text', async () => {
    const doc = await original()
    await save(
      { id: doc.id, locale: 'ru', as: editor, draft: true },
      { title: 'Патент: стоимость 7000 рублей', _status: 'draft' },
    )
    await expectChangeNoteRequired(save({ id: doc.id, locale: 'ru', as: editor }, { _status: 'published' }))
    expect((await publicArticle(payload, doc.id))?.title).toBe('Патент: стоимость 6000 рублей')
  })

  it('are not needed to save a draft', async () => {
    const doc = await original()
    await save(
      { id: doc.id, locale: 'ru', as: editor, draft: true },
      { title: 'Черновик новой версии', _status: 'draft' },
    )
    const latest = await payload.findByID({ collection: 'articles', id: doc.id, locale: 'ru', draft: true, depth: 0 })
    expect(latest.title).toBe('Черновик новой версии')
    expect((await publicArticle(payload, doc.id))?.title).toBe('Патент: стоимость 6000 рублей')
  })

  it('are not needed for a change to a translation', async () => {
    const doc = await original()
    await save({ id: doc.id, locale: 'uz', as: translatorUz }, { title: 'Patent: 6000 rubl', _status: 'published' })
    await save(
      { id: doc.id, locale: 'uz', as: translatorUz },
      { title: 'Patent narxi: 6000 rubl', _status: 'published' },
    )
    expect((await publicArticle(payload, doc.id, 'uz'))?.title).toBe('Patent narxi: 6000 rubl')
  })

  it('publish the change when one is added, and the note is stored for Russian only', async () => {
    const doc = await original()
    await publishMajorChange(doc.id, 'Стоимость патента выросла')
    const read = await publicArticle(payload, doc.id)
    expect(read?.title).toBe('Патент: стоимость 7000 рублей')
    expect(read?.changeHistory?.map((r) => r.note)).toEqual(['Стоимость патента выросла'])

    const stored = await allLocales(doc.id)
    expect(stored.changeHistory).toHaveLength(1)
    expect(stored.changeHistory?.[0]?.note).toEqual({ ru: 'Стоимость патента выросла' })
  })

  it('are translated per language without touching the Russian note', async () => {
    const doc = await original()
    await publishMajorChange(doc.id, 'Стоимость выросла')
    const rows = await currentRows(doc.id, 'uz')
    await save(
      { id: doc.id, locale: 'uz', as: translatorUz },
      {
        title: 'Patent: 7000 rubl',
        changeHistory: rows.map((r) => ({ ...r, note: 'Narx oshdi' })),
        _status: 'published',
      },
    )
    const stored = await allLocales(doc.id)
    expect(stored.changeHistory?.[0]?.note).toEqual({ ru: 'Стоимость выросла', uz: 'Narx oshdi' })
    expect((await publicArticle(payload, doc.id, 'uz'))?.changeHistory?.map((r) => r.note)).toEqual(['Narx oshdi'])
    expect((await publicArticle(payload, doc.id, 'ru'))?.changeHistory?.map((r) => r.note)).toEqual([
      'Стоимость выросла',
    ])
  })

  it('keep each translation with its own note when a newer note is added as a new last row', async () => {
    const doc = await original()
    await save(
      { id: doc.id, locale: 'ru' },
      {
        title: 'Версия 2',
        changeHistory: [{ date: '2026-01-15T00:00:00.000Z', note: 'Первое изменение' }],
        _status: 'published',
      },
    )
    const first = await currentRows(doc.id, 'uz')
    await save(
      { id: doc.id, locale: 'uz' },
      {
        title: 'Versiya 2',
        changeHistory: first.map((r) => ({ ...r, note: 'Birinchi o‘zgarish' })),
        _status: 'published',
      },
    )
    // As the field asks: the old rows are sent back as they are and the new note is a new last row.
    await save(
      { id: doc.id, locale: 'ru' },
      {
        title: 'Версия 3',
        changeHistory: [
          ...(await currentRows(doc.id, 'ru')),
          { date: '2026-03-01T00:00:00.000Z', note: 'Второе изменение' },
        ],
        _status: 'published',
      },
    )
    const rows = (await allLocales(doc.id)).changeHistory ?? []
    expect(rows.map((r) => r.note?.ru)).toEqual(['Первое изменение', 'Второе изменение'])
    // The Uzbek note still belongs to the first change; the new change has no Uzbek note yet.
    expect(rows.find((r) => r.id === first[0]?.id)?.note?.uz).toBe('Birinchi o‘zgarish')
    expect(rows.find((r) => r.id !== first[0]?.id)?.note?.uz ?? null).toBeNull()
  })

  it('can be skipped for a minor change, which keeps the date the text last changed', async () => {
    const doc = await original('Патент: стоимость 6000 рублей.')
    const before = await textUpdatedAt(payload, doc.id, 'ru')
    expect(before).toBeTruthy()
    await pause()
    await save(
      { id: doc.id, locale: 'ru', as: editor },
      { title: 'Патент: стоимость 6000 рублей', minorChange: true, _status: 'published' },
    )
    expect((await publicArticle(payload, doc.id))?.title).toBe('Патент: стоимость 6000 рублей')
    expect(await textUpdatedAt(payload, doc.id, 'ru')).toBe(before)
    expect((await allLocales(doc.id)).changeHistory ?? []).toHaveLength(0)
  })

  it('are needed for a scheduled publication too: the note must be in the draft', async () => {
    const schedule = async (id: number) => {
      const job = await schedulePublish(payload, id, 'ru', editor)
      await runDueJobs(payload)
      return payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    }

    const withoutNote = await original()
    await save({ id: withoutNote.id, locale: 'ru', draft: true }, { title: 'Без заметки', _status: 'draft' })
    expect((await schedule(withoutNote.id)).hasError).toBe(true)
    expect((await publicArticle(payload, withoutNote.id))?.title).toBe('Патент: стоимость 6000 рублей')

    const withNote = await original()
    await save(
      { id: withNote.id, locale: 'ru', draft: true },
      {
        title: 'С заметкой',
        changeHistory: [{ date: '2026-02-01T00:00:00.000Z', note: 'Новые правила' }],
        _status: 'draft',
      },
    )
    expect((await schedule(withNote.id)).hasError).toBeFalsy()
    const read = await publicArticle(payload, withNote.id)
    expect(read?.title).toBe('С заметкой')
    expect(read?.changeHistory?.map((r) => r.note)).toEqual(['Новые правила'])
  })
})

describe('the date a translation last changed', () => {
  it('is stamped by the server, never taken from the request', async () => {
    const doc = await original()
    const created = await textUpdatedAt(payload, doc.id, 'ru')
    await pause()
    await save(
      { id: doc.id, locale: 'ru', as: editor },
      {
        title: 'Новый текст',
        textUpdatedAt: '2001-01-01T00:00:00.000Z',
        changeHistory: [{ date: '2026-01-01T00:00:00.000Z', note: 'Текст обновлён' }],
        _status: 'published',
      },
    )
    const stamped = await textUpdatedAt(payload, doc.id, 'ru')
    expect(stamped).not.toBe('2001-01-01T00:00:00.000Z')
    expect(new Date(stamped!).getTime()).toBeGreaterThan(new Date(created!).getTime())
    expect(Date.now() - new Date(stamped!).getTime()).toBeLessThan(60_000)
  })

  it('cannot be moved forward by a translator to hide that a translation is outdated', async () => {
    const doc = await original()
    await save({ id: doc.id, locale: 'uz', as: translatorUz }, { title: 'Patent', _status: 'published' })
    const before = await textUpdatedAt(payload, doc.id, 'uz')
    await pause()
    await save(
      { id: doc.id, locale: 'uz', as: translatorUz },
      { textUpdatedAt: '2999-01-01T00:00:00.000Z', _status: 'published' },
    )
    expect(await textUpdatedAt(payload, doc.id, 'uz')).toBe(before)
  })
})

describe('an outdated translation, end to end', () => {
  let id: number

  it('is not outdated when the translation was published after the original', async () => {
    const doc = await original()
    id = doc.id
    await pause()
    await save({ id, locale: 'uz', as: translatorUz }, { title: 'Patent: 6000 rubl', _status: 'published' })
    const f = await facts(id)
    expect(translationStatus('ru', f).state).toBe('published')
    expect(translationStatus('uz', f)).toEqual({ state: 'published', published: true })
    expect(translationStatus('tg', f).state).toBe('missing')
  })

  it('becomes outdated when the Russian text changes with a change note', async () => {
    await pause()
    await publishMajorChange(id, 'Стоимость выросла')
    const f = await facts(id)
    const uz = translationStatus('uz', f)
    expect(uz.state).toBe('outdated')
    // Still live for readers, with both dates for the "translation may be out of date" notice.
    expect(uz.published).toBe(true)
    expect(uz.originalDate).toBe(f.ru?.textUpdatedAt)
    expect(uz.translationDate).toBe(f.uz?.textUpdatedAt)
    expect(translationStatus('ru', f).state).toBe('published')
  })

  it('is up to date again once the translator updates the Uzbek text', async () => {
    await pause()
    await save({ id, locale: 'uz', as: translatorUz }, { title: 'Patent: 7000 rubl', _status: 'published' })
    expect(translationStatus('uz', await facts(id)).state).toBe('published')
  })

  it('stays up to date after a minor Russian change', async () => {
    await pause()
    await save(
      { id, locale: 'ru', as: editor },
      { title: 'Патент: стоимость 7 000 рублей', minorChange: true, _status: 'published' },
    )
    expect((await publicArticle(payload, id))?.title).toBe('Патент: стоимость 7 000 рублей')
    expect(translationStatus('uz', await facts(id)).state).toBe('published')
  })

  it('is cleared when the translator confirms the unchanged translation still matches', async () => {
    await pause()
    await save(
      { id, locale: 'ru', as: editor },
      {
        summary: 'Новое краткое описание',
        changeHistory: [
          { date: '2026-02-01T00:00:00.000Z', note: 'Обновлено описание' },
          ...(await currentRows(id, 'ru')),
        ],
        _status: 'published',
      },
    )
    expect(translationStatus('uz', await facts(id)).state).toBe('outdated')

    const uzTitleBefore = (await allLocales(id)).title?.uz
    await pause()
    await save({ id, locale: 'uz', as: translatorUz }, { translationChecked: true, _status: 'published' })
    expect(translationStatus('uz', await facts(id)).state).toBe('published')
    expect((await allLocales(id)).title?.uz).toBe(uzTitleBefore)
  })
})
