import type { APIRoute } from 'astro'

import { type Locale, localeCodes } from '../../../../../content-models/locales'
import { helpCentresFile } from '../../../../api/v1'
import { json } from '../../../../api/respond'

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

export const GET: APIRoute = ({ params }) => json(helpCentresFile(params.locale as Locale))
