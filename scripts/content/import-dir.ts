import type { Payload } from 'payload'

import { readContentDir } from './read-content-dir'
import { type Outcome, type WriteOptions, type WriteReport, writeContent } from './write-content'

/** Reads, validates and writes a content directory; all or nothing. */
export async function importDir(payload: Payload, dir: string, options: WriteOptions = {}): Promise<WriteReport> {
  const content = await readContentDir(dir)
  return writeContent(payload, content, options)
}

/** The one-line summary printed at the end of an import or seed. */
export function summarize(report: WriteReport): string {
  const a = report.articles
  const t = report.topics
  const g = report.glossary
  return (
    `${a.created + a.updated + a.unchanged} articles (${a.created} created, ${a.updated} updated, ${a.unchanged} unchanged), ` +
    `${report.translations} translations, ${t.created + t.updated + t.unchanged} topics (${t.created} created, ${t.updated} updated)` +
    (g.created + g.updated + g.unchanged > 0
      ? `, ${g.created + g.updated + g.unchanged} glossary terms (${g.created} created, ${g.updated} updated)`
      : '')
  )
}

/** The progress line printed per article by an import or seed. */
export function progressLine(slug: string, outcome: Outcome, locales: string[]): string {
  return `  ${outcome.padEnd(9)} ${slug} (${locales.join(', ')})`
}
