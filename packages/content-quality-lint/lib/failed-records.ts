import {VFile} from 'vfile'
import {toFileRecord, type FileRecord} from './file-record.js'

/** Records of `files` that could not be linted: each with one fatal message, `reason`, caused by `cause`. */
export function failedRecords(files: readonly string[], cwd: string, reason: string, cause: unknown): FileRecord[] {
  return files.map(function (filePath) {
    const file = new VFile({cwd, path: filePath})
    const message = file.message(reason, {cause: cause instanceof Error ? cause : new Error(String(cause))})
    message.fatal = true
    return toFileRecord(file)
  })
}
