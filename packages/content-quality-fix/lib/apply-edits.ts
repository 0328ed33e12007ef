import type {Edit} from './edits.js'

/** The part of an edit applying needs: the span and its replacement. */
export type Replacement = Pick<Edit, 'start' | 'end' | 'text'>

/** What applying edits to a text gave. */
export interface AppliedEdits<E extends Replacement = Edit> {
  /** The new text. */
  text: string
  /** The edits that were made. */
  applied: E[]
  /** The edits left out because they overlap one that was made. */
  skipped: E[]
}

/**
 * Apply non-overlapping edits to `text`; every character outside their spans
 * stays as it is.
 *
 * Overlaps are resolved the same way every time: edits are taken in order of
 * their start; at the same start the longer span comes first, and at the same
 * span the edit of the earlier message. An edit is made when it starts at or
 * after the end of the last edit made; otherwise it is skipped (the caller
 * lints the new text again, so a skipped fix that still applies is made in
 * the next pass). An edit equal to the last one made (same span, same text,
 * as when two rules suggest the same fix) is dropped.
 */
export function applyEdits<E extends Replacement = Edit>(text: string, edits: readonly E[]): AppliedEdits<E> {
  const ordered = edits
    .map((edit, index) => ({edit, index}))
    .sort((a, b) => a.edit.start - b.edit.start || b.edit.end - a.edit.end || a.index - b.index)
    .map(({edit}) => edit)

  const applied: E[] = []
  const skipped: E[] = []
  const parts: string[] = []
  let cursor = 0

  for (const edit of ordered) {
    const last = applied.at(-1)
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue
    if (edit.start < cursor || edit.end > text.length) {
      skipped.push(edit)
      continue
    }
    parts.push(text.slice(cursor, edit.start), edit.text)
    cursor = edit.end
    applied.push(edit)
  }

  parts.push(text.slice(cursor))
  return {text: parts.join(''), applied, skipped}
}
