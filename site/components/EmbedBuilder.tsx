import { createElement, useEffect, useId, useRef, useState } from 'react'

import { type EmbedChoice, embedAttributes, iframeSnippet, scriptSnippet } from '../embed/snippets'
import { enteredValues } from './entered-values'
import type { Option } from './Search'

export interface EmbedStrings {
  language: string
  languageBrowser: string
  kind: string
  topic: string
  country: string
  any: string
  limit: string
  preview: string
  scriptCode: string
  iframeCode: string
  copy: string
  copied: string
  title: string
}

interface Props {
  /** The portal's public address, e.g. https://portal.example.org (no trailing slash). */
  portal: string
  /** The page's language: the default choice. */
  locale: string
  strings: EmbedStrings
  languages: Option[]
  kinds: Option[]
  topics: Option[]
  countries: Option[]
}

function Copy({ text, strings }: { text: string; strings: EmbedStrings }) {
  const [done, setDone] = useState(false)
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => {
          setDone(true)
          setTimeout(() => setDone(false), 2000)
        })
      }}
    >
      {done ? strings.copied : strings.copy}
    </button>
  )
}

function withValue(choice: EmbedChoice, key: keyof EmbedChoice, value: string): EmbedChoice {
  return { ...choice, [key]: key === 'limit' ? Math.min(20, Math.max(1, Number(value) || 1)) : value }
}

/** "Put this on your site": pick what to show, see it live, copy the code. */
export default function EmbedBuilder({ portal, locale, strings, languages, kinds, topics, countries }: Props) {
  const id = useId()
  const form = useRef<HTMLFormElement>(null)
  const [choice, setChoice] = useState<EmbedChoice>({
    lang: locale,
    kind: 'law-change',
    topic: '',
    country: '',
    limit: 5,
  })
  const set = (key: keyof EmbedChoice) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value
    setChoice((current) => withValue(current, key, value))
  }
  useEffect(() => {
    const entered = enteredValues(form.current, Object.keys(choice) as (keyof EmbedChoice)[])
    setChoice((current) =>
      Object.entries(entered).reduce(
        (next, [key, value]) => withValue(next, key as keyof EmbedChoice, value ?? ''),
        current,
      ),
    )
  }, [])
  const articlesOnly = !['events', 'help-centres'].includes(choice.kind)
  // A topic picked for articles does not apply once events or help centres are chosen.
  const shown = articlesOnly ? choice : { ...choice, topic: '' }
  const script = scriptSnippet(portal, shown)
  const iframe = iframeSnippet(portal, shown, locale, strings.title)
  const select = (key: 'lang' | 'kind' | 'topic' | 'country', label: string, options: Option[], any?: string) => (
    <div className="search-filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} name={key} value={choice[key]} onChange={set(key)} data-testid={`embed-${key}`}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <div className="embed-builder">
      <form ref={form} className="search-filter-row" onSubmit={(e) => e.preventDefault()}>
        {select('lang', strings.language, languages, strings.languageBrowser)}
        {select('kind', strings.kind, kinds)}
        {articlesOnly && select('topic', strings.topic, topics, strings.any)}
        {select('country', strings.country, countries, strings.any)}
        <div className="search-filter">
          <label htmlFor={`${id}-limit`}>{strings.limit}</label>
          <input
            id={`${id}-limit`}
            name="limit"
            type="number"
            min={1}
            max={20}
            value={choice.limit}
            onChange={set('limit')}
            data-testid="embed-limit"
          />
        </div>
      </form>
      <h2>{strings.preview}</h2>
      <div data-testid="embed-preview">
        {createElement('migrant-portal-feed', {
          key: JSON.stringify(shown),
          ...Object.fromEntries(embedAttributes(shown)),
        })}
      </div>
      <h2>{strings.scriptCode}</h2>
      <pre className="code" data-testid="embed-script-code">
        <code>{script}</code>
      </pre>
      <Copy text={script} strings={strings} />
      <h2>{strings.iframeCode}</h2>
      <pre className="code" data-testid="embed-iframe-code">
        <code>{iframe}</code>
      </pre>
      <Copy text={iframe} strings={strings} />
    </div>
  )
}
