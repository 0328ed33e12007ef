import path from 'node:path'
import type {Log, ReportingDescriptor, Result, Run} from 'sarif'
import type {VFile} from 'vfile'
import {toResult} from './result.js'

export {mergeSarif} from './merge.js'

/** Options of the SARIF reporter (`--report sarif=name:"…"` on the command line). */
export interface Options {
  /** Name of the tool in the log (`runs[0].tool.driver.name`, default `'remark'`). */
  name?: string
  /** Its version, when known. */
  version?: string
  /** Its home page (`informationUri`). */
  informationUri?: string
  /** Report only fatal messages (`--silent`). */
  silent?: boolean
}

/** The SARIF 2.1.0 JSON schema a log names. */
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'

/**
 * Serialise the messages of `files` as a SARIF 2.1.0 log (JSON text), the
 * format GitHub code scanning uploads. Each message becomes a result whose
 * rule id is `<source>:<ruleId>` (for example `remark-lint:no-mojibake`),
 * with its region, the rule's help URL, related locations from `cause` and
 * one fix for each `expected` replacement.
 */
export function sarif(files: readonly VFile[], options: Options = {}): string {
  const rules: ReportingDescriptor[] = []
  const ruleIndexes = new Map<string, number>()
  const results: Result[] = []

  for (const file of files) {
    const uri = artifactUri(file.path, file.cwd)
    for (const message of file.messages) {
      if (options.silent && !message.fatal) continue
      // A cause in another file (the page a page repeats) is located there.
      const causeFile = (message.cause as {file?: unknown} | undefined)?.file
      const result = toResult(message, uri, typeof causeFile === 'string' && causeFile !== '' ? artifactUri(causeFile, file.cwd) : uri)
      let index = ruleIndexes.get(result.ruleId!)
      if (index === undefined) {
        index = rules.length
        ruleIndexes.set(result.ruleId!, index)
        rules.push(ruleOf(result.ruleId!, message.url))
      }
      result.ruleIndex = index
      results.push(result)
    }
  }

  const run: Run = {
    tool: {
      driver: {
        name: options.name ?? 'remark',
        ...(options.version ? {version: options.version} : {}),
        ...(options.informationUri ? {informationUri: options.informationUri} : {}),
        rules
      }
    },
    columnKind: 'utf16CodeUnits',
    results
  }
  const log: Log = {$schema: sarifSchema, version: '2.1.0', runs: [run]}
  return JSON.stringify(log, null, 2) + '\n'
}

export default sarif

/** The rule a result points to: its id and, when the message has one, its documentation. */
function ruleOf(id: string, url: string | undefined): ReportingDescriptor {
  const rule: ReportingDescriptor = {id, shortDescription: {text: 'Rule ' + id}}
  if (url) {
    rule.helpUri = url
    rule.help = {text: 'See ' + url, markdown: '[Documentation of `' + id + '`](' + url + ')'}
  }
  return rule
}

/** The file's path relative to its working directory, with forward slashes, as a URI reference. */
function artifactUri(filePath: string | undefined, cwd: string): string {
  const relative = filePath ? path.relative(cwd, path.resolve(cwd, filePath)) : 'stdin'
  return relative.split(path.sep).map(encodeURIComponent).join('/')
}
