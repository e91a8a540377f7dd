import type { Payload, PayloadRequest } from 'payload'

import { EMAIL_PATTERN } from '../../content-models/fields/common'
import { Publisher } from '../../content-models/globals/Publisher'
import { type Locale, localeCodes } from '../../content-models/locales'
import { sameJSON } from './compare'
import { maxLengthOf } from './field-limits'
import { phone, url } from './field-rules'
import type { Outcome } from './outcomes'
import type { Problem } from './problems'
import { localeTexts } from './yaml-maps'

/** `publisher.yml`: who publishes the portal (docs/content-formats.md, "Publisher"). */
export interface PublisherInput {
  name: Partial<Record<Locale, string>>
  about: Partial<Record<Locale, string>>
  phone?: string
  email?: string
  website?: string
}

const FILE = 'publisher.yml'
const KNOWN = ['name', 'about', 'phone', 'email', 'website']

/**
 * Checks the parsed `publisher.yml` map; every problem names the file, the
 * field and, for texts, the locale.
 */
export function publisherInput(data: Record<string, unknown>, problems: Problem[]): PublisherInput {
  const at = (field: string, message: string) => problems.push({ file: FILE, field, message })
  for (const key of Object.keys(data)) if (!KNOWN.includes(key)) at(key, `unknown field (known: ${KNOWN.join(', ')})`)
  const texts = (field: 'name' | 'about', max: number, multiLine: boolean) => {
    const value = data[field]
    if (value === undefined) return {}
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      at(field, 'must map locales to text, e.g. { ru: …, en: … }')
      return {}
    }
    return localeTexts(FILE, field, value as Record<string, unknown>, problems, {
      notText: 'must be text',
      max,
      multiLine,
    })
  }
  const name = texts('name', maxLengthOf(Publisher, 'name'), false)
  if (Object.keys(name).length === 0 && data.name === undefined)
    at('name', 'is required: the organisation’s name, e.g. { ru: …, en: … }')
  const shared = (field: 'phone' | 'website', rule: ReturnType<typeof phone>) => {
    if (data[field] === undefined) return undefined
    const result = rule.coerce(data[field])
    if ('problem' in result) at(field, result.problem)
    return 'value' in result ? (result.value as string) : undefined
  }
  const email = data.email === undefined ? undefined : String(data.email).trim()
  if (email !== undefined && !EMAIL_PATTERN.test(email))
    at('email', `"${email}" is not an email address alone (e.g. info@example.org; no spaces or ? & % # /)`)
  return {
    name,
    about: texts('about', maxLengthOf(Publisher, 'about'), true),
    phone: shared('phone', phone()),
    email,
    website: shared('website', url()),
  }
}

/** Writes the Publisher setting, saving only the languages whose text or contacts changed. */
export async function writePublisher(payload: Payload, req: PayloadRequest, input: PublisherInput): Promise<Outcome> {
  let outcome: Outcome = 'unchanged'
  const shared = { phone: input.phone ?? null, email: input.email ?? null, website: input.website ?? null }
  const locales = localeCodes.filter((l) => input.name[l] || input.about[l])
  for (const locale of locales) {
    const current = (await payload.findGlobal({
      slug: 'publisher',
      locale,
      fallbackLocale: false,
      depth: 0,
      req,
    })) as unknown as Record<string, unknown>
    const data = { ...shared, name: input.name[locale] ?? null, about: input.about[locale] ?? null }
    if (Object.entries(data).every(([k, v]) => sameJSON(current[k] ?? null, v))) continue
    await payload.updateGlobal({ slug: 'publisher', locale, data: data as never, req })
    outcome = 'updated'
  }
  return outcome
}
