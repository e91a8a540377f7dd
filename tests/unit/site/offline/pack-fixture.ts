import type { SiteContent, SiteEvent, SiteHelpCentre } from '../../../../site/data/types'
import { snapshotArticle, translation } from '../../../helpers/site-content'

/** The live site the fixture's links point to. */
export const SITE = 'https://portal.example.org'

/** An editor's title that would run as markup if written unescaped. */
export const HOSTILE = '<img src=x onerror=alert(1)> Patent & "work"'

const tr = translation
const article = snapshotArticle

// Links as the snapshot's HTML writer leaves them: site paths, absolute site
// addresses, a relative path, another language's page, an article not in
// English, an outside address, a fragment and a script URL.
const LINKING_BODY = [
  '<p>See <a href="/en/articles/patent/">the patent</a>,',
  `<a href="${SITE}/en/articles/patent">the same, absolute</a>,`,
  '<a href="../patent/#fees">relative</a>,',
  '<a href="/ru/articles/patent/">in Russian</a>,',
  '<a href="/en/articles/russian-only/">not translated</a>,',
  '<a href="/en/help-centres/moscow-centre/">the centre</a>,',
  '<a href="https://example.com/x?a=1&amp;b=2">outside</a>,',
  '<a href="#part">a part</a> and <a href="javascript:alert(1)">a script</a>.</p>',
  '<h2>Part</h2><ul class="list-bullet"><li\n          class=""\n          style=""\n          value="1"\n        >one</li></ul>',
].join('\n')

export function fixture(): SiteContent {
  return {
    generatedAt: '2026-11-21T12:00:00.000Z',
    topics: [{ slug: 'work', titles: { en: 'Work', ru: 'Работа' }, descriptions: {} }],
    regions: [{ slug: 'moscow', country: 'ru', names: { en: 'Moscow', ru: 'Москва' } }],
    glossary: [{ key: 'patent', terms: { en: ['work patent'], ru: ['патент'], tg: ['патенти корӣ'] } }],
    articles: [
      article('patent', {
        topics: ['work'],
        reviewedAt: '2026-10-15',
        translations: {
          en: tr(HOSTILE, {
            summary: `Summary ${HOSTILE}`,
            html: '<p>How to get a work patent.</p>',
            text: 'How to get a work patent.',
            keywords: ['PNR'],
            changes: [{ date: '2026-10-15', note: `Fees <b>updated</b>` }],
          }),
          ru: tr('Патент', { html: '<p>Как получить патент.</p>', text: 'Как получить патент.' }),
        },
      }),
      article('links', { translations: { en: tr('Links', { html: LINKING_BODY, text: 'See the patent' }) } }),
      article('russian-only', {
        translations: { ru: tr('Только по-русски', { html: '<p>Текст только на русском.</p>' }) },
      }),
      article('new-law', {
        kind: 'law-change',
        effectiveDate: '2027-01-01',
        affectedArticles: ['patent', 'russian-only'],
        translations: { en: tr('New patent law', { legalAct: 'Federal Law No. 1-FZ' }) },
      }),
    ],
    helpCentres: [centre()],
    events: [
      event('upcoming-meeting', '2026-12-10T16:00:00.000Z', '2026-12-10T17:30:00.000Z'),
      event('past-meeting', '2026-09-19T06:00:00.000Z', '2026-09-19T08:00:00.000Z'),
    ],
  }
}

function centre(): SiteHelpCentre {
  return {
    slug: 'moscow-centre',
    country: 'ru',
    region: 'moscow',
    phones: ['+7 495 000-00-01', '+7 495 000-00-02'],
    hotline: '8 800 000-00-00',
    hotlineFree: true,
    whatsapp: '+7 900 000-00-01',
    telegram: 'demo_centre',
    viber: '+7 900 000-00-02',
    // Not a web address: must lead nowhere.
    website: 'javascript:alert(1)',
    languages: ['ru', 'en'],
    services: ['legal-advice'],
    translations: {
      en: {
        name: `Moscow centre ${HOSTILE}`,
        city: 'Moscow',
        address: '1 Example St.',
        openingHours: 'Mon–Fri 9:00–18:00',
        html: '<p>Free advice.</p>',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
      ru: { name: 'Московский центр', city: 'Москва', html: '', updatedAt: '2026-11-01T00:00:00.000Z' },
    },
  }
}

function event(slug: string, start: string, end: string): SiteEvent {
  return {
    slug,
    eventKind: 'information-meeting',
    start,
    end,
    timeZone: 'Europe/Moscow',
    country: 'ru',
    helpCentre: 'moscow-centre',
    languages: ['en'],
    topics: [],
    registrationPhone: '+7 900 000-00-03',
    translations: { en: { title: `Meeting ${slug}`, html: '<p>Come.</p>', updatedAt: '2026-11-01T00:00:00.000Z' } },
  }
}
