/**
 * Test helper: run remark with frontmatter, GFM, remark-lint and the given
 * plugins over a document, and return its messages in a compact, comparable
 * shape (1-based lines and columns, like the remark CLI prints them).
 */
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkLint from 'remark-lint'
import {isSuggestion} from '../packages/content-quality-core/lib/remark-rule.ts'
import type {PluggableList} from 'unified'
import {VFile} from 'vfile'
import {applyEdits} from '../packages/content-quality-fix/lib/apply-edits.ts'

/** A message as tests compare it. */
export interface Reported {
  ruleId: string | undefined
  source: string | undefined
  /** `line:column-line:column`. */
  range: string
  reason: string
  actual?: string
  expected?: string[]
  /** Set when `expected` is only a suggestion (`isSuggestion`). */
  suggestion?: true
  fatal?: boolean
  cause?: string
}

/** Lint `document` with `plugins` and return the messages. */
export async function lint(document: string | Uint8Array, plugins: PluggableList): Promise<Reported[]> {
  const file = await remark()
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkGfm)
    .use(remarkLint)
    .use(plugins)
    .process(new VFile({path: 'doc.md', value: document}))
  return file.messages.map(function (message) {
    const place = message.place
    const range =
      place && 'start' in place
        ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
        : place
          ? `${place.line}:${place.column}`
          : ''
    const reported: Reported = {ruleId: message.ruleId, source: message.source, range, reason: message.reason}
    if (message.actual !== undefined) reported.actual = message.actual
    if (message.expected !== undefined) reported.expected = message.expected
    if (isSuggestion(message)) reported.suggestion = true
    if (message.fatal) reported.fatal = true
    const cause = message.cause as {place?: {start: {line: number; column: number}}; reason?: string} | undefined
    if (cause?.place && cause.reason) {
      reported.cause = `${cause.place.start.line}:${cause.place.start.column} ${cause.reason}`
    }
    return reported
  })
}

/**
 * Apply the first `expected` of each message to `document`, resolving
 * overlaps exactly as `content-quality-fix` does (`applyEdits`).
 */
export function applyFixes(document: string, messages: Array<{start: number; end: number; expected?: string[]}>): string {
  const edits = messages.flatMap(({start, end, expected}) =>
    expected?.[0] === undefined ? [] : [{start, end, text: expected[0]}]
  )
  return applyEdits(document, edits).text
}
