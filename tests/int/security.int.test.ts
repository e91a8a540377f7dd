import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '../../content-models/locales'
import type { User } from '../../content-models/payload-types'
import { exportContent } from '../../scripts/site/export-content'
import { draftArticle } from '../helpers/articles'
import { publishedEvent, publishedHelpCentre } from '../helpers/fixtures'
import { freshPayload } from '../helpers/payload'
import { CMS_ORIGIN, login, rest } from '../helpers/rest'

/**
 * Holes found by trying the CMS as an attacker and as a careless editor would,
 * each checked through the real REST handlers (docs/security.md).
 */

let payload: Payload
const PASSWORD = 'correct horse battery staple'
const tokens: Record<string, string> = {}
const cookies: Record<string, string> = {}
let topicId: number
let seq = 0

async function createUser(name: string, role: User['role'], languages: Locale[] = []) {
  const email = `${name}@example.org`
  await payload.create({ collection: 'users', data: { email, password: PASSWORD, role, languages } })
  const session = await login(payload, email, PASSWORD)
  tokens[name] = session.token
  cookies[name] = session.cookie
}

async function publishedArticle() {
  return payload.create({
    collection: 'articles',
    locale: 'ru',
    data: {
      slug: `article-${++seq}`,
      title: 'Патент: основное',
      summary: 'Кратко',
      kind: 'rights',
      country: 'ru',
      topics: [topicId],
      _status: 'published',
    },
  })
}

const anonymousRead = async (collection: string, id: number, locale: Locale) =>
  (await (await rest(payload, 'GET', `/${collection}/${id}?locale=${locale}&depth=0`)).json()) as Record<
    string,
    unknown
  >

beforeAll(async () => {
  payload = await freshPayload()
  await createUser('admin', 'admin')
  await createUser('editor', 'editor')
  await createUser('translator', 'translator', ['uz'])
  await createUser('lawyer', 'legal-reviewer')
  topicId = (await payload.create({ collection: 'topics', locale: 'ru', data: { slug: 'work', title: 'Работа' } })).id
})

describe('password reset', () => {
  it('answers at once for any address and never locks the database for others', async () => {
    const article = await publishedArticle()
    const [resets, save] = await Promise.all([
      Promise.all(
        ['nobody@example.org', 'editor@example.org', 'x@example.org', 'admin@example.org', 'y@example.org'].map(
          (email, i) =>
            rest(payload, 'POST', '/users/forgot-password', {
              body: { email },
              headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` },
            }),
        ),
      ),
      rest(payload, 'PATCH', `/articles/${article.id}?locale=ru&draft=true`, {
        token: tokens.editor,
        body: { title: 'Черновик' },
      }),
    ])
    expect(resets.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(save.status).toBe(200)
  })

  it('works: the emailed token sets a new password', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'forgetful@example.org', password: PASSWORD, role: 'editor' },
    })
    expect(
      (await rest(payload, 'POST', '/users/forgot-password', { body: { email: 'forgetful@example.org' } })).status,
    ).toBe(200)
    const user = await payload.db.findOne<{ id: number; resetPasswordToken?: string }>({
      collection: 'users',
      where: { email: { equals: 'forgetful@example.org' } },
    })
    expect(user?.resetPasswordToken).toMatch(/^[0-9a-f]{40}$/)
    const reset = await rest(payload, 'POST', '/users/reset-password', {
      body: { token: user?.resetPasswordToken, password: 'a brand new passphrase' },
    })
    expect(reset.status).toBe(200)
    await expect(login(payload, 'forgetful@example.org', 'a brand new passphrase')).resolves.toHaveProperty('token')
  })
})

describe('publishing one language', () => {
  it('does not put an editor’s unpublished change of shared fields online', async () => {
    const article = await publishedArticle()
    const draft = await rest(payload, 'PATCH', `/articles/${article.id}?locale=ru&draft=true`, {
      token: tokens.editor,
      body: { country: 'bg', topics: [] },
    })
    expect(draft.status).toBe(200)
    const publish = await rest(payload, 'PATCH', `/articles/${article.id}?locale=uz`, {
      token: tokens.translator,
      body: { title: 'Patent: asosiy', _status: 'published' },
    })
    expect(publish.status).toBe(200)
    for (const locale of ['uz', 'ru'] as const) {
      const seen = await anonymousRead('articles', article.id, locale)
      expect(seen.country).toBe('ru')
      expect(seen.topics).toEqual([topicId])
    }
    expect((await anonymousRead('articles', article.id, 'uz')).title).toBe('Patent: asosiy')
    // The editor's pending change is kept in the draft, to publish with the Russian text.
    const latest = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'ru',
      draft: true,
      depth: 0,
    })
    expect(latest.country).toBe('bg')
    expect(latest.topics).toEqual([])
    expect(latest.title).toBe('Патент: основное')
    // …and publishing the Russian text publishes it.
    await rest(payload, 'PATCH', `/articles/${article.id}?locale=ru`, {
      token: tokens.editor,
      body: { _status: 'published', minorChange: true },
    })
    expect((await anonymousRead('articles', article.id, 'ru')).country).toBe('bg')
  })

  it('does not put an event’s draft time or link online', async () => {
    const event = await publishedEvent(payload, `event-${++seq}`, 'Встреча')
    const draft = await rest(payload, 'PATCH', `/events/${event.id}?locale=ru&draft=true`, {
      token: tokens.editor,
      body: {
        start: '2030-04-01T09:00:00.000Z',
        end: '2030-04-01T11:00:00.000Z',
        onlineUrl: 'https://example.org/draft-link',
      },
    })
    expect(draft.status).toBe(200)
    const publish = await rest(payload, 'PATCH', `/events/${event.id}?locale=uz`, {
      token: tokens.translator,
      body: { title: 'Uchrashuv', _status: 'published' },
    })
    expect(publish.status).toBe(200)
    const seen = await anonymousRead('events', event.id, 'uz')
    expect(seen.start).toBe('2030-03-01T09:00:00.000Z')
    expect(seen.onlineUrl).toBe('https://example.org/meeting')
  })
})

describe('restoring a version', () => {
  it('is refused to a translator and a legal reviewer, and the article is unchanged', async () => {
    const article = await publishedArticle()
    await rest(payload, 'PATCH', `/articles/${article.id}?locale=uz`, {
      token: tokens.translator,
      body: { title: 'Patent', _status: 'published' },
    })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const oldest = versions.docs[0].id
    for (const who of ['translator', 'lawyer']) {
      const res = await rest(payload, 'POST', `/articles/versions/${oldest}?locale=uz&draft=true`, {
        token: tokens[who],
      })
      expect(res.status, who).toBe(403)
    }
    const latest = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'all',
      draft: true,
      depth: 0,
    })
    expect((latest.title as unknown as Record<string, string>).ru).toBe('Патент: основное')
    expect((latest.title as unknown as Record<string, string>).uz).toBe('Patent')
    expect(latest.kind).toBe('rights')
  })

  it('stays open to editors', async () => {
    const article = await publishedArticle()
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      depth: 0,
    })
    const res = await rest(payload, 'POST', `/articles/versions/${versions.docs[0].id}?locale=ru&draft=true`, {
      token: tokens.editor,
    })
    expect(res.status).toBe(200)
  })
})

describe('requests from other sites (CSRF)', () => {
  it('ignore the admin’s login cookie', async () => {
    const attempt = await rest(payload, 'POST', '/topics?locale=ru', {
      headers: { Cookie: cookies.editor, Origin: 'http://localhost:5555' },
      body: { slug: 'csrf-made', title: 'Подделка' },
    })
    expect(attempt.status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'topics', where: { slug: { equals: 'csrf-made' } } })
    expect(totalDocs).toBe(0)
  })

  it('still accept the cookie from the admin itself', async () => {
    const own = await rest(payload, 'POST', '/topics?locale=ru', {
      headers: { Cookie: cookies.editor, Origin: CMS_ORIGIN },
      body: { slug: 'editor-made', title: 'Жильё' },
    })
    expect(own.status).toBe(201)
  })
})

describe('accounts', () => {
  it('only admins unlock an account', async () => {
    expect(
      (await rest(payload, 'POST', '/users/unlock', { token: tokens.editor, body: { email: 'admin@example.org' } }))
        .status,
    ).toBe(403)
    expect(
      (await rest(payload, 'POST', '/users/unlock', { token: tokens.admin, body: { email: 'editor@example.org' } }))
        .status,
    ).toBe(200)
  })

  it('a non-admin sees only their own account', async () => {
    const res = await rest(payload, 'GET', '/users?limit=100', { token: tokens.translator })
    const body = (await res.json()) as { docs: { email: string }[] }
    expect(body.docs.map((u) => u.email)).toEqual(['translator@example.org'])
    const all = (await (await rest(payload, 'GET', '/users?limit=100', { token: tokens.admin })).json()) as {
      totalDocs: number
    }
    expect(all.totalDocs).toBeGreaterThan(3)
  })

  it('a stranger cannot lock an editor out by failing to sign in as them', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'target@example.org', password: PASSWORD, role: 'editor' },
    })
    const attacker = { 'X-Forwarded-For': '203.0.113.66' }
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const res = await rest(payload, 'POST', '/users/login', {
        body: { email: 'target@example.org', password: `wrong-${i}` },
        headers: attacker,
      })
      statuses.push(res.status)
    }
    // Ten wrong passwords, then the address must wait, even with the right one.
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429])
    const blocked = await rest(payload, 'POST', '/users/login', {
      body: { email: 'target@example.org', password: PASSWORD },
      headers: attacker,
    })
    expect(blocked.status).toBe(429)
    // Said in the admin language of the request: Russian unless it asks for another.
    expect(((await blocked.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Подождите \d+ мин/)
    const inEnglish = await rest(payload, 'POST', '/users/login', {
      body: { email: 'target@example.org', password: PASSWORD },
      headers: { ...attacker, 'Accept-Language': 'en' },
    })
    expect(((await inEnglish.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Wait \d+ min/)
    // The editor, from their own address, signs in as usual.
    const own = await rest(payload, 'POST', '/users/login', {
      body: { email: 'target@example.org', password: PASSWORD },
      headers: { 'X-Forwarded-For': '192.0.2.10' },
    })
    expect(own.status).toBe(200)
  })

  it('successful sign-ins do not count against an address', async () => {
    const office = { 'X-Forwarded-For': '192.0.2.20' }
    for (let i = 0; i < 12; i++) {
      const res = await rest(payload, 'POST', '/users/login', {
        body: { email: 'editor@example.org', password: PASSWORD },
        headers: office,
      })
      expect(res.status).toBe(200)
    }
  })
})

describe('the site alert', () => {
  it('is not readable anonymously through the CMS before it is switched on', async () => {
    await payload.updateGlobal({
      slug: 'site-alert',
      locale: 'ru',
      data: {
        active: false,
        level: 'urgent',
        message: 'Эмбарго: граница закроется 1 марта',
        expiresAt: '2031-01-01T00:00:00.000Z',
      },
    })
    const body = await (await rest(payload, 'GET', '/globals/site-alert?locale=ru')).text()
    expect(body).not.toContain('Эмбарго')
  })

  it.each(['//evil.example', '/\\evil.example', 'javascript:alert(1)', '/ru/%0d%0aSet-Cookie:x'])(
    'refuses the link %s at the field',
    async (link) => {
      const res = await rest(payload, 'POST', '/globals/site-alert?locale=ru', {
        token: tokens.editor,
        body: { active: true, level: 'info', message: 'Сообщение', link, expiresAt: '2031-01-01T00:00:00.000Z' },
      })
      expect(res.status).toBe(400)
      const body = (await res.json()) as { errors: { data?: { errors?: { path: string }[] } }[] }
      expect(body.errors[0].data?.errors?.[0]?.path).toBe('link')
    },
  )
})

describe('relationships seen anonymously', () => {
  it('never carry the id of a draft', async () => {
    const draft = await draftArticle(payload, { slug: `secret-draft-${++seq}`, title: 'Секретный черновик' })
    const other = await publishedArticle()
    const change = await payload.create({
      collection: 'articles',
      locale: 'ru',
      data: {
        slug: `law-${++seq}`,
        title: 'Изменение закона',
        kind: 'law-change',
        country: 'ru',
        effectiveDate: '2027-01-01T00:00:00.000Z',
        affectedArticles: [draft.id, other.id],
        _status: 'published',
      },
    })
    const seen = await anonymousRead('articles', change.id, 'ru')
    expect(seen.affectedArticles).toEqual([other.id])
    const list = await (
      await rest(payload, 'GET', `/articles?locale=all&depth=0&where[id][equals]=${change.id}`)
    ).text()
    expect(list).not.toMatch(new RegExp(`\\b${draft.id}\\b.*\\b${other.id}\\b`))
  })

  it('never carry the id of a draft a single-value relationship points at', async () => {
    const centre = await publishedHelpCentre(payload, `hidden-centre-${++seq}`)
    const hidden = await payload.update({
      collection: 'help-centres',
      id: centre.id,
      locale: 'ru',
      data: { _status: 'draft' },
    })
    const event = await publishedEvent(payload, `meeting-at-a-hidden-centre-${++seq}`)
    await payload.update({ collection: 'events', id: event.id, locale: 'ru', data: { helpCentre: hidden.id } })
    for (const query of ['locale=ru&depth=0', 'locale=all&depth=0', 'locale=ru&depth=1']) {
      const res = await rest(payload, 'GET', `/events/${event.id}?${query}`)
      expect(res.status).toBe(200)
      const seen = (await res.json()) as { helpCentre?: unknown }
      expect(seen.helpCentre ?? null, query).toBeNull()
    }
  })
})

describe('malformed requests', () => {
  it.each(['/topics?locale=ru', '/globals/site-alert?locale=ru'])(
    'a text/plain body to %s is a clear 400, not a server error',
    async (path) => {
      const res = await rest(payload, 'POST', path, {
        token: tokens.editor,
        body: 'slug=x&title=y',
        headers: { 'Content-Type': 'text/plain' },
      })
      expect(res.status).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /must be a JSON object/,
      )
    },
  )

  it('a legal reviewer’s refused save says why, at the review date', async () => {
    const article = await publishedArticle()
    await rest(payload, 'PATCH', `/articles/${article.id}?locale=ru&draft=true`, {
      token: tokens.editor,
      body: { title: 'Новый текст' },
    })
    // What the admin asks while the reviewer fills in the form: it must answer, not fail.
    const permissions = await rest(payload, 'POST', `/articles/access/${article.id}?locale=ru`, {
      token: tokens.lawyer,
      body: { reviewedAt: '2026-11-01T00:00:00.000Z', _status: 'published' },
    })
    expect(permissions.status).toBe(200)
    const res = await rest(payload, 'PATCH', `/articles/${article.id}?locale=ru`, {
      token: tokens.lawyer,
      body: { reviewedAt: '2026-11-01T00:00:00.000Z', _status: 'published' },
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    // In the reviewer's admin language (Russian, as the request asks for none).
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({
      path: 'reviewedAt',
      message: expect.stringMatching(/неопубликованные правки/),
    })
    expect((await anonymousRead('articles', article.id, 'ru')).title).toBe('Патент: основное')
  })
})

describe('plain-text fields', () => {
  it.each([
    ['a line break in a title', 'title', 'Встреча\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pay at evil.example'],
    ['a bidi override in a title', 'title', 'Патент \u202Egpj.exe'],
    ['a control character in a summary', 'summary', 'Кратко\u000B'],
  ])('refuses %s at the field, naming the character', async (_, field, value) => {
    const article = await publishedArticle()
    // Payload validates on publishing (drafts may be incomplete): the text never reaches readers.
    const res = await rest(payload, 'PATCH', `/articles/${article.id}?locale=ru`, {
      token: tokens.editor,
      body: { [field]: value, minorChange: true, _status: 'published' },
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({
      path: field,
      message: expect.stringMatching(/U\+[0-9A-F]{4}/),
    })
  })

  it('keeps line breaks where text has lines (a summary)', async () => {
    const article = await publishedArticle()
    const res = await rest(payload, 'PATCH', `/articles/${article.id}?locale=ru`, {
      token: tokens.editor,
      body: { summary: 'Первая строка\nВторая строка', minorChange: true, _status: 'published' },
    })
    expect(res.status).toBe(200)
  })
})

describe('event time zones', () => {
  const event = () => publishedEvent(payload, `zoned-${++seq}`, 'Встреча')

  it('accepts only the zones the admin offers, and says so at the field', async () => {
    const doc = await event()
    const res = await rest(payload, 'PATCH', `/events/${doc.id}?locale=ru`, {
      token: tokens.editor,
      body: { start_tz: 'Europe/Moscow\r\nX-INJ:1' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({
      path: 'start_tz',
      message: expect.stringContaining('is not a time zone'),
    })
    expect((await payload.findByID({ collection: 'events', id: doc.id, depth: 0 })).start_tz).toBe('Europe/Moscow')
  })

  it('an old bad value stops the build with the event’s name, not a bare RangeError', async () => {
    const doc = await event()
    await payload.db.updateOne({
      collection: 'events',
      id: doc.id,
      data: { start_tz: 'Europe/Moscow\r\nX-INJ:1' },
      req: undefined as never,
    })
    await expect(exportContent(payload, new Date('2026-11-21T12:00:00Z'))).rejects.toThrow(
      new RegExp(`Event "${doc.slug}": start_tz`),
    )
    await payload.db.updateOne({
      collection: 'events',
      id: doc.id,
      data: { start_tz: 'Europe/Moscow' },
      req: undefined as never,
    })
  })
})
