/**
 * Score the near-duplicate search (`content-quality-duplicates`, default
 * options) on the scraped pages, the documentation and the generated
 * variants: its pairs against the exact similarity join (`exactPairs`, no
 * MinHash) over the same shingle sets, the generated variants against their
 * sources, and its pairs among documentation pages against the labels.
 * Only paths, counts and similarities come out: never text.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {sketchFiles} from '../../packages/content-quality-duplicates/dist/index.js'
import {
  defaultOptions,
  jaccard,
  nearDuplicatePairs,
  type DuplicateOptions,
  type PageSketch,
  type Pair,
  type PairOptions
} from '../../packages/content-quality-sketch/dist/index.js'
import {pairKey, type DuplicateLabel, type PairLabel} from './duplicate-labels.ts'
import {generateDuplicatesSet, variantKinds, type VariantKind} from './duplicates-set.ts'
import {exactPairs} from './exact-pairs.ts'

/** A page of the evaluation: a corpus page, or a generated variant of one. */
export interface DuplicatePage {
  /** Corpus-relative path, or the variant's synthetic path. */
  path: string
  corpus: 'spam' | 'docs' | 'generated'
  /** For a variant: the path of its source page, and how it was varied. */
  source?: string
  kind?: VariantKind
}

/** What is compared of a page: its sketch's counts and hashes. */
export type Sketch = Pick<PageSketch, 'words' | 'shingles' | 'signature'>

/** Two pages by path, and their exact similarity. */
export interface PathPair {
  path: string
  other: string
  jaccard: number
}

/** The figures of one kind of variant. */
export interface KindFigures {
  kind: VariantKind
  variants: number
  /** Variants whose pair with their source is in the truth (exact similarity at or above the threshold, both long enough). */
  aboveThreshold: number
  /** Variants whose pair with their source the search reported. */
  found: number
  /** Median exact similarity of variant and source; `undefined` without variants. */
  medianJaccard: number | undefined
}

/** The figures on the documentation. */
export interface DocsFigures {
  /** Pairs with a documentation page in the truth, and reported. */
  truthPairs: number
  pairs: number
  /** Pages in a reported pair. */
  pages: number
  /** Reported pairs by label. */
  byLabel: Record<PairLabel, number>
  /** Reported pairs labelled `boilerplate`: false alarms. */
  boilerplate: PathPair[]
  /** Reported pairs without a label: label them. */
  unlabelled: PathPair[]
}

/** What the near-duplicate evaluation measured. */
export interface DuplicateFigures {
  options: DuplicateOptions
  /** Pages by corpus, pages long enough to compare, and pages that could not be read. */
  pages: {spam: number; docs: number; generated: number; compared: number; unread: number}
  /** Pairs without a documentation page: in the truth, reported, and both. */
  truthPairs: number
  foundPairs: number
  truePairs: number
  /** `truePairs / foundPairs`, `truePairs / truthPairs`; `undefined` with nothing to divide. */
  precision: number | undefined
  recall: number | undefined
  /** Reported pairs not in the truth, and truth pairs not reported (the first few, by path). */
  falseFinds: PathPair[]
  misses: PathPair[]
  /** Of the misses, the most similar (how far above the threshold the search missed). */
  highestMissed: number | undefined
  kinds: KindFigures[]
  docs: DocsFigures
  /** The sample articles (`../shared/samples`), when there: one article published twice. */
  samples?: SampleFigures
}

/** The sample articles: their names, their similarity, and whether the search reports them. */
export interface SampleFigures {
  names: string[]
  jaccard: number | undefined
  reported: boolean
}

/** How many falseFinds and misses are kept. */
const keptExamples = 20

/**
 * Score the search on `pages` and their `sketches` (same order): truth is
 * the exact join of the shingle sets of pages with `minimumWords` words or
 * more at `threshold`, the search is `search` (`nearDuplicatePairs`) with
 * the same options. `labels` judge the pairs of documentation pages.
 */
export function scoreDuplicates(
  pages: readonly DuplicatePage[],
  sketches: readonly Sketch[],
  labels: readonly DuplicateLabel[],
  options: DuplicateOptions = defaultOptions,
  search: (pages: readonly PageSketch[], options: PairOptions) => Pair[] = nearDuplicatePairs
): DuplicateFigures {
  const {threshold, minimumWords} = options
  const sets = sketches.map((sketch) => (sketch.words >= minimumWords ? sketch.shingles : new Uint32Array(0)))
  const truth = exactPairs(sets, threshold)
  const found = search(
    sketches.map((sketch) => ({...sketch, date: undefined, start: undefined})),
    {threshold, minimumWords}
  )
  const count = pages.length
  const key = (left: number, right: number): number => left * count + right
  const truthKeys = new Map(truth.map((pair) => [key(pair.left, pair.right), pair.jaccard]))
  const foundKeys = new Set(found.map((pair) => key(pair.left, pair.right)))
  const isDocs = (left: number, right: number): boolean => pages[left]!.corpus === 'docs' || pages[right]!.corpus === 'docs'
  const pathPair = (left: number, right: number, similarity: number): PathPair => ({path: pages[left]!.path, other: pages[right]!.path, jaccard: similarity})

  let truthPairs = 0
  let truePairs = 0
  const misses: PathPair[] = []
  let highestMissed: number | undefined
  for (const pair of truth) {
    if (isDocs(pair.left, pair.right)) continue
    truthPairs++
    if (foundKeys.has(key(pair.left, pair.right))) truePairs++
    else {
      if (misses.length < keptExamples) misses.push(pathPair(pair.left, pair.right, pair.jaccard))
      highestMissed = Math.max(highestMissed ?? 0, pair.jaccard)
    }
  }
  let foundPairs = 0
  const falseFinds: PathPair[] = []
  for (const pair of found) {
    if (isDocs(pair.left, pair.right)) continue
    foundPairs++
    if (!truthKeys.has(key(pair.left, pair.right)) && falseFinds.length < keptExamples) {
      falseFinds.push(pathPair(pair.left, pair.right, jaccard(sets[pair.left]!, sets[pair.right]!)))
    }
  }

  return {
    options,
    pages: {
      spam: pages.filter((page) => page.corpus === 'spam').length,
      docs: pages.filter((page) => page.corpus === 'docs').length,
      generated: pages.filter((page) => page.corpus === 'generated').length,
      compared: sets.filter((set) => set.length > 0).length,
      unread: sketches.filter((sketch) => sketch.signature.length === 0).length
    },
    truthPairs,
    foundPairs,
    truePairs,
    precision: foundPairs === 0 ? undefined : truePairs / foundPairs,
    recall: truthPairs === 0 ? undefined : truePairs / truthPairs,
    falseFinds,
    misses,
    highestMissed,
    kinds: kindFigures(pages, sketches, (left, right) => truthKeys.has(key(left, right)), (left, right) => foundKeys.has(key(left, right))),
    docs: docsFigures(
      truth.filter((pair) => isDocs(pair.left, pair.right)).length,
      found.filter((pair) => isDocs(pair.left, pair.right)).map((pair) => pathPair(pair.left, pair.right, pair.jaccard)),
      labels
    )
  }
}

/** Per kind of variant: how many, how many alike enough to be in the truth, how many reported, the median similarity. */
function kindFigures(
  pages: readonly DuplicatePage[],
  sketches: readonly Sketch[],
  inTruth: (left: number, right: number) => boolean,
  reported: (left: number, right: number) => boolean
): KindFigures[] {
  const byPath = new Map(pages.map((page, index) => [page.path, index]))
  return variantKinds.map(function (kind) {
    let aboveThreshold = 0
    let found = 0
    const similarities: number[] = []
    for (const [index, page] of pages.entries()) {
      if (page.kind !== kind) continue
      const source = byPath.get(page.source!)
      if (source === undefined) throw new Error('no source page `' + page.source + '` for `' + page.path + '`')
      const [left, right] = source < index ? [source, index] : [index, source]
      if (inTruth(left, right)) aboveThreshold++
      if (reported(left, right)) found++
      similarities.push(jaccard(sketches[index]!.shingles, sketches[source]!.shingles))
    }
    return {kind, variants: similarities.length, aboveThreshold, found, medianJaccard: median(similarities)}
  })
}

/** The reported pairs with a documentation page, judged by the labels. */
function docsFigures(truthPairs: number, reported: PathPair[], labels: readonly DuplicateLabel[]): DocsFigures {
  const byKey = new Map(labels.map((label) => [pairKey(label.path, label.other), label.label]))
  const byLabel: Record<PairLabel, number> = {copy: 0, template: 0, boilerplate: 0, ambiguous: 0}
  const boilerplate: PathPair[] = []
  const unlabelled: PathPair[] = []
  const involved = new Set<string>()
  for (const pair of reported) {
    involved.add(pair.path).add(pair.other)
    const label = byKey.get(pairKey(pair.path, pair.other))
    if (label === undefined) unlabelled.push(pair)
    else {
      byLabel[label]++
      if (label === 'boilerplate') boilerplate.push(pair)
    }
  }
  return {truthPairs, pairs: reported.length, pages: involved.size, byLabel, boilerplate, unlabelled}
}

/** The median of `values`; `undefined` when there are none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The near-duplicate figures, and how long they took (milliseconds). */
export interface DuplicateRun {
  figures: DuplicateFigures
  milliseconds: number
}

/**
 * Generate the variants of the scraped pages, sketch every page of both
 * corpora and the variants as `content-quality-duplicates` does
 * (`sketchFiles`: worker threads, the preset's parser), and score the
 * search. The variants are written to a temporary folder outside the
 * project for that, and removed. `relative` gives a file's corpus-relative
 * path.
 */
export async function measureDuplicates(
  spamFiles: readonly string[],
  docsFiles: readonly string[],
  relative: (file: string) => string,
  labels: readonly DuplicateLabel[],
  jobs: number,
  samples?: string
): Promise<DuplicateRun> {
  const started = performance.now()
  const variants = generateDuplicatesSet(spamFiles.map((file) => ({path: relative(file), text: readFileSync(file, 'utf8')})))
  const pages: DuplicatePage[] = [
    ...spamFiles.map((file): DuplicatePage => ({path: relative(file), corpus: 'spam'})),
    ...docsFiles.map((file): DuplicatePage => ({path: relative(file), corpus: 'docs'})),
    ...variants.map((variant): DuplicatePage => ({path: variant.path, corpus: 'generated', source: variant.source, kind: variant.kind}))
  ]
  const folder = mkdtempSync(path.join(tmpdir(), 'eval-duplicates-'))
  try {
    const generated = variants.map(function (variant) {
      const file = path.join(folder, variant.path)
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(file, variant.text)
      return file
    })
    const sketched = await sketchFiles([...spamFiles, ...docsFiles, ...generated], folder, {text: defaultOptions, jobs})
    const empty = {words: 0, shingles: new Uint32Array(0), signature: new Uint32Array(0), date: undefined, start: undefined}
    const sketches = sketched.map((file) => ({...(file.sketch ?? empty), error: file.error?.reason}))
    const figures = scoreDuplicates(pages, sketches, labels)
    if (samples !== undefined) figures.samples = await measureSamples(samples)
    return {figures, milliseconds: performance.now() - started}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/** The markdown files of `folder` (the sample articles), sketched and searched as a site of their own. */
export async function measureSamples(folder: string): Promise<SampleFigures> {
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort()
  const sketched = await sketchFiles(names, folder, {text: defaultOptions, jobs: 1})
  const [first, second] = sketched.map((file) => file.sketch)
  const pairs = nearDuplicatePairs(
    sketched.flatMap((file) => (file.sketch ? [file.sketch] : [])),
    defaultOptions
  )
  return {
    names,
    jaccard: names.length === 2 && first && second ? jaccard(first.shingles, second.shingles) : undefined,
    reported: names.length === 2 && pairs.length === 1
  }
}
