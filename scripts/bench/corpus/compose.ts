import type { Random } from './random'
import type { Language } from './vocabulary'

/**
 * Text made of one language's vocabulary: sentences, paragraphs, lists,
 * headings and whole Markdown bodies shaped like the demo articles (an
 * opening, `##` sections, bullet and numbered lists, bold, a link now and then).
 * The words are drawn Zipf-like; a word is followed, some of the time, by a
 * word that followed it in the demo texts, so common phrases and glossary
 * terms (миграционный учёт, work patent) occur as in real text.
 */

/** How often a word is followed by one that followed it in the demo. */
const FOLLOW = 0.35

const marks = (lang: Language) =>
  lang.locale === 'ar'
    ? { comma: '،', question: '؟', stop: '.', colon: ':' }
    : { comma: ',', question: '?', stop: '.', colon: ':' }

/** Official sites the demo articles link to: the kind of link a real article has. */
const LINKS = [
  ['мвд.рф', 'https://xn--b1aew.xn--p1ai'],
  ['help.unhcr.org/bulgaria', 'https://help.unhcr.org/bulgaria/'],
  ['nra.bg', 'https://nra.bg'],
  ['gosuslugi.ru', 'https://www.gosuslugi.ru'],
  ['aref.government.bg', 'https://aref.government.bg'],
]

export class Composer {
  /** Word tokens written so far (Markdown and punctuation not counted). */
  words = 0

  /**
   * @param used marks, by rank, the words this composer wrote (shared by the
   * composers of one language, to count the distinct words of the corpus)
   */
  constructor(
    readonly lang: Language,
    readonly random: Random,
    private readonly used?: Uint8Array,
  ) {}

  private capitalise(word: string): string {
    return word.charAt(0).toLocaleUpperCase(this.lang.locale) + word.slice(1)
  }

  /** `count` words, each drawn Zipf-like or following the one before as in the demo. */
  private run(count: number, contentOnly = false): string[] {
    const { lang, random } = this
    const out: string[] = []
    let previous = -1
    for (let i = 0; i < count; i++) {
      let rank: number
      const followers = previous >= 0 ? lang.followers[previous] : undefined
      if (followers && !contentOnly && random.chance(FOLLOW)) rank = random.pick(followers)
      else if (contentOnly) rank = lang.contentRanks[lang.contentZipf.draw(random)]
      else rank = lang.zipf.draw(random)
      out.push(lang.words[rank])
      if (this.used) this.used[rank] = 1
      previous = rank
    }
    this.words += out.length
    return out
  }

  /**
   * A sentence of `min`–`max` words with commas, capitalised, with its full
   * stop (or question mark); with `markup`, sometimes a few words in bold.
   */
  sentence(min = 6, max = 22, markup = true): string {
    const m = marks(this.lang)
    const words = this.run(this.random.int(min, max))
    for (let i = 1; i < words.length - 2; i++) if (this.random.chance(0.07)) words[i] += m.comma
    // Bold, as the demo marks deadlines and key words.
    if (markup && words.length > 6 && this.random.chance(0.12)) {
      const at = this.random.int(1, words.length - 4)
      const len = this.random.int(1, 3)
      words[at] = `**${words[at]}`
      words[at + len - 1] = `${words[at + len - 1].replace(/[,،]$/, '')}**`
    }
    words[0] = this.capitalise(words[0])
    return words.join(' ') + (this.random.chance(0.05) ? m.question : m.stop)
  }

  paragraph(sentences = this.random.int(2, 6)): string {
    const parts = Array.from({ length: sentences }, () => this.sentence())
    if (this.random.chance(0.04)) {
      const [label, url] = this.random.pick(LINKS)
      parts.push(`${this.capitalise(this.run(this.random.int(3, 8)).join(' '))} [${label}](${url}).`)
    }
    return parts.join(' ')
  }

  /** A bullet or numbered list; items sometimes open with a bold label, as in the demo. */
  list(): string {
    const numbered = this.random.chance(0.3)
    const m = marks(this.lang)
    const items = Array.from({ length: this.random.int(3, 7) }, (_, i) => {
      const label = !numbered && this.random.chance(0.25) ? `**${this.heading(1, 3)}${m.colon}** ` : ''
      const text = this.random.chance(0.5)
        ? this.sentence(3, 14)
        : this.run(this.random.int(3, 12)).join(' ') + (this.random.chance(0.5) ? ';' : '')
      return `${numbered ? `${i + 1}.` : '-'} ${label}${text}`
    })
    return items.join('\n')
  }

  /** A capitalised phrase of content words, without a full stop: a heading, a title. */
  heading(min = 2, max = 7): string {
    return this.capitalise(this.run(this.random.int(min, max), true).join(' '))
  }

  /**
   * A Markdown body of `target` to `max` words: an opening, then `##`
   * sections with paragraphs, lists and the odd `###`, until `target` is
   * reached; a block that would pass `max` is left out.
   */
  body(target: number, max: number): string {
    const start = this.words
    const blocks: string[] = []
    const add = (make: () => string): boolean => {
      const before = this.words
      const block = make()
      if (this.words - start > max) {
        this.words = before
        return false
      }
      blocks.push(block)
      return true
    }
    add(() => this.paragraph(this.random.int(2, 4)))
    if (this.random.chance(0.4)) add(() => this.paragraph(this.random.int(1, 3)))
    while (this.words - start < target) {
      const ok =
        add(() => `## ${this.heading()}\n\n${this.paragraph()}`) &&
        (!this.random.chance(0.4) || add(() => this.list())) &&
        (!this.random.chance(0.35) || add(() => this.paragraph())) &&
        (!this.random.chance(0.12) ||
          add(() => `### ${this.heading(2, 5)}\n\n${this.paragraph(this.random.int(1, 3))}`))
      if (!ok) break
    }
    return blocks.join('\n\n')
  }

  /** `count` content words that the demo texts use (none of the made-up tail): a slug's words. */
  demoWords(count: number): string[] {
    const out: string[] = []
    while (out.length < count) {
      const rank = this.lang.contentRanks[this.lang.contentZipf.draw(this.random)]
      if (rank < this.lang.realWords) out.push(this.lang.words[rank])
    }
    return out
  }
}
