import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {sarif} from 'vfile-reporter-sarif'

/** Names of the reporters `--report` takes; without one, the text of the `remark` CLI. */
export const reporterNames = ['json', 'sarif'] as const

/** How to report (`--report`, `--quiet`, `--silent`, `--color`). */
export interface ReportOptions {
  reporter: (typeof reporterNames)[number] | undefined
  quiet: boolean
  silent: boolean
  color: boolean
}

/**
 * The report on `files`, ending in a line feed (empty when there is nothing
 * to say): `vfile-reporter`'s text by default, `vfile-reporter-json` or the
 * SARIF log.
 */
export function report(files: VFile[], options: ReportOptions): string {
  const {quiet, silent, color} = options
  const text =
    options.reporter === 'json'
      ? reporterJson(files, {quiet, silent})
      : options.reporter === 'sarif'
        ? sarif(files, {name: 'content-quality-lint', silent})
        : reporter(files, {quiet, silent, color})
  return text === '' || text.endsWith('\n') ? text : text + '\n'
}

/** The exit code for `files`: 1 with a fatal message, or with a warning when `frail`; 0 otherwise. */
export function exitCode(files: readonly VFile[], frail: boolean): number {
  const messages = files.flatMap((file) => file.messages)
  return messages.some((message) => message.fatal || (frail && message.fatal === false)) ? 1 : 0
}
