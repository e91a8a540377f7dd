import { sameText } from '../rules/sameText'

/** Whether the incoming `data` changes any of `textFields` compared with `stored` (fields not sent count as unchanged). */
export function textChanged(
  textFields: readonly string[],
  data: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): boolean {
  return textFields.some((f) => f in data && !sameText(data[f], stored?.[f]))
}
