import type { Translate } from '../i18n'

/*
 * Lists that grow with the corpus (all articles, a topic, law changes, their
 * JSON files) are cut into numbered pages of a fixed size, so no page a reader
 * or a partner downloads grows with the number of articles. Pure: no snapshot,
 * no Astro.
 */

/** Items on one page of a reader's list (the all-articles list, a topic, law changes). */
export const LIST_PAGE_SIZE = 50
/** Items in one file of a paginated JSON list (`/api/v1/<lang>/articles.json` and its pages). */
export const API_PAGE_SIZE = 50
/** The newest law changes the home page shows, with a link to all of them. */
export const HOME_LAW_CHANGES = 3
/** The soonest upcoming events the home page shows. */
export const HOME_EVENTS = 3

/** One page of a list. */
export interface Page<T> {
  /** 1-based. */
  page: number
  totalPages: number
  /** How many items the whole list has. */
  totalItems: number
  /** Position of this page's first item in the whole list (0-based). */
  start: number
  items: T[]
}

/** How many pages `totalItems` make: always at least one, so an empty list still has its (empty) first page. */
export function pageCount(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize))
}

/** Every page of `items`, in order: each item is on exactly one page. */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  const totalPages = pageCount(items.length, pageSize)
  return Array.from({ length: totalPages }, (_, i) => ({
    page: i + 1,
    totalPages,
    totalItems: items.length,
    start: i * pageSize,
    items: items.slice(i * pageSize, (i + 1) * pageSize),
  }))
}

/**
 * The page numbers a pager links to from page `page`: the first and the last,
 * this one and its neighbours, and `null` where a run of pages is left out (a
 * gap of a single page shows that page instead). As GOV.UK's pagination.
 */
export function pageNumbers(page: number, totalPages: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, totalPages])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  const out: (number | null)[] = []
  let last = 0
  for (const n of shown) {
    if (n - last === 2) out.push(last + 1)
    else if (n - last > 2) out.push(null)
    out.push(n)
    last = n
  }
  return out
}

/**
 * The page of a list to offer in language `other`, from page `page` of the
 * same list in `own`: this very page in its own language, the first page in
 * the others. Their lists hold other items and have other lengths, so their
 * page 3 is not this page and may not exist (and a page that named it would
 * have to be rebuilt whenever another language's list grew or shrank).
 */
export function alternatePage(page: number, own: string | undefined, other: string): number {
  return other === own ? page : 1
}

/** A list page's title: the list's own, then "Page 2 of 14" after the first page, so every page's `<title>` differs. */
export function listTitle(title: string, current: Pick<Page<unknown>, 'page' | 'totalPages'>, t: Translate): string {
  return current.page > 1
    ? `${title} (${t('pagination.status', { page: current.page, total: current.totalPages })})`
    : title
}
