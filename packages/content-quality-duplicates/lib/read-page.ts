import {maximumNesting, nodeDeeperThan, sourceOf} from 'content-quality-core'
import type {Root} from 'mdast'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkContentQualitySyntax from 'remark-preset-lint-content-quality/syntax'
import type {VFile} from 'vfile'
import {sketchPage, type PageSketch, type TextOptions} from 'content-quality-sketch'

/** The parser of the content-quality preset: YAML and TOML frontmatter, GFM, MDX for `.mdx` files. */
const parser = remark().use(remarkFrontmatter, ['yaml', 'toml']).use(remarkContentQualitySyntax).freeze()

/**
 * Parse a page as the content-quality rules do and sketch it. Throws an
 * error that says why when the page cannot be read (MDX that does not
 * parse, nesting deeper than the rules read).
 */
export function readPage(file: VFile, options: TextOptions): PageSketch {
  const tree = parser.runSync(parser.parse(file), file) as Root
  if (nodeDeeperThan(tree, maximumNesting)) throw new Error('Cannot read page: its markdown nests deeper than ' + maximumNesting + ' levels')
  return sketchPage(tree, sourceOf(file), options)
}
