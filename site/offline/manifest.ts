import type { Locale } from '../../content-models/locales'
import { urls } from '../utils/urls'

/** The site's blue (header, icon) and page background: the colours an installed app starts in. */
export const THEME_COLOR = '#0b5cad'
const BACKGROUND_COLOR = '#ffffff'

/** The PNG icons made once from static/favicon.svg by site/offline/make-icons.ts. */
const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const

export interface ManifestInput {
  locale: Locale
  /** BCP 47, as in `<html lang>`. */
  lang: string
  dir: 'ltr' | 'rtl'
  name: string
  shortName: string
  description: string
}

/**
 * A language's web app manifest: its own id, start URL and scope, so each
 * language installs as its own app that opens, and stays, in that language.
 */
export function webAppManifest(m: ManifestInput) {
  const home = urls.home(m.locale)
  return {
    id: home,
    name: m.name,
    short_name: m.shortName,
    description: m.description,
    lang: m.lang,
    dir: m.dir,
    start_url: home,
    scope: home,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS,
  }
}
