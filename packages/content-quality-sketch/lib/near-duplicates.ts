import {intersectionSize} from './jaccard.js'
import {bandingFor, candidateBuckets} from './lsh.js'
import {estimateJaccard} from './minhash.js'
import {mix} from './shingles.js'
import type {PageSketch} from './sketch.js'

/** Two pages (or two classes of pages) found alike: indexes, `left < right`. */
export interface Pair {
  left: number
  right: number
  /** The Jaccard similarity of their shingle sets. */
  jaccard: number
  /** What their signatures estimated. */
  estimate: number
}

/** When pages count as near-duplicates. */
export interface PairOptions {
  /** The least Jaccard similarity of their shingle sets. */
  threshold: number
  /** Pages with fewer tokens are never compared: too short to tell a copy from a coincidence. */
  minimumWords: number
}

/**
 * All the near-duplicates among pages (for measuring the search; `findCopies`
 * is what reports need): classes of pages with the same
 * shingle set (each page compared, in page order; pages too short to
 * compare are in none), and the verified pairs of classes. Every page of a
 * class is a near-duplicate (similarity 1) of every other page of it, and
 * of every page of a class it is paired with.
 */
export interface NearDuplicates {
  classes: number[][]
  /** Pairs of indexes into `classes`. */
  pairs: Pair[]
}

/**
 * Find every near-duplicate pair among `pages`: the pairs whose shingle sets
 * have a Jaccard similarity of at least `threshold`. Pages with the same
 * shingle set are one class, compared once. Classes become candidates only
 * when their MinHash signatures share a band (`bandingFor`), and every
 * candidate is verified on the shingle sets: no pair is reported on an
 * estimate, and no pair is compared unless a band brought it up.
 */
export function nearDuplicates(pages: readonly PageSketch[], options: PairOptions): NearDuplicates {
  const {threshold} = options
  const classes = sameSetClasses(pages, options.minimumWords)
  const sketches = classes.map((members) => pages[members[0]!]!)

  const pairs: Pair[] = []
  const seen = new Set<number>()
  for (const bucket of candidateBuckets(
    sketches.map((sketch) => sketch.signature),
    bandingFor(threshold)
  )) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const left = bucket[i]!
        const right = bucket[j]!
        const key = left * classes.length + right
        if (seen.has(key)) continue
        seen.add(key)
        const a = sketches[left]!
        const b = sketches[right]!
        const jaccard = jaccardAtLeast(a.shingles, b.shingles, threshold)
        if (jaccard !== undefined) pairs.push({left, right, jaccard, estimate: estimateJaccard(a.signature, b.signature)})
      }
    }
  }
  return {classes, pairs: pairs.sort((x, y) => x.left - y.left || x.right - y.right)}
}

/**
 * Every pair of pages the near-duplicates link, in page order: within a
 * class (similarity 1) and across paired classes. As many as there are:
 * `n` copies of one page make `n(n − 1)/2` pairs.
 */
export function pagePairs(found: NearDuplicates): Pair[] {
  const pairs: Pair[] = []
  const add = (x: number, y: number, jaccard: number, estimate: number): void => {
    pairs.push(x < y ? {left: x, right: y, jaccard, estimate} : {left: y, right: x, jaccard, estimate})
  }
  for (const members of found.classes) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) add(members[i]!, members[j]!, 1, 1)
  }
  for (const pair of found.pairs) {
    for (const x of found.classes[pair.left]!) for (const y of found.classes[pair.right]!) add(x, y, pair.jaccard, pair.estimate)
  }
  return pairs.sort((x, y) => x.left - y.left || x.right - y.right)
}

/** Every pair of `pages` whose shingle sets have a Jaccard similarity of at least `threshold`, in page order. */
export function nearDuplicatePairs(pages: readonly PageSketch[], options: PairOptions): Pair[] {
  return pagePairs(nearDuplicates(pages, options))
}

/**
 * The pages long enough to compare (`minimumWords` tokens or more, a
 * shingle at least), in classes of pages with the same shingle set, each in
 * page order, the classes in the order of their first page.
 */
export function sameSetClasses(pages: readonly PageSketch[], minimumWords: number): number[][] {
  const byKey = new Map<string, number[]>()
  for (let page = 0; page < pages.length; page++) {
    const sketch = pages[page]!
    if (sketch.words < minimumWords || sketch.shingles.length === 0) continue
    let key = setKey(sketch.shingles)
    // A 64-bit hash could in theory be shared by two sets: a class holds equal sets only.
    while (byKey.has(key) && !sameValues(pages[byKey.get(key)![0]!]!.shingles, sketch.shingles)) key += '+'
    const same = byKey.get(key)
    if (same) same.push(page)
    else byKey.set(key, [page])
  }
  return [...byKey.values()]
}

/**
 * The Jaccard similarity of two shingle sets when it is `threshold` or
 * more, else `undefined`; the sizes are compared first (the similarity is
 * at most the smaller set over the larger, divided as the similarity is, so
 * an equal bound is kept).
 */
export function jaccardAtLeast(left: Uint32Array, right: Uint32Array, threshold: number): number | undefined {
  if (Math.min(left.length, right.length) / Math.max(left.length, right.length) < threshold) return undefined
  const shared = intersectionSize(left, right)
  const jaccard = shared / (left.length + right.length - shared)
  return jaccard >= threshold ? jaccard : undefined
}

/** A key equal for equal shingle sets: their size and two 32-bit hashes of their values. */
function setKey(shingles: Uint32Array): string {
  let first = 0x811c9dc5
  let second = 0x2545f491
  for (let index = 0; index < shingles.length; index++) {
    first = mix(first ^ shingles[index]!)
    second = Math.imul(second ^ shingles[index]!, 0x01000193)
  }
  return shingles.length + ':' + first + ':' + (second >>> 0)
}

function sameValues(left: Uint32Array, right: Uint32Array): boolean {
  if (left.length !== right.length) return false
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false
  return true
}
