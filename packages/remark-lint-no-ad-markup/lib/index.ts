import {createRemarkRule, readOptions, reportOptionsSpec, type OptionsSpec} from 'content-quality-core'
import {checkPatterns, defaultOptions, detectAdMarkup, type Options, type Settings} from './detect.js'
import {loadFilterLists} from './filter-lists.js'

export {checkPatterns, defaultOptions, detectAdMarkup, type Options, type Settings} from './detect.js'
export {loadFilterLists, type FilterLists} from './filter-lists.js'

/** The options `no-ad-markup` accepts. */
export const optionsSpec: OptionsSpec<Options> = {
  adHosts: {type: 'string-array'},
  affiliateHosts: {type: 'string-array'},
  affiliatePatterns: {type: 'string-array'},
  allowHosts: {type: 'string-array'},
  allowSponsored: {type: 'boolean'},
  adCode: {type: 'boolean'},
  adMarkers: {type: 'boolean'},
  affiliateLinks: {type: 'boolean'},
  trackingPixels: {type: 'boolean'},
  filterLists: {type: 'string-array'},
  ...reportOptionsSpec
}

/** Check options; with `filterLists`, load the lists (async, cached). */
function parseOptions(raw: unknown, cwd: string): Settings | Promise<Settings> {
  const options = checkPatterns(readOptions(raw, optionsSpec, defaultOptions))
  if (options.filterLists.length === 0) return options
  return loadFilterLists(options.filterLists, cwd).then((filters) => ({...options, filters}))
}

/**
 * remark-lint rule `no-ad-markup`: ad slots and ad code, affiliate links and
 * banners, tracking pixels and ad marker comments, one message per ad unit.
 */
const remarkLintNoAdMarkup = createRemarkRule<Settings>({
  id: 'no-ad-markup',
  parseOptions,
  detect: detectAdMarkup
})

export default remarkLintNoAdMarkup
