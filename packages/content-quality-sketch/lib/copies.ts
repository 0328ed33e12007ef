import {BandTable, bandingFor} from './lsh.js'
import {estimateJaccard} from './minhash.js'
import {jaccardAtLeast, sameSetClasses, type PairOptions} from './near-duplicates.js'
import {comparePublication, type Dated} from './order.js'
import type {PageSketch} from './sketch.js'

/** A page that repeats an earlier one. */
export interface Copy {
  /** The page. */
  page: number
  /** The earliest page published before it that it is a near-duplicate of. */
  original: number
  jaccard: number
  estimate: number
}

/** A page and the copies linked to it through their originals, earliest first. */
export interface Group {
  pages: number[]
  /** The pages of the group that repeat an earlier page, in page order. */
  copies: Copy[]
}

/**
 * The copies among `pages` and their groups. A page is a copy when it is a
 * near-duplicate (Jaccard similarity of `threshold` or more) of a page
 * published before it (`comparePublication`); its original is the earliest
 * of those. A group is a page that is no copy and every copy linked to it
 * through originals, earliest first; the earliest page of a group is never
 * a copy.
 *
 * Pages with the same shingle set are one class. Classes are taken in
 * publication order, and each looks only at the earlier classes that share
 * a band of its signature (LSH), earliest first, verifying each exactly and
 * stopping at the first that is alike enough: its original. So a family of
 * pages from one template costs a lookup a page, not a comparison of every
 * pair.
 */
export function findCopies(pages: ReadonlyArray<PageSketch & Dated>, options: PairOptions): Group[] {
  const byPublication = (a: number, b: number): number => comparePublication(pages[a]!, pages[b]!)
  const classes = sameSetClasses(pages, options.minimumWords).map((members) => members.sort(byPublication))
  // Ranks: classes by their earliest page.
  classes.sort((a, b) => byPublication(a[0]!, b[0]!))
  const table = new BandTable(bandingFor(options.threshold))
  const original: Array<{rank: number; jaccard: number; estimate: number} | undefined> = []
  const isOriginal: boolean[] = []
  const parent = classes.map((_, rank) => rank)
  const root = (rank: number): number => {
    while (parent[rank] !== rank) {
      parent[rank] = parent[parent[rank]!]!
      rank = parent[rank]!
    }
    return rank
  }

  classes.forEach(function (members, rank) {
    const sketch = pages[members[0]!]!
    const keys = table.keys(sketch.signature)
    // Earlier classes sharing a band, earliest first: a merge of the bands' lists, which are in rank order.
    const lists = table.lists(keys)
    const heads = lists.map(() => 0)
    let previous = -1
    for (;;) {
      let next = -1
      let from = -1
      for (let list = 0; list < lists.length; list++) {
        const candidate = lists[list]![heads[list]!]
        if (candidate !== undefined && (next === -1 || candidate < next)) {
          next = candidate
          from = list
        }
      }
      if (next === -1) break
      heads[from]!++
      if (next === previous) continue
      previous = next
      const other = pages[classes[next]![0]!]!
      const jaccard = jaccardAtLeast(sketch.shingles, other.shingles, options.threshold)
      if (jaccard !== undefined) {
        original[rank] = {rank: next, jaccard, estimate: estimateJaccard(sketch.signature, other.signature)}
        isOriginal[next] = true
        parent[root(rank)] = root(next)
        break
      }
    }
    table.add(keys, rank)
  })

  const groups = new Map<number, number[]>()
  const copies = new Map<number, Copy[]>()
  classes.forEach(function (members, rank) {
    const found = original[rank]
    if (members.length < 2 && !found && !isOriginal[rank]) return
    const key = root(rank)
    let list = groups.get(key)
    if (!list) groups.set(key, (list = []))
    let copyList = copies.get(key)
    if (!copyList) copies.set(key, (copyList = []))
    for (const page of members) {
      list.push(page)
      if (found) copyList.push({page, original: classes[found.rank]![0]!, jaccard: found.jaccard, estimate: found.estimate})
      else if (page !== members[0]) copyList.push({page, original: members[0]!, jaccard: 1, estimate: 1})
    }
  })
  return [...groups]
    .map(([key, list]): Group => ({pages: list.sort(byPublication), copies: copies.get(key)!.sort((a, b) => a.page - b.page)}))
    .sort((a, b) => byPublication(a.pages[0]!, b.pages[0]!))
}
