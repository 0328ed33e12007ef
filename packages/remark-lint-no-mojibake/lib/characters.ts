/**
 * What the mojibake model knows of a character: its kind (letter, mark,
 * punctuation, symbol, …), the script of a letter, its case, and whether it
 * is rare in prose. Read from Unicode properties once per code point.
 */

/** Coarse classes of characters, from their Unicode general category. */
export type Kind =
  | 'space'
  | 'letter'
  | 'digit'
  | 'mark'
  | 'ascii-punctuation'
  | 'apostrophe'
  | 'opening'
  | 'closing'
  | 'dash'
  | 'punctuation'
  | 'symbol'
  | 'format'
  | 'control'
  | 'invalid'

/** What the model knows of one character. */
export interface CharacterInfo {
  kind: Kind
  /** Script of a letter (Han and kana share `cjk`; `common` for letters of no script, such as `ː`); `''` for other kinds. */
  script: string
  /** An upper-case (or title-case) letter. */
  upper: boolean
  /** Outside ASCII. */
  wide: boolean
  /** In a block prose rarely uses: phonetic extensions, modifier letters, rare combining marks, rare Latin and Cyrillic, points. */
  rare: boolean
}

/** Scripts told apart; anything else is `other`. */
const scripts: Array<[string, RegExp]> = [
  ['common', /[\p{sc=Common}\p{sc=Inherited}]/u],
  ['latin', /\p{sc=Latin}/u],
  ['greek', /\p{sc=Greek}/u],
  ['cyrillic', /\p{sc=Cyrillic}/u],
  ['cjk', /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\u30FC]/u],
  ['hangul', /\p{sc=Hangul}/u],
  ['armenian', /\p{sc=Armenian}/u],
  ['hebrew', /\p{sc=Hebrew}/u],
  ['arabic', /\p{sc=Arabic}/u],
  ['thai', /\p{sc=Thai}/u],
  ['georgian', /\p{sc=Georgian}/u],
  ['devanagari', /\p{sc=Devanagari}/u]
]

/** Letters of orthographies in otherwise rare blocks (Latin Extended-B, IPA, modifier letters). */
const orthographyLetters = new Set([
  0x18f, 0x192, 0x1a0, 0x1a1, 0x1af, 0x1b0, 0x1c4, 0x1c5, 0x1c6, 0x1e6, 0x1e7, 0x218, 0x219, 0x21a, 0x21b,
  0x253, 0x254, 0x256, 0x257, 0x259, 0x25b, 0x263, 0x268, 0x269, 0x272, 0x283, 0x28a, 0x28b, 0x292, 0x294,
  0x2bb, 0x2bc, 0x2c6, 0x2dc, 0x2d0
])

/** Whether `codePoint` lies in a block that prose rarely uses. */
function isRare(codePoint: number): boolean {
  if (orthographyLetters.has(codePoint)) return false
  return (
    (codePoint >= 0x180 && codePoint <= 0x2ff) ||
    // Combining marks beyond the common accents (and the long stroke overlay of struck text).
    (codePoint >= 0x316 && codePoint <= 0x36f && codePoint !== 0x323 && codePoint !== 0x327 && codePoint !== 0x328 && codePoint !== 0x336) ||
    (codePoint >= 0x3e2 && codePoint <= 0x3ff) ||
    (codePoint >= 0x460 && codePoint <= 0x52f) ||
    (codePoint >= 0x591 && codePoint <= 0x5c7) ||
    (codePoint >= 0x600 && codePoint <= 0x61f) ||
    (codePoint >= 0x700 && codePoint <= 0x8ff) ||
    (codePoint >= 0x1d00 && codePoint <= 0x1dff) ||
    // Ligatures (U+FB00–FB06) are common in text copied from PDFs.
    (codePoint >= 0xfb07 && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfeff)
  )
}

const cache = new Map<number, CharacterInfo>()

/** What the model knows of the character at `codePoint`. */
export function infoOf(codePoint: number): CharacterInfo {
  let info = cache.get(codePoint)
  if (!info) {
    info = classify(codePoint)
    // Bounded: a long-running server may meet any code point.
    if (cache.size >= 65_536) cache.clear()
    cache.set(codePoint, info)
  }
  return info
}

function classify(codePoint: number): CharacterInfo {
  const character = String.fromCodePoint(codePoint)
  const wide = codePoint > 0x7f
  const info: CharacterInfo = {kind: kindOf(character, codePoint), script: '', upper: false, wide, rare: isRare(codePoint)}
  if (info.kind === 'letter') {
    info.script = scripts.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other'
    info.upper = /[\p{Lu}\p{Lt}]/u.test(character)
  }
  return info
}

function kindOf(character: string, codePoint: number): Kind {
  if (/\s/u.test(character)) return 'space'
  if (/\p{L}/u.test(character)) return 'letter'
  if (/\p{Nd}/u.test(character)) return 'digit'
  if (/\p{M}/u.test(character)) return 'mark'
  if (codePoint < 0x80) return /[\p{Cc}]/u.test(character) ? 'control' : 'ascii-punctuation'
  if (character === '’' || character === 'ʼ') return 'apostrophe'
  if (/[\p{Ps}\p{Pi}¡¿]/u.test(character)) return 'opening'
  if (/[\p{Pe}\p{Pf}]/u.test(character)) return 'closing'
  if (/\p{Pd}/u.test(character)) return 'dash'
  if (/\p{P}/u.test(character)) return 'punctuation'
  if (/[\p{S}\p{No}\p{Nl}]/u.test(character)) return 'symbol'
  if (/\p{Cc}/u.test(character)) return 'control'
  if (/\p{Cf}/u.test(character)) return 'format'
  return 'invalid'
}
