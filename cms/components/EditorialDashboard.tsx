import type { ServerProps } from 'payload'
import React from 'react'

import { type Locale, localeCodes, sourceLocale } from '../../content-models/locales'
import { type RoleUser } from '../../content-models/roles'
import { translationReport } from '../translation-report'
import type { TranslationState } from '../../content-models/rules/translationStatus'
import type { DashboardKey } from '../i18n/dashboard'

const stateKey: Record<TranslationState, DashboardKey> = {
  missing: 'dashboardStateMissing',
  draft: 'dashboardStateDraft',
  published: 'dashboardStatePublished',
  outdated: 'dashboardStateOutdated',
}
const explained = [
  ['outdated', 'dashboardExplainOutdated'],
  ['missing', 'dashboardExplainMissing'],
  ['draft', 'dashboardExplainDraft'],
] as const
const stateColor: Record<TranslationState, string> = {
  missing: 'var(--theme-error-500)',
  draft: 'var(--theme-warning-500)',
  published: 'var(--theme-success-500)',
  outdated: 'var(--theme-warning-650, #b36b00)',
}
const cell: React.CSSProperties = {
  padding: '4px 8px',
  borderBottom: '1px solid var(--theme-elevation-100)',
  textAlign: 'start',
}
const TODO_LIMIT = 25

/**
 * The editors' "what to do today" panel above the admin dashboard: per
 * language, which documents are missing, outdated (the original changed after
 * the translation) or still drafts, with links that open the document in that
 * language; and which articles are overdue for legal review. A translator sees
 * their own languages first.
 */
export async function EditorialDashboard({ payload, user, i18n }: ServerProps) {
  const report = await translationReport(payload)
  const translate = i18n.t as (key: string, vars?: Record<string, unknown>) => string
  const t = (key: DashboardKey, vars?: Record<string, unknown>) => translate(`custom:${key}`, vars)
  const stateLabel = (s: TranslationState) => t(stateKey[s])
  // Languages by name and dates in the editor's admin language.
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' })
  const language = (l: Locale) => languageNames.of(l) ?? l
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' })
  const date = (iso: string) => dateFormat.format(new Date(iso))
  const me = user as unknown as RoleUser | undefined
  const mine = me?.role === 'translator' ? (me.languages ?? []) : []
  const languages: Locale[] = mine.length ? mine : localeCodes
  const admin = payload.config.routes.admin
  const editUrl = (collection: string, id: string | number, locale: Locale) =>
    `${admin}/collections/${collection}/${id}?locale=${locale}`
  const todo = (locale: Locale) =>
    report.rows
      .filter((r) => r.statuses[locale].state !== 'published')
      // Outdated first: readers may be acting on text the original no longer says.
      .sort((a, b) => Number(b.statuses[locale].state === 'outdated') - Number(a.statuses[locale].state === 'outdated'))

  return (
    <section data-testid="editorial-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>
        {mine.length ? t('dashboardTitleMine', { languages: mine.map(language).join(', ') }) : t('dashboardTitle')}
      </h2>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {explained.map(([state, key]) => (
          <li key={state}>
            <b>{stateLabel(state)}</b>: {t(key, { source: language(sourceLocale) })}
          </li>
        ))}
      </ul>
      <table style={{ borderCollapse: 'collapse', marginBottom: 'var(--base)' }} data-testid="translation-totals">
        <thead>
          <tr>
            <th style={cell}>{t('dashboardLanguage')}</th>
            {(['outdated', 'missing', 'draft', 'published'] as const).map((s) => (
              <th key={s} style={cell}>
                {stateLabel(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {languages.map((l) => (
            <tr key={l} data-locale={l}>
              <td style={cell}>{language(l)}</td>
              {(['outdated', 'missing', 'draft', 'published'] as const).map((s) => (
                <td key={s} style={cell} data-state={s}>
                  {report.totals[l][s]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {languages.map((l) => {
        const items = todo(l)
        if (items.length === 0) return null
        return (
          <details key={l} open={mine.length > 0} data-testid={`todo-${l}`}>
            <summary>{t('dashboardTodo', { language: language(l), count: items.length })}</summary>
            <ul>
              {items.slice(0, TODO_LIMIT).map((r) => {
                const s = r.statuses[l]
                return (
                  <li key={`${r.collection}-${r.id}`}>
                    <a href={editUrl(r.collection, r.id, l)}>{r.title}</a> ({r.collection}){' '}
                    <span style={{ color: stateColor[s.state], fontWeight: 600 }}>{stateLabel(s.state)}</span>
                    {s.state === 'outdated' && s.translationDate && s.originalDate && (
                      <>
                        {' '}
                        —{' '}
                        {t('dashboardOutdatedSince', {
                          translated: date(s.translationDate),
                          changed: date(s.originalDate),
                        })}
                      </>
                    )}
                  </li>
                )
              })}
              {items.length > TODO_LIMIT && <li>{t('dashboardMore', { count: items.length - TODO_LIMIT })}</li>}
            </ul>
          </details>
        )
      })}
      {report.overdueReviews.length > 0 && (
        <>
          <h3>{t('dashboardOverdue')}</h3>
          <ul data-testid="overdue-reviews">
            {report.overdueReviews.map((a) => (
              <li key={a.id}>
                <a href={editUrl('articles', a.id, sourceLocale)}>{a.title}</a>:{' '}
                {t('dashboardReviewDue', { date: date(a.reviewDue) })} (
                {a.reviewedAt ? t('dashboardLastReviewed', { date: date(a.reviewedAt) }) : t('dashboardNeverReviewed')})
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>{t('dashboardMatrix')}</summary>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse' }} data-testid="translation-matrix">
            <thead>
              <tr>
                <th style={cell}>{t('dashboardDocument')}</th>
                {localeCodes.map((l) => (
                  <th key={l} style={cell} title={language(l)}>
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={`${r.collection}-${r.id}`}>
                  <td style={cell}>
                    {r.title} <small>({r.collection})</small>
                  </td>
                  {localeCodes.map((l) => {
                    const s = r.statuses[l]
                    return (
                      <td key={l} style={{ ...cell, color: stateColor[s.state] }} data-state={s.state}>
                        <a href={editUrl(r.collection, r.id, l)} style={{ color: 'inherit' }}>
                          {stateLabel(s.state)}
                          {s.state === 'outdated' && s.published ? ` (${t('dashboardLive')})` : ''}
                        </a>
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  )
}
