import fs from 'node:fs'

import { parse } from 'yaml'

import { isLocale, type Locale } from '../../content-models/locales'

export const categories = ['exact', 'inflected', 'keyboard', 'cross-script', 'colloquial', 'cross-language'] as const
export type Category = (typeof categories)[number]

export interface LabelledQuery {
  locale: Locale
  query: string
  category: Category
  /** Right answers: a hit is any of them among the first three results. */
  expect: string[]
  note?: string
}

/** The labelled query set (tests/search/queries.yml), validated. */
export function loadQueries(file = new URL('./queries.yml', import.meta.url)): LabelledQuery[] {
  const items = parse(fs.readFileSync(file, 'utf8')) as unknown[]
  return items.map((item, i) => {
    const q = item as LabelledQuery
    if (
      !isLocale(q.locale) ||
      !q.query ||
      !(categories as readonly string[]).includes(q.category) ||
      !q.expect?.length
    ) {
      throw new Error(`tests/search/queries.yml item ${i + 1} is malformed: ${JSON.stringify(item)}`)
    }
    return q
  })
}
