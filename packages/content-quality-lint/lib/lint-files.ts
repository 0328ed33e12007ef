import {Writable} from 'node:stream'
import {remark} from 'remark'
import remarkPresetLintContentQuality from 'remark-preset-lint-content-quality'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {extensions} from './extensions.js'

/**
 * Lint files the way the `remark` CLI does (the same `.remarkrc*`,
 * `package.json#remarkConfig` and `.remarkignore` files, `remark-` plugin
 * prefix, markdown and MDX extensions when a folder is given: the preset
 * parses `.mdx` as MDX) and return them with their messages. Files are paths
 * or `VFile`s (linted as they are, not read: `content-quality-fix` lints its
 * fixed text so). Where no configuration file is found, the content-quality
 * preset is used. Ignored files are left out silently. Nothing is written
 * and nothing is reported.
 */
export function lintFiles(files: ReadonlyArray<string | VFile>, cwd: string): Promise<VFile[]> {
  return new Promise(function (resolve, reject) {
    engine(
      {
        processor: remark,
        files: [...files],
        cwd,
        extensions: [...extensions],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        defaultConfig: remarkPresetLintContentQuality,
        silentlyIgnore: true,
        out: false,
        output: false,
        reporter: () => '',
        streamError: new Writable({write: (_chunk, _encoding, next) => next()})
      },
      function (error, _code, context) {
        if (error) reject(error)
        else resolve((context?.files ?? []).filter((file) => file.data.unifiedEngineGiven))
      }
    )
  })
}
