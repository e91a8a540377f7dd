import { getTranslation } from '@payloadcms/translations'
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
/** Rows each list of the dashboard shows at a time: its HTML stays small whatever the number of documents. */
const PAGE_SIZE = 20

/** The query parameter holding a list's page, and the id its links return to. */
const listParam = {
  todo: (l: Locale) => `todo-${l}`,
  overdue: 'overdue',
  changed: 'changed-since-review',
  matrix: 'matrix',
} as const

type SearchParams = ServerProps['searchParams']

/** The page a query parameter asks for: a whole number from 1, else 1. */
function pageParam(searchParams: SearchParams, name: string): number {
  const raw = searchParams?.[name]
  const n = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isInteger(n) && n > 1 ? n : 1
}

/** Page `page` of `items` (clamped to the pages there are), with where it starts. */
function pageOf<T>(items: T[], page: number): { items: T[]; page: number; start: number } {
  const last = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
  const current = Math.min(page, last)
  const start = (current - 1) * PAGE_SIZE
  return { items: items.slice(start, start + PAGE_SIZE), page: current, start }
}

/**
 * "1–20 of 312" with links to the previous and next pages, in the words of
 * Payload's own list views. Plain links that keep the other lists' pages and
 * return to this list: the dashboard renders on the server, page by page.
 */
function Pager({
  name,
  page,
  total,
  searchParams,
  admin,
  t,
}: {
  name: string
  page: number
  total: number
  searchParams: SearchParams
  admin: string
  t: (key: string) => string
}) {
  if (total <= PAGE_SIZE) return null
  const last = Math.ceil(total / PAGE_SIZE)
  const href = (n: number) => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(searchParams ?? {})) {
      if (key === name || value === undefined) continue
      for (const v of Array.isArray(value) ? value : [value]) query.append(key, v)
    }
    if (n > 1) query.set(name, String(n))
    const qs = query.toString()
    return `${admin}${qs ? `?${qs}` : ''}#${name}`
  }
  const first = (page - 1) * PAGE_SIZE + 1
  return (
    <p data-testid={`${name}-pages`} style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap' }}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t('general:previous')}
        </a>
      )}
      <span>
        {first}–{Math.min(total, page * PAGE_SIZE)} {t('general:of')} {total}
      </span>
      {page < last && (
        <a href={href(page + 1)} rel="next">
          {t('general:next')}
        </a>
      )}
    </p>
  )
}

/**
 * The editors' "what to do today" panel above the admin dashboard: per
 * language, which documents are missing, outdated (the original changed after
 * the translation) or still drafts, with links that open the document in that
 * language; and which articles are overdue for legal review. A translator sees
 * their own languages first.
 */
export async function EditorialDashboard({ payload, user, i18n, searchParams }: ServerProps) {
  const report = await translationReport(payload, {
    overdue: { page: pageParam(searchParams, listParam.overdue), limit: PAGE_SIZE },
  })
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
  const pager = (name: string, page: number, total: number) => (
    <Pager name={name} page={page} total={total} searchParams={searchParams} admin={admin} t={translate} />
  )
  const editUrl = (collection: string, id: string | number, locale: Locale) =>
    `${admin}/collections/${collection}/${id}?locale=${locale}`
  // Collections by their name in the editor's language, not their code.
  const collectionName = (slug: string) =>
    getTranslation(payload.collections[slug as 'articles']?.config.labels.singular ?? slug, i18n)
  const todo = (locale: Locale) =>
    report.rows
      // Only documents that should exist in this language: no Bulgaria-only asylum article in the Tajik list.
      .filter((r) => r.languages.includes(locale) && r.statuses[locale].state !== 'published')
      // Outdated first: readers may be acting on text the original no longer says.
      .sort((a, b) => Number(b.statuses[locale].state === 'outdated') - Number(a.statuses[locale].state === 'outdated'))
  const matrix = pageOf(report.rows, pageParam(searchParams, listParam.matrix))
  const changed = pageOf(report.changedSinceReview, pageParam(searchParams, listParam.changed))

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
        const name = listParam.todo(l)
        const shown = pageOf(items, pageParam(searchParams, name))
        return (
          <details key={l} id={name} open={mine.length > 0 || searchParams?.[name] !== undefined} data-testid={name}>
            <summary>{t('dashboardTodo', { language: language(l), count: items.length })}</summary>
            <ul>
              {shown.items.map((r) => {
                const s = r.statuses[l]
                return (
                  <li key={`${r.collection}-${r.id}`}>
                    <a href={editUrl(r.collection, r.id, l)}>{r.title}</a> ({collectionName(r.collection)}){' '}
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
            </ul>
            {pager(name, shown.page, items.length)}
          </details>
        )
      })}
      {report.overdueReviews.length > 0 && (
        <>
          <h3 id={listParam.overdue}>
            {t('dashboardOverdue')} ({report.overdueTotal})
          </h3>
          <ul data-testid="overdue-reviews">
            {report.overdueReviews.map((a) => (
              <li key={a.id}>
                <a href={editUrl('articles', a.id, sourceLocale)}>{a.title}</a>:{' '}
                {t('dashboardReviewDue', { date: date(a.reviewDue) })} (
                {a.reviewedAt ? t('dashboardLastReviewed', { date: date(a.reviewedAt) }) : t('dashboardNeverReviewed')})
              </li>
            ))}
          </ul>
          {pager(listParam.overdue, report.overduePage, report.overdueTotal)}
        </>
      )}
      {report.changedSinceReview.length > 0 && me?.role !== 'translator' && (
        <>
          <h3 id={listParam.changed}>
            {t('dashboardChangedSinceReview')} ({report.changedSinceReview.length})
          </h3>
          <ul data-testid="changed-since-review">
            {changed.items.map((a) => (
              <li key={a.id}>
                <a href={editUrl('articles', a.id, a.languages[0])}>{a.title}</a>:{' '}
                {t('dashboardChangedIn', { date: date(a.reviewedAt), languages: a.languages.map(language).join(', ') })}
              </li>
            ))}
          </ul>
          {pager(listParam.changed, changed.page, report.changedSinceReview.length)}
        </>
      )}
      <details id={listParam.matrix} open={searchParams?.[listParam.matrix] !== undefined}>
        <summary>
          {t('dashboardMatrix')} ({report.rows.length})
        </summary>
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
              {matrix.items.map((r) => (
                <tr key={`${r.collection}-${r.id}`}>
                  <td style={cell}>
                    {r.title} <small>({collectionName(r.collection)})</small>
                  </td>
                  {localeCodes.map((l) => {
                    const s = r.statuses[l]
                    if (!r.languages.includes(l) && s.state !== 'published')
                      return (
                        <td key={l} style={cell} data-state="not-needed" title={t('dashboardNotNeeded')}>
                          —
                        </td>
                      )
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
        {pager(listParam.matrix, matrix.page, report.rows.length)}
      </details>
    </section>
  )
}
