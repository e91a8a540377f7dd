'use client'

import {
  FormSubmit,
  PublishButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

import { isLocale, localeInfo } from '../../content-models/locales'
import { mayEditLocale, mayPublishLocale, type RoleUser } from '../../content-models/roles'
import type { PublishingKey } from '../i18n/publishing'

/**
 * The edit view's main publish button. Payload's own publishes every language
 * at once, which only editors may do (content-models/hooks/guardPublication.ts):
 * a translator gets one that publishes the language on screen, named on it
 * («Опубликовать на Oʻzbekcha»), and none on a language they may not edit (the
 * notice above the form says why). Everyone else gets Payload's, unchanged.
 */
export function LanguagePublishButton() {
  const { user } = useAuth()
  const roleUser = user as RoleUser | null
  if (roleUser?.role !== 'translator') return <PublishButton />
  return <PublishOwnLanguage user={roleUser} />
}

function PublishOwnLanguage({ user }: { user: RoleUser }) {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code } = useLocale()
  const { t } = useTranslation()
  const say = t as (key: string, vars?: Record<string, unknown>) => string

  // What Payload's "Publish in <language>" does: `publishSpecificLocale` publishes
  // this language's draft and leaves every other language as it was.
  const publish = useCallback(async () => {
    if (uploadStatus === 'uploading' || !collectionSlug || id === undefined) return
    const params = new URLSearchParams({ depth: '0', locale: code, publishSpecificLocale: code })
    const action = formatAdminURL({ apiRoute: api, path: `/${collectionSlug}/${id}?${params}` })
    const result = await submit({ action, overrides: { _status: 'published' } })
    if (result) {
      setUnpublishedVersionCount(0)
      setMostRecentVersionIsAutosaved(false)
      setHasPublishedDoc(true)
    }
  }, [
    api,
    code,
    collectionSlug,
    id,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    submit,
    uploadStatus,
  ])

  if (!mayEditLocale(user, code)) return null
  const language = isLocale(code) ? localeInfo(code).label : code
  const label = say('version:publishIn', { locale: language })
  if (!mayPublishLocale(user, code)) {
    // A translator of the original may edit it; publishing it is for editors.
    const onlyEditors: PublishingKey = 'publishingOnlyEditors'
    const reason = say(`custom:${onlyEditors}`, { language })
    return (
      <FormSubmit buttonId="action-save" disabled size="medium" tooltip={reason} type="button">
        {label}
      </FormSubmit>
    )
  }
  if (!hasPublishPermission) return null
  const canPublish = (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) && uploadStatus !== 'uploading'
  return (
    <FormSubmit buttonId="action-save" disabled={!canPublish} onClick={publish} size="medium" type="button">
      {label}
    </FormSubmit>
  )
}
