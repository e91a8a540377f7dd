import type { Payload } from 'payload'

import type { Counts, Outcome } from './outcomes'
import { readContentDir } from './read-content-dir'
import { type WriteOptions, type WriteReport, writeContent } from './write-content'

/** Reads, validates and writes a content directory; all or nothing. */
export async function importDir(payload: Payload, dir: string, options: WriteOptions = {}): Promise<WriteReport> {
  const content = await readContentDir(dir)
  return writeContent(payload, content, options)
}

const total = (c: Counts) => c.created + c.updated + c.unchanged

/** The one-line summary printed at the end of an import or seed. */
export function summarize(report: WriteReport): string {
  const part = (c: Counts, what: string, detail = true) =>
    total(c) === 0
      ? []
      : [
          `${total(c)} ${what}${detail ? ` (${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged)` : ''}`,
        ]
  return [
    ...part(report.articles, 'articles'),
    `${report.translations} translations`,
    ...part(report.events, 'events'),
    ...part(report.helpCentres, 'help centres'),
    ...part(report.steps, 'situation steps'),
    ...part(report.citizenshipGroups, 'citizenship groups', false),
    ...part(report.holidayCalendars, 'holiday calendars', false),
    `${total(report.topics)} topics (${report.topics.created} created, ${report.topics.updated} updated)`,
    ...part(report.regions, 'regions', false),
    ...(total(report.glossary) > 0
      ? [
          `${total(report.glossary)} glossary terms (${report.glossary.created} created, ${report.glossary.updated} updated)`,
        ]
      : []),
    ...(report.alert ? [`site alert ${report.alert}`] : []),
    ...(report.publisher ? [`publisher ${report.publisher}`] : []),
  ].join(', ')
}

/** The progress line printed per document by an import or seed. */
export function progressLine(folder: string, slug: string, outcome: Outcome, locales: string[]): string {
  return `  ${outcome.padEnd(9)} ${folder}/${slug} (${locales.join(', ')})`
}
