/**
 * The generated near-duplicate set: variants of scraped pages whose source is
 * known, made the ways a content farm republishes an article (paragraphs
 * dropped, paragraphs reordered, words changed, a new title), so the
 * near-duplicate search can be scored where the truth is known. The text
 * exists only in memory while `pnpm eval` runs; it is never written to the
 * project. Deterministic: one seeded generator per variant, no
 * `Math.random`.
 */

/** The ways a page is varied, in the order the reports list them. */
export const variantKinds = ['paragraphs dropped', 'paragraphs reordered', 'words changed', 'title swapped'] as const

/** A way a page is varied. */
export type VariantKind = (typeof variantKinds)[number]

/** A generated page: a variant of one corpus page. */
export interface Variant {
  /** Synthetic path: `generated/<kind, dashed>/<source path>`. */
  path: string
  /** Corpus-relative path of the page it was made from. */
  source: string
  kind: VariantKind
  text: string
}

/** A page to vary: corpus-relative path and text. */
export interface SourcePage {
  path: string
  text: string
}

/** Every how-manyth page (sorted by path) is varied. */
export const sampleEvery = 8
/** Share of a body's blocks `paragraphs dropped` leaves out. */
export const dropShare = 0.2
/** Share of the words of prose lines `words changed` replaces. */
export const changeShare = 0.1

/** Words that replace words: the project's own, none of them likely in a page about printers or networks. */
const replacementWords = [
  'amber', 'lantern', 'orchid', 'quarry', 'meadow', 'harbour', 'violin', 'pebble', 'saffron', 'glacier',
  'thimble', 'falcon', 'juniper', 'marble', 'velvet', 'cobalt', 'walnut', 'heron', 'tundra', 'lagoon',
  'ember', 'citadel', 'willow', 'prism', 'canyon', 'bramble', 'nectar', 'sparrow', 'basalt', 'fjord'
]

/** The synthetic path of the variant of `source` of kind `kind`. */
export function variantPath(kind: VariantKind, source: string): string {
  return 'generated/' + kind.replaceAll(' ', '-') + '/' + source
}

/**
 * Make the set from `pages`: every `sampleEvery`th page, sorted by path (code
 * units), gets one variant of each kind it can take. `title swapped` needs a
 * frontmatter `title` and another page (of `pages`) with a different one;
 * the block kinds need two blocks or more; `words changed` needs ten words
 * or more of prose.
 */
export function generateDuplicatesSet(pages: readonly SourcePage[], every = sampleEvery): Variant[] {
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const titles = sorted.map((page) => frontmatterTitle(page.text))
  const variants: Variant[] = []
  for (let index = 0; index < sorted.length; index += every) {
    const page = sorted[index]!
    for (const kind of variantKinds) {
      const random = seededRandom(kind + '\n' + page.path)
      let text: string | undefined
      if (kind === 'paragraphs dropped') text = dropBlocks(page.text, random)
      else if (kind === 'paragraphs reordered') text = reorderBlocks(page.text, random)
      else if (kind === 'words changed') text = changeWords(page.text, random)
      else {
        const own = titles[index]
        const others = titles.filter((title): title is string => title !== undefined && title !== own)
        if (own !== undefined && others.length > 0) text = swapTitle(page.text, others[Math.floor(random() * others.length)]!)
      }
      if (text !== undefined && text !== page.text) variants.push({path: variantPath(kind, page.path), source: page.path, kind, text})
    }
  }
  return variants
}

/** A page cut in its frontmatter (with the line break after it, or empty) and its body. */
export function splitFrontmatter(text: string): {frontmatter: string; body: string} {
  const match = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text)
  return match ? {frontmatter: match[0], body: text.slice(match[0].length)} : {frontmatter: '', body: text}
}

/**
 * The blocks of a body: its text split on blank lines, except inside fenced
 * code, so a fence never ends up without its closing line, and before an
 * indented line, which continues the block before it (a list item's second
 * paragraph would read as code anywhere else).
 */
export function bodyBlocks(body: string): string[] {
  const blocks: string[][] = []
  let current: string[] = []
  let fence: {marker: string; length: number} | undefined
  let blanks = 0
  for (const line of body.split('\n')) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (!fence && line.trim() === '') {
      blanks++
      continue
    }
    if (!fence && blanks > 0) {
      if (current.length > 0 && /^( {4}|\t)/.test(line)) current.push(...Array<string>(blanks).fill(''))
      else {
        if (current.length > 0) blocks.push(current)
        current = []
      }
    }
    blanks = 0
    if (fence) {
      if (opening && opening[1]![0] === fence.marker && opening[1]!.length >= fence.length && line.trim() === opening[1]) fence = undefined
    } else if (opening) {
      fence = {marker: opening[1]![0]!, length: opening[1]!.length}
    }
    current.push(line)
  }
  if (current.length > 0) blocks.push(current)
  return blocks.map((lines) => lines.join('\n'))
}

/** The frontmatter and `blocks`, one blank line after the frontmatter and between blocks. */
function joinBlocks(frontmatter: string, blocks: readonly string[]): string {
  return frontmatter + (frontmatter === '' ? '' : '\n') + blocks.join('\n\n') + '\n'
}

/** Drop `dropShare` of the body's blocks (rounded, at least one), chosen at random; the frontmatter stays. */
export function dropBlocks(text: string, random: () => number): string | undefined {
  const {frontmatter, body} = splitFrontmatter(text)
  const blocks = bodyBlocks(body)
  if (blocks.length < 2) return undefined
  const count = Math.max(1, Math.round(dropShare * blocks.length))
  const dropped = new Set(shuffled(blocks.map((_, index) => index), random).slice(0, count))
  return joinBlocks(
    frontmatter,
    blocks.filter((_, index) => !dropped.has(index))
  )
}

/** Shuffle the body's blocks (never into the order they had); the frontmatter stays. */
export function reorderBlocks(text: string, random: () => number): string | undefined {
  const {frontmatter, body} = splitFrontmatter(text)
  const blocks = bodyBlocks(body)
  if (new Set(blocks).size < 2) return undefined
  let order = shuffled(blocks, random)
  // A shuffle may give the same order back: then move the first block last.
  if (order.every((block, index) => block === blocks[index])) order = [...order.slice(1), order[0]!]
  return joinBlocks(frontmatter, order)
}

/** A word of a prose line: where it starts, and its text. */
interface WordPlace {
  line: number
  start: number
  text: string
}

/**
 * Replace `changeShare` of the words of prose lines (rounded) with words of
 * a fixed list, chosen at random. Prose lines are the body's lines outside
 * fenced code, indented code and HTML blocks; within them, URLs, link
 * destinations, inline code and HTML tags are left alone.
 */
export function changeWords(text: string, random: () => number): string | undefined {
  const {frontmatter, body} = splitFrontmatter(text)
  const lines = body.split('\n')
  const words = proseWords(lines)
  const count = Math.round(changeShare * words.length)
  if (words.length < 10 || count === 0) return undefined
  const chosen = shuffled(words, random)
    .slice(0, count)
    .sort((a, b) => a.line - b.line || b.start - a.start)
  for (const word of chosen) {
    const candidates = replacementWords.filter((candidate) => candidate !== word.text.toLowerCase())
    const replacement = candidates[Math.floor(random() * candidates.length)]!
    const line = lines[word.line]!
    // Right to left within a line, so earlier offsets stay valid.
    lines[word.line] = line.slice(0, word.start) + replacement + line.slice(word.start + word.text.length)
  }
  return frontmatter + lines.join('\n')
}

/** The words of the prose lines of `lines` (a body), in order. */
export function proseWords(lines: readonly string[]): WordPlace[] {
  const words: WordPlace[] = []
  let fence: {marker: string; length: number} | undefined
  let html = false
  let previousBlank = true
  for (const [index, line] of lines.entries()) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    const blank = line.trim() === ''
    if (fence) {
      if (opening && opening[1]![0] === fence.marker && opening[1]!.length >= fence.length && line.trim() === opening[1]) fence = undefined
    } else if (opening) {
      fence = {marker: opening[1]![0]!, length: opening[1]!.length}
    } else if (html) {
      if (blank) html = false
    } else if (previousBlank && /^ {0,3}</.test(line)) {
      html = true
    } else if (!blank && !(previousBlank && /^( {4}|\t)/.test(line))) {
      const protectedRanges = [...line.matchAll(/`[^`]*`|<[^>]*>|\]\([^)]*\)|https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/g)].map(
        (match): [number, number] => [match.index, match.index + match[0].length]
      )
      for (const match of line.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
        const start = match.index
        if (protectedRanges.some(([from, to]) => start >= from && start < to)) continue
        words.push({line: index, start, text: match[0]})
      }
    }
    previousBlank = blank && !fence
  }
  return words
}

/** The frontmatter `title` of a page, as written after `title:` (quotes kept), when it has one. */
export function frontmatterTitle(text: string): string | undefined {
  const {frontmatter} = splitFrontmatter(text)
  return /^title:[ \t]*(\S.*?)[ \t]*\r?$/m.exec(frontmatter)?.[1]
}

/** Replace the value of the frontmatter `title` with `title` (as written, quotes kept); the body stays. */
export function swapTitle(text: string, title: string): string | undefined {
  const {frontmatter, body} = splitFrontmatter(text)
  const line = /^title:[ \t]*\S.*$/m.exec(frontmatter)
  if (!line) return undefined
  const carriageReturn = line[0].endsWith('\r') ? '\r' : ''
  return frontmatter.slice(0, line.index) + 'title: ' + title + carriageReturn + frontmatter.slice(line.index + line[0].length) + body
}

/** A copy of `items` in random order (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

/**
 * A generator of numbers in [0, 1) seeded by `seed` (FNV-1a of its code
 * units): mulberry32, the same sequence on every run and platform.
 */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5
  for (let index = 0; index < seed.length; index++) state = Math.imul(state ^ seed.charCodeAt(index), 0x01000193)
  return function () {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}
