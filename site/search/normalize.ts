/**
 * Search normalisation, applied identically when the index is built and when
 * a reader types a query, so that the ways migrants really type still meet the
 * text as written. Pure and dependency-free: it runs at build time in Node and
 * in the browser. Documented in docs/search.md; tested letter by letter in
 * tests/unit/site/search/normalize.test.ts.
 */
import type { Locale } from '../../content-models/locales'

/**
 * Letters a Russian keyboard lacks, folded to the key people press instead.
 * Tajik: ҳ ҷ қ ғ ӯ ӣ; Kyrgyz: ө ү ң; Russian: ё. None of these occur in
 * Russian or Bulgarian words, so the fold is safe in every Cyrillic language.
 */
export const KEYBOARD_FOLDS: Record<string, string> = {
  ҳ: 'х',
  ҷ: 'ч',
  қ: 'к',
  ғ: 'г',
  ӯ: 'у',
  ӣ: 'и',
  ө: 'о',
  ү: 'у',
  ң: 'н',
  ё: 'е',
  // Kazakh/Bashkir-style variants that also turn up in Kyrgyz texts.
  ұ: 'у',
  һ: 'х',
}

/** Ways the Uzbek letters oʻ and gʻ (and the tutuq belgisi ʼ) arrive: all dropped. */
export const UZBEK_APOSTROPHES = ['\u02bb', '\u02bc', '\u2018', '\u2019', "'", '`', '\u00b4', '\u02b9']

/** Uzbek Cyrillic → Latin (1995 alphabet, marks dropped as above); е and ё depend on position. */
export const UZBEK_CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ь: '',
  ы: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'o',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
}

/** Arabic letter variants folded to one form; harakat and tatweel are removed. */
export const ARABIC_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ة: 'ه',
}
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g

const VOWELS = new Set([...'аеёиоуыэюяўaeiou'])
const WORD = /[\p{L}\p{M}\p{N}\u02bb\u02bc\u2018\u2019'`]+/gu

function foldChars(text: string, table: Record<string, string>): string {
  let out = ''
  for (const ch of text) out += table[ch] ?? ch
  return out
}

/** The one mark an Uzbek word keeps while it is folded, until the voicing rule has told gʻ from g. */
const MARK = '\u02bb'

/**
 * Uzbek Cyrillic word → Latin; е/ё are ye/yo at the start of a word and after
 * a vowel. ғ keeps its mark (gʻ) for the voicing rule; `fold` drops it.
 */
function uzbekLatin(word: string): string {
  let out = ''
  let previous = ''
  for (const ch of word) {
    if (ch === 'е' || ch === 'ё') {
      const y = previous === '' || VOWELS.has(previous) || previous === 'ъ' || previous === 'ь'
      out += (y ? 'y' : '') + (ch === 'е' ? 'e' : 'o')
    } else {
      out += ch === 'ғ' ? `g${MARK}` : (UZBEK_CYRILLIC_TO_LATIN[ch] ?? ch)
    }
    previous = ch
  }
  return out
}

/**
 * Stem-final consonants that voice before a vowel suffix, with the letter the
 * stem ends in on its own, as folded words spell them: Kyrgyz китеп → китеби,
 * жетек → жетеги; Uzbek yurak → yuragi, qishloq → qishlogʻi (юрак → юраги,
 * қишлоқ → қишлоғи). Tajik and the other languages have no such rule.
 */
export const VOICED_FINALS = {
  ky: { б: 'п', г: 'к' },
  uz: { g: 'k', [`g${MARK}`]: 'q' },
} as const

/** Kyrgyz suffix vowels once folded (ү→у, ө→о): ы/и/у in possessives, а/е/о in case endings. */
const I = '[ыиу]'
const A = '[аео]'

/**
 * The vowel suffixes after which a stem has voiced, folded, with the case
 * endings that may follow them. Kyrgyz possessives -ы (китеби), -ым, -ың,
 * -ыңыз, -ыбыз, -ыңар; after the third person -н, -нын, -на, -нда, -нан,
 * -ндагы (китебинде), after the others -ды, -дын, -а/-га, -да, -дан, -дагы
 * (китебиме). Uzbek -i, -im, -ing, -imiz, -ingiz with -ni, -ning, -ga, -da,
 * -dan, -dagi (yuragimni).
 */
const VOICING_SUFFIXES = {
  ky:
    `${I}(?:н(?:${I}н|${A}н?|д${A}(?:г${I})?)?` +
    `|(?:м|н(?:${I}з(?:д${A}р)?|${A}р)?|б${I}з)(?:д(?:${I}н?|${A}(?:н|г${I})?)|г?${A})?)?`,
  uz: 'i(?:m|ng|miz|ngiz)?(?:ni|ning|ga|da|dan|dagi)?',
}

/**
 * A voiced consonant after a vowel, ending a stem of at least three letters,
 * followed by nothing but a vowel suffix. The earliest match wins, so the
 * whole suffix comes off (жете|г|индеги, not жетегинде|г|и).
 */
const VOICED_STEM = {
  ky: new RegExp(`^(.{2,}?[аеиоуыэюя])([бг])(${VOICING_SUFFIXES.ky})$`, 'u'),
  uz: new RegExp(`^(.{2,}?[aeiou]${MARK}?)(g${MARK}?)(${VOICING_SUFFIXES.uz})$`, 'u'),
}

/**
 * -дагы/-тагы (-dagi) after three letters or more is the locative with the
 * suffix of «Россиядагы», not a voiced stem, and takes endings the rule does
 * not know («Россиядагылар»); «жетеги» is жетек.
 */
const LOCATIVE_ATTRIBUTIVE = { ky: /^.{3,}[дт][аео]г[ыиу]$/u, uz: /^.{3,}[dt]agi$/u }

/** The parts of a word with a voiced stem (stem, voiced consonant, suffix), or null. */
function voicedStem(word: string, locale: 'ky' | 'uz'): RegExpExecArray | null {
  const m = VOICED_STEM[locale].exec(word)
  return m && m[3].length === 1 && LOCATIVE_ATTRIBUTIVE[locale].test(word.split(MARK).join('')) ? null : m
}

/** A word folded, and whether its last letter was given back by undoing voicing. */
interface Folded {
  word: string
  /**
   * 'exact' when a voiced stem got its own final consonant back; 'k-or-q'
   * when that consonant was a Latin Uzbek g written without the mark of gʻ,
   * which may have been k or q (yuragi from yurak, qishlogi from qishloq).
   */
  unvoiced?: 'exact' | 'k-or-q'
}

function fold(word: string, locale: Locale): Folded {
  let w = word.normalize('NFC').toLowerCase()
  if (locale === 'uz') {
    let marked = uzbekLatin(w)
    for (const mark of UZBEK_APOSTROPHES) marked = marked.split(mark).join(MARK)
    const plain = (text: string) => text.split(MARK).join('')
    const m = voicedStem(marked, 'uz')
    if (!m) return { word: plain(marked) }
    const voiced = m[2] as keyof typeof VOICED_FINALS.uz
    // In Cyrillic г and ғ are different letters; only Latin loses the mark.
    const guessed = voiced === 'g' && !/[\u0400-\u04ff]/.test(w)
    return { word: plain(m[1]) + VOICED_FINALS.uz[voiced], unvoiced: guessed ? 'k-or-q' : 'exact' }
  }
  w = foldChars(w, KEYBOARD_FOLDS)
  if (locale === 'ar' || /[\u0600-\u06ff]/.test(w)) w = foldChars(w.replace(ARABIC_MARKS, ''), ARABIC_FOLDS)
  // Apostrophes inside a word (English "don't", Uzbek names in other languages) are not letters to match on.
  w = w.replace(/[\u02bb\u02bc\u2018\u2019'`]/g, '')
  const m = locale === 'ky' ? voicedStem(w, 'ky') : null
  if (!m) return { word: w }
  return { word: m[1] + VOICED_FINALS.ky[m[2] as keyof typeof VOICED_FINALS.ky], unvoiced: 'exact' }
}

/**
 * Folds one word (or any text without spaces) to its search form in `locale`:
 * lowercase; keyboard letters; Arabic variants; for Uzbek, Cyrillic to Latin
 * and apostrophes dropped (sogʻliq = sog'liq = sogliq = соғлиқ); for Kyrgyz
 * and Uzbek, a stem voiced before a vowel suffix given back its own final
 * consonant, suffix off (китеби → китеп, qishlogʻi → qishloq), so that the
 * text's form and the reader's meet.
 */
export function foldWord(word: string, locale: Locale): string {
  return fold(word, locale).word
}

/** The words of a text, as written. */
export function words(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Folds every word of a text; the result is words joined by single spaces. */
export function foldText(text: string, locale: Locale): string {
  return words(text)
    .map((w) => foldWord(w, locale))
    .filter(Boolean)
    .join(' ')
}

/**
 * Common inflectional endings (after folding) for the languages Pagefind has no
 * stemmer for. Pagefind matches query words as prefixes of indexed words, so
 * trimming an ending from a query word ("hujjatlarni" → "hujjat") finds every
 * other form of it.
 */
export const ENDINGS: Partial<Record<Locale, string[]>> = {
  uz: [
    'larining',
    'laringiz',
    'larimiz',
    'lardan',
    'larni',
    'larga',
    'larda',
    'lari',
    'lar',
    'ingiz',
    'imiz',
    'ning',
    'dagi',
    'dan',
    'ni',
    'ga',
    'ka',
    'qa',
    'da',
    'ta',
    'im',
    'ing',
    'si',
    'i',
  ],
  // Not the short possessives -ам/-ат/-аш: too many stems end in them (ҳуҷҷат).
  tg: ['хоятон', 'хоямон', 'хояшон', 'хоям', 'хоят', 'хояш', 'хои', 'хоро', 'хо', 'ро', 'атон', 'амон', 'ашон', 'и'],
  ky: [
    'лардын',
    'лерден',
    'лардан',
    'ларга',
    'лерге',
    'ларды',
    'лерди',
    'лар',
    'лер',
    'дар',
    'дер',
    'тар',
    'тер',
    'лор',
    'дор',
    'тор',
    'нын',
    'нин',
    'нун',
    'дын',
    'дин',
    'дун',
    'тын',
    'тин',
    'тун',
    'дан',
    'ден',
    'дон',
    'тан',
    'тен',
    'тон',
    'га',
    'ге',
    'го',
    'ка',
    'ке',
    'ко',
    'да',
    'де',
    'до',
    'та',
    'те',
    'то',
    'ны',
    'ни',
    'ну',
    'ды',
    'ди',
    'ду',
    'ты',
    'ти',
    'ту',
    'ым',
    'им',
    'ум',
    'ын',
    'ин',
    'ун',
    'сы',
    'си',
    'су',
  ],
  bg: ['ите', 'ата', 'ото', 'ът', 'ят', 'та', 'то', 'те', 'ове', 'еве', 'а', 'я', 'и', 'о', 'е'],
}
const MIN_STEM = 4

/** Trims up to two known endings from a folded query word, keeping at least four letters. */
export function trimEndings(word: string, locale: Locale): string {
  const endings = ENDINGS[locale]
  if (!endings) return word
  let w = word
  for (let round = 0; round < 2; round++) {
    const ending = endings.find((e) => w.endsWith(e) && w.length - e.length >= MIN_STEM)
    if (!ending) break
    w = w.slice(0, -ending.length)
  }
  return w
}

/**
 * One query word as it is sent to the index. A stem that got its final
 * consonant back has lost its suffix already; when that consonant is a guess
 * (an Uzbek g typed without the mark: k or q?), only the stem before it is
 * asked for, which both begin with (qishlogi → qishlo, finding qishloq).
 */
function queryWord(word: string, locale: Locale): string {
  const { word: folded, unvoiced } = fold(word, locale)
  if (unvoiced === 'k-or-q') return folded.slice(0, -1)
  return unvoiced ? folded : trimEndings(folded, locale)
}

/** A reader's query as it is sent to the index: folded, and trimmed where no stemmer exists. */
export function normalizeQuery(query: string, locale: Locale): string {
  return words(query)
    .map((w) => queryWord(w, locale))
    .filter(Boolean)
    .join(' ')
}
