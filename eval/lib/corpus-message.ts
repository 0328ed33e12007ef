import type {VFileMessage} from 'vfile-message'
import {isSuggestion} from '../../packages/content-quality-core/lib/remark-rule.ts'

/** A message of the preset on a corpus document, in the shape workers send back. */
export interface CorpusMessage {
  /** Corpus-relative path, forward slashes. */
  path: string
  /** Rule id (`no-mojibake`), or `undefined` for a message of the engine itself. */
  ruleId: string | undefined
  reason: string
  /** 1-based start line and column; 0 when the message has no place. */
  line: number
  column: number
  /** 1-based end line and column; equal to the start when the message marks a point. */
  endLine: number
  endColumn: number
  /** Offsets into the document (byte-order mark excluded), when known. */
  start?: number
  end?: number
  expected?: string[]
  /** Set when `expected` is only a suggestion: fix commands leave it for a person. */
  suggestion?: true
  fatal: boolean
  /**
   * Set on the one message that stands for the messages of its rule past
   * the first `keptPerRule` in a file (a rule gone wild must not exhaust
   * memory): how many it stands for. It has no place and matches no label.
   */
  overflow?: number
}

/** `message` of the file at corpus-relative `path`, in the shape workers send back. */
export function corpusMessage(message: VFileMessage, path: string): CorpusMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  const result: CorpusMessage = {
    path,
    ruleId: message.ruleId,
    reason: message.reason,
    line: start?.line ?? 0,
    column: start?.column ?? 0,
    endLine: end?.line ?? 0,
    endColumn: end?.column ?? 0,
    fatal: Boolean(message.fatal)
  }
  if (start?.offset !== undefined) result.start = start.offset
  if (end?.offset !== undefined) result.end = end.offset
  if (message.expected) result.expected = message.expected
  if (isSuggestion(message)) result.suggestion = true
  return result
}

/** How many messages of one rule in one file are kept whole. */
export const keptPerRule = 1000

/** Whether `message` says that a rule threw instead of checking the file. */
export function isInternalError(message: CorpusMessage): boolean {
  return message.fatal || message.reason.startsWith('Unexpected internal error')
}
