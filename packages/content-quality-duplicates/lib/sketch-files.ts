import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {batchSize, runInWorkers} from 'content-quality-lint'
import {VFile} from 'vfile'
import {contentHash, type SketchCache} from './cache.js'
import {readPage} from './read-page.js'
import type {PageSketch, Point, TextOptions} from 'content-quality-sketch'

/** A file of a run: its sketch, or why it could not be read. */
export interface SketchedFile {
  /** Path relative to the folder of the run, with forward slashes. */
  path: string
  sketch: PageSketch | undefined
  /** The SHA-1 of the bytes read, when they could be read. */
  hash: string | undefined
  /** Why there is no sketch, and where in the file when the parser says so. */
  error: {reason: string; place: Place | undefined} | undefined
}

/** A place in a file, as `VFileMessage` has it. */
export type Place = Point | {start: Point; end: Point}

/** How `sketchFiles` runs. */
export interface SketchOptions {
  text: TextOptions
  /** Worker threads; 1 sketches in this thread. */
  jobs: number
  /** Called now and then with how many files are done. */
  progress?: (done: number) => void
  /** Sketches of an earlier run: a file whose bytes have the same hash is not read again. */
  cache?: SketchCache
}

/** How many files the main thread reads at once to look them up in the cache. */
const concurrentReads = 64

/**
 * Sketch `files` (paths relative to `cwd`) on worker threads, in batches:
 * each worker reads, parses and sketches its files and sends back only the
 * sketches (the shingles and signature as transferred buffers), so no
 * thread holds more than a batch of texts. The results are in the order of
 * `files`; a file that cannot be read gets its error instead.
 */
export async function sketchFiles(files: readonly string[], cwd: string, options: SketchOptions): Promise<SketchedFile[]> {
  const cached = options.cache ? await fromCache(files, cwd, options.cache) : []
  const known = new Set(cached.map((file) => file.path))
  const unknown = files.filter((file) => !known.has(file))
  const progress = options.progress && ((done: number) => options.progress!(cached.length + done))
  let results: SketchedFile[]
  if (options.jobs === 1) {
    results = []
    for (const file of unknown) {
      results.push(await sketchFile(file, cwd, options.text))
      if (results.length % 100 === 0) progress?.(results.length)
    }
  } else {
    results = await runInWorkers(unknown, {
      worker: new URL('sketch-worker.js', import.meta.url),
      workerData: {cwd, text: options.text},
      jobs: options.jobs,
      batchSize: batchSize(unknown.length, options.jobs),
      failed: (batch, reason) => batch.map((file) => failure(file, 'Cannot read page: its worker thread stopped (' + String((reason as Error)?.message ?? reason) + ')')),
      progress
    })
  }
  const order = new Map(files.map((file, index) => [file, index]))
  return [...cached, ...results].sort((a, b) => order.get(a.path)! - order.get(b.path)!)
}

/** The files whose bytes hash as they did when `cache` was written, with their cached sketch. */
async function fromCache(files: readonly string[], cwd: string, cache: SketchCache): Promise<SketchedFile[]> {
  const found: SketchedFile[] = []
  for (let start = 0; start < files.length; start += concurrentReads) {
    await Promise.all(
      files.slice(start, start + concurrentReads).map(async function (file) {
        const entry = cache.get(file)
        if (!entry) return
        let hash: string
        try {
          hash = contentHash(await readFile(path.resolve(cwd, file)))
        } catch {
          return
        }
        if (hash === entry.hash) found.push({path: file, sketch: entry.sketch, hash, error: undefined})
      })
    )
  }
  return found
}

/** Read and sketch one file; never throws. */
export async function sketchFile(file: string, cwd: string, text: TextOptions): Promise<SketchedFile> {
  let bytes: Buffer
  try {
    bytes = await readFile(path.resolve(cwd, file))
  } catch (error) {
    return failure(file, 'Cannot read file: ' + ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message))
  }
  const hash = contentHash(bytes)
  try {
    return {path: file, sketch: readPage(new VFile({path: file, cwd, value: bytes.toString('utf8')}), text), hash, error: undefined}
  } catch (error) {
    // The MDX parser throws a `VFileMessage` with its place.
    const {reason, message, place} = error as {reason?: string; message?: string; place?: Place | null}
    return failure(file, String(reason ?? message ?? error), place ?? undefined, hash)
  }
}

function failure(path: string, reason: string, place?: Place, hash?: string): SketchedFile {
  return {path, sketch: undefined, hash, error: {reason, place: place && structuredClone(place)}}
}
