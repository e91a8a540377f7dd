import type { CalendarStep } from '../../content-models/rules/situation/calendar-file'
import type { StepView } from './view'

/**
 * The reader's deadlines as a calendar file, made on the phone. The writer
 * (ical-generator) is most of the bytes, so it is a chunk of its own loaded on
 * the first tap; the service worker keeps it with the page for offline use
 * (site/offline/sw.ts, rememberScriptsOf).
 */

/** Reminders, in days before each deadline. */
export const REMINDER_DAYS = [3, 1]

const writer = () => import('../../content-models/rules/situation/calendar-file')

/** Lines of a step's event description: what to do, what it costs, what happens if missed, the law. */
export function eventDescription(
  step: StepView,
  labels: { cost: string; consequence: string; legalBasis: string },
): string {
  return [
    step.action,
    step.cost && `${labels.cost}: ${step.cost}`,
    step.consequence && `${labels.consequence}: ${step.consequence}`,
    step.legalBasis && `${labels.legalBasis}: ${step.legalBasis}`,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * A step's calendar entry. The uid names the step and its due day, so adding
 * the same list again updates the entries rather than doubling them.
 */
export function calendarStep(
  step: StepView,
  due: string,
  description: string,
  url: string,
  host: string,
): CalendarStep {
  return { uid: `my-situation-${step.rule.slug}-${due}@${host}`, title: step.title, description, url, due }
}

/** File name of the download: the step's slug for one step, the whole list otherwise. */
export function calendarFileName(slug?: string): string {
  return slug ? `my-situation-${slug}.ics` : 'my-situation.ics'
}

/** Writes the steps' calendar file and hands it to the browser as a download. */
export async function downloadCalendar(steps: CalendarStep[], calendarName: string, fileName: string): Promise<void> {
  const { stepsCalendar } = await writer()
  const text = stepsCalendar(steps, { calendarName, reminders: REMINDER_DAYS })
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
