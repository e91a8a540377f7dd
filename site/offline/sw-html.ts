/**
 * The HTML the service worker changes or writes: it reveals the notes every
 * page carries hidden (Base.astro), and writes the offline fallback page.
 * Pure string functions, so they are unit-tested without a browser.
 */
import type { SwLanguage } from './sw-config'

/** Marks the hidden "Saved on {date}" note; its value is `page` or `law` (law-change pages word it more strongly). */
export const SAVED_NOTE_ATTR = 'data-offline-note'
/** Marks the hidden "{count} articles were updated" note. */
export const UPDATED_NOTE_ATTR = 'data-offline-updated'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** `{name}` placeholders filled with escaped values (the template is already HTML). */
function fillHtml(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? escapeHtml(String(vars[name])) : whole,
  )
}

/**
 * Shows the first element carrying `attr` (drops its `hidden`) and fills its
 * placeholders; the page is returned unchanged when it has no such element.
 */
export function revealNote(html: string, attr: string, vars: Record<string, string | number>): string {
  const element = new RegExp(`(<([a-z]+)\\b[^>]*\\s${attr}\\b[^>]*>)([\\s\\S]*?)(</\\2>)`)
  return html.replace(
    element,
    (_all, open: string, _tag: string, inner: string, close: string) =>
      open.replace(/\shidden(?:="[^"]*")?(?=[\s>])/, '') + fillHtml(inner, vars) + close,
  )
}

/** The page's own title, without the " · site name" every title ends with. */
export function pageTitle(html: string, siteName: string): string | undefined {
  const raw = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1]
  if (!raw) return undefined
  const text = raw
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
  const suffix = ` · ${siteName}`
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text
}

export interface FallbackPage {
  language: SwLanguage
  /** The page that could not be loaded, to try again. */
  url: string
  /** Saved languages: their name (in their own language, `lang`), home page and number of pages. */
  saved: { label: string; lang: string; home: string; pages: number }[]
  /** Pages of this language kept from earlier visits, newest first. */
  visited: { url: string; title: string }[]
  homeUrl: string
  offlinePageUrl: string
  css: string
}

/**
 * The page shown for a page the reader never opened, when there is no
 * network: in the reader's language, listing what the phone has saved, so a
 * dead end becomes a way back into what can be read.
 */
export function fallbackPage(p: FallbackPage): string {
  const s = p.language.strings
  const t = (key: keyof typeof s, vars: Record<string, string | number> = {}) => fillHtml(escapeHtml(s[key]), vars)
  const saved = p.saved.map((l) => {
    // The language's name is in that language: marked so screen readers say it right.
    const label = `<span lang="${escapeHtml(l.lang)}">${escapeHtml(l.label)}</span>`
    return `<li><a href="${escapeHtml(l.home)}">${t('offline.fallbackLanguage', { count: l.pages }).replace('{language}', label)}</a></li>`
  })
  const visited = p.visited.map((v) => `<li><a href="${escapeHtml(v.url)}">${escapeHtml(v.title)}</a></li>`)
  const lists =
    saved.length + visited.length === 0
      ? `<p>${t('offline.fallbackNothing')}</p>`
      : (saved.length ? `<h2>${t('offline.fallbackSavedHeading')}</h2><ul class="cards">${saved.join('')}</ul>` : '') +
        (visited.length
          ? `<h2>${t('offline.fallbackVisited')}</h2><ul class="cards" data-testid="offline-visited">${visited.join('')}</ul>`
          : '')
  return (
    `<!doctype html><html lang="${p.language.htmlLang}" dir="${p.language.dir}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="/favicon.svg" type="image/svg+xml">` +
    `<title>${t('offline.fallbackTitle')} · ${t('site.name')}</title><style>${p.css}</style></head><body>` +
    `<header><div class="wrap"><a class="brand" href="${escapeHtml(p.homeUrl)}">${t('site.name')}</a></div></header>` +
    `<main id="content" class="wrap" data-testid="offline-fallback"><h1>${t('offline.fallbackTitle')}</h1>` +
    `<p class="lead">${t('offline.fallbackText')}</p><p><a href="${escapeHtml(p.url)}">${t('offline.fallbackRetry')}</a></p>` +
    `${lists}<p><a href="${escapeHtml(p.offlinePageUrl)}">${t('offline.footerLink')}</a></p></main></body></html>`
  )
}
