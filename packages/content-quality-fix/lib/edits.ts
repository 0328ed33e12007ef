import {isSuggestion} from 'content-quality-core'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'

/** One replacement: the text from `start` to `end` (UTF-16 offsets into the whole file) becomes `text`. */
export interface Edit {
  start: number
  end: number
  text: string
  /** The message that suggested it. */
  message: VFileMessage
}

/**
 * The edits that the messages of a file make: the first `expected` of
 * each message with a start and end point, except those that are only
 * suggestions for a person to confirm (a repeated paragraph's deletion). Points are turned into offsets of
 * the text without its byte-order mark (remark drops it before parsing, so
 * lines and columns never count it) and then shifted past the mark. A message
 * whose `actual` is not the text its span covers is left out: its position
 * does not describe this text.
 */
export function editsFromMessages(text: string, messages: readonly VFileMessage[]): Edit[] {
  const bom = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  const source = bom ? text.slice(1) : text
  const place = location(source)
  const edits: Edit[] = []

  for (const message of messages) {
    const replacement = message.expected?.[0]
    const range = message.place
    if (isSuggestion(message)) continue
    if (replacement === undefined || !range || !('start' in range)) continue
    const start = place.toOffset(range.start)
    const end = place.toOffset(range.end)
    if (start === undefined || end === undefined || end < start) continue
    if (message.actual !== undefined && source.slice(start, end) !== message.actual) continue
    edits.push({start: start + bom, end: end + bom, text: replacement, message})
  }

  return edits
}
