import { describe, expect, it } from 'vitest'

import {
  fallbackPage,
  pageTitle,
  revealNote,
  SAVED_NOTE_ATTR,
  UPDATED_NOTE_ATTR,
} from '../../../../site/offline/sw-html'
import type { SwLanguage } from '../../../../site/offline/sw-config'
import { uiStrings } from '../../../../site/i18n'
import { localeFormats } from '../../../../site/offline/locale-format'

// As Base.astro renders the notes (compressHTML keeps the attribute order).
const page =
  '<main id="content" class="wrap"><p class="notice offline-note" data-offline-note="law" data-pagefind-ignore hidden>Saved on {date}. Check again.</p>' +
  '<p class="notice offline-note" data-offline-updated data-pagefind-ignore hidden>Saved articles updated: {count}.</p><h1>Title</h1></main>'

describe('notes the service worker reveals', () => {
  it('shows the saved note with its date filled in, and leaves the other hidden', () => {
    const html = revealNote(page, SAVED_NOTE_ATTR, { date: '3 декабря 2026 г.' })
    expect(html).toContain('data-offline-note="law" data-pagefind-ignore>Saved on 3 декабря 2026 г.. Check again.</p>')
    expect(html).toContain('data-offline-updated data-pagefind-ignore hidden>')
  })

  it('shows the update note with its count', () => {
    expect(revealNote(page, UPDATED_NOTE_ATTR, { count: 4 })).toContain(
      'data-offline-updated data-pagefind-ignore>Saved articles updated: 4.</p>',
    )
  })

  it('escapes what it fills in and leaves a page without notes alone', () => {
    expect(revealNote(page, SAVED_NOTE_ATTR, { date: '<b>' })).toContain('Saved on &#60;b&#62;.')
    expect(revealNote('<p>no notes</p>', SAVED_NOTE_ATTR, { date: 'x' })).toBe('<p>no notes</p>')
  })
})

describe('the offline fallback page', () => {
  const strings = uiStrings('ru')
  const language: SwLanguage = {
    label: 'Русский',
    htmlLang: 'ru',
    dir: 'ltr',
    strings: Object.fromEntries(
      Object.entries(strings).filter(([k]) => k.startsWith('offline.') || k === 'site.name'),
    ) as SwLanguage['strings'],
    formats: localeFormats('ru'),
  }

  it('is in the reader’s language and lists what is saved, escaped', () => {
    const html = fallbackPage({
      language,
      url: '/ru/articles/x/',
      saved: [{ label: 'Тоҷикӣ', lang: 'tg', home: '/tg/', pages: 50 }],
      visited: [{ url: '/ru/articles/a/', title: 'Права <и> обязанности' }],
      homeUrl: '/ru/',
      offlinePageUrl: '/ru/offline/',
      css: 'body{margin:0}',
    })
    expect(html).toContain('<html lang="ru" dir="ltr">')
    expect(html).toContain(`<h1>${strings['offline.fallbackTitle']}</h1>`)
    expect(html).toContain('<a href="/tg/"><span lang="tg">Тоҷикӣ</span>: весь сайт (страниц: 50)</a>')
    expect(html).toContain('<a href="/ru/articles/a/">Права &#60;и&#62; обязанности</a>')
    expect(html).toContain('<a href="/ru/articles/x/">')
  })

  it('says nothing is saved yet when nothing is', () => {
    const html = fallbackPage({
      language,
      url: '/ru/',
      saved: [],
      visited: [],
      homeUrl: '/ru/',
      offlinePageUrl: '/ru/offline/',
      css: '',
    })
    expect(html).toContain(strings['offline.fallbackNothing'])
  })

  it('takes a page’s own title from its <title>', () => {
    expect(pageTitle('<title>Права &amp; обязанности · Портал</title>', 'Портал')).toBe('Права & обязанности')
    expect(pageTitle('<p>none</p>', 'Портал')).toBeUndefined()
  })
})
