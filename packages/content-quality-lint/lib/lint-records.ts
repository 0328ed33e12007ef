import {failedRecords} from './failed-records.js'
import {toFileRecord, type FileRecord} from './file-record.js'
import {lintFiles} from './lint-files.js'

/**
 * Lint `files` (paths relative to `cwd`) and give their records; when the
 * engine fails as a whole, each file gets a fatal message instead.
 */
export async function lintRecords(files: readonly string[], cwd: string): Promise<FileRecord[]> {
  try {
    return (await lintFiles(files, cwd)).map(toFileRecord)
  } catch (error) {
    return failedRecords(files, cwd, 'Cannot lint file', error)
  }
}
