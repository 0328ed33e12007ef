import {maximumNesting, nodeDeeperThan} from 'content-quality-core'
import type {Root} from 'mdast'
import {fromMarkdown, type Extension as MdastExtension, type Options as FromMarkdownOptions} from 'mdast-util-from-markdown'
import {mdxFromMarkdown, mdxToMarkdown} from 'mdast-util-mdx'
import {toMarkdown, type Options as ToMarkdownOptions} from 'mdast-util-to-markdown'
import {mdxjs} from 'micromark-extension-mdxjs'
import remarkGfm from 'remark-gfm'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/** Options of `remarkContentQualitySyntax`. */
export interface SyntaxOptions {
  /** Parse GitHub Flavored Markdown (tables, task lists, strikethrough, autolinks, footnotes); default `true`. */
  gfm?: boolean
}

/** What remark-parse reads from the processor's data, and remark-stringify writes with. */
interface SyntaxData {
  micromarkExtensions?: NonNullable<FromMarkdownOptions['extensions']>
  fromMarkdownExtensions?: NonNullable<FromMarkdownOptions['mdastExtensions']>
  toMarkdownExtensions?: NonNullable<ToMarkdownOptions['extensions']>
  settings?: ToMarkdownOptions
}

/** Extensions of files parsed as MDX. */
const mdxExtensions = new Set(['.mdx'])

/**
 * The syntax the content-quality preset reads: GFM (unless `gfm: false`),
 * and MDX for `.mdx` files, chosen per file by extension, so one
 * configuration serves a repository with both. A file is parsed with the
 * extensions the processor's plugins registered (as remark-parse does), and
 * an `.mdx` file with MDX's too (`micromark-extension-mdxjs`,
 * `mdast-util-mdx`, as `remark-mdx` would), and written back as MDX (only
 * an `.mdx` file: MDX escapes `{` and `<` in markdown). The tree transforms of those
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
  // Built at the first parse, when every plugin has registered its extensions.
  let syntaxes: {markdown: Syntax; mdx: Syntax} | undefined

  this.parser = function (document, file) {
    syntaxes ??= {markdown: syntaxOf(data, false), mdx: syntaxOf(data, true)}
    const syntax = isMdx(file) ? syntaxes.mdx : syntaxes.markdown
    let tree = fromMarkdown(document, {extensions: syntax.extensions, mdastExtensions: syntax.mdastExtensions})
    if (nodeDeeperThan(tree, maximumNesting)) return tree
    for (const transform of syntax.transforms) tree = transform(tree) ?? tree
    return tree
  }

  const compileMarkdown = this.compiler
  if (compileMarkdown) {
    this.compiler = function (tree, file) {
      if (!isMdx(file)) return compileMarkdown(tree, file)
      return toMarkdown(tree as Root, {...data.settings, extensions: [...(data.toMarkdownExtensions ?? []), mdxToMarkdown()]})
    }
  }
}

/** The syntax of one kind of file: micromark and mdast extensions, and the tree transforms held back from them. */
interface Syntax {
  extensions: NonNullable<FromMarkdownOptions['extensions']>
  mdastExtensions: MdastExtension[]
  transforms: NonNullable<MdastExtension['transforms']>
}

/** The extensions the plugins registered, with MDX's for an MDX file; transforms taken out, to run after the depth check. */
function syntaxOf(data: SyntaxData, mdx: boolean): Syntax {
  const mdastExtensions = flatten([...(data.fromMarkdownExtensions ?? []), ...(mdx ? [mdxFromMarkdown()] : [])])
  return {
    extensions: [...(data.micromarkExtensions ?? []), ...(mdx ? [mdxjs()] : [])],
    mdastExtensions: mdastExtensions.map(({transforms, ...rest}) => rest),
    transforms: mdastExtensions.flatMap((extension) => extension.transforms ?? [])
  }
}

/** Whether `file` is parsed and written as MDX. */
function isMdx(file: VFile): boolean {
  return mdxExtensions.has(file.extname ?? '')
}

/** Extensions listed in nested arrays, as `fromMarkdown` takes them, in order. */
function flatten(list: NonNullable<FromMarkdownOptions['mdastExtensions']>): MdastExtension[] {
  return list.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]))
}

export default remarkContentQualitySyntax
