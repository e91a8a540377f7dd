/**
 * <migrant-portal-feed>: the portal's latest articles, law changes, events or
 * help centres on a partner's page. One script tag, no other requests than the
 * portal's own static JSON (/api/v1/), styles isolated in a shadow root and
 * themeable with a few CSS custom properties. When the portal cannot be reached
 * it shows a plain link to it instead. Built by site/pages/embed.js.ts.
 */
export {}

declare const __LOCALES__: string[]
declare const __NAMES__: Record<string, string>
declare const __RTL__: string[]

interface Item {
  slug: string
  title?: string
  name?: string
  summary?: string | null
  url: string
  kind?: string
  topics?: string[]
  country?: string
  region?: string | null
  language?: string
  city?: string
  hotline?: string | null
  place?: string | null
  display?: { date?: string; reviewed?: string | null; translation?: string | null }
}

interface ListFile {
  htmlLang: string
  dir: string
  portal: { name: string; url: string }
  labels: { source: string; more: string; empty: string }
  items: Item[]
  /** The list's next file (articles and law changes come page by page), or null on its last page. */
  next?: string | null
}

/** Files of one list read for one element at most: the first page, then a few more when a filter leaves too few items. */
const MAX_FILES = 3

const script = document.currentScript as HTMLScriptElement | null
const PORTAL = new URL('/', script?.src || location.href).href

const CSS =
  ':host{display:block;font:var(--mpf-font,inherit);color:var(--mpf-color,inherit)}' +
  'section{background:var(--mpf-background,transparent);border:var(--mpf-border,1px solid #d8dde0);border-radius:var(--mpf-radius,4px);padding:.75em 1em}' +
  'ul{list-style:none;margin:0;padding:0}li{padding:.6em 0;border-top:1px solid var(--mpf-rule,#d8dde0)}li:first-child{border-top:0}' +
  'a{color:var(--mpf-accent,#0b5cad)}.t{font-weight:600}p{margin:.2em 0 0}.m{font-size:.875em;opacity:.85}.s{font-size:.8em;margin-top:.6em}'

/** The page's language when the portal has it, else the reader's browser language, else Russian. */
function language(el: HTMLElement): string {
  for (const tag of [el.getAttribute('lang') || '', ...navigator.languages]) {
    const code = tag.toLowerCase().split('-')[0]
    if (__LOCALES__.includes(code)) return code
  }
  return __LOCALES__[0]
}

function h(
  tag: string,
  attrs: Record<string, string | null | undefined>,
  ...children: (Node | string | null | undefined)[]
): HTMLElement {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) if (v) node.setAttribute(k, v)
  for (const c of children) if (c) node.append(c)
  return node
}

const FILES: Record<string, [file: string, page: string]> = {
  events: ['events', 'events/'],
  'help-centres': ['help-centres', 'help-centres/'],
  'law-change': ['law-changes', 'law-changes/'],
}
const ARTICLES: [file: string, page: string] = ['articles', 'articles/']

class MigrantPortalFeed extends HTMLElement {
  static observedAttributes = ['lang', 'kind', 'topic', 'country', 'region', 'limit']
  #root = this.attachShadow({ mode: 'open' })
  #run = 0

  connectedCallback() {
    void this.render()
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.render()
  }

  async render() {
    const run = ++this.#run
    const lang = language(this)
    const kind = this.getAttribute('kind') || ''
    const [file, page] = FILES[kind] ?? ARTICLES
    const limit = Math.max(1, Number(this.getAttribute('limit')) || 5)
    const want = (attr: string, value: string | null | undefined, list?: string[]) => {
      const asked = this.getAttribute(attr)
      return !asked || value === asked || Boolean(list?.includes(asked))
    }
    const wanted = (i: Item) =>
      (FILES[kind] || !kind ? true : i.kind === kind) &&
      want('topic', null, i.topics) &&
      want('country', i.country) &&
      want('region', i.region)
    let section: HTMLElement
    try {
      // The first file has the newest items; a filter that leaves too few reads on, a little.
      let url: string | null | undefined = `${PORTAL}api/v1/${lang}/${file}.json`
      let data: ListFile | undefined
      let items: Item[] = []
      for (let n = 0; url && items.length < limit && n < MAX_FILES; n++) {
        const res: Response = await fetch(url)
        if (!res.ok) throw new Error(String(res.status))
        const list = (await res.json()) as ListFile
        data ??= list
        items = [...items, ...list.items.filter(wanted)]
        // From the same host as the first file, as the script was (`next` names the portal's public address).
        url = list.next && new URL(new URL(list.next).pathname, PORTAL).href
      }
      if (!data) throw new Error('no list')
      items = items.slice(0, limit)
      section = h(
        'section',
        { lang: data.htmlLang, dir: data.dir, part: 'container' },
        items.length ? h('ul', {}, ...items.map((i) => this.item(i))) : h('p', {}, data.labels.empty),
        h(
          'p',
          { class: 's' },
          `${data.labels.source}: `,
          h('a', { href: data.portal.url }, data.portal.name),
          ' · ',
          h('a', { href: `${PORTAL}${lang}/${page}` }, data.labels.more),
        ),
      )
    } catch {
      // Offline or blocked: never an empty or broken box, always a way to the portal.
      section = h(
        'section',
        { lang, dir: __RTL__.includes(lang) ? 'rtl' : 'ltr', part: 'container' },
        h('a', { href: `${PORTAL}${lang}/` }, __NAMES__[lang]),
      )
    }
    if (run !== this.#run) return
    this.#root.replaceChildren(h('style', {}, CSS), section)
  }

  item(i: Item): HTMLElement {
    const d = i.display ?? {}
    const meta = [d.date, d.reviewed, i.place, i.city].filter(Boolean).join(' · ')
    return h(
      'li',
      {},
      h('a', { class: 't', href: i.url, lang: i.language }, i.title ?? i.name ?? i.slug),
      meta ? h('p', { class: 'm' }, meta) : null,
      i.hotline
        ? h('p', { class: 'm' }, h('a', { href: `tel:${i.hotline.replace(/[^\d+]/g, '')}`, dir: 'ltr' }, i.hotline))
        : null,
      d.translation ? h('p', { class: 'm' }, d.translation) : null,
      i.summary ? h('p', {}, i.summary) : null,
    )
  }
}

if (!customElements.get('migrant-portal-feed')) customElements.define('migrant-portal-feed', MigrantPortalFeed)

// Iframes of the portal's /embed/ pages report their height; fit them.
addEventListener('message', (e) => {
  const height =
    (e.data as { type?: string; height?: number } | null)?.type === 'migrant-portal:height'
      ? (e.data as { height: number }).height
      : 0
  if (!height) return
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-migrant-portal]')) {
    if (frame.contentWindow === e.source) frame.style.height = `${height}px`
  }
})
