import {createRemarkRule, readOptions, reportOptionsSpec, type OptionsSpec} from 'content-quality-core'
import {defaultOptions, detectMojibake, type Options} from './detect.js'

export {defaultOptions, detectMojibake, type Options} from './detect.js'

/** The options `no-mojibake` accepts. */
export const optionsSpec: OptionsSpec<Options> = {
  allow: {type: 'string-array'},
  mojibake: {type: 'boolean'},
  replacementCharacter: {type: 'boolean'},
  controlCharacters: {type: 'boolean'},
  doubleEscapedEntities: {type: 'boolean'},
  printfEscapes: {type: 'boolean'},
  ...reportOptionsSpec
}

/**
 * remark-lint rule `no-mojibake`: encoding errors in prose, such as `â€”`
 * for `—`, U+FFFD, C1 controls, `&amp;amp;` and `30%%`.
 */
const remarkLintNoMojibake = createRemarkRule<Options>({
  id: 'no-mojibake',
  parseOptions: (raw) => readOptions(raw, optionsSpec, defaultOptions),
  detect: detectMojibake
})

export default remarkLintNoMojibake
