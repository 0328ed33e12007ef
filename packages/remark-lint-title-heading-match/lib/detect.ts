import type {Root} from 'mdast'
import {declaredLanguage, defaultReportOptions, quote, readFrontmatter, type Finding, type Frontmatter, type ReportOptions} from 'content-quality-core'
import {agreement, ownTerms, shareDate, support, usedCount} from './agreement.js'
import {countWords, headlineWords, isSectionHeading} from './headline.js'
import {pickLanguage, type Language} from './languages.js'
import {bodyText, headingText, insideElement, leadingHeading, textSpan} from './page.js'
import {shareScript} from './scripts.js'
import {isSectionLabel, isSeriesTitle} from './sections.js'
import {termsOf, type Terms} from './terms.js'

/** Options of `title-heading-match`. */
export interface Options extends ReportOptions {
  /** Agreement (0 to 1) below which title and heading disagree. */
  threshold: number
  /**
   * Fewest subject words (not generic words or numbers; character pairs for
   * Japanese and Chinese) title and heading each need to be judged.
   */
  minimumWords: number
}

/** Defaults: agreement below 0.3 is a mismatch; judge texts of two or more subject words. */
export const defaultOptions: Options = {...defaultReportOptions, threshold: 0.3, minimumWords: 2}

/** Opening text that carries this share of the title's weight supports the title. */
export const supportThreshold = 0.5

/** Agreement from which the body is not consulted: title and heading say mostly the same. */
export const strongAgreement = 0.6

/** How much of the body after the heading is read as its opening, in characters. */
const openingLength = 1000

/** How much prose after the heading is read at most, in characters: a bound on the cost. */
const bodyLength = 20_000

/** The outcome of comparing a title with a heading. */
export type Verdict =
  | {kind: 'abstain'; reason: string}
  | {
      kind: 'agree' | 'disagree'
      score: number
      /**
       * When title and heading share only part of their words and the body
       * decides: how many of the title's own words (those the heading lacks)
       * there are, and how many of them the body uses.
       */
      titleWords?: {own: number; used: number}
    }

/** The text after the heading that `compareTitleAndHeading` reads. */
export interface Body {
  /** The first characters, HTML text included. */
  opening: string
  /**
   * The markdown prose, without raw HTML (on scraped pages mostly
   * furniture), read only when the body must decide.
   */
  prose: () => string
}

/**
 * Judge whether `title` and `heading` are about the same subject, with
 * `body` (the text after the heading) as the witness.
 *
 * * Abstain on texts in different scripts and on too few subject words.
 * * Agree from a score of `strongAgreement` (or `threshold`, when higher) on.
 * * Otherwise abstain on section labels (`Notable changes`, `What went
 *   wrong?`), and on a series title (`Monthly Digest - Mar 3rd, 2021`)
 *   unless the heading names its date (`Project News — March 3rd`): then
 *   agree.
 * * Otherwise the body decides (`witness`).
 */
export function compareTitleAndHeading(
  title: string,
  heading: string,
  body: Body,
  language: Language,
  options: Options = defaultOptions
): Verdict {
  if (!shareScript(title, heading)) return {kind: 'abstain', reason: 'different scripts'}

  const titleTerms = termsOf(title, language)
  const headingTerms = termsOf(heading, language)
  if (subjectWords(titleTerms) < options.minimumWords || subjectWords(headingTerms) < options.minimumWords) {
    return {kind: 'abstain', reason: 'too few subject words'}
  }

  const score = agreement(titleTerms, headingTerms)
  if (score >= Math.max(strongAgreement, options.threshold)) return {kind: 'agree', score}
  if (isSectionLabel(title) || isSectionLabel(heading)) return {kind: 'abstain', reason: 'section label'}
  if (isSeriesTitle(title)) {
    return shareDate(titleTerms, headingTerms) ? {kind: 'agree', score} : {kind: 'abstain', reason: 'series title'}
  }
  return witness(titleTerms, headingTerms, countWords(heading), score, body, language, options)
}

/**
 * The body's verdict on a title and heading that agree less than
 * `strongAgreement`, by the title's own words (those the heading lacks)
 * and the heading's:
 *
 * * From `threshold` on, agree unless the body takes the heading's side:
 *   the heading reads as a headline (`headlineWords` words or more), and
 *   the body uses at least half of the heading's own words and at most
 *   half of the title's (two or more). The shared words are then a
 *   template (`Resolve … Problems Instantly`) around two subjects.
 * * Below `threshold`, disagree unless the body supports the title: the
 *   opening carries `supportThreshold` of its weight, or the body uses
 *   three quarters of the title's own words (two or more): a paraphrase.
 */
function witness(
  titleTerms: Terms,
  headingTerms: Terms,
  headingWords: number,
  score: number,
  body: Body,
  language: Language,
  options: Options
): Verdict {
  const bodyTerms = termsOf(body.prose(), language, false)
  const titleOwn = ownTerms(titleTerms, headingTerms)
  const titleUsed = usedCount(titleOwn, bodyTerms)
  if (score >= options.threshold) {
    const headingOwn = ownTerms(headingTerms, titleTerms)
    const headingUsed = usedCount(headingOwn, bodyTerms)
    const template =
      headingWords >= headlineWords &&
      titleOwn.size >= 2 &&
      titleUsed / titleOwn.size <= 0.5 &&
      headingOwn.size > 0 &&
      headingUsed / headingOwn.size >= 0.5
    if (!template) return {kind: 'agree', score}
    return {kind: 'disagree', score, titleWords: {own: titleOwn.size, used: titleUsed}}
  }
  const supported = support(titleTerms, termsOf(body.opening, language))
  const paraphrase = titleOwn.size >= 2 && titleUsed / titleOwn.size >= 0.75
  return {kind: supported >= supportThreshold || paraphrase ? 'agree' : 'disagree', score}
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
  const text = headingText(heading)
  if (!text) return []

  const body = {
    opening: bodyText(tree, heading, source, openingLength, true),
    prose: () => bodyText(tree, heading, source, bodyLength, false)
  }
  const language = pickLanguage(declaredLanguage(data), [title, text, body.opening])
  const verdict = compareTitleAndHeading(title, text, body, language, options)
  if (verdict.kind !== 'disagree' || isSectionHeading(tree, heading) || insideElement(tree, heading, source)) return []

  const titleString = frontmatter.strings.find((string) => string.key === 'title')
  const quotedTitle = quote(shorten(title.trim()))
  return [
    {
      start: span[0],
      end: span[1],
      message:
        'Unexpected heading ' +
        quote(shorten(text)) +
        ' under the title ' +
        quotedTitle +
        ' (agreement ' +
        verdict.score.toFixed(2) +
        ', threshold ' +
        options.threshold.toFixed(2) +
        (verdict.titleWords
          ? '; the text below uses ' + verdict.titleWords.used + ' of the ' + verdict.titleWords.own + ' title words the heading lacks'
          : '') +
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
