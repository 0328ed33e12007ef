/**
 * Test helper: lint a file of a site with remark, the preset's syntax and
 * this rule, as the `remark` CLI does with `cwd` at the site; and sketch a
 * page with the same parser, as `content-quality-duplicates` does.
 */
import {readFileSync} from 'node:fs'
import {sourceOf} from 'content-quality-core'
import {sketchPage, type PageSketch, type TextOptions} from 'content-quality-sketch'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import remarkContentQualitySyntax from '../../remark-preset-lint-content-quality/lib/syntax.ts'
import {VFile} from 'vfile'
import remarkLintNoDuplicateDocument from '../lib/index.ts'

/** A message as the tests compare it. */
export interface Message {
  ruleId: string | undefined
  source: string | undefined
  range: string
  reason: string
  fatal?: true
}

/** The parser of the content-quality preset. */
const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkContentQualitySyntax).freeze()

/** The sketch of the page at `file` (an absolute path), parsed as the preset parses it. */
export function sketchOfFile(file: string, text: TextOptions): PageSketch {
  const page = new VFile({path: file, value: readFileSync(file)})
  return sketchPage(parser.parse(page), sourceOf(page), text)
}

/** Lint `value` as the file at `filePath` (relative to `cwd`, or `undefined` for none) with `options`. */
export async function lintFile(cwd: string, filePath: string | undefined, value: string, options: unknown): Promise<Message[]> {
  const file = new VFile({cwd, value, ...(filePath === undefined ? {} : {path: filePath})})
  await remark()
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkContentQualitySyntax)
    .use(remarkLint)
    .use(remarkLintNoDuplicateDocument, options)
    .process(file)
  return file.messages.map(function (message) {
    const place = message.place
    const range = place && 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : ''
    return {ruleId: message.ruleId, source: message.source, range, reason: message.reason, ...(message.fatal ? {fatal: true as const} : {})}
  })
}
