import {createRemarkRule, readOptions, reportOptionsSpec, type OptionsSpec} from 'content-quality-core'
import {defaultOptions, detectDuplicatedPhrases, type Options} from './detect.js'

export {defaultAllow, defaultOptions, detectDuplicatedPhrases, type Options} from './detect.js'

/** The options `no-duplicated-phrases` accepts. */
export const optionsSpec: OptionsSpec<Options> = {
  allow: {type: 'string-array'},
  maxWords: {type: 'integer', minimum: 1, maximum: 10},
  minSentenceWords: {type: 'integer', minimum: 2, maximum: 1000},
  minParagraphWords: {type: 'integer', minimum: 2, maximum: 10_000},
  ...reportOptionsSpec
}

/**
 * remark-lint rule `no-duplicated-phrases`: a word or phrase repeated right
 * after itself (`the the`, `of the of the`), a sentence repeated in its
 * paragraph, a paragraph or run of blocks pasted again the way scraping and
 * editing slips paste them (see `detectDuplicatedPhrases`).
 */
const remarkLintNoDuplicatedPhrases = createRemarkRule<Options>({
  id: 'no-duplicated-phrases',
  parseOptions: (raw) => readOptions(raw, optionsSpec, defaultOptions),
  detect: detectDuplicatedPhrases
})

export default remarkLintNoDuplicatedPhrases
