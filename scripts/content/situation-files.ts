import type { Payload, PayloadRequest } from 'payload'

import { CitizenshipGroups } from '../../content-models/collections/CitizenshipGroups'
import { SLUG_PATTERN } from '../../content-models/fields/slug'
import { type Locale, localeCodes, sourceLocale } from '../../content-models/locales'
import { isRealDate } from '../../content-models/rules/calendarDate'
import { parseDayLines } from '../../content-models/rules/situation/holidayLines'
import { type HostCountry, hostCountries } from '../../content-models/rules/situation/types'
import { type Citizenship, citizenships } from '../../content-models/taxonomy'
import { sameJSON } from './compare'
import { maxLengthOf } from './field-limits'
import type { Counts } from './outcomes'
import type { Problem } from './problems'
import { localeTexts } from './yaml-maps'
import type { Id, StoredDoc } from './references'

/**
 * The "My situation" data files (docs/content-formats.md): citizenship groups
 * (`citizenship-groups.yml`) and official holiday calendars (`holidays.yml`).
 * The steps themselves are a document type (types/step.ts).
 */

/** One group of `citizenship-groups.yml`: `eaeu: { members: [am, by, kz, kg], names: { ru: ЕАЭС, … } }`. */
export interface CitizenshipGroupInput {
  slug: string
  members: Citizenship[]
  names: Partial<Record<Locale, string>>
}

/** One country's year of `holidays.yml`: `ru: { 2026: { holidays: […], workingWeekends: […] } }`. */
export interface HolidayCalendarInput {
  country: HostCountry
  year: number
  holidays: string[]
  workingWeekends: string[]
}

const GROUPS_FILE = 'citizenship-groups.yml'
const HOLIDAYS_FILE = 'holidays.yml'
const isMap = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v)

/** Checks the parsed `citizenship-groups.yml`; every problem names the file, the group's field and, for names, the locale. */
export function citizenshipGroupsInput(data: Record<string, unknown>, problems: Problem[]): CitizenshipGroupInput[] {
  const groups: CitizenshipGroupInput[] = []
  const at = (field: string, message: string, locale?: string) =>
    problems.push({ file: GROUPS_FILE, field, message, ...(locale ? { locale } : {}) })
  for (const [slug, value] of Object.entries(data)) {
    if (!SLUG_PATTERN.test(slug)) {
      at(slug, 'is not a valid group slug (lowercase latin letters, digits, single hyphens)')
      continue
    }
    if (!isMap(value)) {
      at(slug, 'must be { members: [am, by, kz, kg], names: { ru: …, en: … } }')
      continue
    }
    for (const key of Object.keys(value))
      if (key !== 'members' && key !== 'names') at(`${slug}.${key}`, 'unknown field (known: members, names)')
    const members = value.members
    const unknown = Array.isArray(members)
      ? members.filter((m) => !(citizenships as readonly unknown[]).includes(m))
      : []
    if (!Array.isArray(members) || members.length === 0)
      at(
        `${slug}.members`,
        `must be a non-empty list of citizenships, e.g. [am, by] (any of ${citizenships.join(', ')})`,
      )
    else if (unknown.length)
      at(
        `${slug}.members`,
        `unknown citizenship ${unknown.map((u) => `"${String(u)}"`).join(', ')} (use any of ${citizenships.join(', ')})`,
      )
    const names = isMap(value.names)
      ? localeTexts(GROUPS_FILE, `${slug}.names`, value.names, problems, {
          notText: 'must be text',
          max: maxLengthOf(CitizenshipGroups, 'name'),
        })
      : (at(`${slug}.names`, 'must map locales to names, e.g. { ru: ЕАЭС, en: EAEU }'), {})
    if (isMap(value.names) && !names[sourceLocale])
      at(`${slug}.names`, `needs a name in the source language (${sourceLocale})`, sourceLocale)
    groups.push({ slug, members: [...new Set((members as Citizenship[]) ?? [])], names })
  }
  return groups
}

/** A list of days of `year` in `holidays.yml`; each bad day is a problem naming `country.year.field`. */
function dayList(value: unknown, year: number, field: string, problems: Problem[]): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    problems.push({
      file: HOLIDAYS_FILE,
      field,
      message: `must be a list of days, e.g. [${year}-01-01, ${year}-01-02]`,
    })
    return []
  }
  const days: string[] = []
  for (const item of value) {
    const d = typeof item === 'string' ? item.trim() : String(item)
    if (!isRealDate(d))
      problems.push({ file: HOLIDAYS_FILE, field, message: `"${d}" is not a real day (use YYYY-MM-DD)` })
    else if (Number(d.slice(0, 4)) !== year)
      problems.push({ file: HOLIDAYS_FILE, field, message: `${d} is not in ${year}; put it under ${d.slice(0, 4)}` })
    else days.push(d)
  }
  return [...new Set(days)].sort()
}

/** Checks the parsed `holidays.yml`: country → year → { holidays, workingWeekends }. */
export function holidaysInput(data: Record<string, unknown>, problems: Problem[]): HolidayCalendarInput[] {
  const calendars: HolidayCalendarInput[] = []
  const at = (field: string, message: string) => problems.push({ file: HOLIDAYS_FILE, field, message })
  for (const [country, years] of Object.entries(data)) {
    if (!(hostCountries as readonly string[]).includes(country)) {
      at(country, `unknown country (use one of ${hostCountries.join(', ')})`)
      continue
    }
    if (!isMap(years)) {
      at(country, 'must map years to { holidays: [...], workingWeekends: [...] }')
      continue
    }
    for (const [yearKey, lists] of Object.entries(years)) {
      const year = Number(yearKey)
      const field = `${country}.${yearKey}`
      if (!/^\d{4}$/.test(yearKey) || year < 2000 || year > 2100) {
        at(field, 'is not a year (use four digits, 2000–2100)')
        continue
      }
      if (!isMap(lists)) {
        at(field, 'must be { holidays: [...], workingWeekends: [...] }')
        continue
      }
      for (const key of Object.keys(lists))
        if (key !== 'holidays' && key !== 'workingWeekends')
          at(`${field}.${key}`, 'unknown field (known: holidays, workingWeekends)')
      calendars.push({
        country: country as HostCountry,
        year,
        holidays: dayList(lists.holidays, year, `${field}.holidays`, problems),
        workingWeekends: dayList(lists.workingWeekends, year, `${field}.workingWeekends`, problems),
      })
    }
  }
  return calendars
}

/** Writes the citizenship groups, matched by slug, saving only what changed; returns every stored group's id by slug. */
export async function writeCitizenshipGroups(
  payload: Payload,
  req: PayloadRequest,
  groups: CitizenshipGroupInput[],
  report: Counts,
): Promise<Map<string, Id>> {
  const stored = await payload.find({ collection: 'citizenship-groups', locale: 'all', limit: 0, depth: 0, req })
  const bySlug = new Map((stored.docs as unknown as StoredDoc[]).map((d) => [d.slug as string, d]))
  const ids = new Map([...bySlug].map(([slug, d]) => [slug, d.id]))
  for (const group of groups) {
    const existing = bySlug.get(group.slug)
    const current = (existing?.name ?? {}) as Record<string, string | null>
    const locales = localeCodes.filter((l) => group.names[l] && current[l] !== group.names[l])
    const membersChanged =
      !existing || !sameJSON([...((existing.members as string[]) ?? [])].sort(), [...group.members].sort())
    let id = existing?.id
    for (const locale of locales) {
      const data = { slug: group.slug, members: group.members, name: group.names[locale]! }
      if (id === undefined) id = (await payload.create({ collection: 'citizenship-groups', locale, data, req })).id
      else await payload.update({ collection: 'citizenship-groups', id, locale, data, req })
    }
    if (id !== undefined && membersChanged && locales.length === 0)
      await payload.update({ collection: 'citizenship-groups', id, data: { members: group.members }, req })
    if (id !== undefined) ids.set(group.slug, id)
    report[!existing ? 'created' : locales.length > 0 || membersChanged ? 'updated' : 'unchanged']++
  }
  return ids
}

/** Writes the holiday calendars, matched by country and year, saving only what changed. */
export async function writeHolidayCalendars(
  payload: Payload,
  req: PayloadRequest,
  calendars: HolidayCalendarInput[],
  report: Counts,
): Promise<void> {
  if (calendars.length === 0) return
  const stored = await payload.find({ collection: 'holiday-calendars', limit: 0, depth: 0, req })
  const byKey = new Map(
    (stored.docs as unknown as StoredDoc[]).map((d) => [`${String(d.country)}:${String(d.year)}`, d]),
  )
  for (const calendar of calendars) {
    const existing = byKey.get(`${calendar.country}:${calendar.year}`)
    const data = {
      country: calendar.country,
      year: calendar.year,
      holidays: calendar.holidays.join('\n'),
      workingWeekends: calendar.workingWeekends.join('\n'),
    }
    if (!existing) {
      await payload.create({ collection: 'holiday-calendars', data, req })
      report.created++
      continue
    }
    const same = (field: 'holidays' | 'workingWeekends') => {
      const days = parseDayLines(existing[field])
      return 'days' in days && sameJSON(days.days, calendar[field])
    }
    if (same('holidays') && same('workingWeekends')) {
      report.unchanged++
      continue
    }
    await payload.update({ collection: 'holiday-calendars', id: existing.id, data, req })
    report.updated++
  }
}
