import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { readReportAhead, translationReport } from '../../cms/translation-report'
import { importDir } from '../../scripts/content/import-dir'
import { draftArticle } from '../helpers/articles'
import { fixture, freshPayload } from '../helpers/payload'

/*
 * The editorial dashboard's report reads every translated document's titles
 * and dates once per process and then only what was saved since; the admin's
 * server reads them ahead, so the first editor to open the dashboard does not
 * wait for that read (1.5 s at 3,000 articles: docs/performance.md).
 */

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
  await importDir(payload, fixture('valid'))
}, 120_000)

/** The collections the Local API reads documents of during `run`. */
async function documentsRead(run: () => Promise<unknown>): Promise<string[]> {
  const find = vi.spyOn(payload, 'find')
  try {
    await run()
    return find.mock.calls.map(([args]) => args.collection)
  } finally {
    find.mockRestore()
  }
}

describe('the editorial dashboard’s report', () => {
  it('is read ahead: the first dashboard then reads only its page of overdue reviews', async () => {
    const ahead = await documentsRead(() => readReportAhead(payload))
    // Every translated collection, latest and published versions.
    expect(ahead).toEqual(expect.arrayContaining(['articles', 'events', 'help-centres']))
    const first = await documentsRead(() => translationReport(payload, { overdue: { page: 1, limit: 10 } }))
    expect(first).toEqual(['articles'])
  })

  it('reads again, after a save, only the document saved', async () => {
    const find = vi.spyOn(payload, 'find')
    try {
      const saved = await draftArticle(payload, { title: 'Черновик: новый срок' })
      find.mockClear()
      const report = await translationReport(payload, { overdue: { page: 1, limit: 10 } })
      // The saved document, and the one saved last before the report before (read again: a save in the same millisecond is not missed).
      const ids = find.mock.calls
        .filter(([args]) => args.collection === 'articles' && args.where && 'id' in args.where)
        .map(([args]) => (args.where as { id: { in: number[] } }).id.in)
      expect(ids).toHaveLength(2)
      for (const read of ids) expect(read.length === 2 && read.includes(saved.id)).toBe(true)
      // The report shows it as saved.
      expect(report.rows.find((r) => r.id === saved.id)?.title).toBe('Черновик: новый срок')
    } finally {
      find.mockRestore()
    }
  })
})
