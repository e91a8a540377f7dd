import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../content-models/payload-types'
import { translationReport } from '../../cms/translation-report'
import { importDir } from '../../scripts/content/import-dir'
import { DEMO_CONTENT_DIR } from '../../scripts/content/seed'
import { exportContent } from '../../scripts/site/export-content'
import { useTranslations } from '../../site/i18n'
import { reviewNote } from '../../site/utils/review'
import { articleSaver, latestArticle, publishedArticle } from '../helpers/articles'
import { freshPayload } from '../helpers/payload'
import { createUser } from '../helpers/users'

/**
 * Each document says which languages it should exist in (from its country
 * unless editors choose), and only those count as to do; a lawyer's review
 * stops vouching for text changed after it.
 */

let payload: Payload
let editor: User
let translator: User
let reviewer: User
const save = articleSaver(() => payload)

beforeAll(async () => {
  payload = await freshPayload()
  await importDir(payload, DEMO_CONTENT_DIR)
  editor = await createUser(payload, 'editor')
  translator = await createUser(payload, 'translator', ['uz', 'tg', 'ky'])
  reviewer = await createUser(payload, 'legal-reviewer')
}, 180_000)

const idOf = async (slug: string) =>
  (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, depth: 0 })).docs[0].id

describe('the languages a document should exist in', () => {
  it('come from its country when nobody chose them, and editors can change them', async () => {
    const bulgarian = await publishedArticle(payload, { country: 'bg', title: 'Убежище: основное' }, editor)
    expect(bulgarian.targetLanguages).toEqual(['ru', 'en', 'bg', 'ar'])
    const chosen = await publishedArticle(payload, { country: 'ru', targetLanguages: ['ru', 'tg'] }, editor)
    expect(chosen.targetLanguages).toEqual(['ru', 'tg'])
    const asylum = await latestArticle(payload, await idOf('asylum-seekers-rights-bulgaria'))
    expect(asylum.targetLanguages).toEqual(['ru', 'en', 'bg', 'ar'])
  })

  it('stay as editors set them when a translator saves', async () => {
    const article = await publishedArticle(payload, { country: 'ru', targetLanguages: ['ru', 'uz'] }, editor)
    await save(
      { id: article.id, locale: 'uz', as: translator, draft: true },
      {
        title: 'Patent',
        targetLanguages: ['ru', 'uz', 'tg', 'ky', 'en', 'bg', 'ar'],
      },
    )
    expect((await latestArticle(payload, article.id, 'uz')).targetLanguages).toEqual(['ru', 'uz'])
  })

  it('are the only ones the translation dashboard counts and lists', async () => {
    const report = await translationReport(payload)
    const asylum = report.rows.find((r) => r.slug === 'asylum-seekers-rights-bulgaria')!
    expect(asylum.statuses.tg.state).toBe('missing')
    expect(asylum.languages).not.toContain('tg')
    const counted = report.rows.filter((r) => r.languages.includes('tg') && r.statuses.tg.state === 'missing').length
    expect(report.totals.tg.missing).toBe(counted)
    const everyMissing = report.rows.filter((r) => r.statuses.tg.state === 'missing').length
    expect(report.totals.tg.missing).toBeLessThan(everyMissing)
  })

  it('are the only ones whose topic pages list the article as not yet translated', async () => {
    const content = await exportContent(payload, new Date('2026-11-21T12:00:00Z'))
    const asylum = content.articles.find((a) => a.slug === 'asylum-seekers-rights-bulgaria')!
    expect(asylum.neededIn).toEqual(['ru', 'en', 'bg', 'ar'])
    const patent = content.articles.find((a) => a.slug === 'work-patent-russia')!
    expect(patent.neededIn).toEqual(['ru', 'uz', 'tg', 'ky', 'en'])
  })
})

describe('a legal review', () => {
  const patent = 'work-patent-russia'

  it('vouches for text imported with its review date', async () => {
    const content = await exportContent(payload, new Date('2026-11-21T12:00:00Z'))
    const article = content.articles.find((a) => a.slug === patent)!
    for (const [locale, translation] of Object.entries(article.translations)) {
      const note = reviewNote(article, translation!, locale as 'ru', useTranslations(locale as 'ru'))
      expect(note?.holds, locale).toBe(true)
    }
    expect((await translationReport(payload)).changedSinceReview.map((a) => a.slug)).not.toContain(patent)
  })

  it('no longer vouches for a translation changed after it, on the site and in the reviewers’ list', async () => {
    const id = await idOf(patent)
    const before = await latestArticle(payload, id, 'uz')
    await save({ id, locale: 'uz', as: editor }, { title: `${before.title} (2027)`, _status: 'published' })

    const content = await exportContent(payload)
    const article = content.articles.find((a) => a.slug === patent)!
    const uz = reviewNote(article, article.translations.uz!, 'uz', useTranslations('uz'))!
    expect(uz.holds).toBe(false)
    expect(uz.text).toContain('matn oʻzgargan')
    // The Russian text was not touched: its review still holds.
    expect(reviewNote(article, article.translations.ru!, 'ru', useTranslations('ru'))!.holds).toBe(true)

    const listed = (await translationReport(payload)).changedSinceReview.find((a) => a.slug === patent)
    expect(listed?.languages).toEqual(['uz'])
  })

  it('vouches again once a lawyer enters a new review date', async () => {
    const id = await idOf(patent)
    const today = new Date().toISOString().slice(0, 10)
    await payload.update({
      collection: 'articles',
      id,
      locale: 'ru',
      data: { reviewedAt: today },
      user: reviewer,
      overrideAccess: false,
    })
    expect((await translationReport(payload)).changedSinceReview.map((a) => a.slug)).not.toContain(patent)
  })
})
