import path from 'node:path'
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
import {codeActions} from './code-actions.js'
import {ConfigurationErrorLog} from './configuration-errors.js'
import {toDiagnostic, type StoredFinding} from './diagnostics.js'
import {filePathOf, placeOf} from './documents.js'
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

/** The findings behind the diagnostics last published for a document, and the text they are of. */
interface Published {
  generation: number
  findings: Map<string, StoredFinding>
}

/** The configuration files whose change can change every document's diagnostics. */
const configurationGlobs = ['**/.remarkrc', '**/.remarkrc.*', '**/package.json', '**/.remarkignore']

/** Configuration files that are JavaScript: Node loads each once per process. */
const scriptConfiguration = /(^|[/\\])\.remarkrc\.(js|cjs|mjs)$/

/** How long to wait for the client's settings before linting with the defaults (ms). */
const settingsTimeout = 2000

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
  const errorLog = new ConfigurationErrorLog((line) => connection.console.error(line))
  const justOpened = new Set<string>()
  // Each text a document holds gets a new generation: a client's versions restart when a document is reopened.
  const generations = new Map<string, number>()
  let lastGeneration = 0
  let lastCheck = 0
  const scheduler = new CheckScheduler((uri) =>
    check(uri).catch((error: unknown) => connection.console.error('content-quality-language-server: cannot check ' + uri + ': ' + String(error)))
  )
  let encoding: PositionEncoding = 'utf-16'
  let workspaceFolders: string[] = []
  let pullsSettings = false
  let registersConfiguration = false
  let watchesFiles = false
  let followsFolders = false
  let globalSettings = defaultSettings

  /** The settings for a document: asked of the client when it can answer, else what it last pushed. */
  function settingsOf(uri: string): Promise<Settings> {
    if (!pullsSettings) return Promise.resolve(globalSettings)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = askSettings(uri)
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /** Ask the client for a document's settings; without an answer in time, the defaults (asked again next time). */
  async function askSettings(uri: string): Promise<Settings> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), settingsTimeout)))
    const asked = connection.workspace.getConfiguration({scopeUri: uri, section: configurationSection}).then(readSettings, () => undefined)
    const answer = await Promise.race([asked, late])
    clearTimeout(timer)
    if (answer) return answer
    settingsCache.delete(uri)
    return defaultSettings
  }

  /**
   * Lint the newest text of open document `uri` (with remark's output in
   * `file.value` when `stringify`): the text, its version and generation,
   * where it was linted from and the file (`undefined` when it is ignored).
   * `undefined` when the document is not open, or when its text changed
   * (or it was closed, or reopened) meanwhile, so the results are stale.
   */
  async function lintOpen(uri: string, stringify = false) {
    const document = documents.get(uri)
    const generation = generations.get(uri)
    if (!document || generation === undefined) return undefined
    const {version} = document
    const text = document.getText()
    const place = placeOf(uri, document.languageId, workspaceFolders)
    const file = await lintDocument({...place, text, settings: await settingsOf(uri), stringify})
    return generations.get(uri) === generation ? {text, version, generation, place, file} : undefined
  }

  /** Lint the newest text of a document and publish its diagnostics, unless it changed meanwhile. */
  async function check(uri: string): Promise<void> {
    const linted = await lintOpen(uri)
    if (!linted) return
    const {text, version, generation, place, file} = linted
    const positions = new TextPositions(text, encoding)
    const findings = new Map<string, StoredFinding>()
    const diagnostics: Diagnostic[] = []
    // Ids are unique to this check: a check of the same text after a configuration change names other findings.
    const checkId = ++lastCheck
    for (const [index, message] of (file?.messages ?? []).entries()) {
      const {diagnostic, finding} = toDiagnostic(message, checkId + ':' + index, uri, text, positions)
      diagnostics.push(diagnostic)
      findings.set(finding.id, finding)
    }
    published.set(uri, {generation, findings})
    errorLog.note(uri, path.relative(place.cwd, place.filePath), file)
    await connection.sendDiagnostics({uri, version, diagnostics})
  }

  /** Check every open document again (the configuration or the workspace changed). */
  function checkAll(): void {
    for (const document of documents.all()) scheduler.schedule(document.uri)
  }

  /** The edit that replaces the document with remark's output, when `--format` allows it. */
  async function format(uri: string): Promise<TextEdit[] | null> {
    if (!options.format) return null
    // No output for text that changed meanwhile (the edit would undo typing), that is ignored, or that did not parse or had no configuration.
    const linted = await lintOpen(uri, true)
    if (!linted?.file) return null
    const {text, file} = linted
    if (file.messages.some((message) => message.fatal === true && !(message.ruleId && message.place))) return null
    const output = (text.charCodeAt(0) === 0xfe_ff ? '\uFEFF' : '') + String(file.value)
    return output === text ? [] : [{range: new TextPositions(text, encoding).whole(), newText: output}]
  }

  connection.onInitialize(function (parameters) {
    const {capabilities} = parameters
    encoding = negotiateEncoding(capabilities)
    const folders = parameters.workspaceFolders ?? (parameters.rootUri ? [{uri: parameters.rootUri, name: ''}] : [])
    workspaceFolders = foldersOf(folders)
    pullsSettings = capabilities.workspace?.configuration === true
    registersConfiguration = pullsSettings && capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    followsFolders = capabilities.workspace?.workspaceFolders === true
    const result: InitializeResult & {offsetEncoding?: PositionEncoding} = {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Full},
        // Quick fixes are code action literals: a client that cannot take them gets none.
        codeActionProvider: capabilities.textDocument?.codeAction?.codeActionLiteralSupport ? {codeActionKinds: [CodeActionKind.QuickFix]} : false,
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
    const refused = (what: string) => () => connection.console.warn('content-quality-language-server: the client refused to send ' + what)
    if (registersConfiguration) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(refused('configuration changes'))
    if (watchesFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {watchers: configurationGlobs.map((globPattern) => ({globPattern}))})
        .catch(refused('changes to configuration files'))
    }
    if (!followsFolders) return
    connection.workspace.onDidChangeWorkspaceFolders(function (event) {
      const removed = new Set(foldersOf(event.removed))
      workspaceFolders = [...workspaceFolders.filter((folder) => !removed.has(folder)), ...foldersOf(event.added)]
      checkAll()
    })
  })

  connection.onDidChangeConfiguration(function (change) {
    settingsCache.clear()
    if (!pullsSettings) globalSettings = readSettings((change.settings as Record<string, unknown> | null)?.[configurationSection])
    checkAll()
  })

  connection.onDidChangeWatchedFiles(function (change) {
    for (const {uri} of change.changes) {
      if (scriptConfiguration.test(uri)) {
        connection.console.warn('content-quality-language-server: ' + (filePathOf(uri) ?? uri) + ' changed: restart the server to load it (Node loads JavaScript configuration once)')
      }
    }
    checkAll()
  })

  documents.onDidOpen((event) => justOpened.add(event.document.uri))
  // Fired for every new text, after `onDidOpen` for a new document: that first text is checked at once, edits after a pause.
  documents.onDidChangeContent(function (event) {
    const {uri} = event.document
    generations.set(uri, ++lastGeneration)
    scheduler.schedule(uri, justOpened.delete(uri))
  })
  documents.onDidClose(function (event) {
    const {uri} = event.document
    scheduler.cancel(uri)
    generations.delete(uri)
    published.delete(uri)
    settingsCache.delete(uri)
    errorLog.forget(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  connection.onCodeAction(function (parameters) {
    const {uri} = parameters.textDocument
    const last = published.get(uri)
    // Fixes of older text would edit the wrong place: wait for the newest diagnostics.
    if (!last || last.generation !== generations.get(uri)) return []
    return codeActions(uri, last.findings, parameters.context.diagnostics, parameters.range)
  })

  connection.onDocumentFormatting((parameters) => format(parameters.textDocument.uri))
  connection.onShutdown(() => scheduler.cancelAll())

  documents.listen(connection)
  connection.listen()
}

/** The paths of the `file:` folders among `folders`. */
function foldersOf(folders: Array<{uri: string}>): string[] {
  return folders.map((folder) => filePathOf(folder.uri)).filter((folder) => folder !== undefined)
}
