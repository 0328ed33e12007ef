/**
 * Which language a text is written in, as far as the rules need to know:
 * the language a document declares, otherwise the one whose stop words its
 * text uses most (a stop-word profile, as language guessers do for short
 * texts). Only languages written with spaces between words are told apart.
 */
import {stopwords as dutchStopWords} from '@orama/stopwords/dutch'
import {stopwords as englishStopWords} from '@orama/stopwords/english'
import {stopwords as frenchStopWords} from '@orama/stopwords/french'
import {stopwords as germanStopWords} from '@orama/stopwords/german'
import {stopwords as italianStopWords} from '@orama/stopwords/italian'
import {stopwords as portugueseStopWords} from '@orama/stopwords/portuguese'
import {stopwords as russianStopWords} from '@orama/stopwords/russian'
import {stopwords as spanishStopWords} from '@orama/stopwords/spanish'

/** ISO 639-1 codes of the languages told apart, English first (the default). */
export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'ru'

const lists: Record<LanguageCode, string[]> = {
  // The English list lacks the article `a`.
  en: [...englishStopWords, 'a'],
  de: germanStopWords,
  fr: frenchStopWords,
  es: spanishStopWords,
  pt: portugueseStopWords,
  it: italianStopWords,
  nl: dutchStopWords,
  ru: russianStopWords
}

/** Lower-case stop words of each language, apostrophes as `'`. */
export const stopWords = new Map(
  Object.entries(lists).map(([code, words]) => [code as LanguageCode, new Set(words.map((word) => word.toLowerCase().replace(/’/g, "'")))])
)

/** How many words of the texts are read at most: enough to tell, and a bound on the cost. */
const wordsRead = 2000

/**
 * The language of a document: `declared` (a frontmatter `lang`, `language`
 * or `locale` such as `de-AT`) when it names a known language, otherwise the
 * language whose stop words occur most often in `texts`, when they occur at
 * least `evidence` times (English on a tie, or with less evidence). The
 * first 2,000 words are read.
 */
export function detectLanguage(declared: unknown, texts: string[], evidence = 1): LanguageCode {
  if (typeof declared === 'string') {
    const code = declared.toLowerCase().split(/[-_]/)[0] as LanguageCode
    if (stopWords.has(code)) return code
  }
  const words: string[] = []
  for (const text of texts) {
    for (const match of text.toLowerCase().replace(/’/g, "'").matchAll(/[\p{L}']+/gu)) {
      words.push(match[0])
      if (words.length >= wordsRead) break
    }
    if (words.length >= wordsRead) break
  }
  let best: LanguageCode = 'en'
  let bestCount = evidence - 1
  for (const [code, set] of stopWords) {
    let count = 0
    for (const word of words) if (set.has(word)) count++
    if (count > bestCount) {
      best = code
      bestCount = count
    }
  }
  return best
}

/** The language a frontmatter's data declares (`lang`, `language` or `locale`), when it is a string. */
export function declaredLanguage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const {lang, language, locale} = data as {lang?: unknown; language?: unknown; locale?: unknown}
  const value = lang ?? language ?? locale
  return typeof value === 'string' ? value : undefined
}
