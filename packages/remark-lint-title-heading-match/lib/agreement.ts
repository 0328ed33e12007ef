/**
 * How much two texts agree: the weighted share of their terms they have in
 * common, after acronyms are matched to their expansions.
 */
import {isDateKey} from './dates.js'
import {pickLanguage, type Language} from './languages.js'
import {termsOf, type TermKind, type Terms, type Word} from './terms.js'

/** What each kind of term weighs: generic words and numbers count, but less. */
const weights: Record<TermKind, number> = {subject: 1, number: 0.5, generic: 0.25}

/** Words that may be shortened (`config` for `configuration`): three or more letters of a spaced script. */
const abbreviable = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]{3,}$/u

/**
 * Agreement of two texts, from 0 (nothing in common) to 1: the mean of
 * containment (shared weight over the lighter text's weight, so a shortened
 * title agrees with its full heading) and the Dice coefficient (shared weight
 * over the mean weight). It is 0 when no subject word is shared: generic
 * words and numbers never decide alone.
 */
export function agreement(a: Terms, b: Terms): number {
  const left = withAcronymsOf(b, a)
  const right = withAcronymsOf(a, b)
  const shared = sharedWeight(left, right)
  if (!shared.subject) return 0
  const leftWeight = totalWeight(left)
  const rightWeight = totalWeight(right)
  const containment = shared.weight / Math.min(leftWeight, rightWeight)
  const dice = (2 * shared.weight) / (leftWeight + rightWeight)
  return (containment + dice) / 2
}

/**
 * How much `passage` supports `title`, from 0 to 1: the share of the title's
 * weight found in the passage (0 when no subject word is).
 */
export function support(title: Terms, passage: Terms): number {
  const left = withAcronymsOf(passage, title)
  const shared = sharedWeight(left, withAcronymsOf(title, passage))
  return shared.subject ? shared.weight / totalWeight(left) : 0
}

/**
 * The subject terms of `a` that `b` does not share (by the same matching as
 * `agreement`): what `a` says that `b` does not.
 */
export function ownTerms(a: Terms, b: Terms): Set<string> {
  const left = withAcronymsOf(b, a)
  const {matched} = sharedWeight(left, withAcronymsOf(a, b))
  const own = new Set<string>()
  for (const [key, kind] of left) if (kind === 'subject' && !matched.has(key)) own.add(key)
  return own
}

/**
 * How many of `keys` `passage` uses, by exact term (a long passage starts
 * with the letters of too many words for abbreviations to count).
 */
export function usedCount(keys: Set<string>, passage: Terms): number {
  let used = 0
  for (const key of keys) if (passage.terms.has(key)) used++
  return used
}

/** Whether both texts name the same date (`Mar 3rd, 2021` and `March 3rd`). */
export function shareDate(a: Terms, b: Terms): boolean {
  for (const key of a.terms.keys()) if (isDateKey(key) && b.terms.has(key)) return true
  return false
}

/**
 * Agreement of two strings, in `language` or the language their stop words
 * suggest: the score the rule compares with its threshold.
 */
export function agreementOf(a: string, b: string, language: Language = pickLanguage(undefined, [a, b])): number {
  return agreement(termsOf(a, language), termsOf(b, language))
}

function totalWeight(terms: Map<string, TermKind>): number {
  let total = 0
  for (const kind of terms.values()) total += weights[kind]
  return total
}

/**
 * The terms of `target`, where a run of its words spells an acronym of
 * `source` (`Frequently Asked Questions` for `FAQ`, stop words inside
 * allowed: `Bill of Materials` for `BOM`) is replaced by the acronym.
 */
function withAcronymsOf(source: Terms, target: Terms): Map<string, TermKind> {
  const terms = new Map(target.terms)
  for (const word of source.words) {
    if (!word?.acronym || terms.has(word.acronym)) continue
    const run = expansion(word.acronym, target.words)
    if (!run) continue
    for (const expanded of run) if (expanded.key) terms.delete(expanded.key)
    terms.set(word.acronym, 'subject')
  }
  return terms
}

function expansion(letters: string, words: Array<Word | undefined>): Word[] | undefined {
  for (let start = 0; start < words.length; start++) {
    const run = spell(letters, words, start, 0)
    if (run) return run
  }
  return undefined
}

/** The words from `index` on whose initials spell `letters` from `matched` on. */
function spell(letters: string, words: Array<Word | undefined>, index: number, matched: number): Word[] | undefined {
  if (matched === letters.length) return []
  const word = words[index]
  if (!word) return undefined
  const last = matched === letters.length - 1
  // Stop words may stand inside an expansion, spelled or skipped, and end it
  // only when hyphenated (`sign-on` of `SSO`, not `in` of `activities in`).
  const spellable = !word.stop || (matched > 0 && (!last || word.hyphenated))
  if (!word.acronym && word.initial === letters[matched] && spellable) {
    const rest = spell(letters, words, index + 1, matched + 1)
    if (rest) return [word, ...rest]
  }
  if (word.stop && matched > 0) {
    const rest = spell(letters, words, index + 1, matched)
    if (rest) return [word, ...rest]
  }
  return undefined
}

/**
 * The weight both sides share: exact keys first, then abbreviations (one
 * key of three or more letters starting the other). Each key pairs at most
 * once; a pair weighs what its lighter side weighs, and is a subject match
 * only when both sides are subject words. `matched` holds the keys of
 * `left` that paired.
 */
function sharedWeight(
  left: Map<string, TermKind>,
  right: Map<string, TermKind>
): {weight: number; subject: boolean; matched: Set<string>} {
  const unmatched = new Map(right)
  const rest: Array<[string, TermKind]> = []
  const matched = new Set<string>()
  let weight = 0
  let subject = false
  const pair = (key: string, a: TermKind, b: TermKind): void => {
    weight += Math.min(weights[a], weights[b])
    if (a === 'subject' && b === 'subject') subject = true
    matched.add(key)
  }

  for (const [key, kind] of left) {
    const other = unmatched.get(key)
    if (other) {
      pair(key, kind, other)
      unmatched.delete(key)
    } else if (abbreviable.test(key)) {
      rest.push([key, kind])
    }
  }
  for (const [key, kind] of rest) {
    for (const [otherKey, otherKind] of unmatched) {
      if (abbreviable.test(otherKey) && (otherKey.startsWith(key) || key.startsWith(otherKey))) {
        pair(key, kind, otherKind)
        unmatched.delete(otherKey)
        break
      }
    }
  }
  return {weight, subject, matched}
}
