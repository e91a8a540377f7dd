'use client'

import { Link, useAuth, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import React from 'react'

import { isLocale, type Locale, localeInfo, sourceLocale } from '../../content-models/locales'
import { mayEditLocale, mayPublishLocale, type RoleUser } from '../../content-models/roles'
import type { PublishingKey } from '../i18n/publishing'

const box: React.CSSProperties = {
  marginBottom: 'var(--base)',
  padding: 'calc(var(--base) * 0.6) calc(var(--base) * 0.8)',
  borderInlineStart: '4px solid var(--theme-warning-500)',
  background: 'var(--theme-elevation-50)',
  borderRadius: 'var(--style-radius-s, 3px)',
  overflowWrap: 'anywhere',
}
const list: React.CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 'calc(var(--base) * 0.4) var(--base)',
  listStyle: 'none',
  margin: 'calc(var(--base) * 0.4) 0 0',
  padding: 0,
}

/**
 * Under a translated document's title (the collection's `Description`, which
 * Payload also renders above its list, where this shows nothing): tells a
 * translator why the language on screen is read-only for them — the original,
 * or another translator's language — and links to the same document in each of
 * their own languages. On the original in one of their languages, which they
 * may edit but not publish, it says that instead. Nothing for anyone else.
 */
export function LanguageNotice() {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { code } = useLocale()
  const pathname = usePathname()
  const roleUser = user as RoleUser | null
  // The edit view only: not the list, nor the document's versions or API tabs.
  const editView = id !== undefined && id !== null && pathname.endsWith(`/${id}`)
  if (!editView) return null
  return roleUser?.role === 'translator' && isLocale(code) ? <Notice user={roleUser} locale={code} /> : null
}

/** What a translator reads about the language on screen, if anything. */
function Notice({ user, locale: code }: { user: RoleUser; locale: Locale }) {
  const { t } = useTranslation()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const say = (key: PublishingKey, vars?: Record<string, unknown>) =>
    (t as (key: string, vars?: Record<string, unknown>) => string)(`custom:${key}`, vars)
  const language = localeInfo(code).label

  if (mayEditLocale(user, code)) {
    if (mayPublishLocale(user, code)) return null
    return (
      <div role="note" data-testid="language-notice" style={box}>
        {say('publishingSourceNoPublish', { language })}
      </div>
    )
  }

  const mine = (user.languages ?? []).filter((l) => l !== code && isLocale(l))
  const hrefFor = (locale: string) => {
    const query = new URLSearchParams(searchParams?.toString())
    query.set('locale', locale)
    return `${pathname}?${query}`
  }
  return (
    <div role="note" data-testid="language-notice" style={box}>
      <p style={{ margin: 0 }}>
        {say(code === sourceLocale ? 'publishingSourceReadOnly' : 'publishingOtherReadOnly', { language })}
      </p>
      {mine.length ? (
        <>
          <p style={{ margin: 'calc(var(--base) * 0.4) 0 0' }}>{say('publishingYourTranslations')}</p>
          <ul style={list}>
            {mine.map((l) => (
              <li key={l}>
                <Link href={hrefFor(l)} style={{ fontWeight: 600 }}>
                  {say('publishingTranslateInto', { language: localeInfo(l).label })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p style={{ margin: 'calc(var(--base) * 0.4) 0 0' }}>{say('publishingNoLanguages')}</p>
      )}
    </div>
  )
}
