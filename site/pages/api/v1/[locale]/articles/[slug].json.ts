import type { APIRoute } from 'astro'

import { json } from '../../../../../api/respond'
import { articleFile } from '../../../../../api/v1'
import type { SiteArticle } from '../../../../../data/types'
import { siteContent } from '../../../../../data/snapshot'
import { localeParam, translatedPaths } from '../../../../../utils/page'

/** One file per published translation, like the article pages. */
export function getStaticPaths() {
  return translatedPaths(siteContent().articles, (article) => ({ article }))
}

export const GET: APIRoute = ({ params, props }) =>
  json(articleFile((props as { article: SiteArticle }).article, localeParam(params)))
