import type {Root, RootContent} from 'mdast'
import {readFrontmatter} from 'content-quality-core'
import {signatureOf} from './minhash.js'
import {pageTokens, type ExtraText} from './page-tokens.js'
import {shingleSet} from './shingles.js'

/** What counts as a page's text, and how it is cut into shingles. */
export interface TextOptions {
  /** Tokens a shingle holds. */
  shingleSize: number
  /** Extra text that counts besides markdown prose. */
  include: readonly ExtraText[]
}

/** A place in a file: 1-based line and column, and the offset when the parser gave one. */
export interface Point {
  line: number
  column: number
  offset?: number
}

/** What is kept of a page to compare it with others: never its text. */
export interface PageSketch {
  /** Tokens of its text. */
  words: number
  /** Its shingles as sorted 32-bit hashes, for the exact similarity of candidates. */
  shingles: Uint32Array
  /** Its MinHash signature, for finding candidates. */
  signature: Uint32Array
  /** The frontmatter `date` (or `published`, `created`), as milliseconds since 1970, when it reads as a date. */
  date: number | undefined
  /** The page's first block after the frontmatter: where a message about the whole page points. */
  start: {start: Point; end: Point} | undefined
}

/** The sketch of a parsed page. */
export function sketchPage(tree: Root, source: string, options: TextOptions): PageSketch {
  const runs = pageTokens(tree, source, options.include)
  const shingles = shingleSet(runs, options.shingleSize)
  let words = 0
  for (const run of runs) words += run.length
  return {
    words,
    shingles,
    signature: signatureOf(shingles),
    date: dateOf(tree, source),
    start: firstBlock(tree.children)
  }
}

/** Frontmatter keys that hold when a page was published, in the order they are read. */
const dateKeys = ['date', 'published', 'created']

function dateOf(tree: Root, source: string): number | undefined {
  const data = readFrontmatter(tree, source)?.data
  if (!data || typeof data !== 'object') return undefined
  for (const key of dateKeys) {
    const value = (data as Record<string, unknown>)[key]
    const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
    if (Number.isFinite(time)) return time
  }
  return undefined
}

function firstBlock(children: readonly RootContent[]): PageSketch['start'] {
  const block = children.find((child) => child.type !== 'yaml' && child.type !== ('toml' as string))
  const position = block?.position
  if (!position) return undefined
  const {start, end} = position
  return {start: {line: start.line, column: start.column, offset: start.offset}, end: {line: end.line, column: end.column, offset: end.offset}}
}
