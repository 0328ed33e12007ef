/** A word of rendered text. */
export interface Word {
  /** Index of its first character. */
  start: number
  /** Index just past its last character. */
  end: number
  /** Lowercase form to compare; `undefined` for a run of a script written without spaces. */
  key: string | undefined
}

/** A sentence of rendered text, white space around it excluded. */
export interface Sentence {
  start: number
  end: number
  /** How many words it has. */
  words: number
}

/** Letters and digits, joined by inner hyphens, apostrophes and dots (`Baden-Baden`, `it’s`, `U.S`). */
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu

/** Scripts written without spaces between words: a run of them is not one word. */
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u

/** The end of a sentence: terminal punctuation and closing quotes or brackets before white space or the end. */
// A run starts only where the previous character is not part of it, so a
// long run that fails is tried once, not from each of its characters.
const sentenceEnd = /(?<![.!?…؟۔।॥])[.!?…؟۔।॥]+['"’”)\]]*(?=\s|$)|[。！？]+['"’”」』)\]]*/gu

/** The words of `text`, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  // Most texts have no letter of those scripts: then no word needs the test.
  const unspaced = unspacedScript.test(text)
  for (const match of text.matchAll(wordPattern)) {
    const value = match[0]
    words.push({
      start: match.index,
      end: match.index + value.length,
      key: unspaced && unspacedScript.test(value) ? undefined : value.toLowerCase()
    })
  }
  return words
}

/** The sentences of `text`, given its `words`, in order. */
export function sentencesOf(text: string, words: Word[]): Sentence[] {
  const sentences: Sentence[] = []
  let word = 0
  let cursor = 0
  const close = (end: number): void => {
    let start = cursor
    while (start < end && /\s/.test(text.charAt(start))) start++
    let count = 0
    while (word < words.length && words[word]!.start < end) {
      count++
      word++
    }
    if (end > start) sentences.push({start, end, words: count})
  }
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length
    close(end)
    cursor = end
  }
  let end = text.length
  while (end > cursor && /\s/.test(text.charAt(end - 1))) end--
  close(end)
  return sentences
}
