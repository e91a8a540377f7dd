/**
 * Where the CMS is served from, as its users' browsers see it. Payload builds
 * the admin's own API calls and emailed links from it, and accepts the login
 * cookie only on requests from these origins (its CSRF check), so a page on
 * any other site, or another port of the same host, cannot act as a signed-in
 * editor. Set CMS_URL in production (https://cms.example.org).
 */
export function cmsUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CMS_URL ?? `http://localhost:${env.CMS_PORT ?? '3000'}`).replace(/\/+$/, '')
}

/** The origins whose requests may carry the login cookie: the CMS itself, under both loopback names in development. */
export function trustedOrigins(url: string): string[] {
  const origin = new URL(url)
  const origins = [origin.origin]
  const twin = origin.hostname === 'localhost' ? '127.0.0.1' : origin.hostname === '127.0.0.1' ? 'localhost' : undefined
  if (twin) origins.push(`${origin.protocol}//${twin}${origin.port ? `:${origin.port}` : ''}`)
  return origins
}
