/** Letters, marks and digits, joined by inner apostrophes (`it’s`): one word. */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/** Scripts written without spaces between words: each of their characters is a token. */
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u

/** One character of a script written without spaces, or a word of other characters (joined by inner apostrophes, as `wordPattern`). */
const unspacedPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]\p{M}*|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}])[\p{L}\p{M}\p{N}])+(?:['’](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}])[\p{L}\p{M}\p{N}])+)*/gu

/**
 * Append the words of `text` to `tokens`, folded for comparison: compatibility
 * forms unified (NFKC), lowercase, `’` read as `'`. Punctuation, symbols and
 * white space separate words and are not tokens. In scripts written without
 * spaces (Chinese, Japanese, Thai…) each character is a token, so shingles
 * of them are runs of characters.
 */
export function appendTokens(text: string, tokens: string[]): void {
  const folded = text.normalize('NFKC').toLowerCase()
  const pattern = unspacedScript.test(folded) ? unspacedPattern : wordPattern
  for (const match of folded.matchAll(pattern)) tokens.push(match[0].replace(/’/g, "'"))
}
