import type { Payload } from 'payload'
import { beforeAll, it } from 'vitest'
import { freshPayload } from '../helpers/payload'

let payload: Payload
beforeAll(async () => { payload = await freshPayload() })
const anonymous = { overrideAccess: false as const, fallbackLocale: false as const, depth: 0 }
const pub = async (id: number, locale: string) => (await payload.find({ collection: 'articles', locale: locale as 'ru', where: { id: { equals: id } }, ...anonymous })).docs[0]?.title
const tryIt = async (label: string, f: () => Promise<unknown>) => { try { await f(); console.log(label, 'OK') } catch (e) { console.log(label, 'ERR', (e as Error).message, JSON.stringify((e as { data?: unknown }).data)) } }
const all = async (id: number) => { const d = await payload.findByID({ collection: 'articles', id, locale: 'all' as 'ru', draft: true, depth: 0 }); return JSON.stringify({ ch: d.changeHistory, t: d.textUpdatedAt, s: d._status }) }

it('explore', async () => {
  const ed = await payload.create({ collection: 'users', data: { email: 'e@x.org', password: 'pppppppp', role: 'editor' } })
  const mk = async (slug: string) => payload.create({ collection: 'articles', locale: 'ru', data: { slug, title: 'Старый', kind: 'rights', country: 'ru', _status: 'published' } })
  let a = await mk('a4')
  await payload.update({ collection: 'articles', id: a.id, locale: 'ru', draft: true, data: { title: 'ЧЕРНОВИК', _status: 'draft' } })
  let job = await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', locale: 'ru', doc: { relationTo: 'articles', value: String(a.id) as never }, user: { relationTo: 'users', value: ed.id } }, waitUntil: new Date(Date.now() - 1000) })
  await payload.jobs.run({ allQueues: true, silent: true })
  let j = await payload.findByID({ collection: 'payload-jobs', id: job.id })
  console.log('A4', await pub(a.id, 'ru'), j.hasError, JSON.stringify(j.log?.map(l => [l.state, JSON.stringify(l.error).slice(0, 300)])))

  a = await mk('a6')
  await payload.update({ collection: 'articles', id: a.id, locale: 'ru', draft: true, data: { title: 'ЧЕРНОВИК С ЗАМЕТКОЙ', changeHistory: [{ date: '2026-01-01T00:00:00.000Z', note: 'Изменено' }], _status: 'draft' } })
  job = await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', locale: 'ru', doc: { relationTo: 'articles', value: String(a.id) as never }, user: { relationTo: 'users', value: ed.id } }, waitUntil: new Date(Date.now() - 1000) })
  await payload.jobs.run({ allQueues: true, silent: true })
  j = await payload.findByID({ collection: 'payload-jobs', id: job.id })
  console.log('A6', await pub(a.id, 'ru'), j.hasError, JSON.stringify(j.log?.map(l => [l.state, JSON.stringify(l.error).slice(0, 300)])))

  const body = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', text: 'hi', version: 1, detail: 0, format: 0, mode: 'normal', style: '' }] }] } }
  a = await mk('a7')
  await tryIt('ru body note', () => payload.update({ collection: 'articles', id: a.id, locale: 'ru', data: { body: body as never, changeHistory: [{ date: new Date().toISOString(), note: 'Добавлено' }], _status: 'published' } }))
  await tryIt('ky title only', () => payload.update({ collection: 'articles', id: a.id, locale: 'ky', data: { title: 'Булак', _status: 'published' } }))
  await tryIt('ky body', () => payload.update({ collection: 'articles', id: a.id, locale: 'ky', data: { body: body as never, _status: 'published' } }))
  await tryIt('ky draft body', () => payload.update({ collection: 'articles', id: a.id, locale: 'ky', draft: true, data: { body: body as never, _status: 'draft' } }))
  console.log(await all(a.id))

  a = await mk('a8')
  await tryIt('ru note1', () => payload.update({ collection: 'articles', id: a.id, locale: 'ru', data: { title: 'Т1', changeHistory: [{ date: '2026-01-01T00:00:00.000Z', note: 'Первое' }], _status: 'published' } }))
  let d = await payload.findByID({ collection: 'articles', id: a.id, locale: 'uz', draft: true, depth: 0 })
  await tryIt('uz note translate', () => payload.update({ collection: 'articles', id: a.id, locale: 'uz', data: { title: 'T1 uz', changeHistory: (d.changeHistory ?? []).map(r => ({ ...r, note: 'Birinchi' })), _status: 'published' } }))
  console.log(await all(a.id))
  d = await payload.findByID({ collection: 'articles', id: a.id, locale: 'ru', draft: true, depth: 0 })
  await tryIt('ru note2 with existing rows', () => payload.update({ collection: 'articles', id: a.id, locale: 'ru', data: { title: 'Т2', changeHistory: [{ date: '2026-02-01T00:00:00.000Z', note: 'Второе' }, ...(d.changeHistory ?? [])], _status: 'published' } }))
  console.log(await all(a.id))
  await tryIt('uz title after 2nd', () => payload.update({ collection: 'articles', id: a.id, locale: 'uz', data: { title: 'T2 uz', _status: 'published' } }))
  await tryIt('uz changeHistory partial', () => payload.update({ collection: 'articles', id: a.id, locale: 'uz', data: { title: 'T2 uz', changeHistory: [], _status: 'published' } }))
  console.log(await all(a.id))
})
