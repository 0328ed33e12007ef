import {
  defaultOptions as noDuplicatedPhrasesDefaults,
  detectDuplicatedPhrases,
  optionsSpec as noDuplicatedPhrasesSpec
} from 'remark-lint-no-duplicated-phrases'
import {defaultOptions as noMojibakeDefaults, detectMojibake, optionsSpec as noMojibakeSpec} from 'remark-lint-no-mojibake'
import {
  defaultOptions as titleHeadingMatchDefaults,
  detectTitleHeadingMismatch,
  optionsSpec as titleHeadingMatchSpec
} from 'remark-lint-title-heading-match'
import {createEslintRule, type ContentRule} from './eslint-rule.js'

/**
 * Every content rule, by id, as an ESLint rule over the detector of its
 * remark-lint package. To add a rule: import its detector, `optionsSpec` and
 * `defaultOptions`, and add one entry here.
 */
export const rules: Record<string, ContentRule> = {
  'no-duplicated-phrases': createEslintRule({
    id: 'no-duplicated-phrases',
    description: 'Disallow repeated words, phrases, sentences and paragraphs',
    detect: detectDuplicatedPhrases,
    optionsSpec: noDuplicatedPhrasesSpec,
    defaultOptions: noDuplicatedPhrasesDefaults,
    // An immediate repeat is safe to fix; deleting a repeated sentence or
    // paragraph (reported with its first copy as `cause`) is for a person to confirm.
    repair: (finding) => (finding.cause ? 'suggest' : 'fix')
  }),
  'no-mojibake': createEslintRule({
    id: 'no-mojibake',
    description: 'Disallow encoding errors: mojibake, U+FFFD, C1 controls, double-escaped entities, printf escapes',
    detect: detectMojibake,
    optionsSpec: noMojibakeSpec,
    defaultOptions: noMojibakeDefaults,
    repair: 'fix'
  }),
  'title-heading-match': createEslintRule({
    id: 'title-heading-match',
    description: 'Disallow a frontmatter title about a different subject than the leading heading',
    detect: detectTitleHeadingMismatch,
    optionsSpec: titleHeadingMatchSpec,
    defaultOptions: titleHeadingMatchDefaults,
    repair: 'suggest'
  })
}
