import type { APIRoute } from 'astro'

import { htmlLang, localeInfo } from '../../../content-models/locales'
import { useTranslations } from '../../i18n'
import { webAppManifest } from '../../offline/manifest'
import { localeParam, localePaths } from '../../utils/page'

/** One installable web app per language: "Add to home screen" opens the reader's language, not the site's. */
export function getStaticPaths() {
  return localePaths()
}

export const GET: APIRoute = ({ params }) => {
  const locale = localeParam(params)
  const t = useTranslations(locale)
  const manifest = webAppManifest({
    locale,
    lang: htmlLang[locale],
    dir: localeInfo(locale).dir,
    name: t('site.name'),
    shortName: t('offline.appShortName'),
    description: t('site.tagline'),
  })
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } })
}
