#!/usr/bin/env node
/**
 * `content-quality-language-server --stdio [--format]`: the language server
 * for editors. Errors that escape a request are logged to the client, never
 * fatal: an editor keeps its diagnostics when one document breaks a plugin.
 */
import {startLanguageServer} from './index.js'

const transports = ['--stdio', '--node-ipc', '--socket=', '--pipe=']
const args = process.argv.slice(2)

if (args.includes('--help') || !args.some((arg) => transports.some((transport) => arg.startsWith(transport)))) {
  process.stderr.write(
    'Usage: content-quality-language-server --stdio [--format]\n\n' +
      '  --stdio   talk LSP over stdin and stdout (also: --node-ipc, --socket=<port>)\n' +
      '  --format  answer formatting requests by rewriting the document (off: lint only)\n'
  )
  process.exitCode = args.includes('--help') ? 0 : 1
} else {
  // vscode-languageserver sends `console.error` to the client's log.
  process.on('uncaughtException', (error) => console.error('content-quality-language-server:', error))
  process.on('unhandledRejection', (reason) => console.error('content-quality-language-server:', reason))
  startLanguageServer({format: args.includes('--format')})
}
