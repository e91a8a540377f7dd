import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { type AdminText, say } from '../i18n/adminText'

/** `{minutes}` is how long to wait. */
const TOO_MANY_SIGN_INS: AdminText = {
  ru: 'Слишком много неудачных попыток входа из вашей сети. Подождите {minutes} мин и попробуйте снова или попросите администратора сбросить ваш пароль.',
  en: 'Too many failed sign-ins from your network. Wait {minutes} min and try again, or ask an administrator to reset your password.',
  bg: 'Твърде много неуспешни опити за вход от вашата мрежа. Изчакайте {minutes} мин. и опитайте отново или помолете администратор да нулира паролата ви.',
  ar: 'محاولات تسجيل دخول فاشلة كثيرة من شبكتك. انتظر {minutes} دقيقة وحاول مجددًا، أو اطلب من المسؤول إعادة تعيين كلمة مرورك.',
}
const TOO_MANY_RESETS: AdminText = {
  ru: 'Слишком много запросов на сброс пароля из вашей сети. Подождите {minutes} мин и попробуйте снова.',
  en: 'Too many password-reset requests from your network. Wait {minutes} min and try again.',
  bg: 'Твърде много заявки за нулиране на парола от вашата мрежа. Изчакайте {minutes} мин. и опитайте отново.',
  ar: 'طلبات كثيرة لإعادة تعيين كلمة المرور من شبكتك. انتظر {minutes} دقيقة وحاول مجددًا.',
}

/** Failed sign-ins one network address may make in a window before it must wait. */
const MAX_FAILED_SIGN_INS = 10
/** Password-reset requests one address may make in a window. */
const MAX_RESET_REQUESTS = 5
const SIGN_IN_WINDOW_MS = 15 * 60 * 1000

interface Tally {
  failures: number
  resets: number
  since: number
}
const tallies = new Map<string, Tally>()

/**
 * The address a request came from. The CMS server (scripts/cms/serve-cms.ts)
 * overwrites X-Forwarded-For with the one address it trusts, so a client
 * cannot pick its own; without it every request shares one allowance.
 */
function requestAddress(req: Pick<PayloadRequest, 'headers'>): string {
  return req.headers?.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'
}

function tally(address: string, now = Date.now()): Tally {
  let t = tallies.get(address)
  if (!t || now - t.since >= SIGN_IN_WINDOW_MS) {
    t = { failures: 0, resets: 0, since: now }
    tallies.set(address, t)
  }
  // Keep the table bounded under a flood of addresses.
  if (tallies.size > 50_000)
    for (const [key, old] of tallies) if (now - old.since >= SIGN_IN_WINDOW_MS) tallies.delete(key)
  return t
}

const waitMinutes = (t: Tally) => Math.max(1, Math.ceil((t.since + SIGN_IN_WINDOW_MS - Date.now()) / 60_000))

/**
 * A per-address limit in front of Payload's per-account lock: after ten wrong
 * passwords from one address it must wait out the window, whichever accounts
 * it tried, so nobody can guess on and on, nor lock out an editor (or the
 * admin) by failing five times with their email. Every sign-in counts as
 * failed until `forgiveSignIn` sees it succeed; this holds for REST and GraphQL
 * alike, since both run these hooks. The sign-in screen shows the refusal, in
 * the admin language of the request.
 */
export const limitSignIns: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const t = tally(requestAddress(req))
  if (operation === 'login') {
    if (t.failures >= MAX_FAILED_SIGN_INS) {
      throw new APIError(say(req, TOO_MANY_SIGN_INS, { minutes: waitMinutes(t) }), 429, undefined, true)
    }
    t.failures++
  } else {
    if (t.resets >= MAX_RESET_REQUESTS) {
      throw new APIError(say(req, TOO_MANY_RESETS, { minutes: waitMinutes(t) }), 429, undefined, true)
    }
    t.resets++
  }
  return args
}

/** A sign-in that succeeded was no failure. */
export const forgiveSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  const t = tallies.get(requestAddress(req))
  if (t && t.failures > 0) t.failures--
  return user
}
