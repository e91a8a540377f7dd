import type { Payload, PayloadRequest } from 'payload'

import { type Locale, localeCodes, sourceLocale } from '../../content-models/locales'
import { sameJSON } from './compare'
import { docTypes } from './doc-types'
import type { Counts, Outcome } from './outcomes'
import type { ContentDir, GlossaryInput, RegionInput, TopicInput } from './read-content-dir'
import type { Id, StoredDoc } from './references'

/** Writes a slug-keyed list with one localized name field (topics, regions); returns the ids by slug. */
async function writeNamed(
  payload: Payload,
  req: PayloadRequest,
  collection: 'topics' | 'regions',
  nameField: 'title' | 'name',
  items: { slug: string; names: Partial<Record<Locale, string>>; extra?: Record<string, unknown> }[],
  report: Counts,
  onNew?: (slug: string) => void,
): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>()
  const stored = await payload.find({ collection, locale: 'all', limit: 0, depth: 0, req })
  const bySlug = new Map((stored.docs as unknown as StoredDoc[]).map((d) => [d.slug as string, d]))
  for (const item of items) {
    let doc = bySlug.get(item.slug)
    let outcome: Outcome = 'unchanged'
    const names = Object.keys(item.names).length > 0 ? item.names : { [sourceLocale]: item.slug }
    if (!doc) {
      if (Object.keys(item.names).length === 0) onNew?.(item.slug)
      const [first, ...rest] = localeCodes.filter((l) => names[l])
      doc = (await payload.create({
        collection,
        locale: first,
        data: { slug: item.slug, [nameField]: names[first], ...item.extra } as never,
        req,
      })) as unknown as StoredDoc
      for (const locale of rest)
        await payload.update({ collection, id: doc.id, locale, data: { [nameField]: names[locale] } as never, req })
      outcome = 'created'
    } else {
      const current = (doc[nameField] ?? {}) as Record<string, string>
      for (const locale of localeCodes) {
        if (item.names[locale] && current[locale] !== item.names[locale]) {
          await payload.update({
            collection,
            id: doc.id,
            locale,
            data: { [nameField]: item.names[locale] } as never,
            req,
          })
          outcome = 'updated'
        }
      }
      const extra = Object.entries(item.extra ?? {})
      if (extra.some(([key, value]) => doc![key] !== value)) {
        await payload.update({ collection, id: doc.id, data: item.extra as never, req })
        outcome = 'updated'
      }
    }
    report[outcome]++
    ids.set(item.slug, doc.id)
  }
  return ids
}

/**
 * Writes the topics of topics.yml and every other topic a document names, so
 * an author can tag a document before anyone has titled the topic; such a
 * topic gets its slug as title and is passed to `onNew`.
 */
export async function writeTopics(
  payload: Payload,
  req: PayloadRequest,
  content: ContentDir,
  report: Counts,
  onNew: (slug: string) => void,
): Promise<Map<string, Id>> {
  const topics: TopicInput[] = [...content.topics]
  for (const type of docTypes) {
    for (const doc of content[type.key]) {
      for (const slug of (doc.shared.topics as string[]) ?? []) {
        if (!topics.some((t) => t.slug === slug)) topics.push({ slug, titles: {} })
      }
    }
  }
  const items = topics.map((t) => ({ slug: t.slug, names: t.titles }))
  return writeNamed(payload, req, 'topics', 'title', items, report, onNew)
}

/** Writes the regions of regions.yml; returns their ids by slug. */
export async function writeRegions(
  payload: Payload,
  req: PayloadRequest,
  regions: RegionInput[],
  report: Counts,
): Promise<Map<string, Id>> {
  const items = regions.map((r) => ({ slug: r.slug, names: r.names, extra: { country: r.country } }))
  return writeNamed(payload, req, 'regions', 'name', items, report)
}

/** Writes the glossary terms, matched by concept key, saving only the languages that changed. */
export async function writeGlossary(
  payload: Payload,
  req: PayloadRequest,
  glossary: GlossaryInput[],
  report: Counts,
): Promise<void> {
  if (glossary.length === 0) return
  // Every stored term at once, in every language: one query, not one per concept.
  const stored = await payload.find({ collection: 'glossary-terms', locale: 'all', limit: 0, depth: 0, req })
  const byKey = new Map((stored.docs as unknown as StoredDoc[]).map((d) => [d.key as string, d]))
  for (const entry of glossary) {
    const existing = byKey.get(entry.key)
    const current = (existing?.terms ?? {}) as Record<string, string[] | null>
    const locales = localeCodes.filter((l) => entry.terms[l] && !sameJSON(current[l], entry.terms[l]))
    let id = existing?.id
    for (const locale of locales) {
      const data = { key: entry.key, terms: entry.terms[locale] }
      if (id === undefined) id = (await payload.create({ collection: 'glossary-terms', locale, data, req })).id
      else await payload.update({ collection: 'glossary-terms', id, locale, data, req })
    }
    report[!existing ? 'created' : locales.length > 0 ? 'updated' : 'unchanged']++
  }
}

/** Writes the site alert, saving only the languages whose message or settings changed. */
export async function writeAlert(
  payload: Payload,
  req: PayloadRequest,
  alert: NonNullable<ContentDir['alert']>,
): Promise<Outcome> {
  let outcome: Outcome = 'unchanged'
  const shared = { active: alert.active, level: alert.level, expiresAt: alert.expiresAt, link: alert.link ?? null }
  for (const locale of localeCodes.filter((l) => alert.message[l])) {
    const current = (await payload.findGlobal({
      slug: 'site-alert',
      locale,
      fallbackLocale: false,
      depth: 0,
      req,
    })) as unknown as StoredDoc
    const data = { ...shared, message: alert.message[locale] }
    if (Object.entries(data).every(([k, v]) => sameJSON(current[k], v))) continue
    await payload.updateGlobal({ slug: 'site-alert', locale, data: data as never, req })
    outcome = 'updated'
  }
  return outcome
}
