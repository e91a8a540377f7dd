/** What an import did to one document, term or list entry. */
export type Outcome = 'created' | 'updated' | 'unchanged'

export type Counts = Record<Outcome, number>

/** A tally with nothing counted yet. */
export const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 })
