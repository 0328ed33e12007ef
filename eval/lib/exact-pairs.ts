import {intersectionSize} from '../../packages/content-quality-sketch/dist/index.js'

/** A pair of sets and their exact Jaccard similarity; `left < right`. */
export interface ExactPair {
  left: number
  right: number
  jaccard: number
}

/**
 * Every pair of `sets` (sorted, without repeats) whose Jaccard similarity is
 * at least `threshold` (above 0), found exactly, without MinHash: the truth
 * the near-duplicate search is scored against. It is the prefix-filtering
 * similarity join (Chaudhuri et al. 2006; Bayardo et al. 2007, "All-Pairs"):
 * with the values of every set ordered rarest first, two sets with
 * similarity `t` or more share a value among the first `|s| − ⌈t·|s|⌉ + 1` of
 * each, so only pairs that share such a value are compared, and every one
 * of them is compared in full. Empty sets are never alike.
 */
export function exactPairs(sets: readonly Uint32Array[], threshold: number): ExactPair[] {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('Unexpected threshold ' + threshold + ', expected a number above 0 and at most 1')
  const frequency = documentFrequency(sets)
  // Each set's values, rarest first (ties by value): one global order.
  const ordered = sets.map((set) => Array.from(set).sort((a, b) => (frequency(a) - frequency(b)) || a - b))
  const bySize = sets.map((_, index) => index).sort((a, b) => sets[a]!.length - sets[b]!.length || a - b)

  const index = new Map<number, number[]>()
  const pairs: ExactPair[] = []
  for (const x of bySize) {
    const set = ordered[x]!
    if (set.length === 0) continue
    const prefix = set.length - Math.ceil(threshold * set.length - 1e-9) + 1
    const candidates = new Set<number>()
    for (let position = 0; position < prefix; position++) {
      for (const y of index.get(set[position]!) ?? []) {
        // Sets come smallest first: y is no larger, and too small when below t·|x|.
        if (sets[y]!.length >= threshold * set.length - 1e-9) candidates.add(y)
      }
    }
    for (const y of candidates) {
      const shared = intersectionSize(sets[x]!, sets[y]!)
      const jaccard = shared / (sets[x]!.length + sets[y]!.length - shared)
      if (jaccard >= threshold) pairs.push(x < y ? {left: x, right: y, jaccard} : {left: y, right: x, jaccard})
    }
    for (let position = 0; position < prefix; position++) {
      const list = index.get(set[position]!)
      if (list) list.push(x)
      else index.set(set[position]!, [x])
    }
  }
  return pairs.sort((a, b) => a.left - b.left || a.right - b.right)
}

/** How many of `sets` hold each value, as a lookup (binary search in the sorted distinct values). */
function documentFrequency(sets: readonly Uint32Array[]): (value: number) => number {
  let total = 0
  for (const set of sets) total += set.length
  const all = new Uint32Array(total)
  let offset = 0
  for (const set of sets) {
    all.set(set, offset)
    offset += set.length
  }
  all.sort()
  const values: number[] = []
  const counts: number[] = []
  for (let index = 0; index < all.length; index++) {
    if (index > 0 && all[index] === all[index - 1]) counts[counts.length - 1]!++
    else {
      values.push(all[index]!)
      counts.push(1)
    }
  }
  const sortedValues = Uint32Array.from(values)
  return function (value) {
    let low = 0
    let high = sortedValues.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const found = sortedValues[middle]!
      if (found === value) return counts[middle]!
      if (found < value) low = middle + 1
      else high = middle - 1
    }
    return 0
  }
}
