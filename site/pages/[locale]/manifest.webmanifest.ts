import type { APIRoute } from 'astro'

import { htmlLang, type Locale, localeCodes, localeInfo } from '../../../content-models/locales'
import { useTranslations } from '../../i18n'
import { webAppManifest } from '../../offline/manifest'

/** One installable web app per language: "Add to home screen" opens the reader's language, not the site's. */
export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }))
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale
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
