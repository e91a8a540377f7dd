/** Kinds of article; the site's UI strings name each one (`kind.<value>`). */
export const articleKinds = ['rights', 'obligations', 'law-change', 'guide'] as const
export type ArticleKind = (typeof articleKinds)[number]

/** Countries an article applies to (ISO 3166-1 alpha-2, lowercase), or `all`. */
export const countries = ['ru', 'bg', 'kg', 'tj', 'uz', 'all'] as const
export type Country = (typeof countries)[number]

export function isArticleKind(value: unknown): value is ArticleKind {
  return typeof value === 'string' && (articleKinds as readonly string[]).includes(value)
}

export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && (countries as readonly string[]).includes(value)
}
