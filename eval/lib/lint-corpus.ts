/**
 * Lint every markdown file of the corpora with the preset, split over worker
 * threads (one a core), reporting progress on stderr while it works.
 */
import {readdirSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {CorpusMessage} from './corpus-message.ts'
import type {WorkerBatch, WorkerInput} from './lint-worker.ts'

/** The built preset, as the CLI loads it with `--use`. */
const preset = fileURLToPath(new URL('../../packages/remark-preset-lint-content-quality/dist/index.js', import.meta.url))
/**
 * The worker is TypeScript, like the main thread; Node 20 does not pass
 * `--import tsx` on to workers, so a two-line script registers tsx first.
 */
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({register}) => register())
  .then(() => import(${JSON.stringify(new URL('lint-worker.ts', import.meta.url).href)}))`

/** How long a worker may take over one batch of files before the run fails. */
const stallLimit = 5 * 60_000

/** Markdown files under `folder` (`.md`, `.markdown`, `.mdx`), sorted, as absolute paths. */
export function markdownFiles(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
    if (entry.isFile() && /\.(md|markdown|mdx)$/.test(entry.name)) found.push(join(entry.parentPath, entry.name))
  }
  return found.sort()
}

/**
 * Lint `files` (absolute paths under `root`) in `jobs` worker threads;
 * messages come back with `root`-relative paths, sorted by path and place.
 */
export async function lintCorpus(root: string, files: string[], jobs = availableParallelism()): Promise<CorpusMessage[]> {
  const shares = share(files, Math.max(1, Math.min(jobs, files.length)))
  const messages: CorpusMessage[] = []
  let done = 0
  const progress = (): void => {
    if (process.stderr.isTTY) process.stderr.write(`\rlinting ${done}/${files.length} files`)
  }
  await Promise.all(
    shares.map(
      (part) =>
        new Promise<void>(function (resolve, reject) {
          const thread = new Worker(bootstrap, {eval: true, workerData: {files: part, root, preset} satisfies WorkerInput})
          let doneHere = 0
          let watchdog = setTimeout(stalled, stallLimit)
          thread.on('message', function (batch: WorkerBatch) {
            done += batch.done
            doneHere += batch.done
            for (const message of batch.messages) messages.push(message)
            progress()
            clearTimeout(watchdog)
            watchdog = setTimeout(stalled, stallLimit)
          })
          thread.on('error', reject)
          thread.on('exit', function (code) {
            clearTimeout(watchdog)
            if (code === 0) resolve()
            else reject(new Error('eval worker exited with ' + code))
          })

          /** A rule that loops must fail the run, not hang it. */
          function stalled(): void {
            reject(new Error(`eval worker linted nothing for ${stallLimit / 60_000} minutes, in the batch from \`${part[doneHere]}\``))
            void thread.terminate()
          }
        })
    )
  )
  if (process.stderr.isTTY) process.stderr.write('\n')
  else process.stderr.write(`linted ${done} files\n`)
  return messages.sort(byPlace)
}

/** Deal files out largest first, each to the share with the fewest bytes, so workers finish together. */
function share(files: string[], count: number): string[][] {
  const shares = Array.from({length: count}, () => ({bytes: 0, files: [] as string[]}))
  const sized = files.map((file) => ({file, bytes: statSync(file).size})).sort((a, b) => b.bytes - a.bytes)
  for (const {file, bytes} of sized) {
    const smallest = shares.reduce((best, candidate) => (candidate.bytes < best.bytes ? candidate : best))
    smallest.bytes += bytes
    smallest.files.push(file)
  }
  return shares.map((part) => part.files)
}

/** Order messages by path, then line, column, rule and reason, so every run lists them alike. */
export function byPlace(a: CorpusMessage, b: CorpusMessage): number {
  return (
    compare(a.path, b.path) ||
    a.line - b.line ||
    a.column - b.column ||
    compare(String(a.ruleId), String(b.ruleId)) ||
    compare(a.reason, b.reason)
  )
}

/** Compare by code unit, the same under every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
