import { describe, expect, it } from 'vitest'

import { localeCodes } from '../../../content-models/locales'
import { notFoundPage } from '../../../scripts/lib/static-server'

describe('notFoundPage', () => {
  it('answers a missing page under a language with that language’s 404', () => {
    expect(notFoundPage('/uz/articles/no-such-article/')).toBe('uz/404/index.html')
    expect(notFoundPage('/ar/x')).toBe('ar/404/index.html')
    expect(notFoundPage('/uz/')).toBe('uz/404/index.html')
    for (const locale of localeCodes) expect(notFoundPage(`/${locale}/missing/`)).toBe(`${locale}/404/index.html`)
  })

  it('answers anything else with the root 404', () => {
    expect(notFoundPage('/')).toBe('404.html')
    expect(notFoundPage('/nothing-here/')).toBe('404.html')
    expect(notFoundPage('/uz')).toBe('404.html')
    expect(notFoundPage('/uzb/page/')).toBe('404.html')
    expect(notFoundPage('/fr/page/')).toBe('404.html')
    expect(notFoundPage('/api/v1/uz/articles.json')).toBe('404.html')
  })
})
