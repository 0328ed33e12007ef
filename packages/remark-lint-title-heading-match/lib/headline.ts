/**
 * Whether a page's leading heading is its headline or the first of its
 * sections, judged from the page's outline.
 */
import type {Heading, Root} from 'mdast'
import {headingText} from './page.js'

/** A leading heading of at most this many words, followed by sections of its depth, is one of them. */
const sectionWords = 4

/** A heading of at least this many words reads as a headline, not as a section. */
export const headlineWords = 6

const segmenter = new Intl.Segmenter(undefined, {granularity: 'word'})

/** Words of a text, by Unicode word boundaries (dictionary-based for Japanese, Chinese and Thai). */
export function countWords(text: string): number {
  let count = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++
  return count
}

/**
 * Whether `heading`, the first heading of the page, is a section heading
 * rather than the page's headline, by the outline:
 *
 * * a later heading is shallower (a `###` before the page's `##`s);
 * * it is `###` or deeper and a later heading has its depth (release notes
 *   whose `### Notable changes` opens a run of `###` sections);
 * * it is short (`sectionWords` words or fewer) and a later heading of its
 *   depth is at least as long (`## AWS Amplify` before `## GitHub Pages`):
 *   one item of a run of sections, not a headline over them.
 */
export function isSectionHeading(tree: Root, heading: Heading): boolean {
  const later = tree.children.slice(tree.children.indexOf(heading) + 1).filter((node) => node.type === 'heading')
  if (later.some((other) => other.depth < heading.depth)) return true
  const siblings = later.filter((other) => other.depth === heading.depth)
  if (siblings.length === 0) return false
  if (heading.depth >= 3) return true
  const words = countWords(headingText(heading))
  return words <= sectionWords && siblings.some((other) => countWords(headingText(other)) >= words)
}
