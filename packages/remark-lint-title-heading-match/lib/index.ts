import {createRemarkRule, readOptions, reportOptionsSpec, type OptionsSpec} from 'content-quality-core'
import {defaultOptions, detectTitleHeadingMismatch, type Options} from './detect.js'

export {agreement, agreementOf, shareDate, support} from './agreement.js'
export {
  compareTitleAndHeading,
  defaultOptions,
  detectTitleHeadingMismatch,
  supportThreshold,
  type Body,
  type Options,
  type Verdict
} from './detect.js'
export {findDates, type DateMention} from './dates.js'
export {isSectionHeading} from './headline.js'
export {english, pickLanguage, type Language} from './languages.js'
export {isSectionLabel, isSeriesTitle} from './sections.js'
export {termsOf, type Terms} from './terms.js'

/** The options `title-heading-match` accepts. */
export const optionsSpec: OptionsSpec<Options> = {
  threshold: {type: 'number', minimum: 0, maximum: 1},
  minimumWords: {type: 'integer', minimum: 1, maximum: 20},
  ...reportOptionsSpec
}

/**
 * remark-lint rule `title-heading-match`: a frontmatter `title` and a
 * leading heading that are about different subjects.
 */
const remarkLintTitleHeadingMatch = createRemarkRule<Options>({
  id: 'title-heading-match',
  parseOptions: (raw) => readOptions(raw, optionsSpec, defaultOptions),
  detect: detectTitleHeadingMismatch
})

export default remarkLintTitleHeadingMatch
