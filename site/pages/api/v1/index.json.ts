import type { APIRoute } from 'astro'

import { localeCodes } from '../../../../content-models/locales'
import { API_VERSION } from '../../../api/v1'
import { json } from '../../../api/respond'
import { schemas } from '../../../api/schemas'
import { buildTime } from '../../../utils/content'
import { API_PAGE_SIZE } from '../../../utils/pagination'

/**
 * The entry point: which languages and files exist, and where their schemas
 * are. The articles and law-changes lists come page by page: each file says its
 * `page` and `totalPages` and names the `next` one (null on the last).
 */
export const GET: APIRoute = () =>
  json({
    version: API_VERSION,
    generatedAt: buildTime().toISOString(),
    languages: localeCodes,
    pageSize: API_PAGE_SIZE,
    files: {
      articles: '/api/v1/{language}/articles.json',
      articlesPage: '/api/v1/{language}/articles/page/{page}.json',
      lawChanges: '/api/v1/{language}/law-changes.json',
      lawChangesPage: '/api/v1/{language}/law-changes/page/{page}.json',
      article: '/api/v1/{language}/articles/{slug}.json',
      events: '/api/v1/{language}/events.json',
      helpCentres: '/api/v1/{language}/help-centres.json',
    },
    schemas: Object.fromEntries(Object.keys(schemas).map((name) => [name, `/api/v1/schemas/${name}.json`])),
    feeds: {
      lawChanges: '/{language}/law-changes.atom',
      updates: '/{language}/updates.atom',
      events: '/{language}/events.ics',
    },
  })
