import type { Payload } from 'payload'

import type { SiteContent } from '../../site/data/types'
import { readAlert } from './export/alert'
import { articleHref, articles } from './export/articles'
import { type PendingBody, renderBodies } from './export/bodies'
import { events } from './export/events'
import { helpCentres } from './export/help-centres'
import { type ExportMemory, listDates } from './export/memory'
import { readPublisher } from './export/publisher'
import { readSituation } from './export/situation'
import { SlugIndex } from './export/slugs'
import { readGlossary, readRegions, readTopics } from './export/taxonomy'
import { readTranslated } from './export/translated'

/**
 * Reads everything the public site shows, as an anonymous reader would
 * (`overrideAccess: false`, no user), one locale at a time with no fallback:
 * a draft or an unpublished translation cannot reach the site because the API
 * itself refuses to return it. One mapper per collection lives in `export/`.
 * With the `memory` of an earlier export by this process, the translated
 * collections read only the documents saved since (export/memory.ts); the
 * snapshot is the same.
 */
export async function exportContent(
  payload: Payload,
  now: Date = new Date(),
  memory?: ExportMemory,
): Promise<SiteContent> {
  try {
    return await readContent(payload, now, memory)
  } catch (error) {
    // Items remembered by this export may still wait for their bodies: the next one reads everything.
    memory?.forget()
    throw error
  }
}

async function readContent(payload: Payload, now: Date, memory?: ExportMemory): Promise<SiteContent> {
  const topics = await readTopics(payload)
  const regions = await readRegions(payload)
  if (memory) {
    for (const collection of ['topics', 'regions'] as const)
      memory.seeDocuments(collection, await listDates(payload, collection, 'createdAt'))
  }
  const glossary = await readGlossary(payload)
  const bodies: PendingBody[] = []
  const articleItems = await readTranslated(payload, articles, bodies, memory)
  // Centres' and events' bodies link to articles: when the articles were all read again, so are they.
  const centreItems = await readTranslated(payload, helpCentres, bodies, memory, articleItems.readAll)
  // An event's help centre is dropped while the centre is published in no language (dropDraftReferences).
  const eventItems = await readTranslated(payload, events, bodies, memory, articleItems.readAll || centreItems.readAll)
  // Only now is every article known, so links between articles resolve.
  renderBodies(bodies, articleHref(articleItems.items))
  const slugs = {
    topics: new SlugIndex(topics),
    regions: new SlugIndex(regions),
    articles: new SlugIndex(articleItems.items),
    helpCentres: new SlugIndex(centreItems.items),
  }
  for (const read of [articleItems, eventItems, centreItems]) read.link(slugs)
  return {
    generatedAt: now.toISOString(),
    topics: [...topics.values()],
    regions: [...regions.values()],
    articles: [...articleItems.items.values()],
    events: [...eventItems.items.values()].sort((a, b) => a.start.localeCompare(b.start)),
    helpCentres: [...centreItems.items.values()],
    glossary: [...glossary.values()],
    alert: await readAlert(payload, now),
    publisher: await readPublisher(payload),
    situation: await readSituation(payload, articleItems.items),
  }
}
