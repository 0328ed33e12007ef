import {createRemarkRule, readOptions, reportOptionsSpec, type OptionsSpec} from 'content-quality-core'
import {defaultOptions, detectScraperBoilerplate, type Options} from './detect.js'

export {defaultOptions, detectScraperBoilerplate, type Options} from './detect.js'

/** The options `no-scraper-boilerplate` accepts. */
export const optionsSpec: OptionsSpec<Options> = {
  labels: {type: 'string-array'},
  phrases: {type: 'string-array'},
  linkFarms: {type: 'boolean'},
  newsletters: {type: 'boolean'},
  furniture: {type: 'boolean'},
  ...reportOptionsSpec
}

/**
 * remark-lint rule `no-scraper-boilerplate`: page furniture left in scraped
 * articles: link farms, newsletter sign-up blocks, share and comment prompts.
 */
const remarkLintNoScraperBoilerplate = createRemarkRule<Options>({
  id: 'no-scraper-boilerplate',
  parseOptions: (raw) => readOptions(raw, optionsSpec, defaultOptions),
  detect: detectScraperBoilerplate
})

export default remarkLintNoScraperBoilerplate
