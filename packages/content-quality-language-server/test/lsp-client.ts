/**
 * Test and benchmark helper: spawn the real `content-quality-language-server`
 * binary over stdio and drive it with the LSP client of
 * `vscode-languageserver-protocol`.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ExitNotification,
  ShutdownRequest,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js'
import {StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'

const packageRoot = new URL('../', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {bin: Record<string, string>}

/** The file the package's `bin` field names: what editors run. */
export const serverBinary = fileURLToPath(new URL(manifest.bin['content-quality-language-server']!, packageRoot))

/** A running server and a client connected to it. */
export interface Session {
  connection: ProtocolConnection
  server: ChildProcess
  initializeResult: InitializeResult
  /** Every `window/logMessage` text the server sent. */
  logs: string[]
  /** The method of every request the server sent the client. */
  requests: string[]
  /** Every `publishDiagnostics` the server sent, in order of arrival. */
  published: PublishDiagnosticsParams[]
  /** Open a document; `languageId` is the client's name for its language (default `markdown`). */
  open(uri: string, text: string, languageId?: string): void
  /** Close a document. */
  close(uri: string): void
  /** Replace the whole text of a document. */
  change(uri: string, version: number, text: string): void
  /** Resolve with the first diagnostics for `uri` at `version` (already received or still to come; `undefined`: published without a version, as for a closed document). */
  diagnostics(uri: string, version: number | undefined, timeout?: number): Promise<PublishDiagnosticsParams>
  /** Send `shutdown` and `exit`; resolve with the server's exit code. */
  stop(): Promise<number | null>
}

/** What the client offers and answers beyond the defaults. */
export interface ClientOptions {
  /** Capabilities beyond `publishDiagnostics.versionSupport` and code action literals (default: none). */
  capabilities?: ClientCapabilities & {offsetEncoding?: string[]}
  /** The `contentQuality` settings the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>
}

/** Start the server with `args` (after `--stdio`) on a workspace folder. */
export async function startSession(workspace: URL, args: string[] = [], options: ClientOptions = {}): Promise<Session> {
  const server = spawn(process.execPath, [serverBinary, '--stdio', ...args], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!)
  )
  const logs: string[] = []
  const requests: string[] = []
  const published: PublishDiagnosticsParams[] = []
  const waiting = new Set<() => void>()
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))

  connection.onNotification('window/logMessage', (params: {message: string}) => logs.push(params.message))
  connection.onRequest('workspace/configuration', function (params: {items: unknown[]}) {
    requests.push('workspace/configuration')
    return params.items.map(() => options.settings ?? {})
  })
  connection.onRequest('client/registerCapability', function (params: {registrations: Array<{method: string}>}) {
    requests.push(...params.registrations.map((registration) => 'client/registerCapability ' + registration.method))
    return null
  })
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const check of waiting) check()
  })
  connection.listen()

  const workspaceUri = workspace.href.replace(/\/$/, '')
  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{uri: workspaceUri, name: 'fixtures'}],
    capabilities: {
      ...options.capabilities,
      textDocument: {
        publishDiagnostics: {versionSupport: true},
        codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}},
        ...options.capabilities?.textDocument
      }
    }
  })
  await connection.sendNotification(InitializedNotification.type, {})

  return {
    connection,
    server,
    initializeResult,
    logs,
    requests,
    published,
    open(uri, text, languageId = 'markdown') {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId, version: 1, text}
      })
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
    },
    change(uri, version, text) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text}]
      })
    },
    diagnostics(uri, version, timeout = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(check)
          reject(new Error('No diagnostics for ' + uri + ' at version ' + version + ' within ' + timeout + 'ms'))
        }, timeout)
        function check() {
          const found = published.find((params) => params.uri === uri && params.version === version)
          if (!found) return
          clearTimeout(timer)
          waiting.delete(check)
          resolve(found)
        }
        waiting.add(check)
        check()
      })
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      const code = await exited
      connection.dispose()
      return code
    }
  }
}
