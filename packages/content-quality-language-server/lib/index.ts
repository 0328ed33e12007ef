import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type TextEdit
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFile} from 'vfile'
import {codeActions} from './code-actions.js'
import {causeLines, toDiagnostic, type StoredFinding} from './diagnostics.js'
import {placeOf} from './documents.js'
import {lintDocument} from './lint.js'
import {negotiateEncoding, TextPositions, type PositionEncoding} from './positions.js'
import {CheckScheduler} from './scheduler.js'
import {configurationSection, defaultSettings, readSettings, type Settings} from './settings.js'

export {configurationSection} from './settings.js'

/** How the server behaves beyond what the workspace's remark configuration says. */
export interface ServerOptions {
  /**
   * Answer `textDocument/formatting` by rewriting the document with
   * remark-stringify. Off by default: the server only lints.
   */
  format?: boolean
  /** The connection to serve (default: the transport named on the command line). */
  connection?: Connection
}

/** The findings behind the diagnostics last published for a document. */
interface Published {
  version: number
  findings: Map<string, StoredFinding>
}

/** The configuration files whose change can change every document's diagnostics. */
const configurationGlobs = ['**/.remarkrc', '**/.remarkrc.*', '**/package.json', '**/.remarkignore']

/**
 * Start the content-quality language server.
 *
 * Configuration is found exactly as the `remark` CLI finds it: `.remarkrc*`
 * files and `package.json#remarkConfig`, `.remarkignore`, plugins named
 * without their `remark-` prefix. A file with no configuration of its own is
 * linted with the content-quality preset. Checks are debounced per document
 * and only the newest text is linted; quick fixes come from the server's own
 * findings; positions are counted in UTF-8 when the client offers it.
 */
export function startLanguageServer(options: ServerOptions = {}): void {
  const connection = options.connection ?? createConnection(ProposedFeatures.all)
  const documents = new TextDocuments(TextDocument)
  const published = new Map<string, Published>()
  const settingsCache = new Map<string, Promise<Settings>>()
  const lastLogged = new Map<string, string>()
  const justOpened = new Set<string>()
  const scheduler = new CheckScheduler((uri) =>
    check(uri).catch((error: unknown) => connection.console.error('content-quality-language-server: cannot check ' + uri + ': ' + String(error)))
  )
  let encoding: PositionEncoding = 'utf-16'
  let workspaceFolders: string[] = []
  let pullsSettings = false
  let watchesFiles = false
  let followsFolders = false
  let globalSettings = defaultSettings

  /** The settings for a document: asked of the client when it can answer, else what it last pushed. */
  function settingsOf(uri: string): Promise<Settings> {
    if (!pullsSettings) return Promise.resolve(globalSettings)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection.workspace.getConfiguration({scopeUri: uri, section: configurationSection}).then(readSettings, () => defaultSettings)
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /** Lint the newest text of a document and publish its diagnostics, unless it changed meanwhile. */
  async function check(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const {version} = document
    const text = document.getText()
    const place = placeOf(uri, document.languageId, workspaceFolders)
    const file = await lintDocument({...place, text, settings: await settingsOf(uri)})
    // A newer text is already scheduled for its own check: these results are stale.
    if (documents.get(uri)?.version !== version) return
    const positions = new TextPositions(text, encoding)
    const findings = new Map<string, StoredFinding>()
    const diagnostics: Diagnostic[] = []
    for (const [index, message] of (file?.messages ?? []).entries()) {
      const {diagnostic, finding} = toDiagnostic(message, version + ':' + index, uri, text, positions)
      diagnostics.push(diagnostic)
      findings.set(finding.id, finding)
    }
    published.set(uri, {version, findings})
    logFatal(uri, path.relative(place.cwd, place.filePath), file)
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  /** One short line in the client's log per new fatal message of a document (a configuration that cannot be loaded). */
  function logFatal(uri: string, name: string, file: VFile | undefined): void {
    const fatal = file?.messages.find((message) => message.fatal === true)
    const line = fatal ? 'content-quality-language-server: ' + name + ': ' + (fatal.reason + causeLines(fatal)).replaceAll('\n', ': ') : ''
    if (line && line !== lastLogged.get(uri)) connection.console.error(line)
    lastLogged.set(uri, line)
  }

  /** Check every open document again (the configuration or the workspace changed). */
  function checkAll(): void {
    for (const document of documents.all()) scheduler.schedule(document.uri)
  }

  /** The edit that replaces the document with remark's output, when `--format` allows it. */
  async function format(uri: string): Promise<TextEdit[] | null> {
    const document = documents.get(uri)
    if (!options.format || !document) return null
    const text = document.getText()
    const place = placeOf(uri, document.languageId, workspaceFolders)
    const file = await lintDocument({...place, text, settings: await settingsOf(uri), stringify: true})
    if (!file || file.messages.some((message) => message.fatal === true)) return null
    const output = String(file.value)
    return output === text ? [] : [{range: new TextPositions(text, encoding).whole(), newText: output}]
  }

  connection.onInitialize(function (parameters) {
    const {capabilities} = parameters
    encoding = negotiateEncoding(capabilities)
    const folders = parameters.workspaceFolders ?? (parameters.rootUri ? [{uri: parameters.rootUri, name: ''}] : [])
    workspaceFolders = folders.filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri).replace(/[/\\]$/, ''))
    pullsSettings = capabilities.workspace?.configuration === true
    watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    followsFolders = capabilities.workspace?.workspaceFolders === true
    const result: InitializeResult & {offsetEncoding?: PositionEncoding} = {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Full},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        documentFormattingProvider: options.format === true,
        workspace: followsFolders ? {workspaceFolders: {supported: true, changeNotifications: true}} : undefined
      },
      serverInfo: {name: 'content-quality-language-server'}
    }
    // A client that offered clangd's `offsetEncoding` reads the choice from there.
    if ('offsetEncoding' in capabilities) result.offsetEncoding = encoding
    return result
  })

  connection.onInitialized(function () {
    if (pullsSettings) void connection.client.register(DidChangeConfigurationNotification.type, undefined)
    if (watchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: configurationGlobs.map((globPattern) => ({globPattern}))})
    }
    if (!followsFolders) return
    connection.workspace.onDidChangeWorkspaceFolders(function (event) {
      const removed = new Set(event.removed.map((folder) => fileURLToPath(folder.uri).replace(/[/\\]$/, '')))
      workspaceFolders = [
        ...workspaceFolders.filter((folder) => !removed.has(folder)),
        ...event.added.filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri).replace(/[/\\]$/, ''))
      ]
      checkAll()
    })
  })

  connection.onDidChangeConfiguration(function (change) {
    settingsCache.clear()
    if (!pullsSettings) globalSettings = readSettings((change.settings as Record<string, unknown> | null)?.[configurationSection])
    checkAll()
  })

  connection.onDidChangeWatchedFiles(checkAll)

  documents.onDidOpen((event) => justOpened.add(event.document.uri))
  // Fired after `onDidOpen` for a new document: that first text is checked at once, edits after a pause.
  documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri, justOpened.delete(event.document.uri)))
  documents.onDidClose(function (event) {
    const {uri} = event.document
    scheduler.cancel(uri)
    published.delete(uri)
    settingsCache.delete(uri)
    lastLogged.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  connection.onCodeAction(function (parameters) {
    const {uri} = parameters.textDocument
    const last = published.get(uri)
    // Fixes of older text would edit the wrong place: wait for the newest diagnostics.
    if (!last || last.version !== documents.get(uri)?.version) return []
    return codeActions(uri, last.findings, parameters.context.diagnostics, parameters.range)
  })

  connection.onDocumentFormatting((parameters) => format(parameters.textDocument.uri))
  connection.onShutdown(() => scheduler.cancelAll())

  documents.listen(connection)
  connection.listen()
}
