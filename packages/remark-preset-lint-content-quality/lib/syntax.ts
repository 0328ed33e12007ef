import {maximumNesting, nodeDeeperThan} from 'content-quality-core'
import type {Root} from 'mdast'
import {fromMarkdown, type Extension as MdastExtension, type Options as FromMarkdownOptions} from 'mdast-util-from-markdown'
import {mdxFromMarkdown, mdxToMarkdown} from 'mdast-util-mdx'
import {mdxjs} from 'micromark-extension-mdxjs'
import remarkGfm from 'remark-gfm'
import type {Plugin} from 'unified'

/** Options of `remarkContentQualitySyntax`. */
export interface SyntaxOptions {
  /** Parse GitHub Flavored Markdown (tables, task lists, strikethrough, autolinks, footnotes); default `true`. */
  gfm?: boolean
}

/** What remark-parse reads from the processor's data, and remark-stringify writes with. */
interface SyntaxData {
  micromarkExtensions?: NonNullable<FromMarkdownOptions['extensions']>
  fromMarkdownExtensions?: NonNullable<FromMarkdownOptions['mdastExtensions']>
  toMarkdownExtensions?: unknown[]
}

/** Extensions of files parsed as MDX. */
const mdxExtensions = new Set(['.mdx'])

/**
 * The syntax the content-quality preset reads: GFM (unless `gfm: false`),
 * and MDX for `.mdx` files, chosen per file by extension, so one
 * configuration serves a repository with both. A file is parsed with the
 * extensions the processor's plugins registered (as remark-parse does), and
 * an `.mdx` file with MDX's too (`micromark-extension-mdxjs`,
 * `mdast-util-mdx`, as `remark-mdx` would). The tree transforms of those
 * extensions (GFM's autolinks) walk the tree recursively, so they run only on
 * a tree no deeper than `maximumNesting`: a deeper one is left for the
 * preset's nesting guard to reject with its one clear message.
 */
const remarkContentQualitySyntax: Plugin<[(SyntaxOptions | null)?], Root> = function (options) {
  const gfm = options?.gfm ?? true
  if (typeof gfm !== 'boolean') {
    throw new TypeError('Unexpected `gfm` option ' + JSON.stringify(gfm) + ' of `remark-preset-lint-content-quality/syntax`, expected `true` or `false`')
  }
  // remark-gfm registers its extensions on the processor, as when used on its own.
  if (gfm) remarkGfm.call(this)
  const data = this.data() as SyntaxData
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), mdxToMarkdown()]
  this.parser = function (document, file) {
    const mdx = mdxExtensions.has(file.extname ?? '')
    const mdastExtensions = flatten([...(data.fromMarkdownExtensions ?? []), ...(mdx ? [mdxFromMarkdown()] : [])])
    let tree = fromMarkdown(document, {
      extensions: [...(data.micromarkExtensions ?? []), ...(mdx ? [mdxjs()] : [])],
      mdastExtensions: mdastExtensions.map(({transforms, ...rest}) => rest)
    })
    if (nodeDeeperThan(tree, maximumNesting)) return tree
    for (const extension of mdastExtensions) {
      for (const transform of extension.transforms ?? []) tree = transform(tree) ?? tree
    }
    return tree
  }
}

/** Extensions listed in nested arrays, as `fromMarkdown` takes them, in order. */
function flatten(list: NonNullable<FromMarkdownOptions['mdastExtensions']>): MdastExtension[] {
  return list.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]))
}

export default remarkContentQualitySyntax
