import type { APIRoute } from 'astro'

import { updatesAtom } from '../../api/feeds'
import { localeParam, localePaths } from '../../utils/page'

export function getStaticPaths() {
  return localePaths()
}

export const GET: APIRoute = ({ params }) =>
  new Response(updatesAtom(localeParam(params)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
