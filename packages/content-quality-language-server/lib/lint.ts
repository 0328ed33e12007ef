import path from 'node:path'
import {PassThrough} from 'node:stream'
import {remark} from 'remark'
import remarkPresetLintContentQuality from 'remark-preset-lint-content-quality'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {Settings} from './settings.js'

/** One document to lint, as the server knows it. */
export interface LintRequest {
  /** Path of the document on disk (or where it would be): configuration is looked up from its folder. */
  filePath: string
  /** The folder the workspace starts at: `unified-engine`'s `cwd`, against which `ignorePath` resolves. */
  cwd: string
  text: string
  settings: Settings
  /** Also put remark's output in `file.value` (for formatting). */
  stringify?: boolean
}

/**
 * Lint one document exactly as the `remark` CLI would lint that file:
 * `.remarkrc*` and `package.json#remarkConfig` from its folder upwards,
 * plugins named without their `remark-` prefix, `.remarkignore`; a document
 * with no configuration gets the content-quality preset (unless `requireConfig`).
 * Resolves with the file and its messages, or `undefined` when the document is
 * ignored. Never rejects: an engine failure is a fatal message on the file.
 */
export function lintDocument(request: LintRequest): Promise<VFile | undefined> {
  const file = new VFile({path: request.filePath, cwd: request.cwd, value: request.text})
  const {ignorePath, ignorePathResolveFrom, requireConfig} = request.settings
  return new Promise(function (resolve) {
    engine(
      {
        alwaysStringify: request.stringify === true,
        cwd: request.cwd,
        defaultConfig: remarkPresetLintContentQuality,
        files: [file],
        ignoreName: '.remarkignore',
        ignorePath: ignorePath === undefined ? undefined : path.resolve(request.cwd, ignorePath),
        ignorePathResolveFrom,
        ignoreUnconfigured: requireConfig,
        out: false,
        output: false,
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        processor: remark(),
        rcName: '.remarkrc',
        // The messages become diagnostics: nothing is reported or written.
        reporter: () => '',
        silentlyIgnore: true,
        streamError: new PassThrough(),
        streamOut: new PassThrough()
      },
      function (error, _code, context) {
        if (error) {
          file.message('Cannot lint the document', {cause: error}).fatal = true
          resolve(file)
          return
        }
        // `.remarkignore` leaves a file out of the results; `requireConfig` marks it ignored.
        const ignored = !context?.files.includes(file) || file.data.unifiedEngineIgnored === true
        resolve(ignored ? undefined : file)
      }
    )
  })
}
