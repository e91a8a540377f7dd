import { getCollection } from 'astro:content'

/** Every published article text, with its language and slug from the file name. */
export async function articles() {
  const entries = await getCollection('articles', (entry) => entry.data.published !== false)
  return entries.map((entry) => {
    const dot = entry.id.lastIndexOf('.')
    return { entry, slug: entry.id.slice(0, dot), lang: entry.id.slice(dot + 1) }
  })
}
