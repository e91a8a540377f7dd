'use client'

import { useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { adminLanguageOf, type AdminText } from '../../content-models/i18n/adminText'
import { citizenshipLabels, countryLabels } from '../../content-models/i18n/optionLabels'
import { purposeLabels, situationDateLabels } from '../../content-models/i18n/situationLabels'
import { sourceLocale } from '../../content-models/locales'
import { stepsFor, todayIn } from '../../content-models/rules/situation/engine'
import { parseDayLines } from '../../content-models/rules/situation/holidayLines'
import {
  type DatedStep,
  type HostCountry,
  hostCountries,
  purposes,
  type Situation,
  type SituationDate,
  situationDates,
  type SituationRules,
  type StepRule,
} from '../../content-models/rules/situation/types'
import { type Citizenship, citizenships } from '../../content-models/taxonomy'
import type { SituationPreviewKey } from '../i18n/situationPreview'

type Row = Record<string, unknown> & { id: number | string }

const box: React.CSSProperties = {
  marginBottom: 'calc(var(--base) * 1.5)',
  padding: 'var(--base)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
}
const grid: React.CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
  gap: 'calc(var(--base) * 0.6)',
  margin: 'calc(var(--base) * 0.6) 0',
}
const field: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4 }

/** Every document of a collection through the REST API, as the signed-in editor sees it (drafts included). */
async function readAll(api: string, collection: string, params: Record<string, string> = {}): Promise<Row[]> {
  const query = new URLSearchParams({ depth: '0', limit: '0', pagination: 'false', ...params })
  const response = await fetch(`${api}/${collection}?${query}`, { credentials: 'include' })
  if (!response.ok) throw new Error(`${collection}: HTTP ${response.status}`)
  return ((await response.json()) as { docs: Row[] }).docs
}

/** The rules as they stand in the CMS, drafts included, with each step's title in `locale`. */
async function readRules(api: string, locale: string): Promise<{ rules: SituationRules; steps: Map<string, Row> }> {
  const [stepRows, groupRows, calendarRows] = await Promise.all([
    readAll(api, 'situation-steps', { draft: 'true', locale, 'fallback-locale': sourceLocale }),
    readAll(api, 'citizenship-groups', { locale, 'fallback-locale': sourceLocale }),
    readAll(api, 'holiday-calendars'),
  ])
  const groupSlug = new Map(groupRows.map((g) => [String(g.id), String(g.slug)]))
  const list = (v: unknown) => (Array.isArray(v) ? v : [])
  const rules: StepRule[] = stepRows.map((doc) => ({
    slug: String(doc.slug),
    host: doc.country as HostCountry,
    order: typeof doc.order === 'number' ? doc.order : 0,
    audience: {
      citizenships: list(doc.citizenships),
      groups: list(doc.citizenshipGroups)
        .map((id) => groupSlug.get(String(typeof id === 'object' && id ? (id as Row).id : id)))
        .filter((s): s is string => Boolean(s)),
      purposes: list(doc.purposes),
    },
    timing: {
      from: doc.countFrom as SituationDate,
      amount: Number(doc.amount ?? 0),
      unit: (doc.unit ?? 'calendarDays') as StepRule['timing']['unit'],
      direction: doc.direction === 'before' ? 'before' : 'after',
      inclusive: doc.inclusive === true,
      ...(typeof doc.repeatEvery === 'number' && doc.repeatEvery > 0 ? { repeat: { every: doc.repeatEvery } } : {}),
    },
  }))
  const days = (value: unknown, year: number) => {
    const parsed = parseDayLines(value, year)
    return 'days' in parsed ? parsed.days : []
  }
  return {
    rules: {
      steps: rules.filter((r) => r.host && r.timing.from),
      groups: groupRows.map((g) => ({ slug: String(g.slug), members: list(g.members), names: {} })),
      calendars: calendarRows.map((c) => ({
        country: c.country as HostCountry,
        year: Number(c.year),
        holidays: days(c.holidays, Number(c.year)),
        workingWeekends: days(c.workingWeekends, Number(c.year)),
      })),
    },
    steps: new Map(stepRows.map((doc) => [String(doc.slug), doc])),
  }
}

/**
 * Above the list of "My situation" steps: an editor picks a host country,
 * citizenship, purpose and dates and sees the steps a reader would get, with
 * their days, worked out by the same engine as the site
 * (content-models/rules/situation/engine.ts) from the steps as they stand in
 * the CMS, drafts included, so a rule can be checked before it is published.
 */
export function SituationPreview() {
  const { i18n, t } = useTranslation()
  const say = (key: SituationPreviewKey, vars?: Record<string, unknown>) =>
    (t as (key: string, vars?: Record<string, unknown>) => string)(`custom:${key}`, vars)
  const language = adminLanguageOf({ i18n })
  const name = (text: AdminText) => text[language]
  const { code } = useLocale()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()

  const [host, setHost] = useState<HostCountry>('ru')
  const [citizenship, setCitizenship] = useState<Citizenship>('uz')
  const [purpose, setPurpose] = useState<Situation['purpose']>('work')
  const [dates, setDates] = useState<Partial<Record<SituationDate, string>>>({})
  const [today, setToday] = useState('')
  const [result, setResult] = useState<
    | { state: 'idle' }
    | { state: 'loading' }
    | { state: 'failed'; error: string }
    | { state: 'done'; steps: DatedStep[]; docs: Map<string, Row> }
  >({ state: 'idle' })

  const show = async () => {
    setResult({ state: 'loading' })
    try {
      const { rules, steps } = await readRules(api, code)
      const situation: Situation = { host, citizenship, purpose, dates }
      // A chosen "today" is noon of that day in the host country's calendar, whatever the editor's zone.
      const now = today ? new Date(`${today}T12:00:00Z`) : new Date()
      setResult({ state: 'done', steps: stepsFor(situation, rules, now), docs: steps })
    } catch (error) {
      setResult({ state: 'failed', error: error instanceof Error ? error.message : String(error) })
    }
  }

  const select = <V extends string>(
    label: string,
    value: V,
    values: readonly V[],
    labels: Record<V, AdminText>,
    set: (v: V) => void,
  ) => (
    <label style={field}>
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value as V)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {name(labels[v])}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <section style={box} data-testid="situation-preview" aria-labelledby="situation-preview-title">
      <h3 id="situation-preview-title" style={{ margin: 0 }}>
        {say('situationPreviewTitle')}
      </h3>
      <p style={{ margin: 'calc(var(--base) * 0.4) 0 0' }}>{say('situationPreviewIntro')}</p>
      <div style={grid}>
        {select(say('situationPreviewHost'), host, hostCountries, countryLabels, setHost)}
        {select(say('situationPreviewCitizenship'), citizenship, citizenships, citizenshipLabels, setCitizenship)}
        {select(say('situationPreviewPurpose'), purpose, purposes, purposeLabels, setPurpose)}
        {situationDates.map((date) => (
          <label key={date} style={field}>
            <span>{say('situationPreviewDateOf', { date: name(situationDateLabels[date]) })}</span>
            <input
              type="date"
              value={dates[date] ?? ''}
              onChange={(e) => setDates({ ...dates, [date]: e.target.value || undefined })}
            />
          </label>
        ))}
        <label style={field}>
          <span>{say('situationPreviewToday')}</span>
          <input
            type="date"
            value={today}
            placeholder={todayIn(host, new Date())}
            onChange={(e) => setToday(e.target.value)}
          />
        </label>
      </div>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={show}>
        {say('situationPreviewShow')}
      </button>
      <div aria-live="polite">
        {result.state === 'loading' && <p>{say('situationPreviewLoading')}</p>}
        {result.state === 'failed' && <p role="alert">{say('situationPreviewFailed', { error: result.error })}</p>}
        {result.state === 'done' && result.steps.length === 0 && <p>{say('situationPreviewNone')}</p>}
        {result.state === 'done' && result.steps.length > 0 && (
          <table style={{ marginTop: 'var(--base)', width: '100%' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'start' }}>{say('situationPreviewStep')}</th>
                <th style={{ textAlign: 'start' }}>{say('situationPreviewDue')}</th>
              </tr>
            </thead>
            <tbody>
              {result.steps.map((step) => {
                const doc = result.docs.get(step.rule.slug)
                return (
                  <tr key={step.rule.slug}>
                    <td>
                      <a href={`${admin}/collections/situation-steps/${doc ? String(doc.id) : ''}`}>
                        {String(doc?.title ?? step.rule.slug)}
                      </a>
                      {doc?._status === 'draft' && ` (${say('situationPreviewDraft')})`}
                    </td>
                    <td>
                      {step.due
                        ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
                            new Date(`${step.due}T00:00:00Z`),
                          )
                        : say('situationPreviewNeeds', { date: name(situationDateLabels[step.needs!]) })}
                      {step.calendarMissing && ` — ${say('situationPreviewCalendarMissing')}`}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  )
}
