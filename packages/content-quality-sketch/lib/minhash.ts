import {mix} from './shingles.js'

/** How many hash functions a signature has: the estimate's standard error is at most 0.5 ÷ √128 ≈ 0.044. */
export const signatureLength = 128

/** One seed per hash function, fixed so signatures from any run, or an index, compare. */
const seeds = Uint32Array.from({length: signatureLength}, (_, index) => mix(0x2545f491 ^ mix(index + 1)))

/**
 * The MinHash signature of a shingle set: for each of `signatureLength` hash
 * functions (MurmurHash3's mixer of the shingle xor a seed, a permutation of
 * the 32-bit values), the least value over the shingles. The share of
 * positions two signatures agree on estimates the Jaccard similarity of
 * their sets. An empty set's signature is all `0xffffffff`.
 */
export function signatureOf(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(signatureLength).fill(0xffffffff)
  for (let index = 0; index < shingles.length; index++) {
    const shingle = shingles[index]!
    for (let position = 0; position < signatureLength; position++) {
      const value = mix(shingle ^ seeds[position]!)
      if (value < signature[position]!) signature[position] = value
    }
  }
  return signature
}

/** The Jaccard similarity two signatures estimate: the share of positions where they agree. */
export function estimateJaccard(left: Uint32Array, right: Uint32Array): number {
  let same = 0
  for (let position = 0; position < signatureLength; position++) if (left[position] === right[position]) same++
  return same / signatureLength
}
