/**
 * Turn a title, heading or passage into the terms the score compares:
 * stemmed content words, numbers, generic words, and pairs of characters
 * for scripts written without spaces.
 */
import {findDates} from './dates.js'
import {foldWord} from './fold.js'
import {english, spacelessGenericWords, spacelessStopWords, type Language} from './languages.js'

/** What a term counts for: subject words decide, generic words and numbers only add. */
export type TermKind = 'subject' | 'generic' | 'number'

/** A word of a script written with spaces, in text order, to match acronyms with their expansions. */
export interface Word {
  /** Its term key; `undefined` for stop words. */
  key: string | undefined
  /** Folded first letter. */
  initial: string
  /** Whether it is a stop word (`of`, `and`), which an acronym may skip. */
  stop: boolean
  /** Folded letters when the word is written as an acronym (`FAQ`, `U.S.`). */
  acronym: string | undefined
  /** Whether a hyphen joins it to the word before (`on` in `sign-on`). */
  hyphenated: boolean
}

/** The terms of a text. */
export interface Terms {
  /** Term key to its kind. */
  terms: Map<string, TermKind>
  /** The words, in order; `undefined` where a run of words breaks. */
  words: Array<Word | undefined>
}

/** Versions (`v14.2.0`), decimal numbers, dotted acronyms (`U.S.`), words (with inner apostrophes). */
const tokenPattern =
  /(?<![\p{L}\p{N}])[vV]\p{N}+(?:\.\p{N}+)+|\p{N}+(?:[.,]\p{N}+)+|\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu
const numberPattern = /^[vV]?[\p{N}.,]+$/u
const acronymPattern = /^\p{Lu}{2,6}s?$/u
const spacelessCharacter =
  /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Hangul}\p{Script_Extensions=Thai}\p{Script_Extensions=Lao}\p{Script_Extensions=Khmer}\p{Script_Extensions=Myanmar}]/u
const mark = /\p{M}/u
const katakana = /[\p{Script=Katakana}ー]/u
const hiragana = /\p{Script=Hiragana}/u

/** Listed words of spaceless scripts by first character, longest first. */
const spacelessListed = new Map<string, Array<{word: string; generic: boolean}>>()
for (const [list, isGeneric] of [
  [spacelessGenericWords, true],
  [spacelessStopWords, false]
] as const) {
  for (const word of list) {
    const entries = spacelessListed.get(word[0]!) ?? []
    entries.push({word, generic: isGeneric})
    spacelessListed.set(word[0]!, entries)
  }
}
for (const entries of spacelessListed.values()) entries.sort((a, b) => b.word.length - a.word.length)

const strength: Record<TermKind, number> = {generic: 0, number: 1, subject: 2}

/**
 * The terms of `text` in `language`. Text is normalised (NFKC), folded (case,
 * diacritics) and split into words; punctuation and emoji fall away. With
 * `dates` (a title or a heading; a passage that only witnesses goes
 * without, which costs less), a date is one number term whatever its format (`Mar 3rd, 2021` and `March 3rd`
 * share `date:03-03`), and so is a number (`v14.2.0` is `14.2`, `1,000` is
 * `1000`). Stop
 * words are dropped, other words stemmed. Words written in capitals are
 * acronyms (unless the whole text is). Runs of Han, kana, Hangul, Thai and
 * similar scripts become pairs of characters, after their listed stop words
 * and generic words are cut out.
 */
export function termsOf(text: string, language: Language, dates = true): Terms {
  const result: Terms = {terms: new Map(), words: []}
  const normalised = dates ? withoutDates(text.normalize('NFKC'), result) : text.normalize('NFKC')
  const shouting = !/\p{Ll}/u.test(normalised) && (normalised.match(/\p{Lu}{2,}/gu) ?? []).length > 1

  // A long passage repeats its words: each is read (folded, stemmed) once.
  const read = new Map<string, {word: Omit<Word, 'hyphenated'>; kind: TermKind | undefined}>()
  for (const match of normalised.matchAll(tokenPattern)) {
    let hyphenated = /[-‐‑]/.test(normalised.charAt(match.index - 1))
    for (const run of scriptRuns(match[0])) {
      if (run.spaceless) {
        addSpaceless(run.text, result)
        result.words.push(undefined)
      } else {
        let entry = read.get(run.text)
        if (!entry) {
          entry = readWord(run.text, language, shouting)
          read.set(run.text, entry)
        }
        if (entry.kind) add(result, entry.word.key!, entry.kind)
        result.words.push({...entry.word, hyphenated})
      }
      hyphenated = false
    }
  }
  return result
}

/** Add the dates of `text` to `terms` as numbers, and give the text back with spaces where they were. */
function withoutDates(text: string, terms: Terms): string {
  const parts: string[] = []
  let end = 0
  for (const date of findDates(text)) {
    add(terms, date.key, 'number')
    if (date.year) add(terms, date.year, 'number')
    parts.push(text.slice(end, date.start), ' '.repeat(date.end - date.start))
    end = date.end
  }
  parts.push(text.slice(end))
  return parts.join('')
}

function add(terms: Terms, key: string, kind: TermKind): void {
  const existing = terms.terms.get(key)
  if (!existing || strength[kind] > strength[existing]) terms.terms.set(key, kind)
}

/** Split a token where it changes between spaceless and spaced scripts; marks stay with their letter. */
function scriptRuns(token: string): Array<{text: string; spaceless: boolean}> {
  if (!spacelessCharacter.test(token)) return [{text: token, spaceless: false}]
  const runs: Array<{text: string; spaceless: boolean}> = []
  for (const character of token) {
    const last = runs[runs.length - 1]
    const spaceless = last && mark.test(character) ? last.spaceless : spacelessCharacter.test(character)
    if (last && last.spaceless === spaceless) last.text += character
    else runs.push({text: character, spaceless})
  }
  return runs
}

/** A word of a spaced script as a `Word` and the kind of its term (`undefined` for a stop word). */
function readWord(raw: string, language: Language, shouting: boolean): {word: Omit<Word, 'hyphenated'>; kind: TermKind | undefined} {
  if (numberPattern.test(raw)) {
    return {word: {key: numberKey(raw), initial: '', stop: false, acronym: undefined}, kind: 'number'}
  }

  const dotted = /\p{L}\./u.test(raw)
  if (dotted || (!shouting && acronymPattern.test(raw))) {
    const key = foldWord(dotted ? raw.replace(/\./g, '') : raw.replace(/s$/, ''))
    return {word: {key, initial: key[0]!, stop: false, acronym: key}, kind: 'subject'}
  }

  let lower = raw.toLowerCase().replace(/’/g, "'")
  const initial = foldWord(lower[0]!)
  if (language.stopWords.has(lower) || (lower.length === 1 && raw === lower)) {
    return {word: {key: undefined, initial, stop: true, acronym: undefined}, kind: undefined}
  }
  if (lower.endsWith("'s")) lower = lower.slice(0, -2)
  const folded = foldWord(lower)
  const key = foldWord(language.stem(lower.replace(/'/g, '')))
  const generic = language.genericWords.has(folded) || english.genericWords.has(folded)
  return {word: {key, initial, stop: false, acronym: undefined}, kind: generic ? 'generic' : 'subject'}
}

/**
 * One key per number however it is written: no `v` before a version, no
 * leading zeros, thousands separators dropped (`1,000`, `1,000.50`), a
 * decimal comma as a point (`2,5`), trailing `.0` parts dropped (`14.2.0`
 * and `14.2`, `3.0` and `3`).
 */
function numberKey(raw: string): string {
  const digits = raw.replace(/^[vV]/, '')
  const grouped = /^\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?$/u.test(digits)
  const parts = (grouped ? digits.replace(/,/g, '') : digits.replace(/,/g, '.')).split('.')
  while (parts.length > 1 && /^0+$/.test(parts[parts.length - 1]!)) parts.pop()
  parts[0] = parts[0]!.replace(/^0+(?=\p{N})/u, '')
  return parts.join('.')
}

/**
 * A run of a script written without spaces: cut out listed generic words
 * (kept whole, as generic terms) and stop words (dropped), then split the
 * rest where kana changes to kanji and back; hiragana of one or two
 * characters (particles, verb endings) is dropped, a single character is a
 * term, longer pieces give their pairs of adjacent characters.
 */
function addSpaceless(run: string, terms: Terms): void {
  const characters = [...run]
  let piece: string[] = []
  for (let index = 0; index < characters.length; ) {
    const listed = spacelessListed
      .get(characters[index]!)
      ?.find((entry) => characters.slice(index, index + [...entry.word].length).join('') === entry.word)
    if (listed) {
      addPiece(piece, terms)
      piece = []
      if (listed.generic) add(terms, listed.word, 'generic')
      index += [...listed.word].length
    } else {
      piece.push(characters[index]!)
      index++
    }
  }
  addPiece(piece, terms)
}

function addPiece(characters: string[], terms: Terms): void {
  let group: string[] = []
  let groupKind = ''
  for (const character of characters) {
    const kind = mark.test(character) ? groupKind : katakana.test(character) ? 'katakana' : hiragana.test(character) ? 'hiragana' : 'other'
    if (group.length > 0 && kind !== groupKind) {
      addGroup(group, groupKind, terms)
      group = []
    }
    group.push(character)
    groupKind = kind
  }
  addGroup(group, groupKind, terms)
}

function addGroup(characters: string[], kind: string, terms: Terms): void {
  if (characters.length === 0 || (kind === 'hiragana' && characters.length <= 2)) return
  if (characters.length === 1) add(terms, characters[0]!, 'subject')
  for (let index = 0; index + 1 < characters.length; index++) {
    add(terms, characters[index]! + characters[index + 1]!, 'subject')
  }
}
