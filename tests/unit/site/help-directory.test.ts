import { beforeAll, describe, expect, it } from 'vitest'

import type { SiteContent, SiteHelpCentre } from '../../../site/data/types'
import { messengerLinks } from '../../../site/utils/format'
import { withSnapshot } from '../../helpers/site-content'

function centre(slug: string, extra: Partial<SiteHelpCentre>): SiteHelpCentre {
  return {
    slug,
    country: 'ru',
    region: 'perm',
    phones: ['+7 342 200-00-00'],
    hotlineFree: false,
    languages: ['ru'],
    services: [],
    translations: { ru: { name: slug, city: 'Пермь', html: '', updatedAt: '2026-01-01T00:00:00.000Z' } },
    ...extra,
  }
}

const content: SiteContent = {
  generatedAt: '2026-11-21T00:00:00.000Z',
  topics: [],
  glossary: [],
  regions: [],
  events: [],
  articles: [],
  helpCentres: [
    centre('b-russian-only', {}),
    centre('a-paid-hotline', { hotline: '+7 800 100-00-00', languages: ['ru'] }),
    centre('c-speaks-uzbek', { languages: ['ru', 'uz'] }),
    centre('d-free-hotline', { hotline: '+7 800 200-00-00', hotlineFree: true }),
    centre('e-no-line', { phones: [] }),
    centre('f-sofia', { country: 'bg', region: 'sofia' }),
  ],
}

let help: typeof import('../../../site/utils/help-directory')

beforeAll(async () => {
  help = await withSnapshot(content, () => import('../../../site/utils/help-directory'))
})

describe('who a reader can ask', () => {
  it('lists the country’s reachable centres: the reader’s language first, then free and paid hotlines', () => {
    expect(help.centresToAsk('ru', 'uz').map((c) => c.slug)).toEqual([
      'c-speaks-uzbek',
      'd-free-hotline',
      'a-paid-hotline',
      'b-russian-only',
    ])
    expect(help.centresToAsk('ru', 'ru').map((c) => c.slug)).toEqual([
      'd-free-hotline',
      'a-paid-hotline',
      'b-russian-only',
      'c-speaks-uzbek',
    ])
    expect(help.centresToAsk('bg', 'ru').map((c) => c.slug)).toEqual(['f-sofia'])
    expect(help.centresToAsk('all', 'ru')).toHaveLength(5)
  })

  it('gives the home page one line per country', () => {
    expect(help.helpLines('ru').map((l) => [l.country, l.centre.slug, l.count])).toEqual([
      ['ru', 'd-free-hotline', 5],
      ['bg', 'f-sofia', 1],
    ])
  })
})

describe('messenger links', () => {
  const hostile = 'Hi & <b>"bye"</b> #1 ?x=y 100% «патент»'

  it('open the chat with the message, whatever characters it has', () => {
    const links = messengerLinks(
      { whatsapp: '+7 900 000-00-01', telegram: 'portal_help', viber: '+7 900 000-00-02' },
      hostile,
    )
    const byName = Object.fromEntries(links.map((l) => [l.name, new URL(l.href)]))
    expect(byName.WhatsApp.origin + byName.WhatsApp.pathname).toBe('https://wa.me/79000000001')
    expect(byName.WhatsApp.searchParams.get('text')).toBe(hostile)
    expect(byName.Telegram.pathname).toBe('/portal_help')
    expect(byName.Telegram.searchParams.get('text')).toBe(hostile)
    expect(byName.Viber.searchParams.get('number')).toBe('+79000000002')
    expect(byName.Viber.searchParams.get('draft')).toBe(hostile)
    for (const { href } of links) expect(href).not.toMatch(/[\s<>"#]/)
  })

  it('keep letters of other scripts as they are and encode the rest', () => {
    const [link] = messengerLinks({ whatsapp: '+7 900 000-00-01' }, 'Вопрос: «патент» & سؤال\u202e')
    expect(link.href).toBe('https://wa.me/79000000001?text=Вопрос%3A%20%C2%AB' + 'патент%C2%BB%20%26%20سؤال%E2%80%AE')
    expect(new URL(link.href).searchParams.get('text')).toBe('Вопрос: «патент» & سؤال\u202e')
  })

  it('are plain chat links without a message', () => {
    expect(messengerLinks({ whatsapp: '+7 900 000-00-01' }).map((l) => l.href)).toEqual(['https://wa.me/79000000001'])
  })
})
