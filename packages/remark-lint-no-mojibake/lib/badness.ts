/**
 * How unnatural a piece of text looks, as a sum of costs of its characters
 * and of each pair of neighbours. Mojibake puts characters side by side that
 * correct text in any language keeps apart: a Latin letter and a Cyrillic
 * capital (`artГ­culo`), a lower-case letter and an accented capital
 * (`cafÃ©`), a letter and a currency sign (`â€”`), two stray symbols
 * (`€™`). A reading is believed when it costs clearly less than the text as
 * it stands; see the readme for the model.
 */
import {infoOf, type CharacterInfo} from './characters.js'

/** Non-letters that follow a letter in correct text (`word’s`, `word”`, `m²`, `Acme™`). */
const naturalAfterLetter = new Set([...'’”»›…–—\u00A0\u00AD™®²³¹·'].map((character) => character.codePointAt(0)!))

/** Cost of a C1 control, an unassigned or private-use character or a lone surrogate. */
const invalidCost = 4
/** Cost of a character from a block prose rarely uses. */
const rareCost = 1.5
/** Cost of two letters of scripts that never share a word (Latin and Cyrillic, Greek and Latin). */
const scriptClash = 3
/** Cost of an accented capital after a lower-case letter (`cafÃ`). */
const caseClash = 2
/** Extra cost when that capital is followed by another letter (`inglÃs`, `sĂŁo`). */
const capitalInsideWord = 1
/** Cost of a letter followed by a symbol or punctuation correct text never puts there (`â€`). */
const symbolAfterLetter = 2
/** Cost of a symbol or closing punctuation followed by a letter (`™s`). */
const letterAfterSymbol = 1
/** Cost of two symbols or punctuation marks that do not go together (`€™`). */
const symbolPair = 1
/** Extra cost of a symbol between two letters (`È™c`). */
const symbolInsideWord = 1.5
/** Extra cost of an en or em dash between two letters: rare alone, a pattern in MacRoman Cyrillic (`–ì–µ–Ω`). */
const dashInsideWord = 0.5
/** Cost of a box-drawing character beside a letter (`├║tiles`); beside each other they draw. */
const boxBesideLetter = 2.5
/** Cost of two symbols side by side (`¬°`), above two punctuation marks. */
const twoSymbols = 1.5
/** Non-letters that sit between letters in correct text: apostrophes, hyphens, the Catalan middle dot. */
const insideWords = new Set([...'’ʼ‐‑–—·\u00AD…'].map((character) => character.codePointAt(0)!))
/** Cost of a combining mark on something that is not a letter. */
const strayMark = 3
/** Cost of an accented capital standing alone before a symbol (`Â\u00A0`). */
const loneCapital = 1
/** Extra cost of `Â` or `Ã` before a symbol, the leads of all Latin-1 mojibake. */
const latin1Lead = 1.5

/** Whether letters of scripts `a` and `b` can sit side by side in a word. */
function compatible(a: string, b: string): boolean {
  if (a === b) return true
  // Japanese and Korean attach their scripts to Latin words and to each other.
  const eastAsian = (script: string): boolean => script === 'cjk' || script === 'hangul'
  return (eastAsian(a) || a === 'latin') && (eastAsian(b) || b === 'latin')
}

/** Box drawing and block elements. */
function isBoxDrawing(codePoint: number): boolean {
  return codePoint >= 0x2500 && codePoint <= 0x259f
}

/** Punctuation of the CJK blocks, natural beside CJK letters. */
function isCjkPunctuation(codePoint: number): boolean {
  return (codePoint >= 0x3000 && codePoint <= 0x303f) || (codePoint >= 0xff00 && codePoint <= 0xffef)
}

const isWideNonLetter = (info: CharacterInfo): boolean => isSymbolLike(info) || (info.wide && info.kind === 'space')

const isSymbolLike = (info: CharacterInfo): boolean =>
  info.wide && (info.kind === 'symbol' || info.kind === 'punctuation' || info.kind === 'opening' || info.kind === 'closing' || info.kind === 'dash' || info.kind === 'apostrophe' || info.kind === 'format')

/** The cost of the characters `codePoints`, read in order. */
export function badness(codePoints: readonly number[]): number {
  let cost = 0
  const infos = codePoints.map((codePoint) => infoOf(codePoint))
  for (let index = 0; index < infos.length; index++) {
    const info = infos[index]!
    const codePoint = codePoints[index]!
    if (info.kind === 'invalid' || (info.kind === 'control' && info.wide)) cost += invalidCost
    else if (info.rare) cost += rareCost
    if (codePoint === 0xfe_ff) cost += invalidCost
    const previous = infos[index - 1]
    const next = infos[index + 1]
    if (previous) cost += pairCost(previous, info, codePoints[index - 1]!, codePoint)
    if (info.kind === 'letter' && info.upper && info.wide) {
      // A soft hyphen is invisible: look past it.
      const after = next?.kind === 'format' ? infos[index + 2] : next
      if (previous?.kind === 'letter' && !previous.upper && after?.kind === 'letter') cost += capitalInsideWord
      if (next && isWideNonLetter(next)) {
        if (previous?.kind !== 'letter') cost += loneCapital
        if (codePoint === 0xc2 || codePoint === 0xc3) cost += latin1Lead
      }
    }
    if (previous?.kind === 'letter' && next?.kind === 'letter') {
      if (isSymbolLike(info) && !insideWords.has(codePoint)) cost += symbolInsideWord
      else if (codePoint === 0x2013 || codePoint === 0x2014) cost += dashInsideWord
    }
  }
  return cost
}

function pairCost(a: CharacterInfo, b: CharacterInfo, first: number, second: number): number {
  if (a.kind === 'letter' && b.kind === 'letter') {
    if (!compatible(a.script, b.script)) return scriptClash
    if (!a.upper && b.upper && b.wide && a.script === b.script) return caseClash
    return 0
  }
  if (b.kind === 'mark') return a.kind === 'letter' || a.kind === 'mark' ? 0 : strayMark
  if ((a.kind === 'letter' && isBoxDrawing(second)) || (b.kind === 'letter' && isBoxDrawing(first))) return boxBesideLetter
  if (isBoxDrawing(first) && isBoxDrawing(second)) return 0
  if (a.kind === 'letter' && isSymbolLike(b)) {
    if (naturalAfterLetter.has(second) || b.kind === 'apostrophe') return 0
    if (isCjkPunctuation(second)) return 0
    return symbolAfterLetter
  }
  if (b.kind === 'letter' && isSymbolLike(a)) {
    if (a.kind === 'opening' || a.kind === 'dash' || a.kind === 'apostrophe') return 0
    if (isCjkPunctuation(first)) return 0
    if (first === 0x2026 || first === 0xad) return 0
    return letterAfterSymbol
  }
  if (isSymbolLike(a) && isSymbolLike(b)) {
    if (naturalPair(a, b, first, second)) return 0
    return a.kind === 'symbol' && b.kind === 'symbol' ? twoSymbols : symbolPair
  }
  return 0
}

/** Punctuation that goes together: closing marks in a row, a dash before a quote, CJK punctuation. */
function naturalPair(a: CharacterInfo, b: CharacterInfo, first: number, second: number): boolean {
  if (isCjkPunctuation(first) || isCjkPunctuation(second)) return true
  const closing = (info: CharacterInfo, codePoint: number): boolean =>
    info.kind === 'closing' || info.kind === 'apostrophe' || codePoint === 0x2026
  if (closing(a, first) && (closing(b, second) || b.kind === 'dash')) return true
  if (a.kind === 'dash' && (b.kind === 'opening' || b.kind === 'dash')) return true
  return a.kind === 'opening' && b.kind === 'opening'
}
