import fs from 'node:fs/promises'
import path from 'node:path'

import { parse } from 'yaml'

import { starterGlossary } from '../../../content-models/data/starterGlossary'
import { type Locale, localeCodes } from '../../../content-models/locales'
import { splitFrontMatter } from '../../content/front-matter'
import { Random, ZipfSampler } from './random'

/**
 * One language's vocabulary for the corpus, learnt from the demo content's own
 * texts in that language (content/demo/**): every word the demo uses, ranked
 * by how often it occurs there, followed by a tail of rarer words made up by a
 * letter model trained on the same words. Text is drawn from it Zipf-like, so
 * the search index sees the distribution of natural text in each script (Latin
 * Uzbek with ʻ, Cyrillic Russian, Bulgarian, Tajik and Kyrgyz, Arabic): a few
 * very common words, and a vocabulary that keeps growing with the corpus.
 */
export interface Language {
  locale: Locale
  /** Surface forms by rank: the demo's words first (commonest first), then the made-up tail. */
  words: string[]
  /** How many of `words` come from the demo texts. */
  realWords: number
  /** How many word tokens the demo texts have in this language. */
  demoTokens: number
  /** Draws a rank in `words`. */
  zipf: ZipfSampler
  /** Ranks of content words (4+ letters, not numbers), for titles and headings… */
  contentRanks: Int32Array
  /** …and a sampler over them. */
  contentZipf: ZipfSampler
  /** For a word rank: the ranks of the words that followed it in the demo texts, once per occurrence. */
  followers: (Int32Array | undefined)[]
  /** Glossary terms of this language other than the standard one: what readers type, for `keywords`. */
  searchTerms: string[]
}

export interface VocabularyOptions {
  demoDir: string
  /** Words per language, demo words and made-up tail together. */
  size: number
  random: Random
}

/** A word: letters (with combining marks and the Uzbek ʻ ʼ, which are letters too), inner hyphens and apostrophes; or a number. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*|\p{N}+(?:[.,]\p{N}+)*/gu
const SENTENCE_BREAK = /[.!?؟;:…\n]+(?:\s|$)|\n/u

/** Markdown to plain text: link targets, addresses and markup go; link texts stay. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/[*_`#>|]/g, ' ')
}

const FRONT_MATTER_TEXT = new Set([
  'title',
  'summary',
  'name',
  'organisation',
  'organiser',
  'city',
  'address',
  'openingHours',
  'legalAct',
  'legalArticle',
  'keywords',
  'changes',
  'note',
])

/** The human text in a front-matter value: the fields above, recursively (change notes, keyword lists). */
function frontMatterText(value: unknown, key?: string): string[] {
  if (typeof value === 'string') return key === undefined || FRONT_MATTER_TEXT.has(key) ? [value] : []
  if (Array.isArray(value)) return value.flatMap((v) => frontMatterText(v, key))
  if (value && typeof value === 'object') {
    if (key !== undefined && !FRONT_MATTER_TEXT.has(key)) return []
    return Object.entries(value).flatMap(([k, v]) => frontMatterText(v, k))
  }
  return []
}

/** Every piece of text the demo content has in each language. */
async function demoTexts(demoDir: string): Promise<{ texts: Map<Locale, string[]>; glossary: Map<Locale, string[]> }> {
  const texts = new Map<Locale, string[]>(localeCodes.map((l) => [l, []]))
  const glossary = new Map<Locale, string[]>(localeCodes.map((l) => [l, []]))
  for (const folder of ['articles', 'events', 'help-centres']) {
    const files = (await fs.readdir(path.join(demoDir, folder)).catch(() => [] as string[])).sort()
    for (const file of files) {
      const locale = /\.([a-z]{2})\.md$/.exec(file)?.[1] as Locale | undefined
      if (!locale || !texts.has(locale)) continue
      const { data, body } = splitFrontMatter(await fs.readFile(path.join(demoDir, folder, file), 'utf8'))
      texts.get(locale)!.push(...frontMatterText(data), plainText(body))
    }
  }
  const yaml = async (file: string) =>
    (parse(await fs.readFile(path.join(demoDir, file), 'utf8').catch(() => '')) ?? {}) as Record<string, unknown>
  // topics.yml: slug → { locale: title }; regions.yml: slug → { names: { locale: name } }.
  for (const topic of Object.values(await yaml('topics.yml')) as Record<string, string>[]) {
    for (const [l, title] of Object.entries(topic)) texts.get(l as Locale)?.push(title)
  }
  for (const region of Object.values(await yaml('regions.yml')) as { names: Record<string, string> }[]) {
    for (const [l, name] of Object.entries(region.names ?? {})) texts.get(l as Locale)?.push(name)
  }
  // The starter glossary, which every database has (not demo content): { locale: [standard term, other terms…] }.
  for (const concept of Object.values(starterGlossary)) {
    for (const [l, terms] of Object.entries(concept)) {
      texts.get(l as Locale)?.push(...terms)
      glossary.get(l as Locale)?.push(...terms.slice(1))
    }
  }
  return { texts, glossary }
}

/**
 * Made-up words in the spelling of a language: a letter model (each letter
 * drawn given the two before it) trained on the language's real words, so the
 * tail has the letters, endings and lengths of the language, in its script.
 */
class LetterModel {
  private readonly next = new Map<string, string[]>()

  constructor(words: string[]) {
    for (const word of words) {
      const letters = ['^', '^', ...word, '$']
      for (let i = 2; i < letters.length; i++) {
        const context = letters[i - 2] + letters[i - 1]
        let list = this.next.get(context)
        if (!list) this.next.set(context, (list = []))
        list.push(letters[i])
      }
    }
  }

  word(random: Random): string {
    let a = '^'
    let b = '^'
    let out = ''
    for (let i = 0; i < 24; i++) {
      const list = this.next.get(a + b)
      if (!list) break
      const c = random.pick(list)
      if (c === '$') break
      out += c
      a = b
      b = c
    }
    return out
  }
}

/** Builds the vocabulary of every language from the demo content. Deterministic for one seed. */
export async function buildVocabularies(options: VocabularyOptions): Promise<Map<Locale, Language>> {
  const { texts, glossary } = await demoTexts(options.demoDir)
  const languages = new Map<Locale, Language>()
  for (const locale of localeCodes) {
    const lower = (w: string) => w.toLocaleLowerCase(locale)
    const counts = new Map<string, number>()
    // How each word is written when not opening a sentence (МВД stays upper case, патент lower).
    const forms = new Map<string, Map<string, number>>()
    const sequences: string[][] = []
    let demoTokens = 0
    for (const text of texts.get(locale)!) {
      for (const sentence of text.split(SENTENCE_BREAK)) {
        const tokens = sentence.match(WORD) ?? []
        if (tokens.length === 0) continue
        const keys = tokens.map(lower)
        keys.forEach((k, i) => {
          counts.set(k, (counts.get(k) ?? 0) + 1)
          let f = forms.get(k)
          if (!f) forms.set(k, (f = new Map()))
          // A sentence's first word tells nothing about its usual case, unless nothing else does.
          const weight = i === 0 ? 0.001 : 1
          f.set(tokens[i], (f.get(tokens[i]) ?? 0) + weight)
        })
        demoTokens += tokens.length
        sequences.push(keys)
      }
    }
    if (counts.size === 0) throw new Error(`The demo content in ${options.demoDir} has no text in "${locale}"`)
    // Commonest first; ties in code-point order, so the ranks never depend on the machine's collation.
    const ranked = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([k]) => k)
    const rankOf = new Map(ranked.map((k, r) => [k, r]))
    const surface = ranked.map((k) => {
      const variants = [...forms.get(k)!].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      const [best] = variants[0]
      // Written with a capital only at sentence starts: it is an ordinary word.
      return forms.get(k)!.get(best)! < 1 ? k : best
    })

    // The made-up tail, down to rank `size`.
    const random = options.random.fork(`vocabulary:${locale}`)
    const letterWords = ranked.filter((k) => /^\p{L}+$/u.test(k) && k.length >= 2)
    const model = new LetterModel(letterWords)
    const known = new Set(ranked)
    const words = [...surface]
    for (let misses = 0; words.length < options.size && misses < 100_000;) {
      const w = model.word(random)
      if (w.length < 2 || w.length > 18 || known.has(w)) {
        misses++
        continue
      }
      known.add(w)
      words.push(w)
    }

    const followerLists: number[][] = ranked.map(() => [])
    for (const keys of sequences) {
      for (let i = 0; i + 1 < keys.length; i++) followerLists[rankOf.get(keys[i])!].push(rankOf.get(keys[i + 1])!)
    }
    const contentRanks = Int32Array.from(
      words.map((w, r) => (w.length >= 4 && /^\p{L}/u.test(w) ? r : -1)).filter((r) => r >= 0),
    )
    languages.set(locale, {
      locale,
      words,
      realWords: ranked.length,
      demoTokens,
      zipf: new ZipfSampler(words.length),
      contentRanks,
      contentZipf: new ZipfSampler(contentRanks.length),
      followers: followerLists.map((l) => (l.length ? Int32Array.from(l) : undefined)),
      searchTerms: [...new Set(glossary.get(locale)!)],
    })
  }
  return languages
}
