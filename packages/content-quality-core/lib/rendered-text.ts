import type {Heading, Nodes, Paragraph, TableCell, Text} from 'mdast'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {rangesOutsideUrls} from './urls.js'

/**
 * Stands in the rendered text for an inline object that is not prose: inline
 * code, an image, inline HTML, a hard break, a footnote reference or a URL.
 */
export const objectReplacementCharacter = '\uFFFC'

/** Inline markup that wraps text (emphasis, strong, delete, links): where it stands. */
export interface RenderedMarkup {
  /** Index of its first character in the rendered text. */
  start: number
  /** Index just past its last character in the rendered text. */
  end: number
  /** Offset of its opening markup in the source. */
  sourceStart: number
  /** Offset just past its closing markup in the source. */
  sourceEnd: number
  /** Index of the markup around it in `markup`, `-1` when none. */
  parent: number
}

/**
 * The text of a block as a reader sees it, with a map back to the source.
 * Text keeps its soft line breaks; escapes and character references are
 * decoded; emphasis, strong, delete and link text are read through; every
 * inline object that is not prose is one `objectReplacementCharacter`.
 */
export interface RenderedText {
  text: string
  /** Source offset where each character of `text` starts. */
  starts: Int32Array
  /** Source offset just past each character of `text` (`&amp;` is one character of five). */
  ends: Int32Array
  /** Inline markup, outer before inner. */
  markup: RenderedMarkup[]
  /** For each character of `text`, the index in `markup` of the innermost markup around it, `-1` when none. */
  innermost: Int32Array
}

/** A block whose children are inline content. */
export type InlineBlock = Paragraph | Heading | TableCell

/**
 * The rendered text of a paragraph, heading or table cell; `undefined` when
 * a node in it has no position.
 */
export function renderedText(block: InlineBlock, source: string): RenderedText | undefined {
  // Sized for the block's source, which holds about as many characters as it renders; grown when short.
  let capacity = Math.max(16, (block.position?.end.offset ?? 0) - (block.position?.start.offset ?? 0))
  let starts: Int32Array = new Int32Array(capacity)
  let ends: Int32Array = new Int32Array(capacity)
  let innermost: Int32Array = new Int32Array(capacity)
  const markups: RenderedMarkup[] = []
  const characters: string[] = []
  let complete = true

  for (const child of block.children) add(child, -1)
  if (!complete) return undefined
  const length = characters.length
  return {
    text: characters.join(''),
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
    markup: markups,
    innermost: innermost.subarray(0, length)
  }

  function push(character: string, start: number, end: number, markup: number): void {
    const index = characters.length
    if (index === capacity) {
      capacity *= 2
      starts = grown(starts, capacity)
      ends = grown(ends, capacity)
      innermost = grown(innermost, capacity)
    }
    characters.push(character)
    starts[index] = start
    ends[index] = end
    innermost[index] = markup
  }

  function add(node: Nodes, parent: number): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      complete = false
    } else if (node.type === 'text') {
      addText(node, start, end, parent)
    } else if ('children' in node && !isAutolink(node, start)) {
      const index = markups.length
      const markup: RenderedMarkup = {start: characters.length, end: 0, sourceStart: start, sourceEnd: end, parent}
      markups.push(markup)
      for (const child of node.children) add(child, index)
      markup.end = characters.length
    } else {
      push(objectReplacementCharacter, start, end, parent)
    }
  }

  /** Align the value of a text node with its source, then fold each bare URL into one object. */
  function addText(node: Text, start: number, end: number, markup: number): void {
    const urls = urlRanges(start, end)
    let url = 0
    let folded = -1
    align(node.value, source, start, end, function (character, from, to) {
      while (url < urls.length && urls[url]![1] <= from) url++
      const range = urls[url]
      if (range && from >= range[0]) {
        if (folded !== url) push(objectReplacementCharacter, range[0], range[1], markup)
        folded = url
      } else {
        push(character, from, to, markup)
      }
    })
  }

  /** The bare URLs and e-mail addresses in `[start, end)` of the source. */
  function urlRanges(start: number, end: number): Array<[number, number]> {
    const urls: Array<[number, number]> = []
    let cursor = start
    for (const [from, to] of rangesOutsideUrls(source, start, end)) {
      if (from > cursor) urls.push([cursor, from])
      cursor = to
    }
    if (cursor < end) urls.push([cursor, end])
    return urls
  }

  /** Autolinks (`<https://…>`) and GFM literal links are URLs, not link text. */
  function isAutolink(node: Nodes, start: number): boolean {
    return node.type === 'link' && source.charAt(start) !== '['
  }
}

/** A copy of `array` with room for `capacity` numbers. */
function grown(array: Int32Array, capacity: number): Int32Array {
  const copy = new Int32Array(capacity)
  copy.set(array)
  return copy
}

/**
 * The source span of the rendered characters `[from, to)`, widened over
 * markup that lies wholly inside them (`the **the**` → ` **the**`);
 * `undefined` when the span would cut through markup (deleting it would
 * break a link or emphasis).
 */
export function renderedSourceSpan(
  rendered: RenderedText,
  from: number,
  to: number
): {start: number; end: number} | undefined {
  if (from < 0 || to > rendered.text.length || from >= to) return undefined
  let start = rendered.starts[from]!
  let end = rendered.ends[to - 1]!
  const {markup} = rendered

  const aroundEnd = new Set<number>()
  for (let index = rendered.innermost[to - 1]!; index !== -1; index = markup[index]!.parent) aroundEnd.add(index)

  let common = rendered.innermost[from]!
  for (; common !== -1 && !aroundEnd.has(common); common = markup[common]!.parent) {
    if (markup[common]!.start !== from) return undefined
    start = markup[common]!.sourceStart
  }
  for (let index = rendered.innermost[to - 1]!; index !== common; index = markup[index]!.parent) {
    if (markup[index]!.end !== to) return undefined
    end = markup[index]!.sourceEnd
  }
  for (; common !== -1 && markup[common]!.start === from && markup[common]!.end === to; common = markup[common]!.parent) {
    start = markup[common]!.sourceStart
    end = markup[common]!.sourceEnd
  }
  return {start, end}
}

const asciiPunctuation = /[!-/:-@[-`{-~]/
const characterReference = /&(?:#[xX]([\dA-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{0,31}));/y

/**
 * Pair each character of a text node's `value` with the source span it
 * comes from, in order. Source characters the value leaves out (block quote markers,
 * indentation, trailing spaces) belong to no character.
 */
function align(
  value: string,
  source: string,
  start: number,
  end: number,
  emit: (character: string, from: number, to: number) => void
): void {
  let index = 0
  let offset = start
  while (index < value.length) {
    const character = value.charAt(index)
    if (offset >= end) {
      emit(character, end, end)
      index++
      continue
    }
    const found = source.charAt(offset)
    if (found === '\\' && source.charAt(offset + 1) === character && asciiPunctuation.test(character)) {
      emit(character, offset, offset + 2)
      index++
      offset += 2
      continue
    }
    if (found === '&') {
      const reference = readReference(source, offset)
      if (reference && value.startsWith(reference.decoded, index) && !value.startsWith(reference.raw, index)) {
        for (let unit = 0; unit < reference.decoded.length; unit++) {
          emit(reference.decoded.charAt(unit), offset, offset + reference.raw.length)
        }
        index += reference.decoded.length
        offset += reference.raw.length
        continue
      }
    }
    if (found === character) {
      emit(character, offset, offset + 1)
      index++
    }
    offset++
  }
}

/** The character reference at `offset` of `source`, decoded. */
function readReference(source: string, offset: number): {raw: string; decoded: string} | undefined {
  characterReference.lastIndex = offset
  const match = characterReference.exec(source)
  if (!match) return undefined
  const [raw, hexadecimal, decimal, name] = match
  const decoded =
    hexadecimal !== undefined
      ? decodeNumericCharacterReference(hexadecimal, 16)
      : decimal !== undefined
        ? decodeNumericCharacterReference(decimal, 10)
        : decodeNamedCharacterReference(name!)
  return decoded ? {raw, decoded} : undefined
}
