/**
 * How unnatural a piece of text looks, as a sum of costs of its characters
 * and of each pair of neighbours. Mojibake puts characters side by side that
 * correct text in any language keeps apart: a Latin letter and a Cyrillic
 * capital (`artГ­culo`), a lower-case letter and an accented capital
 * (`cafÃ©`), a letter and a currency sign (`â€”`), two stray symbols
 * (`€™`). A reading is believed when it costs clearly less than the text as
 * it stands; the readme describes the model.
 */
import {infoOf, type CharacterInfo} from './characters.js'

/** Cost of a C1 control, an unassigned or private-use character, a lone surrogate or a byte-order mark. */
const invalidCost = 4
/** Cost of a character from a block prose rarely uses. */
const rareCost = 1.5
/** Cost of two letters of scripts that never share a word (Latin and Cyrillic). */
const scriptClash = 3
/** Cost of Latin and Greek letters in one word: rare, but science writes `IL2Rγc`. */
const greekInLatin = 1
/** Cost of an accented capital after a lower-case letter (`cafÃ`). */
const caseClash = 2
/** Extra cost when that capital is followed by another letter (`inglÃs`, `sĂŁo`). */
const capitalInsideWord = 1
/** Cost of an accented lower-case letter between capitals (`ZURÃœCK`). */
const lowerInsideCapitals = 1.5
/** Cost of a letter followed by a symbol or punctuation correct text never puts there (`â€`). */
const symbolAfterLetter = 2
/** Cost of a trademark or registered sign after an accented letter. */
const markAfterLetter = 1
/** Cost of a symbol or closing punctuation followed by a letter (`™s`). */
const letterAfterSymbol = 1
/** Extra cost of a symbol between two letters (`È™c`). */
const symbolInsideWord = 1.5
/** Extra cost of an en or em dash between two letters: rare alone, a pattern in MacRoman Cyrillic (`–ì–µ–Ω`). */
const dashInsideWord = 0.75
/** Cost of two punctuation marks that do not go together (`€™`). */
const symbolPair = 1
/** Cost of two symbols side by side (`¬°`). */
const twoSymbols = 1.5
/** Cost of a box-drawing character beside an accented letter or glued to a word (`├║tiles`). */
const boxBesideWord = 2.5
/** Cost of a box-drawing character before a sign that is not a box (`├¡`). */
const boxBeforeSign = 1.5
/** Cost of a combining mark on something that is not a letter; marks of the basic block are also used on digits and symbols (`6̶`). */
const strayMark = 3
const strayBasicMark = 0.5
/** Cost of a letter of a non-Latin alphabet standing alone. */
const isolatedLetter = 1
/** The lead cost (`mojibakeLead`) for `Â` and `Ã`, except before a no-break space (`Ãœber`, `Ã‰`). */
const strongMojibakeLead = 2.5
/** Cost of an accented capital as the second letter of a word in lower case (`JĂşnior`). */
const secondCapital = 1
/** Cost of `Ã` or `Ă` inside a word before a lower-case letter (`KÃber`). */
const strongLeadInWord = 1.5
/** Cost of an accented capital standing alone before a symbol (`Â\u00A0`). */
const loneCapital = 1
/** Extra cost of a lead of common mojibake (`Ã`, `Å`, `Ð`) before a byte of its second half (`Ã‰`, `Å«`, `Ð²`). */
const mojibakeLead = 1.5
/** Cost of `Ã` or `Â` ending a word of lower-case text: `à` whose no-break space became a space (`voilÃ le`). */
const swallowedSpace = 2.5

/** Non-letters that follow a letter in correct text (`word’s`, `word”`). */
export const naturalAfterLetter: ReadonlySet<number> = new Set([...'’”»›…–—\u00A0\u00AD·'].map((character) => character.codePointAt(0)!))
/** Signs that follow an ASCII letter in correct text (`m²`), but not an accented one (`Î³`). */
const naturalAfterAsciiLetter = new Set([...'²³¹'].map((character) => character.codePointAt(0)!))
/** Non-letters that sit between letters in correct text: apostrophes, hyphens, the Catalan middle dot, math signs. */
const insideWords = new Set([...'’ʼ‐‑–—·\u00AD…×÷±'].map((character) => character.codePointAt(0)!))
/** Quotation marks and the ellipsis, which close a quoted letter or a word. */
const quoteMarks = new Set([...'”’»›“„‘«‹…'].map((character) => character.codePointAt(0)!))
/** Leads of Latin-1, Latin Extended-A and Cyrillic mojibake in Windows-1252 and Windows-1250. */
const mojibakeLeads = new Set([...'ÂÃÄÅĂĹÐÑ'].map((character) => character.codePointAt(0)!))
/** The leads of Latin-1 itself, which correct text hardly ever puts before those characters. */
const strongLeads = new Set([...'ÂÃ'].map((character) => character.codePointAt(0)!))
/** Characters of bytes 0x80–0xBF in Windows-1252 and Windows-1250: the second half of a two-byte sequence. */
const continuations = new Set(
  [
    ...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿',
    ...'ŚŤŹśťźˇ˘ŁĄŞŻ˛łąşĽ˝ľż'
  ].map((character) => character.codePointAt(0)!)
)

/**
 * Whether `lead` then `next` look like the two bytes of a Latin-1, Latin
 * Extended-A or Cyrillic letter. `Â` and `Ã` hardly ever end a syllable
 * before such a character (`Ã‰`, `Ã™`); the others do before no-break
 * spaces, and before units and dashes that end a word (`Å™` for ångström
 * marks, Finnish `SELKÄ` before a no-break space).
 */
function isMojibakeLead(lead: number, next: number, before: CharacterInfo | undefined, afterNext: CharacterInfo | undefined): boolean {
  if (!mojibakeLeads.has(lead) || !continuations.has(next)) return false
  if (strongLeads.has(lead)) return true
  // `Ă` standing alone before a no-break space is `à` read through Windows-1250 (`Ă la`); `SELKÄ` ends a word.
  if (next === 0xa0) return lead === 0x102 && !isLetter(before)
  // A unit, dash or ellipsis that ends a word of capitals: `Å™`, `Å—`, `Å…`, Romanian `NICIODATĂ™`;
  // not `GĂ–KGĂ–Z` nor Polish `gęślÄ…`.
  const unitOrDash = next === 0x2122 || next === 0xae || next === 0x2013 || next === 0x2014 || next === 0x2026
  return !unitOrDash || isLetter(afterNext) || isLower(before)
}

/** Leads of Latin-1 and Latin Extended-A mojibake in MacRoman (`√©` for `é`, `¬©` for `©`). */
const macRomanLeads = new Set([...'¬√ƒ≈'].map((character) => character.codePointAt(0)!))
/**
 * Characters of MacRoman bytes 0x80–0xBF, but the math signs that follow `√`
 * and `¬` in formulas (`√π`) and the spacing accents of emoticons (`¬´`).
 */
const macRomanContinuations = new Set([...'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™ÆØªºæø¿¡'].map((character) => character.codePointAt(0)!))

/** Whether letters of scripts `a` and `b` can sit side by side in a word. */
function compatible(a: string, b: string): boolean {
  if (a === b || a === 'common' || b === 'common') return true
  // Japanese and Korean attach their scripts to Latin words and to each other.
  const eastAsian = (script: string): boolean => script === 'cjk' || script === 'hangul'
  return (eastAsian(a) || a === 'latin') && (eastAsian(b) || b === 'latin')
}

/** Box drawing and block elements. */
function isBoxDrawing(codePoint: number): boolean {
  return codePoint >= 0x2500 && codePoint <= 0x259f
}

/** Punctuation of the CJK blocks, natural beside any letter. */
function isCjkPunctuation(codePoint: number): boolean {
  return (codePoint >= 0x3000 && codePoint <= 0x303f) || (codePoint >= 0xff00 && codePoint <= 0xffef)
}

/** Punctuation, symbols and invisible format characters outside ASCII. */
function isSymbolLike(info: CharacterInfo): boolean {
  return info.wide && (info.kind === 'symbol' || info.kind === 'punctuation' || info.kind === 'opening' || info.kind === 'closing' || info.kind === 'dash' || info.kind === 'apostrophe' || info.kind === 'format')
}

const isLetter = (info: CharacterInfo | undefined): boolean => info?.kind === 'letter'
const isLower = (info: CharacterInfo | undefined): boolean => info?.kind === 'letter' && !info.upper
const isUpper = (info: CharacterInfo | undefined): boolean => info?.kind === 'letter' && info.upper

/** The cost of the characters `codePoints`, read in order. */
export function badness(codePoints: readonly number[]): number {
  let cost = 0
  const infos = codePoints.map((codePoint) => infoOf(codePoint))
  for (let index = 0; index < infos.length; index++) {
    const info = infos[index]!
    const codePoint = codePoints[index]!
    const previous = infos[index - 1]
    const next = infos[index + 1]
    if (info.kind === 'invalid' || (info.kind === 'control' && info.wide) || codePoint === 0xfe_ff) cost += invalidCost
    else if (info.rare) cost += rareCost
    if (previous) cost += pairCost(previous, info, codePoints[index - 1]!, codePoint)
    else if (info.kind === 'mark') cost += strayMark

    if (isBoxDrawing(codePoint)) cost += boxCost(codePoints, infos, index)
    if (macRomanLeads.has(codePoint) && macRomanContinuations.has(codePoints[index + 1]!)) cost += mojibakeLead
    if (info.kind === 'letter' && info.wide) cost += letterCost(codePoints, infos, index)
    if (isLetter(previous) && isLetter(next)) {
      if (isSymbolLike(info) && !insideWords.has(codePoint)) cost += symbolInsideWord
      else if (codePoint === 0x2013 || codePoint === 0x2014) cost += dashInsideWord
    }
  }
  return cost
}

/**
 * Costs of the box-drawing character at `index`. Drawings put boxes beside
 * boxes, spaces and lone ASCII letters (`├┤a┼┐a`); mojibake puts them beside
 * accented letters (`╨ƒ╨╛`), inside words (`t├¡tulos`) and before stray signs.
 */
function boxCost(codePoints: readonly number[], infos: CharacterInfo[], index: number): number {
  let cost = 0
  const inDrawing = (offset: number): boolean => {
    const info = infos[index + offset]
    return info === undefined || info.kind === 'space' || isBoxDrawing(codePoints[index + offset]!)
  }
  for (const side of [-1, 1]) {
    const neighbour = infos[index + side]
    if (neighbour?.kind === 'letter') {
      if (neighbour.wide || isLetter(infos[index + 2 * side]) || !inDrawing(-side)) cost += boxBesideWord
    } else if (side === 1 && neighbour && isSymbolLike(neighbour) && !isBoxDrawing(codePoints[index + 1]!)) {
      cost += boxBeforeSign
    }
  }
  return cost
}

/** Costs of the accented letter at `index` in its word. */
function letterCost(codePoints: readonly number[], infos: CharacterInfo[], index: number): number {
  const info = infos[index]!
  const codePoint = codePoints[index]!
  const previous = infos[index - 1]
  const next = infos[index + 1]
  let cost = 0
  // A letter of another alphabet standing alone (`Χ` read from `Î§`); East Asian characters do stand alone.
  if (!isLetter(previous) && !isLetter(next) && info.script !== 'latin' && info.script !== 'cjk' && info.script !== 'hangul') cost += isolatedLetter
  if (!info.upper) {
    // `ZURÃœCK`, and `SÖģ` read from leetspeak `SÖÄ£`: capitals do not end in a small accented letter.
    const endsCapitals = isUpper(infos[index - 2]) && !isLetter(next)
    return cost + (isUpper(previous) && (isUpper(next) || endsCapitals) ? lowerInsideCapitals : 0)
  }

  // A soft hyphen is invisible: look past it.
  const after = next?.kind === 'format' ? infos[index + 2] : next
  if (isLower(previous) && isLetter(after)) cost += capitalInsideWord
  // `Ã’s` is a possessive, not a byte; `„Ä“`, `“AMANHÃ”` and `Å…` quote or end a word of capitals.
  const possessive = next?.kind === 'apostrophe' && isLetter(infos[index + 2])
  const quoted =
    quoteMarks.has(codePoints[index + 1]!) &&
    !isLetter(infos[index + 2]) &&
    (isUpper(previous) || previous?.kind === 'opening' || previous?.kind === 'closing')
  if (quoted) return cost
  if (next && !possessive && (isSymbolLike(next) || (next.wide && next.kind === 'space'))) {
    const following = codePoints[index + 1]!
    // `Å—` and `Å™` are ångström marks.
    const unit = codePoint === 0xc5 && (following === 0x2122 || following === 0xae || following === 0x2013 || following === 0x2014)
    if (!isLetter(previous) && !unit) cost += loneCapital
  }
  if (!possessive && next && isMojibakeLead(codePoint, codePoints[index + 1]!, previous, infos[index + 2])) {
    cost += strongLeads.has(codePoint) && codePoints[index + 1] !== 0xa0 ? strongMojibakeLead : mojibakeLead
  }
  if (isUpper(previous) && !isLetter(infos[index - 2]) && isLower(after)) cost += secondCapital
  // `KÃber`, `inglÃs`: `Ã` and `Ă` start no syllable inside a word.
  if ((codePoint === 0xc3 || codePoint === 0x102) && isLetter(previous) && isLower(next) && !next!.wide) cost += strongLeadInWord
  // The no-break space may have become a second space (`voilÃ  le`).
  const afterSpace = codePoints[index + 2] === 0x20 ? infos[index + 3] : infos[index + 2]
  if ((codePoint === 0xc3 || codePoint === 0xc2) && codePoints[index + 1] === 0x20 && isLower(afterSpace)) {
    // `voilÃ le`, `jusqu'Ã nos`, `de Ã la`, `GÃ idheal`; not `IRMÃ E` in capitals, nor Yanomami `THË Ã wëyëi`.
    const before = infos[index - 2]
    // An elision (`jusqu'Ã`) has a letter before its apostrophe; an opening quote (`'Ã`) does not.
    const elision = (previous?.kind === 'apostrophe' || codePoints[index - 1] === 0x27) && isLetter(before)
    const lowerBefore = isLower(previous) || elision || (previous?.kind === 'space' && isLower(before))
    if (lowerBefore || (isUpper(previous) && !isLetter(before))) cost += swallowedSpace
  }
  return cost
}

function pairCost(a: CharacterInfo, b: CharacterInfo, first: number, second: number): number {
  if (a.kind === 'letter' && b.kind === 'letter') {
    if (!compatible(a.script, b.script)) {
      const scripts = a.script + ' ' + b.script
      return scripts === 'latin greek' || scripts === 'greek latin' ? greekInLatin : scriptClash
    }
    if (!a.upper && b.upper && b.wide && a.script === b.script) return caseClash
    return 0
  }
  if (b.kind === 'mark') {
    if (a.kind === 'letter' || a.kind === 'mark') return 0
    return second <= 0x36f && (a.kind === 'digit' || a.kind === 'symbol') ? strayBasicMark : strayMark
  }
  if (isBoxDrawing(first) || isBoxDrawing(second)) return 0
  if (isMathBetweenAscii(a, b, first, second)) return 0
  // Emoji sit anywhere: `great👍`.
  if (first >= 0x1_f0_00 || second >= 0x1_f0_00) return 0
  if (a.kind === 'letter' && isSymbolLike(b)) {
    if (naturalAfterLetter.has(second) || b.kind === 'apostrophe' || isCjkPunctuation(second)) return 0
    if (!a.wide && naturalAfterAsciiLetter.has(second)) return 0
    // `Acme™`, and `Å™` for ångström marks; but `OÃ™` is `OÙ`.
    if (second === 0x2122 || second === 0xae) return a.wide ? markAfterLetter : 0
    return symbolAfterLetter
  }
  if (b.kind === 'letter' && isSymbolLike(a)) {
    if (a.kind === 'opening' || a.kind === 'dash' || a.kind === 'apostrophe' || isCjkPunctuation(first)) return 0
    if (first === 0x2026 || first === 0xad) return 0
    return letterAfterSymbol
  }
  if (isSymbolLike(a) && isSymbolLike(b)) {
    if (naturalPair(a, b, first, second) || (isMath(first) && isMath(second))) return 0
    return a.kind === 'symbol' && b.kind === 'symbol' ? twoSymbols : symbolPair
  }
  return 0
}

/** A math sign: formulas put them side by side (`√∑`). */
function isMath(codePoint: number): boolean {
  return /\p{Sm}/u.test(String.fromCodePoint(codePoint))
}

/** A multiplication, division or plus-minus sign beside an ASCII letter or digit: `a×b`, `2×3`. */
function isMathBetweenAscii(a: CharacterInfo, b: CharacterInfo, first: number, second: number): boolean {
  const isMath = (codePoint: number): boolean => codePoint === 0xd7 || codePoint === 0xf7 || codePoint === 0xb1
  return (isMath(second) && !a.wide && (a.kind === 'letter' || a.kind === 'digit')) || (isMath(first) && !b.wide && (b.kind === 'letter' || b.kind === 'digit'))
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
