const markAfterLetter = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu

/**
 * Fold a word for comparison: Unicode compatibility forms (NFKC: full-width
 * letters, ligatures), case, curly apostrophes and the diacritics of Latin,
 * Greek and Cyrillic letters (`Café` → `cafe`). Marks of other scripts, such
 * as the voicing marks of kana, are part of the letter and stay.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(markAfterLetter, '$1')
    .normalize('NFC')
}
