import type { APIRoute } from 'astro'

import { type Locale, localeCodes } from '../../../content-models/locales'
import { updatesAtom } from '../../api/feeds'

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

export const GET: APIRoute = ({ params }) =>
  new Response(updatesAtom(params.locale as Locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
