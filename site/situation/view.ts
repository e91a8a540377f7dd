import type { Locale } from '../../content-models/locales'
import type { CitizenshipGroup, HolidayCalendar, StepRule } from '../../content-models/rules/situation/types'
import type { UIKey } from '../i18n'

/**
 * What the "My situation" page hands its island: every step of the reader's
 * language, worked out at build time (texts, links, rule in words), so the
 * island only dates and filters them. Browser-safe: types only.
 */

/** The UI strings the island uses, all `situation.*` keys. */
export type SituationKey = Extract<UIKey, `situation.${string}`>
export type SituationStrings = Record<SituationKey, string>

export interface Link {
  href: string
  text: string
  /** The language the text (and the page it opens) is in, when not the page's. */
  lang?: string
  dir?: 'ltr' | 'rtl'
  /** "(на русском)" after a link to another language. */
  note?: string
}

/** A step as the reader sees it, in their language or its fallback. */
export interface StepView {
  rule: StepRule
  /** Language of the texts below, when not the page's (BCP 47), with "(на русском)". */
  lang?: string
  dir?: 'ltr' | 'rtl'
  note?: string
  title: string
  action: string
  cost?: string
  consequence?: string
  legalBasis?: string
  legalUrl?: string
  /** The rule in words: "within 7 working days after the day you arrive". */
  when: string
  /** Centres offering the step's service (if it names one), then all the host country's centres. */
  centres: Link[]
  helpCountry: Link
  article?: Link
  /** "Changed on 1 December 2026", linking to the law change. */
  changed?: Link
  /** Not yet checked by a lawyer: shown as demo content. */
  unreviewed: boolean
}

export interface Option {
  value: string
  label: string
}

/** Everything the island gets as props. */
export interface SituationProps {
  locale: Locale
  /** BCP 47 tag of the page, for dates and plural forms. */
  lang: string
  steps: StepView[]
  groups: CitizenshipGroup[]
  calendars: HolidayCalendar[]
  hosts: Option[]
  citizenships: Option[]
  strings: SituationStrings
  /** The calendar's name in calendar apps: "Migrant rights portal: My situation". */
  calendarName: string
  /** The page's absolute address, linked from each calendar event. */
  pageUrl: string
}
