/**
 * An in-memory CacheStorage with what site/offline/sync.ts uses, so saving
 * and refreshing can be tested in Node. Bodies are kept as bytes and handed
 * out as fresh Responses, like the real Cache API.
 */
const ORIGIN = 'http://portal.test'

const keyOf = (request: RequestInfo | URL) =>
  new URL(request instanceof Request ? request.url : String(request), ORIGIN).href

class FakeCache {
  readonly entries = new Map<string, { body: ArrayBuffer; headers: [string, string][] }>()

  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const entry = this.entries.get(keyOf(request))
    return entry && new Response(entry.body.slice(0), { headers: entry.headers })
  }

  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const key = keyOf(request)
    // Re-put moves the entry to the end, as the Cache API does.
    this.entries.delete(key)
    this.entries.set(key, { body: await response.arrayBuffer(), headers: [...response.headers] })
  }

  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(keyOf(request))
  }

  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url))
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>()

  async open(name: string): Promise<Cache> {
    if (!this.caches.has(name)) this.caches.set(name, new FakeCache())
    return this.caches.get(name) as unknown as Cache
  }

  async has(name: string): Promise<boolean> {
    return this.caches.has(name)
  }

  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name)
  }

  async keys(): Promise<string[]> {
    return [...this.caches.keys()]
  }

  /** The stored paths of a cache. */
  paths(name: string): string[] {
    return [...(this.caches.get(name)?.entries.keys() ?? [])].map((url) => new URL(url).pathname)
  }

  asStorage(): CacheStorage {
    return this as unknown as CacheStorage
  }
}

/** A site to download from: path → body; `fail` makes a path fail like a lost connection. */
export function fakeSite(files: Map<string, string>, fail = new Set<string>()) {
  const requested: string[] = []
  const fetch = (async (input: RequestInfo | URL) => {
    const path = new URL(String(input), ORIGIN).pathname
    requested.push(path)
    if (fail.has(path)) throw new TypeError('Failed to fetch')
    const body = files.get(path)
    return body === undefined
      ? new Response('missing', { status: 404 })
      : new Response(body, { headers: { 'Content-Type': 'text/html' } })
  }) as typeof globalThis.fetch
  return { fetch, requested }
}
