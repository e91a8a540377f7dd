import { createHash } from 'node:crypto'

import { dayIn, lawChangeStatus } from '../../content-models/rules/lawChangeStatus'
import { countryTimeZone } from '../../content-models/taxonomy'
import type { SiteContent } from './types'

/*
 * What each built file was made from, for incremental builds (ADR 0007).
 *
 * The snapshot is cut into dependency keys, each with a content hash
 * ({@link contentHashes}); while Astro renders, the pages read the snapshot
 * through a Proxy ({@link trackedContent}) that records the keys each page
 * reads. A later build re-renders only the pages whose keys changed.
 *
 * Keys (`<c>` a collection, `<e>` its entity name, `<l>` a locale):
 * - `<c>`: the collection's slugs in order (membership, order, lookups by slug);
 * - `<e>:<slug>#<field>`: one shared field of one item, `<e>:<slug>#*` all of them;
 * - `<e>:<slug>:<l>?`: whether the item has a `<l>` translation (articles, events, centres);
 * - `<e>:<slug>:<l>`: that translation's text;
 * - `<c>#<field>`, `<c>:<l>?`, `<c>:<l>`: the same for every item at once, which
 *   a page that reads a key of many items records instead (lists, feeds): a
 *   page's keys stay few, and the column changes whenever one of them does;
 * - `generatedAt`, `alert`, `publisher`, `glossary`, `situation`, `offline:<l>`, `offline`;
 * - `clock:law`, `clock:events`: what pages derive from the clock rather than
 *   the moment itself ({@link CLOCK_DERIVERS}): every law change's status on
 *   its country's build day, and which events have ended. A page that reads
 *   the moment for these alone does not change between two builds of the
 *   same content an hour apart; one that prints it (feeds, JSON files, the
 *   Offline page) records `generatedAt` and does.
 */

/** Collections whose items are translated per language (a key per translation). */
const TRANSLATED = { articles: 'article', events: 'event', helpCentres: 'centre' } as const
/** Collections whose items carry their few languages inside shared fields. */
const PLAIN = { topics: 'topic', regions: 'region' } as const
type CollectionName = keyof typeof TRANSLATED | keyof typeof PLAIN
const ENTITY: Record<CollectionName, string> = { ...TRANSLATED, ...PLAIN }
const COLLECTIONS = Object.keys(ENTITY) as CollectionName[]

/** A page that reads a key of more items of one collection than this records the column instead. */
const COLUMN_AFTER = 24

const hash = (value: unknown) =>
  createHash('sha1')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64url')
    .slice(0, 16)

/**
 * The hashes of translations already hashed, by object: the export keeps the
 * items of documents not saved since the last build (scripts/site/export/memory.ts),
 * so a publish hashes only the texts it read anew. A snapshot's translations
 * are never changed once it is made.
 */
const translationHashes = new WeakMap<object, string>()

const hashOfTranslation = (t: object) => {
  let h = translationHashes.get(t)
  if (h === undefined) translationHashes.set(t, (h = hash(t)))
  return h
}

interface Item {
  slug: string
  translations?: Record<string, unknown>
  [field: string]: unknown
}

/**
 * Every dependency key of `content` with a hash of what it covers: two
 * snapshots differ in what a page read exactly when a key it recorded has a
 * different hash (a missing key counts as changed).
 */
export function contentHashes(content: SiteContent): Record<string, string> {
  const out: Record<string, string> = {}
  out.generatedAt = hash(content.generatedAt)
  const now = new Date(content.generatedAt)
  // As site/utils/law-change.ts lawChangeState and site/utils/content.ts hasEnded work them out.
  out['clock:law'] = hash(
    content.articles
      .filter((a) => a.kind === 'law-change' && a.effectiveDate)
      .map(
        (a) => `${a.slug}=${lawChangeStatus(a.effectiveDate!, a.expiryDate, dayIn(countryTimeZone[a.country], now))}`,
      ),
  )
  out['clock:events'] = hash(content.events.map((e) => `${e.slug}=${new Date(e.end).getTime() <= now.getTime()}`))
  out.alert = hash(content.alert)
  out.publisher = hash(content.publisher)
  out.glossary = hash(content.glossary)
  out.situation = hash(content.situation)
  out.offline = hash(Object.keys(content.offline ?? {}))
  for (const [locale, sizes] of Object.entries(content.offline ?? {})) out[`offline:${locale}`] = hash(sizes)
  for (const collection of COLLECTIONS) {
    const items = content[collection] as unknown as Item[]
    const entity = ENTITY[collection]
    out[collection] = hash(items.map((i) => i.slug))
    const columns = new Map<string, string[]>()
    const column = (key: string, value: string) => {
      const list = columns.get(key)
      if (list) list.push(value)
      else columns.set(key, [value])
    }
    const locales = new Set<string>()
    for (const item of items) for (const l of Object.keys(item.translations ?? {})) locales.add(l)
    for (const item of items) {
      const { translations: _, ...shared } = item
      out[`${entity}:${item.slug}#*`] = hash(collection in TRANSLATED ? shared : item)
      for (const [field, value] of Object.entries(item)) {
        if (field === 'translations' && collection in TRANSLATED) continue
        const h = hash(value)
        out[`${entity}:${item.slug}#${field}`] = h
        column(`${collection}#${field}`, `${item.slug}=${h}`)
      }
      if (!(collection in TRANSLATED)) continue
      out[`${entity}:${item.slug}#translations`] = hash(Object.keys(item.translations ?? {}))
      column(`${collection}#translations`, out[`${entity}:${item.slug}#translations`])
      for (const l of locales) {
        const t = item.translations?.[l]
        out[`${entity}:${item.slug}:${l}?`] = t ? '1' : '0'
        column(`${collection}:${l}?`, `${item.slug}=${t ? 1 : 0}`)
        if (t) {
          out[`${entity}:${item.slug}:${l}`] = hashOfTranslation(t)
          column(`${collection}:${l}`, `${item.slug}=${out[`${entity}:${item.slug}:${l}`]}`)
        }
      }
    }
    for (const [key, values] of columns) out[key] = hash(values)
  }
  return out
}

/** The keys that differ between two {@link contentHashes} results, added and removed ones included. */
export function changedKeys(before: Record<string, string>, after: Record<string, string>): Set<string> {
  const changed = new Set<string>()
  for (const [key, h] of Object.entries(after)) if (before[key] !== h) changed.add(key)
  for (const key of Object.keys(before)) if (!(key in after)) changed.add(key)
  return changed
}

/**
 * Whether a page that recorded `keys` must be rendered again after `changed`:
 * one of its keys changed, or names something that does not exist (a page
 * that looked up a slug nobody had, recorded as the collection, is covered by it).
 */
export function isAffected(keys: readonly string[], changed: ReadonlySet<string>): boolean {
  return keys.some((k) => changed.has(k) || k === '*')
}

/* ---------------------------------------------------------------------------
 * Recording reads while Astro renders (in the Astro process only).
 */

/** The reads of the page being rendered, and of each page rendered so far. */
export interface Recorder {
  /** The output path being rendered, or undefined while nothing is (getStaticPaths, module set-up). */
  current?: string
  /** The keys the page being rendered has read so far. */
  open?: Set<string>
  /**
   * Output path → the keys it read, folded ({@link foldKeys}) as soon as the
   * page is done: a list page reads thousands, and keeping them all until the
   * end made Astro run out of memory at 20,000 pages.
   */
  pages: Map<string, string[]>
  /** The keys read while a {@link memoized} result is computed, innermost last. */
  captures: Set<string>[]
  /** Keys a route's own item gives its page through props copied in getStaticPaths, by route parameters. */
  routeKeys: Map<string, string[]>
}

const RECORDER = Symbol.for('portal.page-inputs')

/** Turns recording on in this process; every later {@link siteContent} read is recorded. */
export function startRecording(): Recorder {
  const recorder: Recorder = { pages: new Map(), routeKeys: new Map(), captures: [] }
  ;(globalThis as Record<symbol, unknown>)[RECORDER] = recorder
  return recorder
}

/** The recorder of this process, when recording is on. */
export function recorder(): Recorder | undefined {
  return (globalThis as Record<symbol, Recorder | undefined>)[RECORDER]
}

/** Starts attributing reads to `page` (an output path), until the next call. */
export function openPage(page: string | undefined, params?: Record<string, string | undefined>): void {
  const r = recorder()
  if (!r) return
  if (r.current !== undefined && r.open) r.pages.set(r.current, foldKeys(r.open))
  r.current = page
  r.open = undefined
  if (page === undefined) return
  const keys = new Set<string>()
  r.open = keys
  for (const k of (params && r.routeKeys.get(paramsKey(params))) ?? []) keys.add(k)
}

/** The same string for the same route parameters, whatever their order. */
export function paramsKey(params: Record<string, string | undefined>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k] ?? ''}`)
    .join('&')
}

/**
 * Notes that pages with these route parameters are made from `keys` (an
 * item's shared fields and its translation, copied into props by
 * getStaticPaths where reads are not recorded). Pages of several routes
 * may share parameters: each then depends on them all, which is only wasteful.
 */
export function noteRouteKeys(params: Record<string, string | undefined>, keys: string[]): void {
  const r = recorder()
  if (!r) return
  const id = paramsKey(params)
  r.routeKeys.set(id, [...(r.routeKeys.get(id) ?? []), ...keys])
}

/** The facts pages derive from the build moment, each with the key that stands for it over the whole snapshot. */
export type ClockFact = 'clock:law' | 'clock:events'

let clockFact: ClockFact | undefined

/**
 * Runs `read` (which reads the build moment) as a read of `fact` only: the
 * page records `fact`, which changes when a law takes effect or expires or an
 * event ends, instead of `generatedAt`, which changes on every build. `read`
 * must return nothing but that fact (a status, a yes or no), never the moment
 * or the day: the incremental build test builds an hour apart and compares
 * with a full build. Any other read of the moment records `generatedAt`.
 */
export function readingClockFor<T>(fact: ClockFact, read: () => T): T {
  const outer = clockFact
  clockFact = fact
  try {
    return read()
  } finally {
    clockFact = outer
  }
}

function record(key: string): void {
  const r = recorder()
  if (!r) return
  for (const capture of r.captures) capture.add(key)
  if (r.current === undefined) return
  r.open!.add(key)
}

const memos = new WeakMap<object, Map<string, { value: unknown; keys: string[] }>>()

/**
 * `compute()` once per snapshot for `id` (a query over `content` and its
 * arguments): later calls, from any page, return the same value and record
 * the keys its computation read, folded ({@link foldKeys}), as if they had
 * computed it themselves. This is what lets a query that scans a whole
 * collection (every language's article list, the index of articles by slug)
 * be shared by the pages that ask it: a plain module-level cache would leave
 * every page but the first without its reads (ADR 0007). `compute` must read
 * nothing but `content`.
 */
export function memoized<T>(content: object, id: string, compute: () => T): T {
  let byId = memos.get(content)
  if (!byId) memos.set(content, (byId = new Map()))
  const known = byId.get(id)
  if (known) {
    for (const key of known.keys) record(key)
    return known.value as T
  }
  const r = recorder()
  const capture = new Set<string>()
  r?.captures.push(capture)
  let value: T
  try {
    value = compute()
  } finally {
    r?.captures.pop()
  }
  // Recorded again under their column where a page's own folding would put them.
  const keys = foldKeys(capture)
  for (const key of keys) if (!capture.has(key)) record(key)
  byId.set(id, { value, keys })
  return value
}

/** The keys a page recorded, with many items' keys of one kind folded into their column key. */
export function foldKeys(keys: Iterable<string>): string[] {
  const byColumn = new Map<string, string[]>()
  const out: string[] = []
  const collectionOf = new Map(COLLECTIONS.map((c) => [ENTITY[c], c]))
  for (const key of keys) {
    const m = /^([a-z]+):(.+?)(#[A-Za-z]+|:[A-Za-z-]+\??)$/.exec(key)
    const collection = m && collectionOf.get(m[1])
    if (!m || !collection) {
      out.push(key)
      continue
    }
    const column = `${collection}${m[3]}`
    const list = byColumn.get(column)
    if (list) list.push(key)
    else byColumn.set(column, [key])
  }
  for (const [column, list] of byColumn) {
    if (list.length > COLUMN_AFTER) out.push(column)
    else out.push(...list)
  }
  // A column may also have been read as such (a shared query replays its folded keys).
  return [...new Set(out)].sort()
}

/** The dependency key a tracked item stands for (`article:<slug>`), for getStaticPaths helpers. */
export const ITEM_KEY = Symbol.for('portal.item-key')

/**
 * `content` behind Proxies that record, for the page being rendered, every
 * key it reads. Values come back unchanged except that items, their
 * translations and the collections are wrapped too, so a read deep inside
 * is still recorded. The same object always gives the same Proxy.
 */
export function trackedContent(content: SiteContent): SiteContent {
  const proxies = new WeakMap<object, unknown>()
  const once = <T extends object>(target: T, make: () => T): T => {
    let p = proxies.get(target) as T | undefined
    if (!p) {
      p = make()
      proxies.set(target, p)
    }
    return p
  }
  const readOnly = {
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  }

  const translation = (t: object, key: string) =>
    once(
      t,
      () =>
        new Proxy(t, {
          ...readOnly,
          get: (target, prop, receiver) => {
            if (typeof prop === 'string') record(key)
            return Reflect.get(target, prop, receiver)
          },
          has: (target, prop) => (record(key), Reflect.has(target, prop)),
          ownKeys: (target) => (record(key), Reflect.ownKeys(target)),
        }),
    )

  const translations = (ts: Record<string, object>, entityKey: string) =>
    once(
      ts,
      () =>
        new Proxy(ts, {
          ...readOnly,
          get: (target, prop, receiver) => {
            if (typeof prop !== 'string') return Reflect.get(target, prop, receiver)
            record(`${entityKey}:${prop}?`)
            const t = Reflect.get(target, prop, receiver) as object | undefined
            return t && typeof t === 'object' ? translation(t, `${entityKey}:${prop}`) : t
          },
          has: (target, prop) => {
            if (typeof prop === 'string') record(`${entityKey}:${prop}?`)
            return Reflect.has(target, prop)
          },
          ownKeys: (target) => (record(`${entityKey}#translations`), Reflect.ownKeys(target)),
          getOwnPropertyDescriptor: (target, prop) => {
            const d = Reflect.getOwnPropertyDescriptor(target, prop)
            if (d && typeof prop === 'string' && typeof d.value === 'object') {
              record(`${entityKey}:${prop}?`)
              return { ...d, value: translation(d.value as object, `${entityKey}:${prop}`) }
            }
            return d
          },
        }),
    )

  const item = (it: Item, collection: CollectionName) => {
    const entityKey = `${ENTITY[collection]}:${it.slug}`
    const split = collection in TRANSLATED
    const field = (prop: string) => (prop === 'slug' ? collection : `${entityKey}#${prop}`)
    const wrap = (prop: string, value: unknown) =>
      split && prop === 'translations' && value && typeof value === 'object'
        ? translations(value as Record<string, object>, entityKey)
        : value
    return once(
      it,
      () =>
        new Proxy(it, {
          ...readOnly,
          get: (target, prop, receiver) => {
            if (prop === ITEM_KEY) return entityKey
            if (typeof prop !== 'string') return Reflect.get(target, prop, receiver)
            // `translations` itself says nothing until a language is looked up in it.
            if (!(split && prop === 'translations')) record(field(prop))
            return wrap(prop, Reflect.get(target, prop, receiver))
          },
          has: (target, prop) => {
            if (typeof prop === 'string') record(field(prop))
            return Reflect.has(target, prop)
          },
          ownKeys: (target) => Reflect.ownKeys(target),
          getOwnPropertyDescriptor: (target, prop) => {
            const d = Reflect.getOwnPropertyDescriptor(target, prop)
            if (!d || typeof prop !== 'string') return d
            if (!(split && prop === 'translations')) record(field(prop))
            return { ...d, value: wrap(prop, d.value) }
          },
        }),
    )
  }

  const collection = (items: Item[], name: CollectionName) =>
    once(
      items,
      () =>
        new Proxy(items, {
          ...readOnly,
          get: (target, prop, receiver) => {
            if (typeof prop === 'string') record(name)
            const value = Reflect.get(target, prop, receiver)
            return typeof prop === 'string' && /^\d+$/.test(prop) && value ? item(value as Item, name) : value
          },
          has: (target, prop) => (record(name), Reflect.has(target, prop)),
          ownKeys: (target) => (record(name), Reflect.ownKeys(target)),
          getOwnPropertyDescriptor: (target, prop) => {
            record(name)
            const d = Reflect.getOwnPropertyDescriptor(target, prop)
            return d && typeof prop === 'string' && /^\d+$/.test(prop)
              ? { ...d, value: item(d.value as Item, name) }
              : d
          },
        }),
    )

  const offline = (o: object) =>
    once(
      o,
      () =>
        new Proxy(o, {
          ...readOnly,
          get: (target, prop, receiver) => {
            if (typeof prop === 'string') record(`offline:${prop}`)
            return Reflect.get(target, prop, receiver)
          },
          has: (target, prop) => (
            record(typeof prop === 'string' ? `offline:${prop}` : 'offline'),
            Reflect.has(target, prop)
          ),
          ownKeys: (target) => (record('offline'), Reflect.ownKeys(target)),
        }),
    )

  return new Proxy(content, {
    ...readOnly,
    get: (target, prop, receiver) => {
      const value = Reflect.get(target, prop, receiver)
      if (typeof prop !== 'string') return value
      if ((COLLECTIONS as string[]).includes(prop)) return collection(value as Item[], prop as CollectionName)
      if (prop === 'offline') {
        record('offline')
        return value && offline(value as object)
      }
      if (prop === 'generatedAt') {
        if (recorder()?.current !== undefined) record(clockFact ?? 'generatedAt')
        return value
      }
      // alert, publisher, glossary, situation, and anything added later: all or nothing.
      record(['alert', 'publisher', 'glossary', 'situation'].includes(prop) ? prop : '*')
      return value
    },
    ownKeys: (target) => (record('*'), Reflect.ownKeys(target)),
  })
}
