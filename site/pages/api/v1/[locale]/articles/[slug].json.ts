import type { APIRoute } from 'astro'

import { type Locale, localeCodes } from '../../../../../../content-models/locales'
import { json } from '../../../../../api/respond'
import { articleFile } from '../../../../../api/v1'
import type { SiteArticle } from '../../../../../data/types'
import { siteContent } from '../../../../../utils/content'

/** One file per published translation, like the article pages. */
export function getStaticPaths() {
  return siteContent().articles.flatMap((article) =>
    localeCodes
      .filter((locale) => article.translations[locale])
      .map((locale) => ({ params: { locale, slug: article.slug }, props: { article } })),
  )
}

export const GET: APIRoute = ({ params, props }) =>
  json(articleFile((props as { article: SiteArticle }).article, params.locale as Locale))
