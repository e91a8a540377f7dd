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

/** Uzbek Cyrillic word → Latin; е/ё are ye/yo at the start of a word and after a vowel. */
function uzbekLatin(word: string): string {
  let out = ''
  let previous = ''
  for (const ch of word) {
    if (ch === 'е' || ch === 'ё') {
      const y = previous === '' || VOWELS.has(previous) || previous === 'ъ' || previous === 'ь'
      out += (y ? 'y' : '') + (ch === 'е' ? 'e' : 'o')
    } else {
      out += UZBEK_CYRILLIC_TO_LATIN[ch] ?? ch
    }
    previous = ch
  }
  return out
}

/**
 * Folds one word (or any text without spaces) to its search form in `locale`:
 * lowercase; keyboard letters; Arabic variants; for Uzbek, Cyrillic to Latin
 * and apostrophes dropped (sogʻliq = sog'liq = sogliq = соғлиқ).
 */
export function foldWord(word: string, locale: Locale): string {
  let w = word.normalize('NFC').toLowerCase()
  if (locale === 'uz') {
    w = uzbekLatin(w)
    for (const mark of UZBEK_APOSTROPHES) w = w.split(mark).join('')
    return w
  }
  w = foldChars(w, KEYBOARD_FOLDS)
  if (locale === 'ar' || /[\u0600-\u06ff]/.test(w)) w = foldChars(w.replace(ARABIC_MARKS, ''), ARABIC_FOLDS)
  // Apostrophes inside a word (English "don't", Uzbek names in other languages) are not letters to match on.
  return w.replace(/[\u02bb\u02bc\u2018\u2019'`]/g, '')
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

/** A reader's query as it is sent to the index: folded, and trimmed where no stemmer exists. */
export function normalizeQuery(query: string, locale: Locale): string {
  return words(query)
    .map((w) => trimEndings(foldWord(w, locale), locale))
    .filter(Boolean)
    .join(' ')
}
