import type { AfterErrorHook } from 'payload'

interface FieldError {
  status?: number
  message?: string
  data?: { errors?: unknown[] }
}

/**
 * A refused save must say which field to fix and why: Payload answers a
 * ValidationError with each field's path and message (`errors[0].data.errors`),
 * which the admin shows at the field. In the built admin that answer sometimes
 * came back bare ("The following field is invalid: Title"), because Payload
 * recognises its errors with `instanceof` and the Next.js bundle can hold two
 * copies of its error classes. This puts the details back whenever the error
 * carries them, whichever copy threw it.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const e = error as FieldError
  if (e.status !== 400 || !Array.isArray(e.data?.errors)) return
  const first = (result as { errors?: { data?: unknown }[] } | undefined)?.errors?.[0]
  if (first?.data) return
  return { response: { errors: [{ name: 'ValidationError', data: e.data, message: e.message }] }, status: 400 }
}
