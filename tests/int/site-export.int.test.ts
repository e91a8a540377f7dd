import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '../../content-models/locales'

import { DEMO_CONTENT_DIR } from '../../scripts/content/seed'
import { importDir } from '../../scripts/content/import-dir'
import { exportContent } from '../../scripts/site/export-content'
import { inLocale } from '../../scripts/lib/in-locale'
import { readEachLocale } from '../../scripts/site/export/read'
import { freshPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
  await importDir(payload, DEMO_CONTENT_DIR)
}, 120_000)

describe('what the site is built from', () => {
  it('keeps event times as instants with the zone they are held in', async () => {
    const content = await exportContent(payload, new Date('2026-11-21T12:00:00Z'))
    const perm = content.events.find((e) => e.slug === 'perm-patent-meeting-september-2026')!
    // Perm is UTC+5: the meeting's 11:00–13:00 local time is 06:00–08:00 UTC.
    expect(perm.timeZone).toBe('Asia/Yekaterinburg')
    expect(perm.start).toBe('2026-09-19T06:00:00.000Z')
    expect(perm.end).toBe('2026-09-19T08:00:00.000Z')
    expect(perm.helpCentre).toBe('perm-migrant-help-centre')
    expect(perm.region).toBe('perm-krai')
  })

  it('files help centres under their region, with their contacts', async () => {
    const content = await exportContent(payload)
    const sofia = content.helpCentres.find((c) => c.slug === 'sofia-migrant-information-centre')!
    expect(sofia).toMatchObject({ country: 'bg', region: 'sofia-city', hotlineFree: true })
    expect(sofia.translations.ar?.name).toBeTruthy()
    expect(content.regions.find((r) => r.slug === 'sofia-city')?.names.ar).toBeTruthy()
  })

  it('links a law change to the articles it affects', async () => {
    const content = await exportContent(payload)
    const rule = content.articles.find((a) => a.slug === 'visa-free-stay-90-days-russia')!
    expect(rule.affectedArticles).toContain('migration-registration-russia')
    expect(rule.translations.ru?.legalAct).toMatch(/ФЗ|закон/i)
  })

  it('shows the site alert until it expires, and not after', async () => {
    const alert = await payload.findGlobal({ slug: 'site-alert' })
    const expires = new Date(alert.expiresAt as string)
    const before = await exportContent(payload, new Date(expires.getTime() - 60_000))
    const after = await exportContent(payload, new Date(expires.getTime() + 1))
    expect(before.alert?.messages.ru).toBeTruthy()
    expect(before.alert?.messages.ar).toBeTruthy()
    expect(after.alert).toBeUndefined()
  })

  it('leaves out an event saved as a draft, in every language', async () => {
    await payload.create({
      collection: 'events',
      locale: 'ru',
      draft: true,
      data: {
        slug: 'secret-draft-event',
        title: 'Черновик мероприятия',
        eventKind: 'training',
        country: 'ru',
        start: '2027-02-01T10:00:00.000Z',
        start_tz: 'Europe/Moscow',
        end: '2027-02-01T12:00:00.000Z',
        end_tz: 'Europe/Moscow',
        address: 'ул. Примерная, 2',
        _status: 'draft',
      },
    })
    const content = await exportContent(payload)
    expect(content.events.map((e) => e.slug)).not.toContain('secret-draft-event')
    expect(JSON.stringify(content)).not.toContain('Черновик мероприятия')
  })
})

describe('reading every language at once', () => {
  it('gives each document in each language exactly what that language’s own anonymous read gives', async () => {
    // A translation left as a draft after its publish, and a document never published: the hooks must drop both.
    const draft = await payload.find({ collection: 'articles', locale: 'ru', limit: 1, depth: 0, sort: 'slug' })
    await payload.update({
      collection: 'articles',
      id: draft.docs[0].id,
      locale: 'ru',
      draft: true,
      data: { title: 'Черновик, не для читателей' },
    })
    for (const collection of ['articles', 'events', 'help-centres', 'topics', 'regions', 'glossary-terms'] as const) {
      const fields = payload.collections[collection].config.flattenedFields
      const anonymous = { collection, depth: 0, overrideAccess: false, fallbackLocale: false as const, limit: 0 }
      const all = await payload.find({ ...anonymous, locale: 'all' })
      expect(all.docs.length, collection).toBeGreaterThan(0)
      for (const locale of localeCodes) {
        const own = await payload.find({ ...anonymous, locale })
        const byId = new Map(own.docs.map((d) => [d.id, d]))
        for (const doc of all.docs) {
          const picked = inLocale(doc as unknown as Record<string, unknown>, fields, locale)
          const seen = byId.get(doc.id)
          const where = `${collection} ${String(doc.id)} ${locale}`
          // The language's own read leaves out a document not published in it: the export must not take it either.
          if (!seen) expect(picked._status, where).not.toBe('published')
          else expect(JSON.parse(JSON.stringify(picked)), where).toEqual(JSON.parse(JSON.stringify(seen)))
        }
      }
    }
  })

  it('reads the documents a page at a time in slug order, each once, as one read gives them', async () => {
    // A draft among the later pages: each page joins its slug condition to the access rule that leaves it out.
    await payload.create({
      collection: 'articles',
      locale: 'ru',
      draft: true,
      data: { slug: 'zz-draft-only-article', title: 'Только черновик', _status: 'draft' } as never,
    })
    const seen = (pageSize?: number) => {
      const order: unknown[] = []
      return readEachLocale(
        payload,
        { collection: 'articles', sort: 'slug', draft: false },
        { create: (doc) => order.push(doc.id), add: () => {} },
        pageSize,
      ).then(() => order)
    }
    const one = await payload.find({
      collection: 'articles',
      locale: 'all',
      sort: 'slug',
      depth: 0,
      overrideAccess: false,
      fallbackLocale: false,
      limit: 0,
    })
    const expected = one.docs.map((d) => d.id)
    expect(expected.length).toBeGreaterThan(5)
    expect(one.docs.map((d) => d.slug)).not.toContain('zz-draft-only-article')
    // Pages of 2 and 3 end both on and off the last document.
    for (const size of [2, 3, expected.length, 500]) expect(await seen(size), `pages of ${size}`).toEqual(expected)
    await expect(
      readEachLocale(payload, { collection: 'articles', sort: '-slug' }, { create: () => {}, add: () => {} }, 2),
    ).rejects.toThrow('cannot be read page by page by "-slug"')
  })
})
