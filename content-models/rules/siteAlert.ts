/** The banner shows while it is switched on, has text and has not expired. */
export function isAlertShown(alert: { active?: boolean | null; expiresAt?: string | null }, now: Date): boolean {
  if (!alert.active || !alert.expiresAt) return false
  return new Date(alert.expiresAt).getTime() > now.getTime()
}
