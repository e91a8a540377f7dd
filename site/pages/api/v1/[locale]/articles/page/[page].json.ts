import type { APIRoute } from 'astro'

import { localeCodes } from '../../../../../../../content-models/locales'
import { json } from '../../../../../../api/respond'
import { articlesFile, articlesFileCount } from '../../../../../../api/v1'
import { localeParam } from '../../../../../../utils/page'

/** The articles after the first file's (articles.json): pages 2, 3… of the list, as its `next` links name them. */
export function getStaticPaths() {
  return localeCodes.flatMap((locale) =>
    Array.from({ length: articlesFileCount(locale) - 1 }, (_, i) => ({ params: { locale, page: String(i + 2) } })),
  )
}

export const GET: APIRoute = ({ params }) => json(articlesFile(localeParam(params), Number(params.page)))
