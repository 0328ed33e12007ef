import {readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {defaultReportOptions, maximumNesting, nodeDeeperThan, sourceOf, type DetectorFile, type Finding, type ReportOptions} from 'content-quality-core'
import {comparePublication, copyReason, estimateJaccard, jaccardAtLeast, sketchPage, type PageSketch, type TextOptions} from 'content-quality-sketch'
import {VFile} from 'vfile'
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
 * The page of the index that the page (`tree`, `source`, at `file.path`)
 * repeats, when there is one: the earliest page published before it that
 * it nearly duplicates, as `content-quality-duplicates` names a copy's
 * original. A page without a path (standard input) is not compared: it may
 * be one of them.
 *
 * The page is sketched with the index's options; a page with fewer tokens
 * than `minimumWords` is never compared. The candidates are the pages that
 * share a band of the page's signature and come before it by
 * `comparePublication` (dates of the index, absolute paths); earliest first,
 * each is read again from disk, at its path resolved against the index's
 * folder, and compared by the exact Jaccard similarity of the shingle sets,
 * until one is as similar as the index's `threshold`: one finding at the
 * page's first block. Skipped: the page itself (the same file, through any
 * link), pages that no longer exist (deleted, or renamed: the index names
 * the old path), pages now shorter than `minimumWords` or published after
 * it, pages that cannot be read or parsed.
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

  const own = {path: path.resolve(file.cwd, file.path), date: sketch.date}
  const self = realPath(own.path)
  const candidates = loaded
    .lookup(sketch.signature)
    .map((number) => ({page: index.pages[number]!, path: path.resolve(folder, index.pages[number]!.path)}))
    .filter((candidate) => comparePublication({path: candidate.path, date: candidate.page.date}, own) < 0)
    .sort((a, b) => comparePublication({path: a.path, date: a.page.date}, {path: b.path, date: b.page.date}))
  for (const candidate of candidates) {
    if (realPath(candidate.path) === self) continue
    const sketched = sketchOf(file.parse, candidate.path, text)
    if (!sketched || sketched.words < index.options.minimumWords) continue
    // The page as it is now: published before this one, and alike enough.
    if (comparePublication({path: candidate.path, date: sketched.date}, own) >= 0) continue
    const similarity = jaccardAtLeast(sketch.shingles, sketched.shingles, index.options.threshold)
    if (similarity === undefined) continue
    // At the page's first block: a message about the whole page.
    const block = sketch.start
    const message = copyReason(candidate.page.path, similarity, estimateJaccard(sketch.signature, sketched.signature))
    return [{start: block?.start.offset ?? 0, end: block?.end.offset ?? 0, message}]
  }
  return []
}

/** The real path of `file` (links followed), or the path itself when there is no such file (an unsaved page). */
function realPath(file: string): string {
  try {
    return realpathSync.native(file)
  } catch {
    return file
  }
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
