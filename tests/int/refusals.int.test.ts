import { getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AdminLanguage } from '../../content-models/i18n/adminText'
import type { User } from '../../content-models/payload-types'
import { inTransaction } from '../../scripts/content/transaction'
import { as } from '../helpers/access'
import { draftArticle, publishedArticle, type Save, saveArticle } from '../helpers/articles'
import { publishedEvent, publishedHelpCentre, uniqueSlug } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { scheduledPublishFailed } from '../helpers/scheduling'

/**
 * Every refusal of ours answers in the admin language of whoever asked
 * (docs/adr/0008-admin-languages.md), where the admin can show it and saying
 * what to do: at the field concerned (a ValidationError with that field's path
 * and its label in that language), or as a 403 saying why when no field
 * applies. Never in a database field's name, nor as Payload's bare "You are not
 * allowed to perform this action". The importer's requests stay English.
 */

let payload: Payload
let editor: User
let translatorUz: User
let translatorRuUz: User
let legalReviewer: User

const PASSWORD = 'correct horse battery staple'
let seq = 0
const user = (role: User['role'], languages: User['languages'] = []) =>
  payload.create({
    collection: 'users',
    data: { email: `refusals-${role}-${++seq}@example.org`, password: PASSWORD, role, languages },
  })

beforeAll(async () => {
  payload = await freshPayload()
  editor = await user('editor')
  translatorUz = await user('translator', ['uz', 'tg'])
  translatorRuUz = await user('translator', ['ru', 'uz'])
  legalReviewer = await user('legal-reviewer')
})

/** Local API options for a request whose admin language is `language`, as the admin's own requests carry. */
async function speaking(language: AdminLanguage): Promise<{ req: Partial<PayloadRequest> }> {
  return { req: { i18n: await getLocalI18n({ config: payload.config, language }) } }
}

interface Refusal {
  status?: number
  name?: string
  message: string
  data?: { errors?: { path: string; label?: string; message: string }[] }
}

/** The error `action` is refused with (the test fails if it goes through). */
async function refusalOf(action: Promise<unknown>): Promise<Refusal> {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e as Refusal,
  )
  expect(error, 'the request should have been refused').toBeDefined()
  return error!
}

/** `saveArticle` as `save.as`, in the admin language `language`. */
async function saveIn(language: AdminLanguage, save: Save, data: Parameters<typeof saveArticle>[2]) {
  const { as: who, ...rest } = save
  return payload.update({
    collection: 'articles',
    ...rest,
    data,
    ...(who ? as(who) : {}),
    ...(await speaking(language)),
  })
}

/** Expects a ValidationError at one field, and returns that field's error. */
function atField(error: Refusal, path: string) {
  expect(error.name).toBe('ValidationError')
  expect(error.data?.errors).toHaveLength(1)
  const [fieldError] = error.data!.errors!
  expect(fieldError.path).toBe(path)
  return fieldError
}

describe('a change to the published original without a change note', () => {
  const changeTitle = (language: AdminLanguage, id: number) =>
    saveIn(language, { id, locale: 'ru', as: editor }, { title: 'Патент: стоимость 7000 рублей', _status: 'published' })

  it('is refused at the change history, in Russian, naming what to do', async () => {
    const doc = await publishedArticle(payload)
    const error = await refusalOf(changeTitle('ru', doc.id))
    const field = atField(error, 'changeHistory')
    expect(field.label).toBe('История изменений')
    expect(field.message).toMatch(/^Вы меняете текст опубликованного оригинала\. Добавьте запись в «История изменений»/)
    expect(field.message).toMatch(/или отметьте «Мелкая правка/)
    // What the admin's toast says: Payload's words in Russian, and the field by its label.
    expect(error.message).toBe('Следующее поле недействительно: История изменений')
    expect(`${error.message} ${field.message}`).not.toMatch(/changeHistory|minorChange/)
  })

  it('is refused in English for an editor whose admin speaks English', async () => {
    const doc = await publishedArticle(payload)
    const field = atField(await refusalOf(changeTitle('en', doc.id)), 'changeHistory')
    expect(field.label).toBe('Change history')
    expect(field.message).toMatch(/Add a row to "Change history".*or tick "Minor change/)
  })

  it('comes back from the REST API as the admin reads it, in the language the browser asks for', async () => {
    const doc = await publishedArticle(payload)
    const { token } = await login(payload, editor.email, PASSWORD)
    const res = await rest(payload, 'PATCH', `/articles/${doc.id}?locale=ru`, {
      token,
      body: { title: 'Патент: новая цена', _status: 'published' },
      headers: { 'Accept-Language': 'bg-BG,bg;q=0.9' },
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: Refusal[] }
    expect(body.errors[0].message).toBe('Следното поле е некоректно: История на промените')
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({
      path: 'changeHistory',
      label: 'История на промените',
      message: expect.stringMatching(
        /^Променяте текста на публикувания оригинал\. Добавете ред в „История на промените“/,
      ),
    })
  })

  it('is refused in English to the importer, whose requests speak English', async () => {
    const doc = await publishedArticle(payload)
    const error = await refusalOf(
      inTransaction(payload, (req) =>
        payload.update({
          collection: 'articles',
          id: doc.id,
          locale: 'ru',
          data: { title: 'Патент: импорт', _status: 'published' },
          req,
        }),
      ),
    )
    expect(atField(error, 'changeHistory').message).toMatch(/^You are changing the text of the published original/)
    expect(error.message).toBe('The following field is invalid: Change history')
  })
})

describe('a translator outside their languages', () => {
  it('is told, in Russian, which languages they may edit when saving the Russian original', async () => {
    const doc = await publishedArticle(payload)
    const error = await refusalOf(
      saveIn('ru', { id: doc.id, locale: 'ru', as: translatorUz, draft: true }, { title: 'Взлом', _status: 'draft' }),
    )
    expect(error.status).toBe(403)
    expect(error.message).toBe(
      'Оригинал (Русский) правят и публикуют редакторы. Вы можете править только языки Oʻzbekcha, Тоҷикӣ — переключите документ на один из них.',
    )
  })

  it('is told in English too, and for a translation that is not theirs', async () => {
    const doc = await publishedArticle(payload)
    const error = await refusalOf(
      saveIn('en', { id: doc.id, locale: 'ky', as: translatorUz }, { title: 'Патент', _status: 'published' }),
    )
    expect(error.status).toBe(403)
    expect(error.message).toBe(
      'Кыргызча is not one of your languages. You may edit only Oʻzbekcha, Тоҷикӣ; switch the document to one of those languages.',
    )
  })

  it('assigned Russian, is told that editors publish the original and to save a draft', async () => {
    const doc = await publishedArticle(payload)
    const save = { id: doc.id, locale: 'ru', as: translatorRuUz } as const
    const data = { title: 'Патент: правка переводчика', minorChange: true, _status: 'published' } as const
    const ru = await refusalOf(saveIn('ru', save, data))
    expect(ru.status).toBe(403)
    expect(ru.message).toBe(
      'Оригинал (Русский) публикуют редакторы. Сохраните правки как черновик — редактор их опубликует.',
    )
    const en = await refusalOf(saveIn('en', save, data))
    expect(en.message).toBe(
      'Editors publish the original (Русский). Save your changes as a draft and an editor will publish them.',
    )
    // The draft itself goes through.
    await saveIn('ru', { ...save, draft: true }, { title: 'Патент: правка переводчика', _status: 'draft' })
  })

  it('gets the same explanation through REST, in the language the browser asks for, and never a colon for the toast to split', async () => {
    const doc = await publishedArticle(payload)
    const { token } = await login(payload, translatorUz.email, PASSWORD)
    const res = await rest(payload, 'PATCH', `/articles/${doc.id}?locale=ru`, {
      token,
      body: { title: 'Взлом', _status: 'published' },
      headers: { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' },
    })
    expect(res.status).toBe(403)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/^Оригинал \(Русский\) правят и публикуют редакторы\./)
    expect(body.errors[0].message).not.toContain(':')
  })

  it('has a scheduled publication of Russian refused with the same reason', async () => {
    const doc = await draftArticle(payload, { title: 'Запланированный черновик' })
    expect(await scheduledPublishFailed(payload, doc.id, 'ru', translatorRuUz)).toBe(true)
    const jobs = await payload.find({ collection: 'payload-jobs', depth: 0, sort: '-createdAt', limit: 1 })
    expect(JSON.stringify(jobs.docs[0].log)).toContain('Оригинал (Русский) публикуют редакторы')
  })
})

describe('publishing that only editors may do', () => {
  it('"publish all languages" tells a translator to publish their language with the admin’s own menu item', async () => {
    const doc = await publishedArticle(payload)
    const save = { id: doc.id, locale: 'uz', as: translatorUz, publishAllLocales: true } as const
    const ru = await refusalOf(saveIn('ru', save, { title: 'Hammasi', _status: 'published' }))
    expect(ru.status).toBe(403)
    expect(ru.message).toBe(
      'Публиковать все языки сразу могут только редакторы. Чтобы опубликовать только язык на экране, нажмите «Опубликовать на Oʻzbekcha».',
    )
    const en = await refusalOf(saveIn('en', save, { title: 'Hammasi', _status: 'published' }))
    expect(en.message).toBe(
      'Only editors publish every language at once. To publish just the language on screen, choose "Publish in Oʻzbekcha".',
    )
  })

  it('"unpublish all languages" says to ask an editor', async () => {
    const doc = await publishedArticle(payload)
    const save = { id: doc.id, locale: 'uz', as: translatorUz, unpublishAllLocales: true } as const
    const error = await refusalOf(saveIn('ru', save, { _status: 'draft' }))
    expect(error.status).toBe(403)
    expect(error.message).toMatch(/^Снимать с публикации все языки сразу могут только редакторы/)
  })

  it('restoring a version says what to do instead', async () => {
    const doc = await publishedArticle(payload)
    const [version] = (
      await payload.findVersions({ collection: 'articles', where: { parent: { equals: doc.id } }, depth: 0 })
    ).docs
    const restore = async (language: AdminLanguage) =>
      refusalOf(
        payload.restoreVersion({
          collection: 'articles',
          id: version.id,
          locale: 'uz',
          draft: true,
          ...as(translatorUz),
          ...(await speaking(language)),
        }),
      )
    const ru = await restore('ru')
    expect(ru.status).toBe(403)
    expect(ru.message).toMatch(/^Восстанавливать версию могут только редакторы.*попросите редактора её восстановить\.$/)
    expect((await restore('en')).message).toMatch(/^Only editors restore a version.*ask an editor to restore it\.$/)
  })
})

describe('a legal reviewer', () => {
  it('marking an article reviewed over unpublished changes is refused at the review date, in their language', async () => {
    const doc = await publishedArticle(payload)
    await saveArticle(payload, { id: doc.id, locale: 'ru', draft: true }, { title: 'Черновик', _status: 'draft' })
    const review = async (language: AdminLanguage) =>
      refusalOf(
        saveIn(
          language,
          { id: doc.id, locale: 'ru', as: legalReviewer },
          { reviewedAt: '2026-11-01T00:00:00.000Z', _status: 'published' },
        ),
      )
    const ru = atField(await review('ru'), 'reviewedAt')
    expect(ru.message).toMatch(/^В версии «Русский» есть неопубликованные правки\. Отметьте проверку после того/)
    expect(ru.label).not.toBe('reviewedAt')
    const en = atField(await review('en'), 'reviewedAt')
    expect(en.message).toMatch(/^The Русский version has unpublished changes\. Mark it reviewed after an editor/)
  })

  it('saving an event is refused with the reason, not a bare 403', async () => {
    const event = await publishedEvent(payload)
    const error = await refusalOf(
      payload.update({
        collection: 'events',
        id: event.id,
        locale: 'ru',
        data: { title: 'Изменено юристом', _status: 'published' },
        ...as(legalReviewer),
        ...(await speaking('ru')),
      }),
    )
    expect(error.status).toBe(403)
    expect(error.message).toBe(
      'Юристы отмечают проверку только в статьях. Чтобы изменить этот документ, обратитесь к редактору.',
    )
  })
})

describe('slugs', () => {
  const create = async (language: AdminLanguage, slug: string) =>
    payload.create({
      collection: 'articles',
      locale: 'ru',
      data: { slug, title: 'Новая статья', kind: 'guide', country: 'ru', _status: 'published' },
      ...as(editor),
      ...(await speaking(language)),
    })

  it('in the wrong format are refused at the slug, in the editor’s language', async () => {
    const ru = atField(await refusalOf(create('ru', 'Work Patent')), 'slug')
    expect(ru.message).toBe('Только строчные латинские буквы, цифры и одиночные дефисы, например work-patent.')
    const en = atField(await refusalOf(create('en', 'Work Patent')), 'slug')
    expect(en.message).toBe('Use lowercase latin letters, digits and single hyphens (e.g. work-patent).')
  })

  it('already taken are refused at the slug, naming the article that has it', async () => {
    const taken = uniqueSlug('patent')
    await publishedArticle(payload, { slug: taken, title: 'Патент: основное' })
    const ru = atField(await refusalOf(create('ru', taken)), 'slug')
    expect(ru.message).toBe(`Адрес «${taken}» уже занят статьёй «Патент: основное». Выберите другой адрес.`)
    const en = atField(await refusalOf(create('en', taken)), 'slug')
    expect(en.message).toBe(
      `The address "${taken}" is already used by the article "Патент: основное". Choose another address.`,
    )
  })

  it('taken by another kind of document are not refused, and an unchanged slug is not taken by itself', async () => {
    const slug = uniqueSlug('shared')
    await payload.create({ collection: 'topics', locale: 'ru', data: { slug, title: 'Тема' } })
    const doc = await create('ru', slug)
    await saveIn(
      'ru',
      { id: doc.id, locale: 'ru', as: editor },
      { summary: 'Кратко', minorChange: true, _status: 'published' },
    )
  })
})

describe('contacts and plain text', () => {
  const updateCentre = async (language: AdminLanguage, id: number, data: Record<string, unknown>) =>
    payload.update({
      collection: 'help-centres',
      id,
      locale: 'ru',
      data: { ...data, minorChange: true, _status: 'published' },
      ...as(editor),
      ...(await speaking(language)),
    })

  it('a phone number not in international format is refused at the field, in the editor’s language', async () => {
    const centre = await publishedHelpCentre(payload)
    const ru = atField(await refusalOf(updateCentre('ru', centre.id, { hotline: '8 800 100' })), 'hotline')
    expect(ru.message).toBe(
      '«8 800 100» — не номер в международном формате. Введите номер с кодом страны, начиная с +, например +7 342 200-00-00.',
    )
    const en = atField(await refusalOf(updateCentre('en', centre.id, { hotline: '8 800 100' })), 'hotline')
    expect(en.message).toBe('"8 800 100" is not a phone number in international format (e.g. +7 342 200-00-00).')
  })

  it('a web address that is not one is refused at the field, in the editor’s language', async () => {
    const centre = await publishedHelpCentre(payload)
    const ru = atField(await refusalOf(updateCentre('ru', centre.id, { website: 'center.example' })), 'website')
    expect(ru.message).toBe('«center.example» — не веб-адрес. Укажите полный адрес, например https://example.org.')
    const ftp = atField(await refusalOf(updateCentre('ru', centre.id, { website: 'ftp://center.example' })), 'website')
    expect(ftp.message).toBe('Укажите адрес, начинающийся с http:// или https://.')
    const en = atField(await refusalOf(updateCentre('en', centre.id, { website: 'center.example' })), 'website')
    expect(en.message).toBe('"center.example" is not a web address (use https://…).')
  })

  it('a line break in a one-line field is refused at the field, naming the character, in the editor’s language', async () => {
    const centre = await publishedHelpCentre(payload)
    const ru = atField(await refusalOf(updateCentre('ru', centre.id, { city: 'Пермь\nBEGIN' })), 'city')
    expect(ru.message).toBe('В тексте перенос строки (U+000A) в позиции 6. Это поле — одна строка: уберите перенос.')
    const en = atField(await refusalOf(updateCentre('en', centre.id, { city: 'Пермь\nBEGIN' })), 'city')
    expect(en.message).toBe(
      'This text contains a line break (U+000A) at character 6; this field must be a single line.',
    )
  })

  it('a control character in a multi-line field is refused naming its line', async () => {
    const centre = await publishedHelpCentre(payload)
    const ru = atField(
      await refusalOf(updateCentre('ru', centre.id, { openingHours: 'Пн–Пт\nСб\u0007' })),
      'openingHours',
    )
    expect(ru.message).toBe('В тексте управляющий символ (U+0007) в позиции 9 (строка 2). Удалите его.')
  })
})
