import type {NearDuplicates} from './near-duplicates.js'
import {comparePublication, type Dated} from './order.js'

/** A page that repeats an earlier one. */
export interface Copy {
  /** The page. */
  page: number
  /** The earliest page it is a near-duplicate of (earlier than itself). */
  original: number
  jaccard: number
  estimate: number
}

/** Pages linked by near-duplicates, earliest first. */
export interface Group {
  pages: number[]
  /** The pages of the group that repeat an earlier page, in page order. */
  copies: Copy[]
}

/**
 * Groups of near-duplicate pages: the pages `found` links, each group's
 * pages earliest first (`comparePublication`). A page is a copy when it is
 * a near-duplicate of a page published before it; its original is the
 * earliest of those. The earliest page of a group is never a copy. Linear
 * in the pages and pairs of classes: copies of one page are never paired
 * one by one.
 */
export function groupPages(pages: readonly Dated[], found: NearDuplicates): Group[] {
  const {classes, pairs} = found
  const byPublication = (a: number, b: number): number => comparePublication(pages[a]!, pages[b]!)
  const earliest = classes.map((members) => members.reduce((best, page) => (byPublication(page, best) < 0 ? page : best)))

  // Each class's earliest partner in another class, and the pair that links them.
  const parent = classes.map((_, index) => index)
  const root = (node: number): number => {
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]!]!
      node = parent[node]!
    }
    return node
  }
  const partner: Array<{page: number; jaccard: number; estimate: number} | undefined> = classes.map(() => undefined)
  for (const pair of pairs) {
    parent[root(pair.left)] = root(pair.right)
    for (const [self, other] of [
      [pair.left, pair.right],
      [pair.right, pair.left]
    ] as const) {
      const known = partner[self]
      if (!known || byPublication(earliest[other]!, known.page) < 0) partner[self] = {page: earliest[other]!, jaccard: pair.jaccard, estimate: pair.estimate}
    }
  }

  const groups = new Map<number, number[]>()
  classes.forEach(function (members, index) {
    if (members.length < 2 && !partner[index]) return
    const key = root(index)
    const list = groups.get(key)
    if (list) list.push(...members)
    else groups.set(key, [...members])
  })
  const copyOf = new Map<number, Copy>()
  classes.forEach(function (members, index) {
    const other = partner[index]
    for (const page of members) {
      // Its earliest partner: the first of its own class (if not itself) or of a class paired with it.
      let best: Copy | undefined = earliest[index] === page ? undefined : {page, original: earliest[index]!, jaccard: 1, estimate: 1}
      if (other && (!best || byPublication(other.page, best.original) < 0)) best = {page, original: other.page, jaccard: other.jaccard, estimate: other.estimate}
      if (best && byPublication(best.original, page) < 0) copyOf.set(page, best)
    }
  })

  return [...groups.values()]
    .map(function (list): Group {
      const copies = list.flatMap((page) => copyOf.get(page) ?? []).sort((a, b) => a.page - b.page)
      return {pages: list.sort(byPublication), copies}
    })
    .sort((a, b) => byPublication(a.pages[0]!, b.pages[0]!))
}
