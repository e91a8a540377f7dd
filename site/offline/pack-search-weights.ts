/**
 * How much each kind of word counts in the single file's search, as in the
 * site's index (scripts/site/search-records.ts): title words like Pagefind's
 * <h1>, editors' keywords 3, and a glossary concept's words by how much the
 * article uses the concept (like the title when its title does). Shared by
 * the build (pack-search.ts) and the browser (pack-search-browser.ts).
 */
export const TITLE_WEIGHT = 7
export const KEYWORD_WEIGHT = 3
export const MAX_GLOSSARY_WEIGHT = 5

/** A concept's weight from how often the article's folded text uses its words, and whether its title does. */
export function glossaryWeight(uses: number, inTitle: boolean): number {
  return inTitle ? TITLE_WEIGHT : Math.min(MAX_GLOSSARY_WEIGHT, 1 + Math.floor(uses / 2))
}
