import {CodeActionKind, type CodeAction, type Diagnostic, type Range} from 'vscode-languageserver/node'
import type {StoredFinding} from './diagnostics.js'

/**
 * The quick fixes for the diagnostics a client sends back with a code action
 * request. Each is looked up among the server's own findings by the id in
 * its `data`; the range the client echoes is never trusted (a client that
 * counts bytes, such as Neovim 0.7, echoes byte columns as UTF-16 ones). A
 * client that drops `data` gets the fixes of the findings with the same rule
 * and message that touch the requested range. Every `expected` becomes an
 * action (an empty one deletes the text); a single replacement that is not
 * only a suggestion is marked preferred.
 */
export function codeActions(uri: string, findings: Map<string, StoredFinding>, diagnostics: Diagnostic[], range: Range): CodeAction[] {
  const chosen = new Set<StoredFinding>()
  for (const diagnostic of diagnostics) {
    const id = (diagnostic.data as {id?: unknown} | undefined)?.id
    if (typeof id === 'string') {
      const finding = findings.get(id)
      if (finding && finding.ruleId === diagnostic.code) chosen.add(finding)
      continue
    }
    for (const finding of findings.values()) {
      if (finding.ruleId === diagnostic.code && finding.message === firstLineOf(diagnostic) && touches(finding.range, range)) chosen.add(finding)
    }
  }
  return [...chosen].flatMap((finding) => actionsOf(uri, finding))
}

function actionsOf(uri: string, finding: StoredFinding): CodeAction[] {
  return finding.expected.map(function (replacement) {
    const action: CodeAction = {
      title: titleOf(finding, replacement),
      kind: CodeActionKind.QuickFix,
      edit: {changes: {[uri]: [{range: finding.range, newText: replacement}]}}
    }
    if (finding.expected.length === 1 && !finding.suggestion) action.isPreferred = true
    return action
  })
}

function titleOf(finding: StoredFinding, replacement: string): string {
  if (replacement === '') return 'Remove `' + finding.actual + '`'
  if (finding.actual === '') return 'Insert `' + replacement + '`'
  return 'Replace `' + finding.actual + '` with `' + replacement + '`'
}

/** The first line of a diagnostic's message: the message of its finding. */
function firstLineOf(diagnostic: Diagnostic): string {
  const text = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
  return text.split('\n')[0]!
}

/** Whether two ranges overlap or touch. */
function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}
