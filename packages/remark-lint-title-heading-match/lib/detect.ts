import type {Heading, Nodes, Root, RootContent} from 'mdast'
import {declaredLanguage, htmlTextRanges, quote, readFrontmatter, type Finding, type Frontmatter} from 'content-quality-core'
import {agreement, support} from './agreement.js'
import {boilerplateTitles, foldPhrase, pickLanguage, type Language} from './languages.js'
import {shareScript} from './scripts.js'
import {termsOf, type Terms} from './terms.js'

/** Options of `title-heading-match`. */
export interface Options {
  /** Agreement (0 to 1) below which title and heading disagree. */
  threshold: number
  /**
   * Fewest subject words (not generic words or numbers; character pairs for
   * Japanese and Chinese) title and heading each need to be judged.
   */
  minimumWords: number
}

/** Defaults: agreement below 0.3 is a mismatch; judge texts of two or more subject words. */
export const defaultOptions: Options = {threshold: 0.3, minimumWords: 2}

/** Opening text that carries this share of the title's weight supports the title. */
export const supportThreshold = 0.5

/** How much of the body after the heading is read, in characters: a constant cost. */
const openingLength = 1000

/** The outcome of comparing a title with a heading. */
export type Verdict =
  | {kind: 'abstain'; reason: string}
  | {
      kind: 'agree' | 'disagree'
      score: number
      /** How much the opening text supports the title, measured when the score is below the threshold. */
      support?: number
    }

/**
 * Judge whether `title` and `heading` are about the same subject. Abstains
 * on boilerplate, different scripts and too few subject words; agrees when
 * the score reaches the threshold or when `opening` (the body text after the
 * heading) supports the title, which makes the heading a section heading.
 */
export function compareTitleAndHeading(
  title: string,
  heading: string,
  opening: string,
  language: Language,
  options: Options = defaultOptions
): Verdict {
  if (boilerplateTitles.has(foldPhrase(title)) || boilerplateTitles.has(foldPhrase(heading))) {
    return {kind: 'abstain', reason: 'boilerplate'}
  }
  if (!shareScript(title, heading)) return {kind: 'abstain', reason: 'different scripts'}

  const titleTerms = termsOf(title, language)
  const headingTerms = termsOf(heading, language)
  if (subjectWords(titleTerms) < options.minimumWords || subjectWords(headingTerms) < options.minimumWords) {
    return {kind: 'abstain', reason: 'too few subject words'}
  }

  const score = agreement(titleTerms, headingTerms)
  if (score >= options.threshold) return {kind: 'agree', score}
  const supported = support(titleTerms, termsOf(opening, language))
  return {kind: supported >= supportThreshold ? 'agree' : 'disagree', score, support: supported}
}

function subjectWords(terms: Terms): number {
  let count = 0
  for (const kind of terms.terms.values()) if (kind === 'subject') count++
  return count
}

/**
 * Find a frontmatter `title` that disagrees with the document's leading
 * heading; also report frontmatter that does not parse and an empty title.
 */
export function detectTitleHeadingMismatch(tree: Root, source: string, options: Options = defaultOptions): Finding[] {
  const frontmatter = readFrontmatter(tree, source)
  if (!frontmatter) return []
  const error = frontmatter.errors[0]
  if (error) {
    const kind = frontmatter.kind.toUpperCase()
    return [
      {
        start: error.start,
        end: error.end,
        message: 'Unexpected invalid ' + kind + ' frontmatter (' + error.reason + '), expected valid ' + kind
      }
    ]
  }

  const data = frontmatter.data
  if (!data || typeof data !== 'object' || !('title' in data)) return []
  const title = (data as {title: unknown}).title
  if (title === null || (typeof title === 'string' && title.trim() === '')) {
    const [start, end] = titleLine(tree, source, frontmatter)
    return [{start, end, message: 'Unexpected empty frontmatter `title`, expected the title of the page'}]
  }
  if (typeof title !== 'string') return []

  const heading = leadingHeading(tree, source)
  const span = heading && textSpan(heading)
  if (!heading || !span) return []
  const headingText = plainText(heading).trim()
  if (!headingText) return []

  const opening = openingText(tree, heading, source)
  const language = pickLanguage(declaredLanguage(data), [title, headingText, opening])
  const verdict = compareTitleAndHeading(title, headingText, opening, language, options)
  if (verdict.kind !== 'disagree') return []

  const titleString = frontmatter.strings.find((string) => string.key === 'title')
  const quotedTitle = quote(shorten(title.trim()))
  return [
    {
      start: span[0],
      end: span[1],
      message:
        'Unexpected heading ' +
        quote(shorten(headingText)) +
        ' under the title ' +
        quotedTitle +
        ' (agreement ' +
        verdict.score.toFixed(2) +
        ', threshold ' +
        options.threshold.toFixed(2) +
        '), expected a heading about the same subject',
      actual: source.slice(span[0], span[1]),
      cause: titleString && {
        start: titleString.start,
        end: titleString.end,
        message: 'Frontmatter title ' + quotedTitle
      }
    }
  ]
}

/** Shorten a long text for a message at a word boundary (the full heading is in `actual`). */
function shorten(text: string): string {
  const characters = [...text]
  if (characters.length <= 60) return text
  const cut = characters.slice(0, 59).join('')
  const space = cut.lastIndexOf(' ')
  return (space > 40 ? cut.slice(0, space) : cut).trimEnd() + '…'
}

/**
 * The leading heading: the first heading, when no body content comes before
 * it. A page that opens with body text has none: its title is its headline
 * and the headings after the text are sections, whatever their depth.
 */
function leadingHeading(tree: Root, source: string): Heading | undefined {
  for (const node of tree.children) {
    if (node.type === 'heading') return node
    if (isBodyContent(node, source)) return undefined
  }
  return undefined
}

/** Paragraphs with text, lists, tables, block quotes, code and HTML with visible text are body content. */
function isBodyContent(node: RootContent, source: string): boolean {
  switch (node.type) {
    case 'paragraph':
      return plainText(node).trim() !== ''
    case 'html':
      return htmlTextRanges(node, source).some(([start, end]) => source.slice(start, end).trim() !== '')
    case 'list':
    case 'table':
    case 'blockquote':
    case 'code':
      return true
    default:
      return false
  }
}

/** The text of a node: text and inline code, not raw HTML or image descriptions. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return node.children.map((child) => plainText(child)).join('')
  return ''
}

/** Offsets of a heading's text (its first to its last child), tight around the words. */
function textSpan(heading: Heading): [number, number] | undefined {
  const start = heading.children[0]?.position?.start.offset
  const end = heading.children[heading.children.length - 1]?.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/** The first characters of body text after `heading`, across blocks. */
function openingText(tree: Root, heading: Heading, source: string): string {
  let text = ''
  for (let index = tree.children.indexOf(heading) + 1; index < tree.children.length; index++) {
    if (text.length >= openingLength) break
    const node = tree.children[index]!
    if (node.type === 'html') {
      for (const [start, end] of htmlTextRanges(node, source)) text += ' ' + source.slice(start, end)
    } else if (isBodyContent(node, source) && node.type !== 'code') {
      text += ' ' + blockText(node)
    }
  }
  return text.slice(0, openingLength)
}

/** Text of a block with spaces between its paragraphs and cells. */
function blockText(node: Nodes): string {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return plainText(node)
  return 'children' in node ? node.children.map((child) => blockText(child)).join(' ') : ''
}

/**
 * The span of the top-level `title` line in the frontmatter (for an empty
 * title, which has no value to point at), or the whole frontmatter.
 */
function titleLine(tree: Root, source: string, frontmatter: Frontmatter): [number, number] {
  const node = tree.children[0]!
  const end = node.position!.end.offset!
  const match = /^title[ \t]*[:=].*$/m.exec(source.slice(frontmatter.bodyStart, end))
  if (!match) return [node.position!.start.offset!, end]
  const start = frontmatter.bodyStart + match.index
  return [start, start + match[0].trimEnd().length]
}
