import { hostCountries, purposes, type Situation, situationDates } from '../../content-models/rules/situation/types'
import { citizenships } from '../../content-models/taxonomy'
import { readerDay } from './dates'

/**
 * The reader's situation on their phone (issue 15): one localStorage key,
 * versioned JSON, never sent anywhere. What is read back is checked field by
 * field: a value written by another version, edited by hand or cut short is
 * ignored, never a crash.
 */

/** The one key the page writes. */
export const STORAGE_KEY = 'migrant-portal.my-situation'
/** Bump when the stored shape changes; older values are then ignored. */
export const STORAGE_VERSION = 1

interface Stored {
  v: typeof STORAGE_VERSION
  situation: Situation
}

/** The part of `Storage` used here, so tests pass a Map-backed fake. */
export type SituationStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** `value` as a situation, if it is one we could have written; undefined otherwise. */
export function validSituation(value: unknown): Situation | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const s = value as Record<string, unknown>
  if (!(hostCountries as readonly unknown[]).includes(s.host)) return undefined
  if (!(citizenships as readonly unknown[]).includes(s.citizenship)) return undefined
  if (!(purposes as readonly unknown[]).includes(s.purpose)) return undefined
  if (typeof s.dates !== 'object' || s.dates === null) return undefined
  const dates: Situation['dates'] = {}
  for (const key of situationDates) {
    const day = (s.dates as Record<string, unknown>)[key]
    if (day === undefined) continue
    if (!readerDay(day)) return undefined
    dates[key] = day
  }
  if (!dates.entry) return undefined
  return {
    host: s.host as Situation['host'],
    citizenship: s.citizenship as Situation['citizenship'],
    purpose: s.purpose as Situation['purpose'],
    dates,
  }
}

/** The saved situation, or undefined when there is none or it is not valid (storage blocked included). */
export function readSituation(storage: SituationStorage | undefined): Situation | undefined {
  try {
    const raw = storage?.getItem(STORAGE_KEY)
    if (!raw) return undefined
    const stored = JSON.parse(raw) as Partial<Stored>
    return stored?.v === STORAGE_VERSION ? validSituation(stored.situation) : undefined
  } catch {
    return undefined
  }
}

/** Saves the situation; false when the browser refuses (private mode, storage full, blocked). */
export function writeSituation(storage: SituationStorage | undefined, situation: Situation): boolean {
  try {
    if (!storage) return false
    storage.setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, situation } satisfies Stored))
    return true
  } catch {
    return false
  }
}

/** Removes the saved situation. */
export function clearSituation(storage: SituationStorage | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY)
  } catch {
    // Storage blocked: there is nothing of ours in it.
  }
}

/** The page's localStorage, or undefined where reading it throws (storage disabled). */
export function browserStorage(): SituationStorage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
