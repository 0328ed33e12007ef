import {Worker} from 'node:worker_threads'
import {batchSize} from './batch-size.js'
import {failedRecords} from './failed-records.js'
import type {FileRecord} from './file-record.js'

const workerUrl = new URL('worker.js', import.meta.url)

/**
 * Megabytes of young generation each worker gets: parsing makes short-lived
 * garbage fast, and a larger nursery collects it less often (1,000 real
 * pages on two workers: 14.4 s with V8's default, 12.7 s with 64 MB).
 */
const youngGeneration = 64

/**
 * Lint `files` (paths relative to `cwd`) on `jobs` worker threads, which take
 * batches (`batchSize`) from one queue until it is empty. The records
 * come in the order batches finish. A worker that stops before it answers
 * gives each file of its batch a fatal message, and another worker takes
 * its place while files are left.
 */
export function lintInWorkers(files: readonly string[], cwd: string, jobs: number): Promise<FileRecord[]> {
  const size = batchSize(files.length, jobs)
  const records: FileRecord[] = []
  let queued = 0
  let running = 0

  return new Promise(function (resolve) {
    const workers = Math.min(jobs, Math.ceil(files.length / size))
    if (workers === 0) resolve(records)
    for (let index = 0; index < workers; index++) start()

    function start(): void {
      const worker = new Worker(workerUrl, {workerData: {cwd}, resourceLimits: {maxYoungGenerationSizeMb: youngGeneration}})
      let held: string[] | undefined
      let failure: unknown = new Error('The worker stopped')
      running++
      next()

      worker.on('message', function (batch: FileRecord[]) {
        records.push(...batch)
        held = undefined
        next()
      })
      worker.on('error', function (error) {
        failure = error
      })
      worker.on('exit', function () {
        running--
        if (held) {
          records.push(...failedRecords(held, cwd, 'Cannot lint file: its worker thread stopped', failure))
          if (queued < files.length) start()
        }
        if (running === 0) resolve(records)
      })

      function next(): void {
        held = queued < files.length ? files.slice(queued, (queued += size)) : undefined
        worker.postMessage(held ?? null)
      }
    }
  })
}
