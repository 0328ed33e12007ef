import {batchSize} from './batch-size.js'
import {failedRecords} from './failed-records.js'
import type {FileRecord} from './file-record.js'
import {runInWorkers} from './worker-pool.js'

/**
 * Lint `files` (paths relative to `cwd`) on `jobs` worker threads, in
 * batches (`batchSize`). The records come in the order batches finish. A
 * worker that stops before it answers gives each file of its batch a fatal
 * message.
 */
export function lintInWorkers(files: readonly string[], cwd: string, jobs: number): Promise<FileRecord[]> {
  return runInWorkers(files, {
    worker: new URL('worker.js', import.meta.url),
    workerData: {cwd},
    jobs,
    batchSize: batchSize(files.length, jobs),
    failed: (batch, reason) => failedRecords(batch, cwd, 'Cannot lint file: its worker thread stopped', reason)
  })
}
