import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { type AdminText, say } from '../i18n/adminText'

const RESET_JUST_SENT: AdminText = {
  ru: 'Письмо для сброса пароля уже отправлено на этот адрес меньше минуты назад. Проверьте почту или повторите запрос через минуту.',
  en: 'A reset email was sent to this address less than a minute ago. Check the inbox, or ask again in a minute.',
  bg: 'Имейл за нулиране на паролата беше изпратен на този адрес преди по-малко от минута. Проверете пощата си или опитайте отново след минута.',
  ar: 'أُرسل بريد إعادة تعيين كلمة المرور إلى هذا العنوان قبل أقل من دقيقة. تحقّق من بريدك الوارد أو أعد الطلب بعد دقيقة.',
}

/** How long one address waits before it may ask for another reset email. */
const RESET_INTERVAL_MS = 60_000
const lastRequest = new Map<string, number>()

/**
 * One password-reset email per address a minute: a new request would replace
 * the token of the email just sent, and a script could flood an inbox. Kept in
 * the CMS process's memory (one process serves the admin); the answer is the
 * same whether or not the address has an account, so it reveals nothing.
 */
export const throttlePasswordResets: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .trim()
    .toLowerCase()
  if (!email) return args
  const now = Date.now()
  const last = lastRequest.get(email)
  if (last !== undefined && now - last < RESET_INTERVAL_MS) {
    throw new APIError(say(req, RESET_JUST_SENT), 429, undefined, true)
  }
  lastRequest.set(email, now)
  // Forget old entries so the map cannot grow without end.
  if (lastRequest.size > 10_000)
    for (const [key, at] of lastRequest) if (now - at >= RESET_INTERVAL_MS) lastRequest.delete(key)
  return args
}
