import { describe, expect, it } from 'vitest'

import { iframeSnippet, scriptSnippet } from '../../../site/embed/snippets'

const choice = { lang: 'tg', kind: 'events', topic: '', country: 'ru', limit: 3 }

describe('embed snippets', () => {
  it('give the script tag and an element with only the chosen attributes', () => {
    expect(scriptSnippet('https://portal.example.org', choice)).toBe(
      '<script src="https://portal.example.org/embed.js" async></script>\n' +
        '<migrant-portal-feed lang="tg" kind="events" country="ru" limit="3"></migrant-portal-feed>',
    )
  })

  it('leave out lang when the reader’s browser language is wanted', () => {
    expect(scriptSnippet('https://p.example', { ...choice, lang: '' })).not.toContain('lang=')
  })

  it('give an iframe of the language’s embed page with the filters in its query, and the resize listener', () => {
    const code = iframeSnippet('https://portal.example.org', choice, 'ru', 'Portal "demo"')
    expect(code).toContain('src="https://portal.example.org/embed/tg/?kind=events&amp;country=ru&amp;limit=3"')
    expect(code).toContain('title="Portal &quot;demo&quot;"')
    expect(code).toContain('data-migrant-portal')
    expect(code).toContain('migrant-portal:height')
  })
})
