import type { GlobalAfterReadHook, GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/content'
import { SITE_LINK_PATTERN, urlField } from '../fields/common'
import { withRoleAccess } from '../fields/roleAccess'

/**
 * A banner being prepared (switched off) may be under embargo: anonymous
 * readers of the CMS API learn only that none is shown.
 */
const hideInactiveFromAnonymous: GlobalAfterReadHook = ({ doc, req, overrideAccess }) =>
  req.user || overrideAccess || doc?.active ? doc : { id: doc?.id, active: false, globalType: doc?.globalType }

/**
 * An urgent banner on every page in every language (a border closure, an
 * epidemic), shown until it expires. The running portal rebuilds the site at
 * the expiry time, so an expired alert disappears without anyone editing it.
 */
export const SiteAlert: GlobalConfig = {
  slug: 'site-alert',
  label: 'Site alert',
  access: { read: anyone, update: editorsOnly },
  hooks: { afterRead: [hideInactiveFromAnonymous] },
  fields: withRoleAccess([
    { name: 'active', type: 'checkbox', defaultValue: false, admin: { description: 'Show the banner.' } },
    {
      name: 'level',
      type: 'select',
      defaultValue: 'urgent',
      required: true,
      options: [
        { label: 'Urgent', value: 'urgent' },
        { label: 'Information', value: 'info' },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'Shown in each language that has a message; keep it to one or two sentences.' },
    },
    urlField('link', {
      admin: { description: 'Optional: where to read more (a full address, or a site path such as /ru/articles/…/).' },
      validate: (v: unknown) =>
        !v || SITE_LINK_PATTERN.test(String(v))
          ? true
          : 'Use a full address (https://…) or a path on this site starting with a single / (such as /ru/articles/…/), with no spaces.',
    } as never),
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm' },
        description: 'The banner disappears at this time.',
      },
    },
  ]),
}
