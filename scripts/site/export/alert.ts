import type { Payload } from 'payload'

import type { Locale } from '../../../content-models/locales'
import { isAlertShown } from '../../../content-models/rules/siteAlert'
import type { SiteAlertData } from '../../../site/data/types'
import { str } from './read'

/**
 * The urgent banner as of `now`: undefined when it is switched off, has
 * expired, or says nothing in any language. Its languages without a message
 * are left out so the site shows none there rather than an empty banner.
 */
export async function readAlert(payload: Payload, now: Date): Promise<SiteAlertData | undefined> {
  const alert = await payload.findGlobal({ slug: 'site-alert', locale: 'all', overrideAccess: false, depth: 0 })
  const messages = (alert.message ?? {}) as Partial<Record<Locale, string | null>>
  const shown =
    isAlertShown(alert as { active?: boolean; expiresAt?: string }, now) && Object.values(messages).some(Boolean)
  if (!shown) return undefined
  return {
    level: (alert.level as 'urgent' | 'info') ?? 'urgent',
    expiresAt: alert.expiresAt as string,
    link: str(alert.link),
    messages: Object.fromEntries(Object.entries(messages).filter(([, m]) => m)) as Partial<Record<Locale, string>>,
  }
}
