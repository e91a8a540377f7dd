import { useEffect, useRef, useState } from 'react'

import { stepsFor } from '../../content-models/rules/situation/engine'
import {
  purposes,
  type Situation,
  type SituationDate,
  situationDates,
} from '../../content-models/rules/situation/types'
import { fill } from '../i18n/fill'
import { calendarFileName, calendarStep, downloadCalendar, eventDescription } from '../situation/calendar'
import { parseTypedDay } from '../situation/dates'
import { browserStorage, clearSituation, readSituation, writeSituation } from '../situation/storage'
import type { Link, SituationKey, SituationProps, StepView } from '../situation/view'
import { periodWords } from '../situation/words'
import { formatDate } from '../utils/format'
import { enteredValues } from './entered-values'

/** The form as typed: dates as the reader wrote them, checked on submit. */
type Fields = { host: string; citizenship: string; purpose: string } & Record<SituationDate, string>
type FieldName = keyof Fields

const fieldNames: FieldName[] = ['host', 'citizenship', 'purpose', ...situationDates]
const emptyFields = Object.fromEntries(fieldNames.map((f) => [f, ''])) as Fields

function fieldsOf(situation: Situation): Fields {
  return {
    ...emptyFields,
    host: situation.host,
    citizenship: situation.citizenship,
    purpose: situation.purpose,
    ...situation.dates,
  }
}

interface FieldError {
  field: FieldName
  message: string
}

/** `rendered`: as the build wrote it, before the saved situation was looked for. */
type Status = 'rendered' | 'ready'

/**
 * "My situation" (issue 15): the reader says where they are, their
 * citizenship, why, and the dates they know; the island keeps that on the
 * phone only (localStorage) and lists their steps with due dates, computed
 * here by the shared engine, with calendar files made on the phone. Every
 * text and link comes worked out from the build (site/situation/page-data.ts).
 */
export default function MySituation(props: SituationProps) {
  const { locale, lang, strings, steps } = props
  // Fixed, not useId(): the browser runs preact, whose ids differ from those React wrote into the page,
  // and hydration keeps the page's. One island per page.
  const id = 'situation'
  const s = (key: SituationKey, vars?: Record<string, string | number>) => fill(strings[key], vars)
  const form = useRef<HTMLFormElement>(null)
  const errorBox = useRef<HTMLDivElement>(null)
  const stepsHeading = useRef<HTMLHeadingElement>(null)
  const [status, setStatus] = useState<Status>('rendered')
  const [fields, setFields] = useState<Fields>(emptyFields)
  const [situation, setSituation] = useState<Situation>()
  const [errors, setErrors] = useState<FieldError[]>([])
  const [said, setSaid] = useState('')
  const [focus, setFocus] = useState<'errors' | 'steps' | 'host'>()

  useEffect(() => {
    const saved = readSituation(browserStorage())
    if (saved) {
      setSituation(saved)
      setFields(fieldsOf(saved))
    } else {
      // What was typed or picked before the script arrived is kept.
      const entered = enteredValues(form.current, fieldNames)
      setFields((current) => ({ ...current, ...entered }))
    }
    setStatus('ready')
  }, [])

  useEffect(() => {
    if (focus === 'errors') errorBox.current?.focus()
    if (focus === 'steps') stepsHeading.current?.focus()
    if (focus === 'host') document.getElementById(`${id}-host`)?.focus()
    setFocus(undefined)
  }, [focus])

  const label = (field: FieldName) =>
    field === 'host' || field === 'citizenship' || field === 'purpose'
      ? s(`situation.${field}`)
      : s(`situation.date.${field}`)
  const fieldId = (field: FieldName) => `${id}-${field}`

  function check(): { situation?: Situation; errors: FieldError[] } {
    const found: FieldError[] = []
    for (const field of ['host', 'citizenship', 'purpose', 'entry'] as const) {
      if (!fields[field].trim()) found.push({ field, message: s('situation.errorRequired', { field: label(field) }) })
    }
    const dates: Situation['dates'] = {}
    for (const field of situationDates) {
      if (!fields[field].trim()) continue
      const day = parseTypedDay(fields[field])
      if (day) dates[field] = day
      else found.push({ field, message: s('situation.errorDate', { field: label(field) }) })
    }
    if (found.length > 0) return { errors: found }
    return {
      errors: [],
      situation: {
        host: fields.host as Situation['host'],
        citizenship: fields.citizenship as Situation['citizenship'],
        purpose: fields.purpose as Situation['purpose'],
        dates,
      },
    }
  }

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const result = check()
    setErrors(result.errors)
    if (!result.situation) {
      setSaid('')
      setFocus('errors')
      return
    }
    writeSituation(browserStorage(), result.situation)
    setSituation(result.situation)
    setFields(fieldsOf(result.situation))
    setSaid(s('situation.savedHere'))
    setFocus('steps')
  }

  function clear() {
    clearSituation(browserStorage())
    setSituation(undefined)
    setFields(emptyFields)
    setErrors([])
    setSaid(s('situation.cleared'))
    setFocus('host')
  }

  /** The reader's steps; none, rather than a broken page (and a Clear button that no longer works), if a rule cannot be counted. */
  function datedSteps(saved: Situation) {
    try {
      return stepsFor(
        saved,
        { steps: steps.map((v) => v.rule), groups: props.groups, calendars: props.calendars },
        new Date(),
      )
    } catch {
      return []
    }
  }

  function focusField(field: FieldName) {
    document.getElementById(fieldId(field))?.focus()
  }

  const byslug = new Map(steps.map((step) => [step.rule.slug, step]))
  const dated = situation ? datedSteps(situation) : []
  const rows = dated.map((d) => ({ dated: d, view: byslug.get(d.rule.slug)! }))
  const host = typeof location === 'undefined' ? 'portal' : location.host
  const labels = {
    cost: s('situation.cost'),
    consequence: s('situation.consequence'),
    legalBasis: s('situation.legalBasis'),
  }
  const entry = (view: StepView, due: string) =>
    calendarStep(
      view,
      due,
      eventDescription(view, labels),
      view.article ? new URL(view.article.href, props.pageUrl).href : props.pageUrl,
      host,
    )
  const withDue = rows.filter((r) => r.dated.due)

  const select = (field: 'host' | 'citizenship' | 'purpose', options: { value: string; label: string }[]) => (
    <div className="situation-field">
      <label htmlFor={fieldId(field)}>{label(field)}</label>
      <select
        id={fieldId(field)}
        name={field}
        value={fields[field]}
        required
        aria-invalid={errors.some((e) => e.field === field) || undefined}
        onChange={(e) => {
          const value = e.currentTarget.value
          setFields((current) => ({ ...current, [field]: value }))
        }}
        data-testid={`situation-${field}`}
      >
        <option value="">{s('situation.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <div className="my-situation" data-testid="my-situation" data-state={status}>
      <form ref={form} className="situation-form" noValidate onSubmit={submit} data-testid="situation-form">
        {errors.length > 0 && (
          <div
            ref={errorBox}
            className="notice situation-errors"
            role="alert"
            tabIndex={-1}
            data-testid="situation-errors"
          >
            <p>{s('situation.errorsHeading')}</p>
            <ul>
              {errors.map((e) => (
                <li key={e.field}>
                  <a
                    href={`#${fieldId(e.field)}`}
                    onClick={(event) => {
                      event.preventDefault()
                      focusField(e.field)
                    }}
                  >
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <fieldset>
          <legend>{s('situation.formLegend')}</legend>
          {select('host', props.hosts)}
          {select('citizenship', props.citizenships)}
          {select(
            'purpose',
            purposes.map((p) => ({ value: p, label: s(`situation.purpose.${p}`) })),
          )}
        </fieldset>
        <fieldset>
          <legend>{s('situation.datesLegend')}</legend>
          <p className="meta" id={`${id}-date-hint`}>
            {s('situation.dateHint')}
          </p>
          {situationDates.map((field) => (
            <div className="situation-field" key={field}>
              <label htmlFor={fieldId(field)}>
                {label(field)}
                {field !== 'entry' && <span className="meta"> ({s('situation.optional')})</span>}
              </label>
              <input
                id={fieldId(field)}
                name={field}
                type="date"
                value={fields[field]}
                required={field === 'entry'}
                aria-describedby={`${id}-date-hint`}
                aria-invalid={errors.some((e) => e.field === field) || undefined}
                onChange={(e) => {
                  const value = e.currentTarget.value
                  setFields((current) => ({ ...current, [field]: value }))
                }}
                data-testid={`situation-date-${field}`}
              />
            </div>
          ))}
        </fieldset>
        <div className="situation-buttons">
          <button type="submit" className="button" data-testid="situation-show">
            {s('situation.show')}
          </button>
          <button type="button" className="button-secondary" onClick={clear} data-testid="situation-clear">
            {s('situation.clear')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" data-testid="situation-status">
        {said}
      </p>
      {situation && (
        <section className="situation-steps" aria-labelledby={`${id}-steps`} data-testid="situation-steps">
          <h2 id={`${id}-steps`} ref={stepsHeading} tabIndex={-1}>
            {s('situation.stepsHeading')}
          </h2>
          <p className="meta">{s('situation.stepsCount', { count: rows.length })}</p>
          {rows.length === 0 && <p>{s('situation.noSteps')}</p>}
          {withDue.length > 0 && (
            <div className="situation-actions">
              <button
                type="button"
                className="button"
                onClick={() =>
                  void downloadCalendar(
                    withDue.map((r) => entry(r.view, r.dated.due!)),
                    props.calendarName,
                    calendarFileName(),
                  )
                }
                data-testid="situation-calendar-all"
              >
                {s('situation.addAllToCalendar')}
              </button>
              <button type="button" className="button-secondary" onClick={() => window.print()}>
                {s('situation.print')}
              </button>
              <p className="meta">{s('situation.calendarHint')}</p>
            </div>
          )}
          <ol className="plain situation-list">
            {rows.map(({ dated: d, view }) => (
              <li
                key={view.rule.slug}
                className={`situation-step situation-${d.state ?? 'undated'}`}
                data-testid="situation-step"
                data-step={view.rule.slug}
                data-due={d.due}
              >
                <h3 lang={view.lang} dir={view.dir}>
                  {view.title}
                  {view.note && (
                    <span className="in-language" lang={lang}>
                      {' '}
                      ({view.note})
                    </span>
                  )}
                </h3>
                {view.unreviewed && <p className="tag situation-demo">{s('situation.demo')}</p>}
                {view.changed && (
                  <p className="situation-changed">
                    <LinkTo link={view.changed} lang={lang} />
                  </p>
                )}
                {d.due ? (
                  <p className="situation-due" data-testid="situation-due">
                    <strong>{s('situation.due', { date: formatDate(d.due, locale) })}</strong>
                    {' · '}
                    <span className={`situation-state-${d.state}`}>
                      {d.state === 'today'
                        ? s('situation.today')
                        : d.state === 'overdue'
                          ? s('situation.overdue', {
                              period: periodWords(-d.daysLeft!, 'calendarDays', lang, (k) => s(k as SituationKey)),
                            })
                          : s('situation.left', {
                              period: periodWords(d.daysLeft!, 'calendarDays', lang, (k) => s(k as SituationKey)),
                            })}
                    </span>
                  </p>
                ) : (
                  d.needs && (
                    <p className="notice" data-testid="situation-needs">
                      <a
                        href={`#${fieldId(d.needs)}`}
                        onClick={(event) => {
                          event.preventDefault()
                          focusField(d.needs!)
                        }}
                      >
                        {s('situation.needsDate', { field: label(d.needs) })}
                      </a>
                    </p>
                  )
                )}
                {d.calendarMissing && <p className="notice">{s('situation.calendarMissing')}</p>}
                <StepDetails view={view} s={s} lang={lang} />
                {d.due && (
                  <button
                    type="button"
                    className="button-secondary situation-calendar"
                    onClick={() =>
                      void downloadCalendar([entry(view, d.due!)], props.calendarName, calendarFileName(view.rule.slug))
                    }
                  >
                    {s('situation.addToCalendar')}
                    <span className="sr-only">: {view.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  )
}

function LinkTo({ link, lang }: { link: Link; lang: string }) {
  return (
    <>
      <a href={link.href} lang={link.lang} dir={link.dir} hrefLang={link.lang}>
        {link.text}
      </a>
      {link.note && (
        <span className="in-language" lang={lang}>
          {' '}
          ({link.note})
        </span>
      )}
    </>
  )
}

/** What, when, how much, what if missed, where, and why: the same for every step. */
function StepDetails({
  view,
  s,
  lang,
}: {
  view: StepView
  s: (key: SituationKey, vars?: Record<string, string | number>) => string
  lang: string
}) {
  const own = { lang: view.lang, dir: view.dir }
  return (
    <dl className="situation-details">
      <dt>{s('situation.rule')}</dt>
      <dd>{view.when}</dd>
      <dt>{s('situation.action')}</dt>
      <dd {...own}>{view.action}</dd>
      {view.cost && (
        <>
          <dt>{s('situation.cost')}</dt>
          <dd {...own}>{view.cost}</dd>
        </>
      )}
      {view.consequence && (
        <>
          <dt>{s('situation.consequence')}</dt>
          <dd {...own}>{view.consequence}</dd>
        </>
      )}
      <dt>{s('situation.where')}</dt>
      <dd>
        <ul className="plain">
          {view.centres.map((c) => (
            <li key={c.href}>
              <LinkTo link={c} lang={lang} />
            </li>
          ))}
          <li>
            <LinkTo link={view.helpCountry} lang={lang} />
          </li>
        </ul>
      </dd>
      {view.article && (
        <>
          <dt>{s('situation.article')}</dt>
          <dd>
            <LinkTo link={view.article} lang={lang} />
          </dd>
        </>
      )}
      {(view.legalBasis || view.legalUrl) && (
        <>
          <dt>{s('situation.legalBasis')}</dt>
          <dd {...own}>
            {view.legalUrl ? <a href={view.legalUrl}>{view.legalBasis ?? view.legalUrl}</a> : view.legalBasis}
          </dd>
        </>
      )}
    </dl>
  )
}
