import { handleEndpoints, type Payload } from 'payload'

/** The origin the CMS is served from in tests (CMS_URL's default). */
export const CMS_ORIGIN = 'http://localhost:3000'

export interface RestOptions {
  body?: unknown
  /** A JWT from `login`, sent as `Authorization: JWT …`. */
  token?: string
  headers?: Record<string, string>
}

/**
 * One request through Payload's real REST handlers (`handleEndpoints`, what the
 * Next route calls), so access rules, hooks, CSRF checks and error wording are
 * exactly what a browser or a script meets, without starting Next.
 */
export async function rest(
  payload: Payload,
  method: string,
  path: string,
  options: RestOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: string | undefined
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
    headers['Content-Type'] ??= 'application/json'
  }
  const request = new Request(`${CMS_ORIGIN}/api${path}`, { method, headers, body })
  return handleEndpoints({ config: payload.config, request })
}

/** Logs in through REST and returns the JWT and the cookie the admin would keep. */
export async function login(
  payload: Payload,
  email: string,
  password: string,
): Promise<{ token: string; cookie: string }> {
  const res = await rest(payload, 'POST', '/users/login', { body: { email, password } })
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
  return { token, cookie }
}
