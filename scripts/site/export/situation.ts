import type { Payload } from 'payload'

import { timingProblem } from '../../../content-models/rules/situation/engine'
import { parseDayLines } from '../../../content-models/rules/situation/holidayLines'
import {
  type CitizenshipGroup,
  type HolidayCalendar,
  type HostCountry,
  hostCountries,
  periodUnits,
  situationDates,
  type StepTiming,
} from '../../../content-models/rules/situation/types'
import type { SiteArticle, SiteSituation, SiteStep } from '../../../site/data/types'
import { allDocs, day, list, readEachLocale, refId, str, type Id, type Row, updatedAt, webUrl } from './read'
import { SlugIndex } from './slugs'

/**
 * "My situation" (issue 15) in the snapshot: the published steps with their
 * published translations, the citizenship groups and the holiday calendars,
 * read as an anonymous reader sees them (ADR 0003).
 *
 * A step is marked `changed` by the newest published law change that names it
 * (`changesSteps`), dated by the change's **effective date**: the day the rule
 * changed for readers, which the law-change page shows too, not the day the
 * article happened to be published. `articles` are the articles the snapshot
 * has (published in some language), by id.
 */
export async function readSituation(payload: Payload, articles: Map<Id, SiteArticle>): Promise<SiteSituation> {
  const groups = await readEachLocale<CitizenshipGroup>(
    payload,
    { collection: 'citizenship-groups', sort: 'slug' },
    {
      create: (doc) => ({ slug: doc.slug as string, members: list(doc.members), names: {} }),
      add(group, doc, locale) {
        if (str(doc.name)) group.names[locale] = doc.name as string
      },
    },
  )
  const groupSlugs = new SlugIndex(groups)
  const articleSlugs = new SlugIndex(articles)
  const groupSlug = (id: unknown) => groupSlugs.of(refId(id))
  const articleSlug = (id: unknown) => articleSlugs.of(refId(id))
  const changes = await lawChanges(payload, articles)
  const steps = await readEachLocale<SiteStep>(
    payload,
    { collection: 'situation-steps', sort: 'slug', draft: false },
    {
      // A step published in another language has no text of its own here.
      accept: (doc) => doc._status === 'published' && Boolean(doc.title) && countable(doc),
      create: (doc) => step(doc, groupSlug, articleSlug, changes.get(String(doc.id))),
      add(item, doc, locale) {
        item.translations[locale] = {
          title: doc.title as string,
          action: (doc.action as string | undefined) ?? '',
          cost: str(doc.cost),
          consequence: str(doc.consequence),
          legalBasis: str(doc.legalBasis),
          updatedAt: updatedAt(doc),
        }
      },
    },
  )
  return {
    steps: [...steps.values()],
    groups: [...groups.values()],
    calendars: await readCalendars(payload),
  }
}

const hosts = new Set<string>(hostCountries)
const warned = new Set<string>()

/**
 * Whether the engine can date a published step. The admin refuses a bad
 * timing on a normal save, but a draft is saved unchecked and a publish sends
 * only its status: such a step is left off the site, with a warning naming it,
 * rather than breaking every reader's list.
 */
function countable(doc: Row): boolean {
  const timing = {
    amount: Number(doc.amount),
    ...(typeof doc.repeatEvery === 'number' ? { repeat: { every: doc.repeatEvery } } : {}),
  } as StepTiming
  const problem =
    (doc.amount === null || doc.amount === undefined ? 'amount is empty' : timingProblem(timing)) ??
    (!(situationDates as readonly unknown[]).includes(doc.countFrom)
      ? 'the date it counts from is empty'
      : undefined) ??
    (!(periodUnits as readonly unknown[]).includes(doc.unit) ? 'the unit is empty' : undefined) ??
    (!hosts.has(doc.country as string) ? 'the host country is empty' : undefined)
  if (problem && !warned.has(String(doc.slug))) {
    warned.add(String(doc.slug))
    console.warn(
      `situation-steps/${String(doc.slug)}: left off the site: ${problem}; fix it in the admin and publish again`,
    )
  }
  return !problem
}

/** A step's shared part: the engine's rule, and where it leads. */
function step(
  doc: Row,
  groupSlug: (id: unknown) => string | undefined,
  articleSlug: (id: unknown) => string | undefined,
  changed: SiteStep['changed'],
): SiteStep {
  const repeatEvery = typeof doc.repeatEvery === 'number' ? doc.repeatEvery : undefined
  const timing: StepTiming = {
    from: doc.countFrom as StepTiming['from'],
    amount: Number(doc.amount),
    unit: doc.unit as StepTiming['unit'],
    direction: doc.direction === 'before' ? 'before' : 'after',
    inclusive: doc.inclusive === true,
    ...(repeatEvery ? { repeat: { every: repeatEvery } } : {}),
  }
  const article = articleSlug(doc.article)
  return {
    slug: doc.slug as string,
    host: doc.country as HostCountry,
    order: typeof doc.order === 'number' ? doc.order : 0,
    audience: {
      citizenships: list(doc.citizenships),
      groups: list<unknown>(doc.citizenshipGroups)
        .map(groupSlug)
        .filter((s): s is string => Boolean(s)),
      purposes: list(doc.purposes),
    },
    timing,
    translations: {},
    ...(article && { article }),
    ...(webUrl(doc.legalUrl) && { legalUrl: webUrl(doc.legalUrl) }),
    ...(str(doc.service) && { service: doc.service as SiteStep['service'] }),
    ...(changed && { changed }),
    ...(day(doc.reviewedAt) && { reviewedAt: day(doc.reviewedAt) }),
  }
}

/**
 * For each step id a published law change names: the newest such change, by
 * effective date (then slug, so the choice never depends on read order).
 */
async function lawChanges(payload: Payload, articles: Map<Id, SiteArticle>) {
  const newest = new Map<string, NonNullable<SiteStep['changed']>>()
  // Only law changes the snapshot has: published in some language.
  const published = new SlugIndex(articles)
  const rows = allDocs(payload, {
    collection: 'articles',
    where: { kind: { equals: 'law-change' } },
    sort: 'slug',
    draft: false,
    overrideAccess: false,
    depth: 0,
    locale: 'all',
    fallbackLocale: false,
    select: { slug: true, effectiveDate: true, changesSteps: true } as never,
  })
  for await (const row of rows) {
    const slug = published.of(row.id)
    const date = day(row.effectiveDate)
    if (!slug || !date) continue
    for (const id of list<unknown>(row.changesSteps)) {
      const key = String(refId(id))
      const seen = newest.get(key)
      if (!seen || date > seen.date || (date === seen.date && slug > seen.lawChange))
        newest.set(key, { date, lawChange: slug })
    }
  }
  return newest
}

/** Every holiday calendar, its day lists as sorted YYYY-MM-DD lists (a calendar with a list the CMS would refuse is dropped, not guessed at). */
async function readCalendars(payload: Payload): Promise<HolidayCalendar[]> {
  const calendars: HolidayCalendar[] = []
  for await (const doc of allDocs(payload, {
    collection: 'holiday-calendars',
    sort: 'year',
    overrideAccess: false,
    depth: 0,
  })) {
    const year = Number(doc.year)
    const holidays = parseDayLines(doc.holidays, year)
    const workingWeekends = parseDayLines(doc.workingWeekends, year)
    // A list the CMS would refuse (saved by a partial update) is not guessed at: without the calendar
    // the engine counts Monday to Friday and says the day may be off, rather than counting holidays as working days.
    if (!('days' in holidays) || !('days' in workingWeekends) || !hosts.has(doc.country as string)) {
      console.warn(
        `holiday-calendars/${String(doc.country)} ${year}: left off the site: its day lists do not read; fix it in the admin`,
      )
      continue
    }
    calendars.push({
      country: doc.country as HostCountry,
      year,
      holidays: holidays.days,
      workingWeekends: workingWeekends.days,
    })
  }
  return calendars.sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year)
}
