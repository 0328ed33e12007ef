import type {VFile} from 'vfile'
import {fromFileRecord, type FileRecord} from './file-record.js'
import {compare} from './find-files.js'
import {batchSize} from './batch-size.js'
import {lintInWorkers} from './lint-in-workers.js'
import {lintRecords} from './lint-records.js'

/**
 * Lint `files` (paths relative to `cwd`) with `jobs` worker threads (in this
 * thread when `jobs` is 1) and give them back as `VFile`s sorted by path: the
 * same files and messages whatever `jobs` is.
 */
export async function lint(files: readonly string[], cwd: string, jobs: number): Promise<VFile[]> {
  const records = jobs === 1 ? await lintInBatches(files, cwd) : await lintInWorkers(files, cwd, jobs)
  return records.sort(byPath).map(fromFileRecord)
}

/** Lint `files` in this thread, one batch after the other (`batchSize`), so that memory stays flat. */
async function lintInBatches(files: readonly string[], cwd: string): Promise<FileRecord[]> {
  const size = batchSize(files.length, 1)
  const records: FileRecord[] = []
  for (let start = 0; start < files.length; start += size) records.push(...(await lintRecords(files.slice(start, start + size), cwd)))
  return records
}

function byPath(left: FileRecord, right: FileRecord): number {
  return compare(left.path, right.path)
}
