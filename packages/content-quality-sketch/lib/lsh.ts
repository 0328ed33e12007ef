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
 * Pages filed by the bands of their signatures: one map a band, from a
 * band's key to the numbers of the pages filed with it, in the order filed.
 * Locality-sensitive hashing: pages that share a band are candidates.
 */
export class BandTable {
  readonly banding: Banding
  private readonly maps: Array<Map<number, number[]>>

  constructor(banding: Banding) {
    this.banding = banding
    this.maps = Array.from({length: banding.bands}, () => new Map())
  }

  /** The key of each band of `signature`. */
  keys(signature: Uint32Array): number[] {
    return this.maps.map((_, band) => bandKey(signature, band, this.banding.rows))
  }

  /** File page `number` under `keys` (from `keys`). */
  add(keys: readonly number[], number: number): void {
    this.maps.forEach(function (map, band) {
      const list = map.get(keys[band]!)
      if (list) list.push(number)
      else map.set(keys[band]!, [number])
    })
  }

  /** The lists of pages filed under `keys`, a band at a time (bands that hold none left out). */
  lists(keys: readonly number[]): number[][] {
    return this.maps.flatMap(function (map, band) {
      const list = map.get(keys[band]!)
      return list ? [list] : []
    })
  }

  /** Every list of two pages or more: the pages that share a band. */
  buckets(): number[][] {
    return this.maps.flatMap((map) => [...map.values()].filter((list) => list.length > 1))
  }
}

/**
 * Pages that share a band, as buckets of page numbers (each bucket of two or
 * more, sorted): the candidates for near-duplicates.
 */
export function candidateBuckets(signatures: readonly Uint32Array[], banding: Banding): number[][] {
  const table = new BandTable(banding)
  signatures.forEach((signature, page) => table.add(table.keys(signature), page))
  return table.buckets()
}
