import type { APIRoute } from 'astro'

import { eventsFile } from '../../../../api/v1'
import { json } from '../../../../api/respond'
import { localeParam, localePaths } from '../../../../utils/page'

export function getStaticPaths() {
  return localePaths()
}

export const GET: APIRoute = ({ params }) => json(eventsFile(localeParam(params)))
