/** The most files one engine run holds: each is in memory, tree and all, until the run ends. */
const largestBatch = 32

/**
 * How many files one run of the engine lints, for `files` files on `jobs`
 * threads: at most `largestBatch` (memory stays flat however many files
 * there are), else few enough that each thread gets about eight batches
 * (one slow file holds up little), and never one at a time when it can be
 * helped (each run loads the configuration again, about 8 ms).
 */
export function batchSize(files: number, jobs: number): number {
  return Math.max(1, Math.min(largestBatch, Math.ceil(files / (jobs * 8))))
}
