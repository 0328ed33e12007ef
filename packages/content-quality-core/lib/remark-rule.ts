import path from 'node:path'
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {Location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'
import type {Finding} from './finding.js'
import {hideByteOrderMark, remarkShowByteOrderMark, sourceOf} from './byte-order-mark.js'
import {enabledFindings} from './enabled-findings.js'
import {documentLocation} from './location.js'
import {capFindings, maxMessagesOf} from './message-cap.js'
import {OptionsError} from './options.js'

/**
 * Which file a detector reads, for the few rules that compare it with other
 * files (`no-duplicate-document`): most detectors ignore it.
 */
export interface DetectorFile {
  /** Absolute path of the file, `undefined` when it has none (standard input). */
  path: string | undefined
  /** The folder relative paths (in options, in the file's path) are resolved from. */
  cwd: string
  /**
   * Parse another page with the parser of the processor the rule runs in, so
   * that it is read as this file was (its tree, without transforms).
   */
  parse: (page: VFile) => Root
}

/**
 * A pure detector: the tree and its source text in, findings out. The
 * adapters pass the file as a fourth argument (`DetectorFile`).
 */
export type Detector<Options> = (tree: Root, source: string, options: Options, file?: DetectorFile) => Finding[]

/** Everything the remark adapter needs to know about a rule. */
export interface RuleDefinition<Options extends object> {
  /** Rule id, such as `no-mojibake`; the origin is `remark-lint:<id>`. */
  id: string
  /**
   * Validate raw options, throwing (or rejecting with) an `OptionsError` when
   * they are wrong. It may be async to load files the options name; `cwd` is
   * the folder relative paths in options are resolved from.
   */
  parseOptions: (raw: unknown, cwd: string) => Options | Promise<Options>
  /** The detector. */
  detect: Detector<Options>
}

/** The message for a detector of rule `id` that threw `error`, in every adapter. */
export function internalErrorMessage(id: string, error: unknown): string {
  return 'Unexpected internal error in `' + id + '`: ' + String((error as Error)?.message ?? error)
}

/** Where the documentation of rule `id` lives: its package README. */
export function ruleDocumentationUrl(id: string): string {
  return 'https://github.com/content-quality-lint/content-quality-lint/tree/main/packages/remark-lint-' + id + '#readme'
}

/**
 * Make a remark-lint rule out of a detector. Findings become messages with
 * exact start and end points, `actual`, `expected` and `cause`, at most
 * `maxMessages` of them (of those comment markers leave on) and one that
 * counts the rest. Invalid
 * options give one fatal message naming the option; a detector that throws
 * gives a message instead of breaking the run. While remark-lint's comment
 * markers judge the messages, `String(file)` reads without a leading
 * byte-order mark (`hideByteOrderMark`).
 */
export function createRemarkRule<Options extends object>(definition: RuleDefinition<Options>): Plugin<[unknown?], Root> {
  const {id} = definition
  const meta = {origin: 'remark-lint:' + id, url: ruleDocumentationUrl(id)}
  /** The rule's transformer for a processor whose parser reads other pages (`DetectorFile.parse`). */
  const transformer = (parse: (page: VFile) => Root) =>
    function (tree: Root, file: VFile, raw: unknown) {
      hideByteOrderMark(file)
      let options: Options | Promise<Options>
      try {
        options = definition.parseOptions(raw, file.cwd)
      } catch (error) {
        reportOptionsError(file, id, error)
        return
      }
      if (options instanceof Promise) {
        return options.then(
          (ready) => run(definition, tree, file, ready, parse),
          (error: unknown) => reportOptionsError(file, id, error)
        )
      }
      run(definition, tree, file, options, parse)
    }
  // The rule, and once per processor the plugin that shows the byte-order mark again after message control.
  const plugin = function (this: Processor, ...parameters: [unknown?]) {
    this.use(remarkShowByteOrderMark)
    const parse = (page: VFile): Root => this.parse(page) as Root
    const rule = lintRule(meta, transformer(parse)) as Plugin<[unknown?], Root>
    return rule.apply(this, parameters)
  }
  Object.defineProperty(plugin, 'name', {value: lintRule(meta, () => {}).name})
  return plugin as Plugin<[unknown?], Root>
}

/** Invalid options give one fatal message; any other error is rethrown. */
function reportOptionsError(file: VFile, id: string, error: unknown): void {
  if (!(error instanceof OptionsError)) throw error
  markFatal(file.message(error.message, {ruleId: id, source: 'remark-lint'}))
}

/** Run the detector and turn its findings into messages on `file`. */
function run<Options extends object>(definition: RuleDefinition<Options>, tree: Root, file: VFile, options: Options, parse: (page: VFile) => Root): void {
  const {id} = definition
  const source = sourceOf(file)
  let findings: Finding[]
  try {
    findings = definition.detect(tree, source, options, detectorFile(file, parse))
  } catch (error) {
    file.message(internalErrorMessage(id, error), {
      ruleId: id,
      source: 'remark-lint',
      cause: error instanceof Error ? error : undefined
    })
    return
  }

  const place = documentLocation(source)
  const maxMessages = maxMessagesOf(options)
  // Past the cap, what comment markers turn off must not count: it is never shown.
  const shown = findings.length > maxMessages ? enabledFindings(tree, source, id, findings, place) : findings
  // A message is an `Error`, which captures the call stack, and `VFileMessage` then drops it
  // (its `stack` is empty): capturing none makes each message about 3× cheaper to create.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    report(file, id, place, capFindings(shown, id, maxMessages))
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/** What a detector is told of `file`: its absolute path, its `cwd`, and how other pages are parsed. */
export function detectorFile(file: VFile, parse: (page: VFile) => Root): DetectorFile {
  return {path: file.path ? path.resolve(file.cwd, file.path) : undefined, cwd: file.cwd, parse}
}

/** Report `findings` of rule `id` as messages on `file`. */
function report(file: VFile, id: string, place: Location, findings: Finding[]): void {
  for (const finding of findings) {
    const start = place.toPoint(finding.start)
    const end = place.toPoint(finding.end)
    const cause = finding.cause
      ? new VFileMessage(finding.cause.message, {
          place: {start: place.toPoint(finding.cause.start)!, end: place.toPoint(finding.cause.end)!},
          ruleId: id,
          source: 'remark-lint'
        })
      : undefined
    const message = file.message(finding.message, {
      place: start && end ? {start, end} : undefined,
      ruleId: id,
      source: 'remark-lint',
      cause
    })
    if (finding.actual !== undefined) message.actual = finding.actual
    if (finding.expected !== undefined) message.expected = finding.expected
    if (finding.suggestion) (message as SuggestingMessage).suggestion = true
  }
}

/**
 * A message whose `expected` is only a suggestion, for a person to confirm:
 * editors offer it, fix commands never apply it (see `Finding.suggestion`).
 */
export type SuggestingMessage = VFileMessage & {suggestion?: boolean}

/** Whether `message`'s `expected` is only a suggestion, never to be applied unseen. */
export function isSuggestion(message: VFileMessage): boolean {
  return (message as SuggestingMessage).suggestion === true
}

/**
 * `unified-lint-rule` sets `fatal` from the configured severity on every
 * message a rule emits; a configuration error must stay fatal whatever the
 * severity, so the property ignores that write.
 */
function markFatal(message: VFileMessage): void {
  Object.defineProperty(message, 'fatal', {
    configurable: true,
    enumerable: true,
    get: () => true,
    set() {}
  })
}
