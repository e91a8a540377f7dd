import { useEffect, useId, useRef, useState } from 'react'

/** The strings the search island shows, already in the page's language. */
export interface SearchStrings {
  label: string
  placeholder: string
  submit: string
  loading: string
  noResults: string
  resultCount: string
  error: string
}

interface Props {
  strings: SearchStrings
  /** Where the Pagefind bundle is served from. */
  bundlePath?: string
}

interface PagefindResult {
  url: string
  excerpt: string
  meta: { title?: string; kind?: string; date?: string }
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResult> }[] }>
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; query: string; results: PagefindResult[] }
  | { status: 'error' }

const MAX_RESULTS = 20

let loaded: Promise<Pagefind> | undefined

/**
 * Loads Pagefind from the built site. The specifier is built at run time so the
 * bundler leaves it alone: the file only exists after the Pagefind step.
 */
function loadPagefind(bundlePath: string): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = new URL(`${bundlePath}pagefind.js`, document.baseURI).href
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    await pagefind.init()
    return pagefind
  })()
  return loaded
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

/** Reads `?q=`, keeps it in the URL so a search can be shared, lists the matches. */
export default function Search({ strings, bundlePath = '/pagefind/' }: Props) {
  const inputId = useId()
  const [query, setQuery] = useState('')
  const [state, setState] = useState<State>({ status: 'idle' })
  const latest = useRef(0)

  async function run(q: string) {
    const ticket = ++latest.current
    const trimmed = q.trim()
    if (!trimmed) {
      setState({ status: 'idle' })
      return
    }
    setState({ status: 'loading' })
    try {
      const pagefind = await loadPagefind(bundlePath)
      const found = await pagefind.search(trimmed)
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()))
      if (ticket === latest.current) setState({ status: 'done', query: trimmed, results })
    } catch {
      if (ticket === latest.current) setState({ status: 'error' })
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? ''
    setQuery(q)
    void run(q)
  }, [])

  function submit(event: React.FormEvent) {
    event.preventDefault()
    const url = new URL(window.location.href)
    if (query.trim()) url.searchParams.set('q', query.trim())
    else url.searchParams.delete('q')
    window.history.replaceState(null, '', url)
    void run(query)
  }

  return (
    <div>
      <form className="search-form" role="search" onSubmit={submit}>
        <label className="sr-only" htmlFor={inputId}>{strings.label}</label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          placeholder={strings.placeholder}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
        <button type="submit">{strings.submit}</button>
      </form>
      <p role="status" aria-live="polite" data-testid="search-status">
        {state.status === 'loading' && strings.loading}
        {state.status === 'error' && strings.error}
        {state.status === 'done' &&
          (state.results.length === 0
            ? fill(strings.noResults, { query: state.query })
            : fill(strings.resultCount, { count: state.results.length, query: state.query }))}
      </p>
      {state.status === 'done' && state.results.length > 0 && (
        <ol className="cards" data-testid="search-results">
          {state.results.map((r) => (
            <li key={r.url}>
              <a href={r.url}>{r.meta.title ?? r.url}</a>
              {r.meta.kind && <span className="tag"> {r.meta.kind}</span>}
              <p dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
