import {signatureLength} from './minhash.js'
import {mix} from './shingles.js'

/** How a signature is cut into bands for locality-sensitive hashing. */
export interface Banding {
  bands: number
  rows: number
}

/** The least chance that a pair at the threshold becomes a candidate. */
export const minimumCandidateChance = 0.999

/**
 * The banding for `threshold`: the most rows a band (so the fewest chance
 * candidates) with which a pair whose Jaccard similarity is exactly
 * `threshold` still shares a band with a chance of `minimumCandidateChance`
 * or more; pairs more alike have a higher chance. With `b` bands of `r`
 * rows, that chance is 1 − (1 − tʳ)ᵇ.
 */
export function bandingFor(threshold: number): Banding {
  let best: Banding = {bands: signatureLength, rows: 1}
  for (let rows = 2; rows <= signatureLength; rows++) {
    const bands = Math.floor(signatureLength / rows)
    if (candidateChance(threshold, {bands, rows}) < minimumCandidateChance) break
    best = {bands, rows}
  }
  return best
}

/** The chance that a pair whose Jaccard similarity is `similarity` shares at least one band. */
export function candidateChance(similarity: number, {bands, rows}: Banding): number {
  return 1 - (1 - similarity ** rows) ** bands
}

/** The key of band `band` of `signature`: a 32-bit hash of its rows. */
export function bandKey(signature: Uint32Array, band: number, rows: number): number {
  let hash = band
  for (let row = band * rows; row < (band + 1) * rows; row++) hash = mix(hash ^ signature[row]!) + row
  return mix(hash)
}

/**
 * Pages that share a band, as buckets of page numbers (each bucket of two or
 * more, sorted): the candidates for near-duplicates. One pass over the
 * signatures, one map per band.
 */
export function candidateBuckets(signatures: readonly Uint32Array[], banding: Banding): number[][] {
  const buckets: number[][] = []
  for (let band = 0; band < banding.bands; band++) {
    const byKey = new Map<number, number[]>()
    for (let page = 0; page < signatures.length; page++) {
      const key = bandKey(signatures[page]!, band, banding.rows)
      const bucket = byKey.get(key)
      if (bucket) bucket.push(page)
      else byKey.set(key, [page])
    }
    for (const bucket of byKey.values()) if (bucket.length > 1) buckets.push(bucket)
  }
  return buckets
}
