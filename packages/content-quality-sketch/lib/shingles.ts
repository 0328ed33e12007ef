/**
 * The shingles of runs of tokens (the blocks of a page): every `size`
 * consecutive tokens of a run, each as a 32-bit hash, sorted and without
 * repeats; a run shorter than `size` is one shingle. No shingle spans two
 * runs. Hashes are FNV-1a of each token, combined in order and finished
 * with MurmurHash3's mixer; two different shingles share a hash with a
 * chance of about one in four billion.
 */
export function shingleSet(runs: readonly (readonly string[])[], size: number): Uint32Array {
  let count = 0
  for (const run of runs) if (run.length > 0) count += Math.max(1, run.length - size + 1)
  const shingles = new Uint32Array(count)
  let next = 0
  for (const run of runs) {
    const hashes = run.map(tokenHash)
    const starts = run.length === 0 ? 0 : Math.max(1, run.length - size + 1)
    for (let start = 0; start < starts; start++) {
      let hash = 0x9747b28c
      const end = Math.min(start + size, run.length)
      for (let index = start; index < end; index++) hash = Math.imul(hash ^ hashes[index]!, 0x5bd1e995) + 0x6b43a9b5
      shingles[next++] = mix(hash)
    }
  }
  shingles.sort()
  return unique(shingles)
}

/** FNV-1a over the UTF-16 code units of `token`. */
function tokenHash(token: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < token.length; index++) {
    hash ^= token.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** MurmurHash3's 32-bit finaliser: a bijection that spreads every input bit. */
export function mix(value: number): number {
  let hash = value
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** `sorted` without repeated values, in an array of its own size (kept per page, so no byte is spare). */
function unique(sorted: Uint32Array): Uint32Array {
  let length = 0
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[length - 1]) sorted[length++] = sorted[index]!
  }
  return length === sorted.length ? sorted : sorted.slice(0, length)
}
