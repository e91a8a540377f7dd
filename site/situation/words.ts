import type { PeriodUnit, StepTiming } from '../../content-models/rules/situation/types'
import { fill } from '../i18n/fill'

/**
 * A step's rule in plain words ("within 7 working days after the day you
 * arrive"), for the page without JavaScript and beside each dated step.
 * Takes its strings as a lookup so the build (all strings) and the island
 * (its props) share it.
 */

/** The plural forms the UI strings have for a period; CLDR's others map onto them. */
const FORMS = ['one', 'few', 'many', 'other'] as const
type Form = (typeof FORMS)[number]

/** Arabic's dual reads best as its "few" plural (أيام), zero as the general form. */
const closest: Record<string, Form> = { zero: 'other', two: 'few' }

export type Words = (key: string) => string

/** "7 working days", "1 месяц", "3 أيام": `count` `unit`s in the language `lang` (a BCP 47 tag). */
export function periodWords(count: number, unit: PeriodUnit, lang: string, words: Words): string {
  let form: string = 'other'
  try {
    form = new Intl.PluralRules(lang).select(count)
  } catch {
    // A browser without this language's plural rules: the general form.
  }
  const key = (FORMS as readonly string[]).includes(form) ? form : (closest[form] ?? 'other')
  return fill(words(`situation.period.${unit}.${key}`), { count })
}

/** The whole rule: "within 7 working days after the day you arrive; then again every 1 month". */
export function timingWords(timing: StepTiming, lang: string, words: Words): string {
  const period = periodWords(timing.amount, timing.unit, lang, words)
  const from = words(`situation.from.${timing.from}`)
  const rule = timing.direction === 'before' ? 'before' : timing.inclusive ? 'afterInclusive' : 'after'
  const text = fill(words(`situation.rule.${rule}`), { period, from })
  if (!timing.repeat) return text
  const every = fill(words('situation.rule.repeat'), {
    period: periodWords(timing.repeat.every, 'months', lang, words),
  })
  // Arabic separates clauses with its own semicolon.
  return `${text}${lang.startsWith('ar') ? '؛ ' : '; '}${every}`
}
