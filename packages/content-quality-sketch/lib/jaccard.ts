/** How many values two sorted arrays without repeats have in common. */
export function intersectionSize(left: Uint32Array, right: Uint32Array): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    const a = left[i]!
    const b = right[j]!
    if (a === b) {
      shared++
      i++
      j++
    } else if (a < b) i++
    else j++
  }
  return shared
}

/** The Jaccard similarity of two shingle sets (sorted, without repeats): shared ÷ either. */
export function jaccard(left: Uint32Array, right: Uint32Array): number {
  if (left.length === 0 && right.length === 0) return 0
  const shared = intersectionSize(left, right)
  return shared / (left.length + right.length - shared)
}
