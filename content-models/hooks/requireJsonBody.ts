import { APIError } from 'payload'

/**
 * A create or update whose body Payload could not read as data (a `text/plain`
 * POST, a form post) reached the field hooks as `undefined` and failed with a
 * server error; say what the request should look like instead. Serves as a
 * collection's and a global's `beforeOperation` hook.
 */
export const requireJsonBody = <T>({ args, operation }: { args?: T; operation: string }): T | undefined => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data && typeof data === 'object' && !Array.isArray(data)) return args
  throw new APIError(
    'The request body must be a JSON object, sent with Content-Type: application/json.',
    400,
    undefined,
    true,
  )
}
