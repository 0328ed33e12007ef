import {fnv1a} from './fnv1a.js'

/** One of `count` shards of a file set, 1-based (`--shard 2/3` is `{index: 2, count: 3}`). */
export interface Shard {
  index: number
  count: number
}

/**
 * Parse a `--shard` value `i/n` (1 ≤ i ≤ n); throws an error that names the
 * option and what was expected otherwise.
 */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = match ? Number(match[1]) : 0
  const count = match ? Number(match[2]) : 0
  if (index < 1 || index > count) {
    throw new Error('Unexpected `--shard` value `' + value + '`, expected `i/n` with 1 ≤ i ≤ n')
  }
  return {index, count}
}

/**
 * Whether the file at `filePath` (relative, with forward slashes) is in
 * `shard`: file `p` is in shard `(fnv1a(p) mod n) + 1`, so each file is in
 * exactly one shard, and adding or removing a file moves no other file.
 */
export function inShard(filePath: string, shard: Shard): boolean {
  return (fnv1a(filePath) % shard.count) + 1 === shard.index
}
