import {createRemarkRule, OptionsError, readOptions, reportOptionsSpec, type OptionsSpec, type ReportOptions} from 'content-quality-core'
import {defaultOptions, detectDuplicateDocument, type Options} from './detect.js'
import {loadIndex} from './load-index.js'

export {defaultOptions, detectDuplicateDocument, type Options} from './detect.js'
export {loadIndex, type LoadedIndex} from './load-index.js'

/** The options as written in a configuration file. */
export interface RawOptions extends ReportOptions {
  /** Path of the index file `content-quality-duplicates --write-index` writes, relative to the working folder. */
  index: string | undefined
}

/** The options `no-duplicate-document` accepts. */
export const optionsSpec: OptionsSpec<RawOptions> = {
  index: {type: 'string'},
  ...reportOptionsSpec
}

/** Check raw options and read the index they name (see `loadIndex`). */
export async function parseOptions(raw: unknown, cwd: string): Promise<Options> {
  const {index, ...report} = readOptions<RawOptions>(raw, optionsSpec, {...defaultOptions, index: undefined})
  if (index === '') throw new OptionsError('Unexpected empty value for option `index`, expected the path of an index file')
  return {...report, index: index === undefined ? undefined : await loadIndex(index, cwd)}
}

/**
 * remark-lint rule `no-duplicate-document`: a page that repeats a page of
 * the index published before it, under another title.
 */
const remarkLintNoDuplicateDocument = createRemarkRule<Options>({
  id: 'no-duplicate-document',
  parseOptions,
  detect: detectDuplicateDocument
})

export default remarkLintNoDuplicateDocument
