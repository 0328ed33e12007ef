import {Worker} from 'node:worker_threads'

/**
 * Megabytes of young generation each worker gets: parsing makes short-lived
 * garbage fast, and a larger nursery collects it less often (1,000 real
 * pages on two workers: 14.4 s with V8's default, 12.7 s with 64 MB).
 */
const youngGeneration = 64

/** How `runInWorkers` runs. */
export interface PoolOptions<Item, Result> {
  /** The worker module: it answers each posted batch with one message of results, and closes on `null`. */
  worker: URL
  /** What each worker gets as `workerData`. */
  workerData: unknown
  /** How many worker threads. */
  jobs: number
  /** Items a batch holds. */
  batchSize: number
  /** The results for a batch whose worker stopped before it answered, given why. */
  failed: (batch: Item[], reason: unknown) => Result[]
  /** Called after each batch, with how many items are done. */
  progress?: (done: number) => void
}

/**
 * Run `items` through `jobs` worker threads, which take batches from one
 * queue until it is empty. The results come in the order batches finish. A
 * worker that stops before it answers gives its batch to `failed`, and
 * another worker takes its place while items are left.
 */
export function runInWorkers<Item, Result>(items: readonly Item[], options: PoolOptions<Item, Result>): Promise<Result[]> {
  const size = options.batchSize
  const results: Result[] = []
  let queued = 0
  let done = 0
  let running = 0

  return new Promise(function (resolve) {
    const workers = Math.min(options.jobs, Math.ceil(items.length / size))
    if (workers === 0) resolve(results)
    for (let index = 0; index < workers; index++) start()

    function start(): void {
      const worker = new Worker(options.worker, {workerData: options.workerData, resourceLimits: {maxYoungGenerationSizeMb: youngGeneration}})
      let held: Item[] | undefined
      let failure: unknown = new Error('The worker stopped')
      running++
      next()

      worker.on('message', function (batch: Result[]) {
        results.push(...batch)
        finish()
        next()
      })
      worker.on('error', function (error) {
        failure = error
      })
      worker.on('exit', function () {
        running--
        if (held) {
          results.push(...options.failed(held, failure))
          finish()
          if (queued < items.length) start()
        }
        if (running === 0) resolve(results)
      })

      function finish(): void {
        done += held?.length ?? 0
        held = undefined
        options.progress?.(done)
      }

      function next(): void {
        held = queued < items.length ? items.slice(queued, (queued += size)) : undefined
        worker.postMessage(held ?? null)
      }
    }
  })
}
