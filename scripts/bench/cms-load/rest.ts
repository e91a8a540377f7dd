import type { Payload, SanitizedConfig } from 'payload'

/** What one REST call did. `status` 0: no response before the time limit. */
export interface Call {
  status: number
  ms: number
  /** The error's cause chain (see `describeError`), or the body's first error message. */
  error?: string
  json?: Record<string, unknown>
}

/** The Payload REST API driven in this process: what the Next server runs for `/api/*`, minus HTTP. */
export interface Rest {
  payload: Payload
  /**
   * One request. `sentAt` (a `performance.now()` time) is when the client sent
   * it: while SQLite blocks this process, the bench's own timers are late too,
   * so latency counts from when the request was due, not from when it ran.
   */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string; timeoutMs?: number; sentAt?: number },
  ): Promise<Call>
  /** Every error Payload logged since the last call, as "CODE: message" lines (cause chains included). */
  takeLoggedErrors(): string[]
}

/** "CODE: first line of message" for an error and each `cause` under it. */
export function describeError(err: unknown): string {
  const parts: string[] = []
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
    e && parts.length < 4;
    e = e.cause as typeof e
  ) {
    const message = String(e.message ?? e)
      .split('\n')[0]
      .slice(0, 160)
    parts.push(e.code ? `${String(e.code)}: ${message}` : message)
  }
  return parts.join(' ← ')
}

/**
 * Opens the CMS config named by the current DATABASE_URI (set it first: the
 * config reads it when imported) and returns a REST client over Payload's own
 * `handleEndpoints`, so no Next server or port is needed.
 */
export async function openRest(): Promise<Rest> {
  const { handleEndpoints, getPayload } = await import('payload')
  const config: SanitizedConfig = await (await import('../../../cms/payload.config')).default
  // Bench only: add the error's cause chain (with SQLite's code) to every
  // error response, so each failed call can be classified; a 500 otherwise
  // says only "Something went wrong".
  config.hooks.afterError = [
    ...(config.hooks.afterError ?? []),
    ({ error, result }) => ({ response: { ...result, cause: describeError(error) } }),
  ]
  const payload = await getPayload({ config })
  // Count what Payload logs as errors instead of printing a stack per failed
  // request; the report lists them, so nothing is hidden.
  const logged: string[] = []
  payload.logger.error = ((obj: unknown, msg?: string) => {
    const err = (obj as { err?: unknown })?.err ?? obj
    logged.push(describeError(err) || String(msg))
  }) as typeof payload.logger.error

  return {
    payload,
    takeLoggedErrors: () => logged.splice(0),
    async call(method, path, { body, token, timeoutMs = 60_000, sentAt } = {}) {
      const request = new Request(`http://localhost:3000${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const started = sentAt ?? performance.now()
      // A request reaches a server through its event loop, after the I/O and
      // timers already due: yield once, so a client that sends again as soon as
      // it is answered cannot keep everyone else waiting (microtasks alone would).
      await new Promise((resolve) => setImmediate(resolve))
      let timer: ReturnType<typeof setTimeout> | undefined
      const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)))
      try {
        const response = await Promise.race([handleEndpoints({ config, request }), timeout])
        if (!response)
          return { status: 0, ms: performance.now() - started, error: `no response within ${timeoutMs / 1000} s` }
        const json = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined
        const ms = performance.now() - started
        const errors = json?.errors as { message?: string }[] | undefined
        const error =
          (json?.cause as string | undefined) ??
          errors?.[0]?.message ??
          (response.ok ? undefined : String(json?.message ?? response.statusText))
        return { status: response.status, ms, error, json }
      } catch (err) {
        return { status: 0, ms: performance.now() - started, error: describeError(err) }
      } finally {
        clearTimeout(timer)
      }
    },
  }
}
