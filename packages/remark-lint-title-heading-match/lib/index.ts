import {createRemarkRule, readOptions, type OptionsSpec} from 'content-quality-core'
import {defaultOptions, detectTitleHeadingMismatch, type Options} from './detect.js'

export {agreement, agreementOf, support} from './agreement.js'
export {
  compareTitleAndHeading,
  defaultOptions,
  detectTitleHeadingMismatch,
  supportThreshold,
  type Options,
  type Verdict
} from './detect.js'
export {pickLanguage, type Language} from './languages.js'
export {termsOf, type Terms} from './terms.js'

/** The options `title-heading-match` accepts. */
export const optionsSpec: OptionsSpec<Options> = {
  threshold: {type: 'number', minimum: 0, maximum: 1},
  minimumWords: {type: 'integer', minimum: 1, maximum: 20}
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
