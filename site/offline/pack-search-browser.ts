/**
 * Search inside the single-file pack, in the browser, with no network: the
 * items are read from the page itself and searched with the site's own
 * folding (site/search/normalize.ts) and query strategy (site/search/engine.ts),
 * through a small in-memory stand-in for Pagefind. Bundled into the file by
 * pack-search.ts; the page's `#pack-data` element carries the strings, the
 * language and each article's hidden search words (keywords, glossary).
 */
import type { Locale } from '../../content-models/locales'
import { fill } from '../i18n/fill'
import { type PagefindApi, type PagefindResult, portalSearch } from '../search/engine'
import { excerpt } from '../search/excerpt'
import { foldText } from '../search/normalize'
import { KEYWORD_WEIGHT, TITLE_WEIGHT } from '../search/weights'

/** What pack.ts writes into `#pack-data`. */
export interface PackSearchData {
  locale: Locale
  strings: { resultCount: string; noResults: string }
  /** Each glossary concept's folded words, once for the whole file (many articles share a concept). */
  concepts: string[]
  /**
   * By element id: what an article is also found by, its folded keywords
   * (`k`) and its concepts (`g`, each an index into `concepts` and a weight).
   */
  hidden: Record<string, { k?: string; g?: [number, number][] }>
}

/** Pagefind ranks a word that only begins with the query word below an exact one… */
const PREFIX_FACTOR = 0.5
/** …and here a word that only shares the query word's stem lower still. */
const STEM_FACTOR = 0.25
/** BM25's usual constants: how fast repeats stop counting, and how much a long text is discounted. */
const K1 = 1.2
const B = 0.75
const MAX_RESULTS = 20

interface Doc {
  id: string
  title: string
  text: string
  /** Weighted count of each folded word. */
  weights: Map<string, number>
  length: number
}

function readItems(data: PackSearchData): Doc[] {
  return [...document.querySelectorAll<HTMLElement>('[data-item]')].map((el) => {
    const title = el.querySelector('.item-title')?.textContent ?? ''
    const text = [...el.querySelectorAll('[data-s]')].map((n) => n.textContent ?? '').join('\n')
    const weights = new Map<string, number>()
    const add = (folded: string, weight: number) => {
      for (const word of folded.split(' ')) if (word) weights.set(word, (weights.get(word) ?? 0) + weight)
    }
    add(foldText(title, data.locale), TITLE_WEIGHT)
    const body = foldText(text, data.locale)
    add(body, 1)
    const hidden = data.hidden[el.id]
    if (hidden?.k) add(hidden.k, KEYWORD_WEIGHT)
    for (const [concept, weight] of hidden?.g ?? []) add(data.concepts[concept], weight)
    return { id: el.id, title, text, weights, length: body.split(' ').length }
  })
}

/**
 * The part of a long query word a text word must begin with to match at all,
 * standing in for Pagefind's stemming («квартира» finds «квартиру»): the
 * last two letters, never leaving fewer than five, so a short word such as
 * «хукук» does not also find «ҳукумат».
 */
function stem(word: string): string {
  return word.length < 6 ? word : word.slice(0, Math.max(5, word.length - 2))
}

/**
 * Pagefind's matching over the page's items: every query word must match a
 * word of the item; each counts by its weight and how closely it matches,
 * ranked BM25-style so a short item about the word beats a long one that
 * repeats it.
 */
function inMemoryIndex(docs: Doc[]): PagefindApi {
  const averageLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length)
  const frequency = (doc: Doc, word: string) => {
    const root = stem(word)
    let f = 0
    for (const [w, weight] of doc.weights) {
      if (w.startsWith(word)) f += w === word ? weight : weight * PREFIX_FACTOR
      else if (w.startsWith(root)) f += weight * STEM_FACTOR
    }
    return f
  }
  return {
    async search(term) {
      const words = (term ?? '').split(' ').filter(Boolean)
      const perWord = words.map((word) => docs.map((doc) => frequency(doc, word)))
      const results: PagefindResult[] = []
      docs.forEach((doc, i) => {
        if (!perWord.every((f) => f[i] > 0)) return
        const score = perWord.reduce((sum, f) => {
          const containing = f.filter((x) => x > 0).length
          const idf = Math.log(1 + (docs.length - containing + 0.5) / (containing + 0.5))
          return sum + (idf * f[i] * (K1 + 1)) / (f[i] + K1 * (1 - B + (B * doc.length) / averageLength))
        }, 0)
        results.push({
          id: doc.id,
          score,
          data: async () => ({ url: `#${doc.id}`, content: doc.text, meta: { title: doc.title } }),
        })
      })
      return { results: results.sort((a, b) => b.score - a.score) }
    },
  }
}

function start(): void {
  const dataEl = document.getElementById('pack-data')
  const form = document.getElementById('pack-search') as HTMLFormElement | null
  const input = form?.querySelector('input')
  const status = document.getElementById('pack-status')
  const list = document.getElementById('pack-results')
  if (!dataEl || !form || !input || !status || !list) return
  const data = JSON.parse(dataEl.textContent ?? '{}') as PackSearchData
  let ready: { index: PagefindApi; byId: Map<string, Doc> } | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let latest = 0

  async function run(): Promise<void> {
    const query = input!.value.trim()
    const mine = ++latest
    if (!query) {
      list!.replaceChildren()
      status!.textContent = ''
      delete status!.dataset.query
      return
    }
    if (!ready) {
      // Read on first use, so opening the file costs nothing.
      const docs = readItems(data)
      ready = { index: inMemoryIndex(docs), byId: new Map(docs.map((d) => [d.id, d])) }
    }
    const { index, byId } = ready
    const found = await portalSearch(index, query, data.locale)
    if (mine !== latest) return
    const items = found.slice(0, MAX_RESULTS).map((result) => {
      const doc = byId.get(result.id)!
      const li = document.createElement('li')
      const a = document.createElement('a')
      a.href = `#${doc.id}`
      a.textContent = doc.title
      const p = document.createElement('p')
      for (const segment of excerpt(doc.text, query, data.locale)) {
        const node = segment.mark ? document.createElement('mark') : document.createElement('span')
        node.textContent = segment.text
        p.append(node)
      }
      li.append(a, p)
      return li
    })
    list!.replaceChildren(...items)
    status!.textContent = fill(found.length ? data.strings.resultCount : data.strings.noResults, {
      count: found.length,
      query,
    })
    status!.dataset.query = query
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void run(), 150)
  })
  // Without JavaScript the form stays hidden and the contents still work.
  form.hidden = false
}

start()
