/**
 * Worker thread of `pnpm eval`: lints the files it is given with the remark
 * engine (`unified-engine`, what the `remark` CLI runs) and the preset, a
 * batch at a time, and posts each batch's messages back to the main thread.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {relative, resolve, sep} from 'node:path'
import {remark} from 'remark'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {corpusMessage, keptPerRule, type CorpusMessage} from './corpus-message.ts'

/** What the main thread gives a worker. */
export interface WorkerInput {
  /** Absolute paths of the files to lint. */
  files: string[]
  /** Folder that message paths are made relative to. */
  root: string
  /** Absolute path of the preset's built entry. */
  preset: string
}

/** What a worker posts after each batch. */
export interface WorkerBatch {
  done: number
  messages: CorpusMessage[]
}

const batchSize = 50
const {files, root, preset} = workerData as WorkerInput

for (let index = 0; index < files.length; index += batchSize) {
  const batch = files.slice(index, index + batchSize)
  const linted = await lintBatch(batch)
  const messages = linted.flatMap((file) => toCorpusMessages(file, root))
  parentPort!.postMessage({done: batch.length, messages} satisfies WorkerBatch)
}

/** Lint `paths` in one engine run, as `remark --no-config --use <preset> paths` does. */
function lintBatch(paths: string[]): Promise<VFile[]> {
  return new Promise(function (resolve, reject) {
    engine(
      {
        processor: remark(),
        files: paths,
        plugins: [preset],
        detectConfig: false,
        detectIgnore: false,
        out: false,
        output: false,
        silent: true,
        reporter: () => '',
        streamError: {write: () => true} as unknown as NodeJS.WriteStream,
        cwd: root
      },
      function (error, _code, context) {
        if (error) reject(error)
        else resolve(context!.files)
      }
    )
  })
}

/**
 * The messages of one linted file, with corpus-relative paths; past
 * `keptPerRule` messages of a rule, one overflow message counts the rest.
 */
function toCorpusMessages(file: VFile, root: string): CorpusMessage[] {
  const path = relative(root, resolve(file.cwd, file.path)).split(sep).join('/')
  const perRule = new Map<string | undefined, number>()
  const kept = file.messages.filter(function (message) {
    const count = (perRule.get(message.ruleId) ?? 0) + 1
    perRule.set(message.ruleId, count)
    return count <= keptPerRule
  })
  const overflow = [...perRule].flatMap(([ruleId, count]): CorpusMessage[] =>
    count <= keptPerRule
      ? []
      : [{path, ruleId, reason: `${count - keptPerRule} more messages`, line: 0, column: 0, endLine: 0, endColumn: 0, fatal: false, overflow: count - keptPerRule}]
  )
  return [...kept.map((message) => corpusMessage(message, path)), ...overflow]
}
