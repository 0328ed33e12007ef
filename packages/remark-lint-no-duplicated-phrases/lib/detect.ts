import type {Paragraph, Root} from 'mdast'
import {
  objectReplacementCharacter,
  quote,
  renderedSourceSpan,
  renderedText,
  walk,
  type Finding,
  type RenderedText
} from 'content-quality-core'
import {sentencesOf, wordsOf, type Sentence, type Word} from './words.js'

/** Options of `no-duplicated-phrases`. */
export interface Options {
  /** Repeats never reported, compared without case: `had` allows `had had`. Replaces the defaults. */
  allow: string[]
  /** Longest phrase, in words, checked for an immediate repeat. */
  maxWords: number
  /** Fewest words a sentence needs to be checked for a repeat in its paragraph or the next. */
  minSentenceWords: number
  /** Fewest words a paragraph needs to be checked for a copy anywhere in the document. */
  minParagraphWords: number
}

/**
 * Words that English doubles on purpose: `that that`, `had had`, `is is`
 * (“what it is is”), `do do`, `her her` (“gave her her keys”), and
 * reduplications such as `blah blah` and `bye bye`.
 */
export const defaultAllow = [
  'that',
  'had',
  'is',
  'was',
  'do',
  'does',
  'did',
  'can',
  'her',
  'blah',
  'bla',
  'yadda',
  'bye',
  'tsk',
  'tut',
  'sapiens'
]

/** Defaults: phrases of up to 4 words, sentences of 6 words, paragraphs of 8. */
export const defaultOptions: Options = {
  allow: defaultAllow,
  maxWords: 4,
  minSentenceWords: 6,
  minParagraphWords: 8
}

/**
 * Function words: doubled with a capital (`The The`, `OF OF`) they are still
 * a slip, not the start of a name.
 */
const functionWords = new Set(
  (
    'a an the and or but nor of to in on at by for from with as into onto than ' +
    'is are was were be been am it its this these those he she we they you i me ' +
    'him us them his our their my your not if so'
  ).split(' ')
)

/**
 * Words in the alphabets of languages that rarely double a word on purpose.
 * Elsewhere (Devanagari, Arabic, Hangul, …) doubling a word is grammar:
 * `धीरे धीरे`, `کم کم`, `빨리 빨리`; there only phrases are checked.
 */
const rarelyDoubled = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{M}\p{N}'’.-]+$/u

/** A paragraph already seen, by its text. */
interface SeenParagraph {
  start: number
  end: number
  inListItem: boolean
}

/** A sentence already seen, by its text. */
interface SeenSentence {
  rendered: RenderedText
  sentence: Sentence
}

/** A paragraph's sentences, and their keys once computed (see `sentenceKeys`). */
interface ParagraphSentences {
  node: Paragraph
  rendered: RenderedText
  sentences: Sentence[]
  keys?: Array<string | undefined>
}

/**
 * Find immediate repeats of a word or phrase, sentences repeated in their
 * paragraph or the next, and paragraphs repeated anywhere in the document.
 * Text is read as rendered (through emphasis and links, across soft line
 * breaks); each text is hashed once, so the cost is linear.
 */
export function detectDuplicatedPhrases(tree: Root, source: string, options: Options = defaultOptions): Finding[] {
  const findings: Finding[] = []
  const allowed = new Set(options.allow.map((phrase) => fold(phrase)))
  const paragraphs = new Map<string, SeenParagraph>()
  let previous: ParagraphSentences | undefined

  walk(tree, function (node, index, parent) {
    if (node.type === 'heading' || node.type === 'tableCell') {
      const rendered = renderedText(node, source)
      if (rendered) findPhrases(rendered, wordsOf(rendered.text))
      return false
    }
    if (node.type !== 'paragraph') return undefined

    const rendered = renderedText(node, source)
    if (!rendered) return false
    const words = wordsOf(rendered.text)
    const sentences = sentencesOf(rendered.text, words)
    const follows = previous && index !== undefined && parent?.children[index - 1] === previous.node
    const copy = words.length >= options.minParagraphWords && findParagraphCopy(node, rendered, parent?.type === 'listItem')
    const paragraph: ParagraphSentences = {node, rendered, sentences}
    if (!copy) {
      findPhrases(rendered, words)
      findSentences(paragraph, follows ? previous : undefined)
    }
    previous = paragraph
    return false
  })

  return findings.sort((a, b) => a.start - b.start)

  /** Report a paragraph that copies an earlier one; whether it does. */
  function findParagraphCopy(node: Paragraph, rendered: RenderedText, inListItem: boolean): boolean {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return false
    const key = keyOf(rendered, 0, rendered.text.length)
    const first = paragraphs.get(key)
    if (!first) {
      paragraphs.set(key, {start, end, inListItem})
      return false
    }
    // Identical list items are parallel steps, not a copy.
    if (first.inListItem && inListItem) return false
    findings.push({
      start,
      end,
      message: 'Unexpected repeated paragraph ' + quote(excerpt(rendered, 0, rendered.text.length)) + ', expected it once',
      actual: source.slice(start, end),
      expected: [''],
      cause: {start: first.start, end: first.end, message: 'First copy of the paragraph'}
    })
    return true
  }

  /** Report sentences seen before in this paragraph or the one before it. */
  function findSentences(paragraph: ParagraphSentences, before: ParagraphSentences | undefined): void {
    const {rendered, sentences} = paragraph
    const seen = new Map<string, SeenSentence>()
    if (before) {
      for (const [index, key] of sentenceKeys(before).entries()) {
        if (key !== undefined && !seen.has(key)) seen.set(key, {rendered: before.rendered, sentence: before.sentences[index]!})
      }
    }

    for (const [index, key] of sentenceKeys(paragraph).entries()) {
      if (key === undefined) continue
      const sentence = sentences[index]!
      const first = seen.get(key)
      if (!first) {
        seen.set(key, {rendered, sentence})
        continue
      }
      const cause = spanOf(first.rendered, first.sentence.start, first.sentence.end)
      const {finding} = report(
        rendered,
        sentence.start,
        sentence.end,
        'Unexpected repeated sentence ' + quote(excerpt(rendered, sentence.start, sentence.end)) + ', expected it once',
        {...cause, message: 'First copy of the sentence'}
      )
      findings.push(finding)
    }
  }

  /** The key of each sentence long enough to compare (`undefined` for the others), computed once a paragraph. */
  function sentenceKeys(paragraph: ParagraphSentences): Array<string | undefined> {
    paragraph.keys ??= paragraph.sentences.map((sentence) =>
      sentence.words < options.minSentenceWords ? undefined : keyOf(paragraph.rendered, sentence.start, sentence.end)
    )
    return paragraph.keys
  }

  /**
   * Report each immediate repeat of a phrase of 1 to `maxWords` words, in
   * the text as it reads once the repeats before it are deleted: deleting a
   * copy can join what is left into a new repeat (`A A B A A B` is `A B A B`
   * once both `A A` are fixed), so each word is checked against the words
   * kept so far, and a repeat over deleted words is deleted whole.
   */
  function findPhrases(rendered: RenderedText, words: Word[]): void {
    const {text} = rendered
    const kept: Kept[] = []
    const reported: Array<{from: number; to: number; finding: Finding}> = []
    // The text left after the last kept word, up to `cursor`.
    let pending = ''
    let cursor = 0
    for (const word of words) {
      kept.push({word, gap: pending + text.slice(cursor, word.start)})
      pending = ''
      cursor = word.end
      const length = repeatLength(text, kept)
      if (length === 0) continue

      const copy = kept.splice(kept.length - length)
      const from = copy[0]!.word.start
      const to = word.end
      const reading = copy.map((item, index) => (index === 0 ? '' : item.gap) + text.slice(item.word.start, item.word.end)).join('')
      const kind = length === 1 ? 'word' : 'phrase'
      const message = 'Unexpected repeated ' + kind + ' ' + quote(shorten(reading)) + ', expected it once'
      // Reports inside the copy are replaced by the one of the whole copy.
      let earlier = reported.length
      while (earlier > 0 && reported[earlier - 1]!.from >= from) earlier--
      const result = report(rendered, from, to, message, undefined, reported[earlier - 1]?.to ?? 0)
      if (result.deleted) {
        reported.length = earlier
        pending = copy[0]!.gap.slice(0, copy[0]!.gap.length - (from - result.from))
        cursor = result.to
      } else {
        pending = copy[0]!.gap + reading
      }
      reported.push({from: result.deleted ? result.from : from, to: result.to, finding: result.finding})
    }
    for (const item of reported) findings.push(item.finding)
  }

  /** The length of the shortest phrase that ends `kept` and repeats the phrase before it, 0 when none. */
  function repeatLength(text: string, kept: Kept[]): number {
    for (let length = 1; length <= options.maxWords && 2 * length <= kept.length; length++) {
      const tail = kept.slice(kept.length - 2 * length)
      if (isRepeat(tail, length) && !isExcused(text, tail, length)) return length
    }
    return 0
  }

  /**
   * Report the rendered span `[from, to)` with the white space that joins it
   * to its neighbours, taking nothing before `floor`; returns the finding,
   * whether it deletes, and the rendered span it deletes (or reports).
   */
  function report(
    rendered: RenderedText,
    from: number,
    to: number,
    message: string,
    cause?: Finding['cause'],
    floor = 0
  ): {finding: Finding; deleted: boolean; from: number; to: number} {
    const {text} = rendered
    let before = from
    while (before > floor && /\s/.test(text.charAt(before - 1))) before--
    let after = to
    while (after < text.length && /\s/.test(text.charAt(after))) after++
    // The joining white space went with the previous copy's deletion.
    const joinTaken = floor > 0 && before === floor && before === from

    const trailing = after > to && after < text.length && renderedSourceSpan(rendered, from, after)
    const leading = before > 0 && before < from && renderedSourceSpan(rendered, before, to)
    const deletion =
      (joinTaken && renderedSourceSpan(rendered, from, to)) ||
      leading ||
      trailing ||
      (from === 0 && to === text.length && renderedSourceSpan(rendered, from, to)) ||
      undefined
    const span = deletion ?? spanOf(rendered, from, to)
    const finding: Finding = {...span, message, actual: source.slice(span.start, span.end)}
    if (deletion) finding.expected = ['']
    if (cause) finding.cause = cause
    return {
      finding,
      deleted: deletion !== undefined,
      from: deletion && deletion === leading ? before : from,
      to: deletion && deletion === trailing ? after : to
    }
  }

  /** The source span of `[from, to)`, widened over markup inside it when that is possible. */
  function spanOf(rendered: RenderedText, from: number, to: number): {start: number; end: number} {
    return renderedSourceSpan(rendered, from, to) ?? {start: rendered.starts[from]!, end: rendered.ends[to - 1]!}
  }

  /** `[from, to)` as it reads, with objects as their source: what messages show. */
  function readable(rendered: RenderedText, from: number, to: number): string {
    return rendered.text
      .slice(from, to)
      .replaceAll(objectReplacementCharacter, (_, offset: number) =>
        source.slice(rendered.starts[from + offset], rendered.ends[from + offset])
      )
  }

  /** What two copies share: the readable text without case and runs of white space. */
  function keyOf(rendered: RenderedText, from: number, to: number): string {
    return fold(readable(rendered, from, to))
  }

  /** The readable text of `[from, to)` on one line, cut short at a word when long. */
  function excerpt(rendered: RenderedText, from: number, to: number): string {
    return shorten(readable(rendered, from, to))
  }

  /** Whether the first `length` words of `tail` are copied by the `length` after them, joined by white space only. */
  function isRepeat(tail: Kept[], length: number): boolean {
    for (let offset = 0; offset < length; offset++) {
      const key = tail[offset]!.word.key
      if (key === undefined || key !== tail[length + offset]!.word.key) return false
    }
    if (!/^\s+$/.test(tail[length]!.gap)) return false
    for (let offset = 1; offset < length; offset++) {
      const first = tail[offset]!.gap
      const second = tail[length + offset]!.gap
      if (first.includes(objectReplacementCharacter) || fold(first) !== fold(second)) return false
    }
    return true
  }

  /**
   * Whether a repeat is meant: allowed, numbers only, a word in a script
   * that doubles words, or a name (`Bora Bora`, `the best Best Buy`).
   */
  function isExcused(text: string, tail: Kept[], length: number): boolean {
    const phrase = tail.slice(0, length)
    const key = phrase.map((item) => item.word.key).join(' ')
    if (allowed.has(key)) return true
    if (phrase.every((item) => !/\p{L}/u.test(item.word.key!))) return true
    if (length > 1) return false
    const head = text.charAt(tail[1]!.word.start)
    return !rarelyDoubled.test(key) || (head !== head.toLowerCase() && !functionWords.has(key))
  }
}

/** A word still in the text once the repeats before it are deleted. */
interface Kept {
  word: Word
  /** The text left between the kept word before it and this one. */
  gap: string
}

/** `text` on one line, cut short at a word when long. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= 60) return line
  const cut = line.lastIndexOf(' ', 57)
  return line.slice(0, cut > 20 ? cut : 57) + '…'
}

/** Fold case and runs of white space. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}
