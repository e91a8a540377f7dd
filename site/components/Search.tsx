import { useEffect, useId, useRef, useState } from 'react'

import type { Locale } from '../../content-models/locales'
import { fill } from '../i18n/fill'
import { type PagefindApi, type PagefindResult, portalSearch } from '../search/engine'
import { mergeDelta, readEntry } from '../search/delta'
import { excerpt } from '../search/excerpt'
import { normalizeQuery } from '../search/normalize'
import { originalText } from '../search/record'
import { enteredValues } from './entered-values'

/** The strings the search island shows, already in the page's language. */
export interface SearchStrings {
  label: string
  placeholder: string
  submit: string
  hint: string
  loading: string
  noResults: string
  resultCount: string
  error: string
  filters: string
  topic: string
  kind: string
  country: string
  any: string
  sort: string
  sortRelevance: string
  sortEffective: string
  more: string
  /** "{count} articles", for results of filters without a query. */
  articleCount: string
}

export interface Option {
  value: string
  label: string
}

interface Props {
  locale: Locale
  strings: SearchStrings
  kinds: Option[]
  countries: Option[]
  topics: Option[]
  /** Where the Pagefind bundle is served from. */
  bundlePath?: string
}

/** A result's data; meta labels were made at build time in the page's language. */
type Result = Awaited<ReturnType<PagefindResult['data']>>

interface Pagefind extends PagefindApi {
  mergeIndex(indexPath: string, options: { language: string }): Promise<unknown>
  destroy(): Promise<void>
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  preload(term: string): Promise<void>
}

type Found = PagefindResult

/** The query, the filters and the sort order: what the address bar keeps. */
type Params = Record<(typeof PARAM_KEYS)[number], string>

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; params: Params; found: Found[]; shown: Result[] }
  | { status: 'error' }

/** Results rendered at once; more on request, so few fragments are fetched. */
const PAGE = 5
/** Short: the index is preloaded while typing, so there is little to wait for. */
const DEBOUNCE_MS = 60
const FILTER_KEYS = ['topic', 'kind', 'country'] as const
const PARAM_KEYS = ['q', ...FILTER_KEYS, 'sort'] as const
const MIN_PRELOAD = 3

let loaded: Promise<Pagefind> | undefined

/**
 * Loads Pagefind from the built site. The specifier is built at run time so the
 * bundler leaves it alone: the file only exists after the Pagefind step.
 */
function loadPagefind(bundlePath: string, locale: Locale): Promise<Pagefind> {
  loaded ??= (async () => {
    const bundleUrl = new URL(bundlePath, document.baseURI).href
    // Read beside the loader: whether a publish left this language's changes in an index of their own.
    const entry = readEntry(bundleUrl)
    const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', bundleUrl).href)) as Pagefind
    // No web worker: one download fewer (12 KB) on a slow connection; searching
    // an index this size takes a few milliseconds on the main thread.
    await pagefind.options({ noWorker: true })
    await pagefind.init()
    try {
      return await mergeDelta(pagefind, entry, bundleUrl, locale)
    } catch {
      // The index of changes failed to load (a newer build removed it, or the connection dropped): Pagefind
      // keeps a failed merge and fails every search after it, so it starts again with its own index only.
      await pagefind.destroy()
      await pagefind.options({ noWorker: true })
      await pagefind.init()
      return pagefind
    }
  })().catch((error: unknown) => {
    // On a flaky connection the next search tries again instead of failing for good.
    loaded = undefined
    throw error
  })
  return loaded
}

function readParams(): Params {
  const p = new URLSearchParams(window.location.search)
  return Object.fromEntries(PARAM_KEYS.map((key) => [key, p.get(key) ?? ''])) as Params
}

/** Keeps the search in the address bar, so it can be shared as a link. */
function writeParams(params: Params): void {
  const url = new URL(window.location.href)
  for (const [key, value] of Object.entries(params)) {
    const v = key === 'q' ? value.trim() : value
    if (v) url.searchParams.set(key, v)
    else url.searchParams.delete(key)
  }
  window.history.replaceState(null, '', url)
}

/**
 * Search for one language: reads `?q=` and filters from the URL, searches as
 * the reader types, with the query normalised exactly as the index was
 * (site/search/normalize.ts), and lists results with highlighted excerpts.
 */
export default function Search({ locale, strings, kinds, countries, topics, bundlePath = '/pagefind/' }: Props) {
  const inputId = useId()
  const [params, setParams] = useState<Params>({ q: '', topic: '', kind: '', country: '', sort: '' })
  const [state, setState] = useState<State>({ status: 'idle' })
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const filtersPanel = useRef<HTMLDetailsElement>(null)
  const root = useRef<HTMLDivElement>(null)

  async function run(next: Params) {
    const ticket = ++latest.current
    const filters = Object.fromEntries(FILTER_KEYS.filter((k) => next[k]).map((k) => [k, next[k]]))
    if (!normalizeQuery(next.q, locale) && Object.keys(filters).length === 0 && !next.sort) {
      setState({ status: 'idle' })
      return
    }
    try {
      const pagefind = await loadPagefind(bundlePath, locale)
      const sort = next.sort === 'effective' ? { effective: 'desc' as const } : undefined
      const results = await portalSearch(pagefind, next.q, locale, { filters, sort })
      const shown = await Promise.all(results.slice(0, PAGE).map((r) => r.data()))
      if (ticket === latest.current) setState({ status: 'done', params: next, found: results, shown })
    } catch (error) {
      console.error('Search failed:', error)
      if (ticket === latest.current) setState({ status: 'error' })
    }
  }

  function update(change: Partial<Params>, immediately = false) {
    const next = { ...params, ...change }
    // Only law changes have an effective date; Pagefind would drop the rest.
    if (change.sort === 'effective') next.kind = 'law-change'
    if (change.kind !== undefined && change.kind !== 'law-change') next.sort = ''
    setParams(next)
    writeParams(next)
    clearTimeout(timer.current)
    if (change.q !== undefined) {
      // Fetch the index chunks for the words typed so far while the reader types
      // on; not for one or two letters, whose chunks are large and soon replaced.
      const term = normalizeQuery(next.q, locale)
      if ((term.split(' ').at(-1) ?? '').length >= MIN_PRELOAD) {
        void loadPagefind(bundlePath, locale)
          .then((p) => p.preload(term))
          .catch(() => undefined)
      }
    }
    if (immediately) void run(next)
    else timer.current = setTimeout(() => void run(next), DEBOUNCE_MS)
  }

  useEffect(() => {
    // A query typed (or a filter picked) before this script arrived beats the link's.
    const entered = Object.entries(enteredValues(root.current, PARAM_KEYS)).filter(([, value]) => value)
    const initial = { ...readParams(), ...Object.fromEntries(entered) }
    setParams(initial)
    if (entered.length > 0) writeParams(initial)
    // A shared link with filters opens the panel once; after that it is the reader's.
    if (filtersPanel.current && (FILTER_KEYS.some((k) => initial[k]) || initial.sort)) filtersPanel.current.open = true
    if (initial.q || initial.topic || initial.kind || initial.country || initial.sort) setState({ status: 'loading' })
    void run(initial)
    // Start loading the search engine before the first keystroke.
    void loadPagefind(bundlePath, locale).catch(() => undefined)
    return () => clearTimeout(timer.current)
  }, [])

  async function showMore() {
    if (state.status !== 'done') return
    const ticket = latest.current
    const more = await Promise.all(
      state.found.slice(state.shown.length, state.shown.length + PAGE).map((r) => r.data()),
    )
    // A new search may have started meanwhile; its results win.
    if (ticket === latest.current) setState({ ...state, shown: [...state.shown, ...more] })
  }

  const select = (key: 'topic' | 'kind' | 'country' | 'sort', label: string, options: Option[], anyLabel: string) => (
    <label className="search-filter">
      <span>{label}</span>
      <select name={key} value={params[key]} onChange={(e) => update({ [key]: e.target.value }, true)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <div ref={root}>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          update({}, true)
        }}
      >
        <label className="sr-only" htmlFor={inputId}>
          {strings.label}
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={params.q}
          placeholder={strings.placeholder}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => update({ q: e.target.value })}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <button type="submit">{strings.submit}</button>
      </form>
      <p id={`${inputId}-hint`} className="meta">
        {strings.hint}
      </p>
      <details className="search-filters" ref={filtersPanel}>
        <summary>{strings.filters}</summary>
        <div className="search-filter-row">
          {select('topic', strings.topic, topics, strings.any)}
          {select('kind', strings.kind, kinds, strings.any)}
          {select('country', strings.country, countries, strings.any)}
          {select('sort', strings.sort, [{ value: 'effective', label: strings.sortEffective }], strings.sortRelevance)}
        </div>
      </details>
      <p
        role="status"
        aria-live="polite"
        data-testid="search-status"
        data-state={state.status}
        data-query={state.status === 'done' ? state.params.q : undefined}
      >
        {state.status === 'loading' && strings.loading}
        {state.status === 'error' && strings.error}
        {state.status === 'done' &&
          (state.found.length === 0
            ? fill(strings.noResults, { query: state.params.q })
            : state.params.q.trim()
              ? fill(strings.resultCount, { count: state.found.length, query: state.params.q })
              : fill(strings.articleCount, { count: state.found.length }))}
      </p>
      {state.status === 'done' && state.shown.length > 0 && (
        <>
          <ol className="cards" data-testid="search-results">
            {state.shown.map((r) => (
              <li key={r.url}>
                <a href={r.url}>{r.meta.title ?? r.url}</a>
                <div className="meta">
                  {r.meta.kind && <span className="tag">{r.meta.kind}</span>}
                  {r.meta.date && (
                    <span>
                      <time dateTime={r.meta.datetime}>{r.meta.date}</time>
                    </span>
                  )}
                </div>
                <p>
                  {excerpt(originalText(r.content, r.meta.title), state.params.q, locale).map((s, i) =>
                    s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                  )}
                </p>
              </li>
            ))}
          </ol>
          {state.shown.length < state.found.length && (
            <button type="button" className="more" onClick={() => void showMore()}>
              {strings.more}
            </button>
          )}
        </>
      )}
    </div>
  )
}
