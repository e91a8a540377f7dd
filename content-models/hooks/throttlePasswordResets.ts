import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** How long one address waits before it may ask for another reset email. */
const RESET_INTERVAL_MS = 60_000
const lastRequest = new Map<string, number>()

/**
 * One password-reset email per address a minute: a new request would replace
 * the token of the email just sent, and a script could flood an inbox. Kept in
 * the CMS process's memory (one process serves the admin); the answer is the
 * same whether or not the address has an account, so it reveals nothing.
 */
export const throttlePasswordResets: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .trim()
    .toLowerCase()
  if (!email) return args
  const now = Date.now()
  const last = lastRequest.get(email)
  if (last !== undefined && now - last < RESET_INTERVAL_MS) {
    throw new APIError(
      'A reset email was sent to this address less than a minute ago: check the inbox, or ask again in a minute.',
      429,
      undefined,
      true,
    )
  }
  lastRequest.set(email, now)
  // Forget old entries so the map cannot grow without end.
  if (lastRequest.size > 10_000)
    for (const [key, at] of lastRequest) if (now - at >= RESET_INTERVAL_MS) lastRequest.delete(key)
  return args
}
