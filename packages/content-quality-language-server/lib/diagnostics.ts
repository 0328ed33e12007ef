import {isSuggestion} from 'content-quality-core'
import {DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range} from 'vscode-languageserver/node'
import type {VFileMessage} from 'vfile-message'
import type {Point, TextPositions} from './positions.js'

/** What the server keeps of a message to answer code actions: its place and fixes, as it computed them. */
export interface StoredFinding {
  /** `<check>:<index>`, unique to the check that found it, sent to the client as `diagnostic.data.id`. */
  id: string
  ruleId: string | undefined
  message: string
  range: Range
  /** The text the fix replaces. */
  actual: string
  /** Replacements; empty when the message has no fix. */
  expected: string[]
  /** Whether the replacements are only suggestions (never preferred, so never applied by a "fix all"). */
  suggestion: boolean
}

/** One message as a diagnostic, and what the server keeps of it. */
export interface Converted {
  diagnostic: Diagnostic
  finding: StoredFinding
}

/**
 * A vfile message as an LSP diagnostic: the exact range of the bad text in
 * the client's encoding, the rule id as `code`, its documentation as
 * `codeDescription`, `cause` (a related place in the document) as related
 * information, and the finding id in `data` (code actions look the fix up by
 * it). Fatal messages are errors, with the chain of their causes in short:
 * one line each, no stack; one placed only by its cause (MDX that does not
 * parse) is at the cause's place.
 */
export function toDiagnostic(message: VFileMessage, id: string, uri: string, text: string, positions: TextPositions): Converted {
  const placed = placeOfMessage(message)
  const [start, end] = placed ? offsetsOf(placed, positions) : [0, 0]
  const range = positions.rangeOf(start, end)
  // A fatal message placed only by its cause (MDX that does not parse): the cause's reason is the point.
  const reason = placed && placed !== message ? message.reason + ': ' + placed.reason : message.reason
  const diagnostic: Diagnostic = {
    range,
    message: reason + causeLines(message) + (message.note ? '\n' + message.note : ''),
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    data: {id}
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.source) diagnostic.source = message.source
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const related = relatedPlace(message, uri, positions)
  if (related) diagnostic.relatedInformation = [related]
  const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
  return {
    diagnostic,
    finding: {
      id,
      ruleId: message.ruleId,
      message: message.reason,
      range,
      actual: message.actual ?? text.slice(start, end),
      expected,
      suggestion: isSuggestion(message)
    }
  }
}

/**
 * The messages of the chain of causes of a message, one line each (no
 * stacks): errors only, not messages with a place (those are related places
 * or the message's own place), and not a cause the reason already ends with.
 */
export function causeLines(message: VFileMessage): string {
  let lines = ''
  let cause: unknown = message.cause
  for (let depth = 0; depth < 10 && cause instanceof Error; depth++) {
    const line = firstLine(cause.message)
    if (!isMessage(cause) && !message.reason.endsWith(line)) lines += '\n' + line
    cause = cause.cause
  }
  return lines
}

/** The message that places `message` in the document: itself, or for a fatal message without a place, a cause with one. */
export function placeOfMessage(message: VFileMessage): VFileMessage | undefined {
  if (message.place) return message
  const cause = message.cause
  return message.fatal === true && isMessage(cause) && cause.place ? cause : undefined
}

/** The start and end offsets of a message with a place. */
function offsetsOf(message: VFileMessage, positions: TextPositions): [number, number] {
  const place = message.place
  if (!place) return [0, 0]
  if ('start' in place) {
    const start = positions.offsetOf(place.start as Point)
    return [start, place.end.line ? positions.offsetOf(place.end as Point) : start]
  }
  const point = positions.offsetOf(place as Point)
  return [point, point]
}

/** A rule's `cause` that is a message with a place in the document (title-heading-match's heading): related information. */
function relatedPlace(message: VFileMessage, uri: string, positions: TextPositions): DiagnosticRelatedInformation | undefined {
  const cause = message.cause
  if (!isMessage(cause) || !cause.place || !message.place) return undefined
  const [start, end] = offsetsOf(cause, positions)
  return {location: {uri, range: positions.rangeOf(start, end)}, message: cause.reason}
}

function isMessage(value: unknown): value is VFileMessage {
  return value instanceof Error && 'reason' in value && 'place' in value
}

function firstLine(text: string): string {
  const end = text.indexOf('\n')
  return end === -1 ? text : text.slice(0, end)
}
