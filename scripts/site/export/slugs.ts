import type { Id } from './read'

/**
 * The CMS links documents by id, the site by slug. Only published documents
 * are indexed, so a link to anything else resolves to nothing and is dropped.
 */
export class SlugIndex {
  private readonly byId: Map<string, string>

  constructor(items: Map<Id, { slug: string }>) {
    // Keyed by string: a relationship may hold the id as a string where the document has a number.
    this.byId = new Map([...items].map(([id, item]) => [String(id), item.slug]))
  }

  /** The slug of the document `id` names, if the site shows it. */
  of(id: Id | undefined): string | undefined {
    return id === undefined ? undefined : this.byId.get(String(id))
  }

  /** The slugs of the documents among `ids` that the site shows, in order. */
  all(ids: readonly (Id | undefined)[]): string[] {
    return ids.map((id) => this.of(id)).filter((s): s is string => Boolean(s))
  }
}

/** Every collection another document can point to. */
export interface Slugs {
  topics: SlugIndex
  regions: SlugIndex
  articles: SlugIndex
  helpCentres: SlugIndex
}
