import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../../../content-models/locales'
import { formatBytes } from '../../../../site/offline/bytes'
import { formatDay, formatSize, localeFormats } from '../../../../site/offline/locale-format'
import { formatDate } from '../../../../site/utils/format'

describe('dates and sizes on the phone', () => {
  it.each(localeCodes)('%s: a day reads as on the site’s pages, every month', (locale) => {
    const f = localeFormats(locale)
    for (let month = 1; month <= 12; month++) {
      for (const day of ['03', '21']) {
        const iso = `2026-${String(month).padStart(2, '0')}-${day}T10:00:00Z`
        expect(formatDay(iso, f)).toBe(formatDate(iso, locale))
      }
    }
  })

  it('sizes use the language’s units and decimal mark', () => {
    expect(formatSize(3_140_000, localeFormats('ru'))).toBe('3,1 МБ')
    expect(formatSize(3_140_000, localeFormats('en'))).toBe('3.1 MB')
    expect(formatSize(3_000_000, localeFormats('en'))).toBe('3 MB')
    expect(formatSize(812_400, localeFormats('uz'))).toBe('812 kB')
    expect(formatBytes(40, 'en')).toBe('1 kB')
  })
})
