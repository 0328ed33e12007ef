import type {Heading, Html, List, Nodes, Paragraph, Root} from 'mdast'
import {
  declaredLanguage,
  defaultReportOptions,
  detectLanguage,
  htmlTextRanges,
  objectReplacementCharacter,
  quote,
  readFrontmatter,
  renderedSourceSpan,
  renderedText,
  walk,
  type Finding,
  type InlineBlock,
  type LanguageCode,
  type RenderedText,
  type ReportOptions
} from 'content-quality-core'
import {defaultAllow, isFunctionWord, isMeant, isNumber} from './meant.js'
import {sentencesOf, wordsOf, type Sentence, type Word} from './words.js'

export {defaultAllow} from './meant.js'

/** Options of `no-duplicated-phrases`. */
export interface Options extends ReportOptions {
  /** Repeats never reported, compared without case: `had` allows `had had`. Replaces the defaults. */
  allow: string[]
  /** Longest phrase, in words, checked for an immediate repeat. */
  maxWords: number
  /** Fewest words a sentence needs to be checked for a repeat in its paragraph. */
  minSentenceWords: number
  /** Fewest words a repeated paragraph (or run of blocks) needs to be reported. */
  minParagraphWords: number
}

/** Defaults: phrases of up to 4 words, sentences of 6 words, paragraphs of 8. */
export const defaultOptions: Options = {
  ...defaultReportOptions,
  allow: defaultAllow,
  maxWords: 4,
  minSentenceWords: 6,
  minParagraphWords: 8
}

/**
 * A copied run of blocks that is not pasted right after its original is
 * reported when it is at least this many blocks long…
 */
const passageBlocks = 3
/** …and holds at least this share of the document's words: the body pasted twice, not a note said again. */
const passageShare = 0.3

/** A block of the document, in order: what a copied run is made of. */
interface Block {
  kind: 'paragraph' | 'heading' | 'other'
  /** Where it stands: the list item or block quote that holds it alone, or the block itself. */
  start: number
  end: number
  /** What two copies share (folded text, or the source of code and HTML); `undefined` when unknown. */
  key: string | undefined
  /** The paragraph or heading whose text was read, to quote when it is reported. */
  text: Paragraph | Heading | undefined
  /** Words of prose. */
  words: number
  /** The bulleted list whose item is this paragraph alone. */
  list: List | undefined
  /** Whether it is an item of a numbered list by itself: a step, which a procedure may repeat (`Click Next.`). */
  step: boolean
}

/**
 * A node whose text may hold a repeated word or phrase (or, in a paragraph,
 * sentence): its words have a repeat, which the close reading may still find
 * meant. Its rendered text is made again when it is checked: holding the
 * rendered text of every block at once would make a large document's memory,
 * and the garbage collector's work, grow faster than it. Most blocks repeat
 * nothing, and are read once.
 */
interface Prose {
  node: InlineBlock | Html
  /** Index of the block it belongs to. */
  block: number
}

/**
 * Find immediate repeats of a word or phrase, sentences repeated in their
 * paragraph, and paragraphs or runs of blocks copied the way scraping and
 * editing accidents copy them: pasted right after themselves, listed twice
 * in one list, or a long run of blocks repeated. A note that documentation
 * says again in another section is left alone. Text is read as rendered
 * (through emphasis and links, across soft line breaks); each block is
 * hashed once, so the cost is linear.
 */
export function detectDuplicatedPhrases(tree: Root, source: string, options: Options = defaultOptions): Finding[] {
  const findings: Finding[] = []
  const allowed = new Set(options.allow.map((phrase) => fold(phrase)))
  const {blocks, prose, sample} = collect(tree, source, options)
  // Told only when a repeat needs it (most documents have none). Three stop words at least: `die die`
  // alone does not make a sentence German.
  let language: LanguageCode | undefined
  const languageOf = (): LanguageCode =>
    (language ??= detectLanguage(declaredLanguage(readFrontmatter(tree, source)?.data), sample, 3))
  const copied = findCopies()
  for (const item of prose) {
    if (copied.has(item.block)) continue
    const {node} = item
    const texts =
      node.type === 'html'
        ? htmlTextRanges(node, source).map(([from, to]) => plainText(source, from, to))
        : [withoutDirectives(renderedText(node, source))]
    for (const rendered of texts) {
      if (!rendered) continue
      const words = wordsOf(rendered.text)
      findPhrases(rendered, words)
      if (node.type === 'paragraph') findSentences(rendered, sentencesOf(rendered.text, words))
    }
  }
  return findings.sort((a, b) => a.start - b.start)

  /**
   * Report copied paragraphs and runs of blocks; return the indices of the
   * blocks reported, whose own words and sentences are not reported again.
   * Each block is matched to the latest earlier block with its key, and
   * consecutive matches make a run.
   */
  function findCopies(): Set<number> {
    const reported = new Set<number>()
    const latest = new Map<string, number>()
    const copies = new Map<string, number>()
    const copyOf: Array<number | undefined> = []
    let documentWords = 0
    for (const [index, block] of blocks.entries()) {
      documentWords += block.words
      if (block.key === undefined) continue
      copyOf[index] = latest.get(block.key)
      latest.set(block.key, index)
      copies.set(block.key, (copies.get(block.key) ?? 0) + 1)
    }
    // A list entry said three times or more in a page is a refrain (the same note under each item).
    const refrain = (block: Block): boolean => copies.get(block.key!)! >= 3

    let index = 0
    while (index < blocks.length) {
      const original = copyOf[index]
      if (original === undefined) {
        index++
        continue
      }
      let end = index + 1
      while (end < blocks.length && copyOf[end] !== undefined && copyOf[end] === copyOf[end - 1]! + 1) end++
      reportRun(index, end, original)
      index = end
    }
    return reported

    /** Report the copy `[from, to)` of the blocks from `original` on, if scraping or editing made it. */
    function reportRun(from: number, to: number, original: number): void {
      const length = to - from
      const run = blocks.slice(from, to)
      const words = run.reduce((sum, block) => sum + block.words, 0)
      // A numbered step said again is meant (`Click Next.`, twice in a wizard).
      if (run.every((block) => block.words === 0 || block.step)) return
      // Pasted right after itself: the original reaches the copy (`A A`, `A B A B`). Said three
      // times in a row, it is meant: an example line repeated to make a point (`A A A`).
      const period = from - original
      const adjacent = original + length >= from && length < 2 * period
      const passage = length >= passageBlocks && words >= passageShare * documentWords
      if (words >= options.minParagraphWords && (adjacent || passage)) {
        reportCopy(from, to, original, original + length)
        return
      }
      // An item listed twice in one list (a changelog entry, a feature).
      for (let index = from; index < to; index++) {
        const block = blocks[index]!
        const first = blocks[copyOf[index]!]!
        if (block.list && block.list === first.list && block.words >= options.minParagraphWords && !refrain(block)) {
          reportCopy(index, index + 1, copyOf[index]!, copyOf[index]! + 1)
        }
      }
    }

    /** Report blocks `[from, to)` as a copy of `[originalFrom, originalTo)`. */
    function reportCopy(from: number, to: number, originalFrom: number, originalTo: number): void {
      const first = blocks[from]!
      const last = blocks[to - 1]!
      // Rendered again here, for the few blocks reported, not kept for every block.
      const shown = blocks.slice(from, to).find((block) => block.text)?.text
      const rendered = shown && withoutDirectives(renderedText(shown, source))
      const quoted = rendered ? ' ' + quote(excerpt(rendered, 0, rendered.text.length)) : ''
      const single = to - from === 1 && first.kind !== 'other'
      const what = single ? first.kind : 'passage of ' + (to - from) + ' blocks'
      for (let index = from; index < to; index++) reported.add(index)
      const span = wholeLines(source, first.start, last.end)
      findings.push({
        ...span,
        message: 'Unexpected repeated ' + what + quoted + ', expected it once',
        actual: source.slice(span.start, span.end),
        expected: [''],
        suggestion: true,
        cause: {
          start: blocks[originalFrom]!.start,
          end: blocks[originalTo - 1]!.end,
          message: single ? 'First copy of the ' + first.kind : 'First copy of the passage'
        }
      })
    }
  }

  /** Report sentences seen before in their paragraph. */
  function findSentences(rendered: RenderedText, sentences: Sentence[]): void {
    const seen = new Map<string, Sentence>()
    for (const sentence of sentences) {
      if (sentence.words < options.minSentenceWords) continue
      const key = keyOf(rendered, source, sentence.start, sentence.end)
      const first = seen.get(key)
      if (!first) {
        seen.set(key, sentence)
        continue
      }
      const cause = spanOf(rendered, first.start, first.end)
      const {finding} = report(
        rendered,
        sentence.start,
        sentence.end,
        'Unexpected repeated sentence ' + quote(excerpt(rendered, sentence.start, sentence.end)) + ', expected it once',
        {...cause, message: 'First copy of the sentence'}
      )
      finding.suggestion = true
      findings.push(finding)
    }
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
    for (const [index, word] of words.entries()) {
      kept.push({word, gap: pending + text.slice(cursor, word.start)})
      pending = ''
      cursor = word.end
      const length = repeatLength(text, kept, words, index)
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
      // A person decides where deleting may be wrong: next to a number (a
      // measurement), a word stressed in one copy only (`actually *actually*`),
      // or a deletion that takes a link or HTML with it.
      const firstCopy = kept.slice(kept.length - length)
      const before = kept[kept.length - length - 1]?.word.key
      const nearNumber = copy.some((item) => isNumber(item.word.key)) || isNumber(before) || isNumber(words[index + 1]?.key)
      const stressedOnce =
        copy.some((item) => !isFunctionWord(item.word.key!)) &&
        copy.some((item, offset) => emphasisDepth(rendered, source, item.word.start) !== emphasisDepth(rendered, source, firstCopy[offset]!.word.start))
      const takesMarkup = /[[\]<]/.test(result.finding.actual ?? '')
      if (result.finding.expected && (nearNumber || stressedOnce || takesMarkup)) result.finding.suggestion = true
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
  function repeatLength(text: string, kept: Kept[], words: Word[], index: number): number {
    for (let length = 1; length <= options.maxWords && 2 * length <= kept.length; length++) {
      if (!endsInRepeat(kept, length)) continue
      const tail = kept.slice(kept.length - 2 * length)
      // Said three times, a word is meant (`ha ha ha`); a function word is still a slip (`the the the`).
      const contentWord = tail.slice(0, length).some((item) => !isFunctionWord(item.word.key!))
      if (contentWord && saidThrice(text, kept, words, index, length)) return 0
      const firstWord = tail[0]!.word
      const repeat = {
        words: tail.slice(0, length).map((item) => item.word.key!),
        firstAsWritten: text.slice(firstWord.start, firstWord.end),
        secondAsWritten: text.slice(tail[length]!.word.start, tail[length]!.word.end),
        before: kept
          .slice(Math.max(0, kept.length - 2 * length - 4), kept.length - 2 * length)
          .map((item) => item.word.key ?? ''),
        startsSentence: startsSentence(text, firstWord.start)
      }
      if (!isMeant(repeat, languageOf(), allowed)) return length
    }
    return 0
  }

  /**
   * Whether the phrase of `length` words that ends `kept` (at `words[index]`
   * of `text`) and its copy before it stand next to a third copy.
   */
  function saidThrice(text: string, kept: Kept[], words: Word[], index: number, length: number): boolean {
    const copy = kept.slice(kept.length - length)
    let before = kept.length >= 3 * length && /^\s+$/.test(kept[kept.length - 2 * length]!.gap)
    for (let offset = 0; before && offset < length; offset++) {
      before = kept[kept.length - 3 * length + offset]!.word.key === copy[offset]!.word.key
    }
    if (before) return true
    let after = index + length < words.length
    for (let offset = 0; after && offset < length; offset++) {
      const next = words[index + 1 + offset]!
      after = next.key === copy[offset]!.word.key && /^\s+$/.test(text.slice(words[index + offset]!.end, next.start))
    }
    return after
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

  /** The readable text of `[from, to)` on one line, cut short at a word when long. */
  function excerpt(rendered: RenderedText, from: number, to: number): string {
    return shorten(readableOf(rendered, source, from, to))
  }

  /**
   * Whether the last `2 × length` words of `kept` are a phrase of `length`
   * words and its copy, the copies joined by white space.
   */
  function endsInRepeat(kept: Kept[], length: number): boolean {
    const first = kept.length - 2 * length
    for (let offset = 0; offset < length; offset++) {
      const key = kept[first + offset]!.word.key
      if (key === undefined || key !== kept[first + length + offset]!.word.key) return false
    }
    if (!/^\s+$/.test(kept[first + length]!.gap)) return false
    // Inside a copy, the same joins (`R&D R&D`), but no list separators: `design, web design, web` is a list.
    for (let offset = 1; offset < length; offset++) {
      const gap = kept[first + offset]!.gap
      if (/[\uFFFC,;:.!?…]/.test(gap) || fold(gap) !== fold(kept[first + length + offset]!.gap)) return false
    }
    return true
  }
}

/** A word still in the text once the repeats before it are deleted. */
interface Kept {
  word: Word
  /** The text left between the kept word before it and this one. */
  gap: string
}

/** How much text, in characters, the language is guessed from. */
const languageSample = 20_000

/**
 * The blocks of `tree` in document order (paragraphs, headings, tables,
 * code, HTML), the nodes whose prose may repeat a word, phrase or sentence
 * (paragraphs, headings, table cells, HTML), and the first of their text, to
 * tell the language from.
 */
function collect(tree: Root, source: string, options: Options): {blocks: Block[]; prose: Prose[]; sample: string[]} {
  const blocks: Block[] = []
  const prose: Prose[] = []
  const sample: string[] = []
  let sampled = 0
  const lists = new Map<Nodes, List>()
  // Tables, and their rows, by the index of the table's block.
  const tables = new Map<Nodes, number>()
  const rows = new Map<Nodes, number>()
  walk(tree, function (node, _, parent) {
    if (node.type === 'listItem' && parent?.type === 'list') lists.set(node, parent)
    if (node.type === 'tableRow' && parent && tables.has(parent)) rows.set(node, tables.get(parent)!)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    if (node.type === 'paragraph' || node.type === 'heading') {
      // Deleting a copy takes the list item or block quote it fills, not to leave an empty `- ` or `> `.
      const container = parent && (parent.type === 'listItem' || parent.type === 'blockquote') && parent.children.length === 1 ? parent : undefined
      const outerStart = container?.position?.start.offset ?? start
      const outerEnd = container?.position?.end.offset ?? end
      const rendered = withoutDirectives(renderedText(node, source))
      const words = rendered ? wordsOf(rendered.text) : []
      const readable = rendered && readableOf(rendered, source)
      // An item of a bulleted list that is this paragraph alone: a whole entry, which a list rarely
      // means to give twice (a numbered list repeats a step on purpose).
      const itemOf = node.type === 'paragraph' && parent?.children.length === 1 ? lists.get(parent) : undefined
      const list = itemOf && !itemOf.ordered ? itemOf : undefined
      const step = Boolean(itemOf?.ordered)
      blocks.push({
        kind: node.type,
        start: outerStart,
        end: outerEnd,
        key: readable === undefined ? undefined : node.type + ':' + fold(readable),
        text: readable === undefined ? undefined : node,
        words: words.length,
        list,
        step
      })
      if (rendered) {
        if (hasImmediateRepeat(words, options.maxWords) || (node.type === 'paragraph' && hasRepeatedSentence(rendered, words, source, options.minSentenceWords))) {
          prose.push({node, block: blocks.length - 1})
        }
        if (sampled < languageSample) {
          sample.push(rendered.text)
          sampled += rendered.text.length
        }
      }
      return false
    }
    if (node.type === 'tableCell') {
      // A table without a place is no block: its cells belong to none (-1 is never a copy).
      const rendered = withoutDirectives(renderedText(node, source))
      if (rendered && hasImmediateRepeat(wordsOf(rendered.text), options.maxWords)) {
        prose.push({node, block: parent && rows.has(parent) ? rows.get(parent)! : -1})
      }
      return false
    }
    if (node.type === 'table' || node.type === 'code' || node.type === 'html') {
      const key = node.type + ':' + fold(source.slice(start, end))
      blocks.push({kind: 'other', start, end, key, text: undefined, words: 0, list: undefined, step: false})
      if (node.type === 'table') tables.set(node, blocks.length - 1)
      const repeats = node.type === 'html' && htmlTextRanges(node, source).some(([from, to]) => hasImmediateRepeat(wordsOf(source.slice(from, to)), options.maxWords))
      if (repeats) prose.push({node, block: blocks.length - 1})
      // A table's cells are read after it, as part of it.
      return node.type === 'table' ? undefined : false
    }
    return undefined
  })
  return {blocks, prose, sample}
}

/**
 * Whether a phrase of at most `maxWords` words comes twice in a row in
 * `words`, whatever stands between the copies: the quick test of a block,
 * before it is read closely. Reading closely reports a repeat only where
 * this finds one (it deletes nothing until it has found one).
 */
function hasImmediateRepeat(words: Word[], maxWords: number): boolean {
  for (let length = 1; length <= maxWords; length++) {
    next: for (let index = 0; index + 2 * length <= words.length; index++) {
      for (let offset = 0; offset < length; offset++) {
        const key = words[index + offset]!.key
        if (key === undefined || key !== words[index + length + offset]!.key) continue next
      }
      return true
    }
  }
  return false
}

/** Whether two sentences of at least `minWords` words read the same in `rendered`, as `findSentences` compares them. */
function hasRepeatedSentence(rendered: RenderedText, words: Word[], source: string, minWords: number): boolean {
  if (words.length < 2 * minWords) return false
  const sentences = sentencesOf(rendered.text, words).filter((sentence) => sentence.words >= minWords)
  if (sentences.length < 2) return false
  const seen = new Set<string>()
  for (const sentence of sentences) {
    const key = keyOf(rendered, source, sentence.start, sentence.end)
    if (seen.has(key)) return true
    seen.add(key)
  }
  return false
}

/**
 * `rendered` with each line that opens or closes a container (`::: tip Note`,
 * `:::`, as VitePress and markdown-it write them) masked as an object: it is
 * markup, and its title is not a repeat of the text below it.
 */
function withoutDirectives(rendered: RenderedText | undefined): RenderedText | undefined {
  if (!rendered || !/(?:^|\n):::/.test(rendered.text)) return rendered
  const text = rendered.text.replace(/(?<=^|\n):::[^\n]*/g, (line) => objectReplacementCharacter.repeat(line.length))
  return {...rendered, text}
}

/**
 * The span `[start, end)` of blocks, widened to whole lines when nothing but
 * indentation stands before it on its first line: the indentation before it
 * and the line endings and blank lines after it, up to the line of what
 * follows (never into that line's indentation). Deleting it then leaves no
 * blank lines or indentation behind (but the blank line before a copy that
 * ends the document); otherwise the span stays as it is.
 */
function wholeLines(source: string, start: number, end: number): {start: number; end: number} {
  let lineStart = start
  while (lineStart > 0 && (source.charAt(lineStart - 1) === ' ' || source.charAt(lineStart - 1) === '\t')) lineStart--
  if (lineStart > 0 && source.charAt(lineStart - 1) !== '\n') return {start, end}
  let after = end
  let lineEnd = end
  while (after < source.length && /[ \t\r\n]/.test(source.charAt(after))) {
    after++
    if (source.charAt(after - 1) === '\n') lineEnd = after
  }
  return {start: lineStart, end: lineEnd}
}

/** `source` from `start` to `end` as rendered text without markup: the visible text of HTML. */
function plainText(source: string, start: number, end: number): RenderedText {
  const length = end - start
  const starts = new Int32Array(length)
  const ends = new Int32Array(length)
  for (let index = 0; index < length; index++) {
    starts[index] = start + index
    ends[index] = start + index + 1
  }
  return {text: source.slice(start, end), starts, ends, markup: [], innermost: new Int32Array(length).fill(-1)}
}

/** What two copies of `[from, to)` of `rendered` share: the readable text without case and runs of white space. */
function keyOf(rendered: RenderedText, source: string, from: number, to: number): string {
  return fold(readableOf(rendered, source, from, to))
}

/** `[from, to)` of `rendered` as it reads, with objects as their source: what messages show and keys compare. */
function readableOf(rendered: RenderedText, source: string, from = 0, to = rendered.text.length): string {
  return rendered.text
    .slice(from, to)
    .replaceAll(objectReplacementCharacter, (_, offset: number) =>
      source.slice(rendered.starts[from + offset], rendered.ends[from + offset])
    )
}

/** How many emphasis and strong markups stand around character `index` of `rendered`. */
function emphasisDepth(rendered: RenderedText, source: string, index: number): number {
  let depth = 0
  for (let markup = rendered.innermost[index] ?? -1; markup !== -1; markup = rendered.markup[markup]!.parent) {
    const opening = source.charAt(rendered.markup[markup]!.sourceStart)
    if (opening === '*' || opening === '_') depth++
  }
  return depth
}

/** Whether the word at `start` of `text` opens a sentence: nothing but an end of sentence before it. */
function startsSentence(text: string, start: number): boolean {
  let index = start - 1
  while (index >= 0 && /\s/.test(text.charAt(index))) index--
  while (index >= 0 && /['"’”)\]]/.test(text.charAt(index))) index--
  return index < 0 || /[.!?…:]/.test(text.charAt(index))
}

/** `text` on one line, cut short at a word when long. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= 60) return line
  const cut = line.lastIndexOf(' ', 57)
  if (cut > 20) return line.slice(0, cut) + '…'
  // No space to cut at: cut between characters, never inside a surrogate pair.
  return Array.from(line).slice(0, 57).join('') + '…'
}

/** Fold case and runs of white space. */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}
