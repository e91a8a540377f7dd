import { useEffect, useState } from 'react'

import type { Locale } from '../../content-models/locales'
import { fill } from '../i18n/fill'
import { formatDay, formatSize, type LocaleFormats } from '../offline/locale-format'
import { cacheNames, type SavedState } from '../offline/protocol'
import { NoSpaceError, removeLanguage, savedState, type SyncProgress, syncLanguage } from '../offline/sync'

/** The strings the saving island shows, already in the page's language. */
export interface OfflineSaveStrings {
  /** "Save all of Oʻzbekcha for offline use (3.1 MB)", size filled in by the build. */
  saveAll: string
  checking: string
  unsupported: string
  progress: string
  progressLabel: string
  saved: string
  partial: string
  continue: string
  failed: string
  noSpace: string
  retry: string
  remove: string
  removed: string
  storage: string
  persisted: string
  notPersisted: string
  visited: string
  savedHeading: string
}

interface Props {
  locale: Locale
  /** Every language's own name, for the list of what is saved. */
  labels: Record<Locale, string>
  strings: OfflineSaveStrings
  /** Date and size patterns of the page's language, made at build time (the phone's Intl may lack it). */
  formats: LocaleFormats
}

/** `rendered`: as the build wrote it, before the browser's storage was looked at. */
type Status = 'rendered' | 'checking' | 'unsupported' | 'ready' | 'saving' | 'failed' | 'noSpace' | 'removed'

interface Phone {
  saved: SavedState[]
  visited: number
  used?: number
  persisted?: boolean
}

function supported(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window
}

/** What this phone holds of the site: saved languages, visited pages, storage used. */
async function look(locales: Locale[]): Promise<Phone> {
  const saved = (await Promise.all(locales.map((l) => savedState(l)))).filter((s): s is SavedState => Boolean(s))
  const visited = (await caches.has(cacheNames.pages)) ? (await (await caches.open(cacheNames.pages)).keys()).length : 0
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined)
  const persisted = await navigator.storage?.persisted?.().catch(() => undefined)
  return { saved, visited, used: estimate?.usage, persisted }
}

/**
 * "Save all of <language> for offline use": downloads every file of the
 * page's language into its own cache (site/offline/sync.ts) with progress,
 * asks the browser to keep it (persistent storage), and shows what the phone
 * holds, with a way to remove it. The service worker serves and refreshes it.
 */
export default function OfflineSave({ locale, labels, strings, formats }: Props) {
  const [status, setStatus] = useState<Status>('rendered')
  const [phone, setPhone] = useState<Phone>({ saved: [], visited: 0 })
  const [progress, setProgress] = useState<SyncProgress>()
  const locales = Object.keys(labels) as Locale[]

  async function refresh(next: Status = 'ready') {
    setPhone(await look(locales))
    setStatus(next)
  }

  useEffect(() => {
    if (!supported()) return setStatus('unsupported')
    setStatus('checking')
    void refresh().catch(() => setStatus('unsupported'))
  }, [])

  async function save() {
    setStatus('saving')
    // Asked on the reader's tap: browsers grant it more readily then. Saving goes ahead either way.
    await navigator.storage?.persist?.().catch(() => false)
    try {
      await syncLanguage(locale, { onProgress: setProgress })
      await refresh()
    } catch (error) {
      await refresh(error instanceof NoSpaceError ? 'noSpace' : 'failed').catch(() => undefined)
    } finally {
      setProgress(undefined)
    }
  }

  async function remove(lang: Locale) {
    await removeLanguage(lang)
    await refresh('removed')
  }

  const own = phone.saved.find((s) => s.lang === locale)
  const others = phone.saved.filter((s) => s.lang !== locale)
  const idle = !['rendered', 'checking', 'unsupported', 'saving'].includes(status)
  const savedLine = (s: SavedState) =>
    fill(strings.saved, {
      language: labels[s.lang],
      size: formatSize(s.bytes, formats),
      date: formatDay(s.checkedAt, formats),
    })

  return (
    <div
      className="offline-save"
      data-testid="offline-save"
      data-state={status}
      data-saved={own?.complete ? 'complete' : own ? 'partial' : 'none'}
    >
      {status === 'saving' && progress ? (
        <>
          <progress max={progress.bytesTotal} value={progress.bytesDone} aria-label={strings.progressLabel} />
          <p role="status" aria-live="polite">
            {fill(strings.progress, {
              done: progress.done,
              total: progress.total,
              percent: Math.floor((100 * progress.bytesDone) / Math.max(1, progress.bytesTotal)),
            })}
          </p>
        </>
      ) : (
        <p role="status" aria-live="polite">
          {status === 'checking' && strings.checking}
          {status === 'unsupported' && strings.unsupported}
          {status === 'failed' && strings.failed}
          {status === 'noSpace' && strings.noSpace}
          {status === 'removed' && strings.removed}
          {own &&
            idle &&
            status !== 'failed' &&
            status !== 'noSpace' &&
            (own.complete ? (
              <span data-testid="offline-saved">{savedLine(own)}</span>
            ) : (
              fill(strings.partial, { done: Object.keys(own.files).length, total: own.listed })
            ))}
        </p>
      )}
      {!own?.complete && status !== 'unsupported' && (
        <button type="button" className="button" disabled={!idle} onClick={() => void save()}>
          {status === 'failed' || status === 'noSpace' ? strings.retry : own ? strings.continue : strings.saveAll}
        </button>
      )}
      {own?.complete && idle && (
        <button type="button" className="button-secondary" onClick={() => void remove(locale)}>
          {fill(strings.remove, { language: labels[locale] })}
        </button>
      )}
      {others.length > 0 && (
        <>
          <h3>{strings.savedHeading}</h3>
          <ul className="plain">
            {others.map((s) => (
              <li key={s.lang}>
                {savedLine(s)}{' '}
                <button type="button" className="button-secondary" onClick={() => void remove(s.lang)}>
                  {fill(strings.remove, { language: labels[s.lang] })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {idle && (
        <p className="meta">
          {phone.visited > 0 && <span>{fill(strings.visited, { count: phone.visited })}</span>}
          {phone.used !== undefined && phone.used > 0 && (
            <span>{fill(strings.storage, { used: formatSize(phone.used, formats) })}</span>
          )}
          {phone.saved.length > 0 && phone.persisted !== undefined && (
            <span>{phone.persisted ? strings.persisted : strings.notPersisted}</span>
          )}
        </p>
      )}
    </div>
  )
}
