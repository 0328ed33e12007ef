import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {defaultReportOptions, maximumNesting, nodeDeeperThan, sourceOf, type DetectorFile, type Finding, type ReportOptions} from 'content-quality-core'
import {comparePublication, copyReason, estimateJaccard, jaccard, sketchPage, type PageSketch, type TextOptions} from 'content-quality-sketch'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {LoadedIndex} from './load-index.js'

/** Options of `no-duplicate-document`, once read. */
export interface Options extends ReportOptions {
  /** The index the page is compared with; without one the rule reports nothing. */
  index: LoadedIndex | undefined
}

/** Defaults: no index, so nothing to compare with. */
export const defaultOptions: Options = {...defaultReportOptions, index: undefined}

/** Pages larger than this are not read to compare with (16 MiB): an index names pages, not archives. */
const maximumPageSize = 16 * 1024 * 1024

/**
 * Find the pages of the index that the page (`tree`, `source`, at
 * `file.path`) nearly duplicates and that were published before it. A page
 * without a path (standard input) is not compared: it may be one of them.
 *
 * The page is sketched with the index's options; a page with fewer tokens
 * than `minimumWords` is never compared. The candidates are the pages that
 * share a band of the page's signature; each is read again from disk, at its
 * path resolved against the index's folder, and compared by the exact
 * Jaccard similarity of the shingle sets. Skipped: the page itself (the same
 * path), pages that no longer exist (deleted, or renamed: the index names
 * the old path), pages that cannot be read or parsed. Reported: each page as
 * similar as the index's `threshold` or more that comes first by
 * `comparePublication`, one finding at the page's first block.
 */
export function detectDuplicateDocument(tree: Root, source: string, options: Options, file?: DetectorFile): Finding[] {
  const loaded = options.index
  // Without a path (standard input) the page cannot be told from the pages of the index: it may be one of them.
  // Nesting deeper than the rules read is reported once by the preset's guard.
  if (!loaded || file?.path === undefined || nodeDeeperThan(tree, maximumNesting)) return []
  const {index, folder} = loaded
  const text: TextOptions = {shingleSize: index.options.shingleSize, include: index.options.include}
  const sketch = sketchPage(tree, source, text)
  if (sketch.words < index.options.minimumWords) return []

  const self = path.resolve(file.cwd, file.path)
  const own = {path: relativePath(folder, self), date: sketch.date}
  const {start, end} = span(source, sketch)
  const findings: Finding[] = []
  for (const number of loaded.lookup(sketch.signature)) {
    const page = index.pages[number]!
    const other = path.resolve(folder, page.path)
    if (other === self) continue
    const sketched = sketchOf(file.parse, other, text)
    if (!sketched) continue
    const similarity = jaccard(sketch.shingles, sketched.shingles)
    if (similarity < index.options.threshold) continue
    if (comparePublication({path: page.path, date: sketched.date}, own) >= 0) continue
    findings.push({start, end, message: copyReason(page.path, similarity, estimateJaccard(sketch.signature, sketched.signature))})
  }
  return findings
}

/**
 * The sketch of the page at `file`, parsed as the linted page was (`parse`),
 * or `undefined` when it is gone or cannot be read.
 */
function sketchOf(parse: DetectorFile['parse'], file: string, text: TextOptions): PageSketch | undefined {
  try {
    const stats = statSync(file, {throwIfNoEntry: false})
    if (!stats?.isFile() || stats.size > maximumPageSize) return undefined
    const page = new VFile({path: file, value: readFileSync(file)})
    const tree = parse(page)
    return nodeDeeperThan(tree, maximumNesting) ? undefined : sketchPage(tree, sourceOf(page), text)
  } catch {
    return undefined
  }
}

/** `file` relative to `folder`, with forward slashes, as an index names pages. */
function relativePath(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/')
}

/** Offsets of the page's first block, where a message about the whole page points. */
function span(source: string, sketch: PageSketch): {start: number; end: number} {
  const place = location(source)
  const start = sketch.start ? place.toOffset(sketch.start.start) : undefined
  const end = sketch.start ? place.toOffset(sketch.start.end) : undefined
  return start === undefined || end === undefined ? {start: 0, end: 0} : {start, end}
}
