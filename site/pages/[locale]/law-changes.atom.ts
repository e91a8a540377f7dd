import type { APIRoute } from 'astro'

import { type Locale, localeCodes } from '../../../content-models/locales'
import { lawChangesAtom } from '../../api/feeds'

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

export const GET: APIRoute = ({ params }) =>
  new Response(lawChangesAtom(params.locale as Locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
