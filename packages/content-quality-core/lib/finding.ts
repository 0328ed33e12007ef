/**
 * What a detector reports: a span of the source text (UTF-16 offsets into the
 * document, byte-order mark excluded), a message in remark-lint's voice and,
 * when the repair is known, the replacement text.
 */
export interface Finding {
  /** Offset of the first bad character. */
  start: number
  /** Offset just past the last bad character. */
  end: number
  /** Human-readable reason: "Unexpected X, expected Y". */
  message: string
  /** The bad text as it stands in the source. */
  actual?: string
  /** Replacements that fix the span; `['']` deletes it. */
  expected?: string[]
  /**
   * Whether `expected` is only a suggestion, for a person to confirm (an
   * editor's quick fix, an ESLint suggestion): fix commands never apply it
   * unseen. Otherwise `expected` is safe to apply without looking.
   */
  suggestion?: boolean
  /** A related span, such as the first copy of a duplicate. */
  cause?: {start: number; end: number; message: string}
}

/** Wrap a value in backticks for a message, the way remark-lint quotes values. */
export function quote(value: string): string {
  const visible = value
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u001F\u007F-\u009F\u00A0\u00AD\u200B-\u200F\uFEFF]/g, (character) =>
      '\\u' + character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    )
  return '`' + visible + '`'
}
