import {remark} from 'remark'
import remarkPresetLintContentQuality from 'remark-preset-lint-content-quality'
import {createUnifiedLanguageServer} from 'unified-language-server'

/** How the server behaves beyond what the workspace's remark configuration says. */
export interface ServerOptions {
  /**
   * Answer `textDocument/formatting` by rewriting the document with
   * remark-stringify. Off by default: the server only lints.
   */
  format?: boolean
}

/** The editor settings section the server asks the client for (`requireConfig`, `ignorePath`). */
export const configurationSection = 'contentQuality'

/**
 * Start the content-quality language server on the transport named on the
 * command line (`--stdio`, `--node-ipc`, `--socket=<port>`).
 *
 * Configuration is found exactly as the `remark` CLI finds it: `.remarkrc*`
 * files and `package.json#remarkConfig`, `.remarkignore`, plugins named
 * without their `remark-` prefix. A file with no configuration of its own is
 * linted with the content-quality preset.
 */
export function startLanguageServer(options: ServerOptions = {}): void {
  createUnifiedLanguageServer({
    configurationSection,
    processorName: 'remark',
    processorSpecifier: 'remark',
    defaultProcessor: remark,
    rcName: '.remarkrc',
    packageField: 'remarkConfig',
    ignoreName: '.remarkignore',
    pluginPrefix: 'remark',
    defaultConfig: remarkPresetLintContentQuality,
    documentFormatting: options.format === true
  })
}
