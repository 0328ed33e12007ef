import {
  checkPatterns,
  defaultOptions as noAdMarkupDefaults,
  detectAdMarkup,
  optionsSpec as noAdMarkupSpec,
  type Options as NoAdMarkupOptions
} from 'remark-lint-no-ad-markup'
import {
  defaultOptions as noDuplicatedPhrasesDefaults,
  detectDuplicatedPhrases,
  optionsSpec as noDuplicatedPhrasesSpec
} from 'remark-lint-no-duplicated-phrases'
import {defaultOptions as noMojibakeDefaults, detectMojibake, optionsSpec as noMojibakeSpec} from 'remark-lint-no-mojibake'
import {
  defaultOptions as noScraperBoilerplateDefaults,
  detectScraperBoilerplate,
  optionsSpec as noScraperBoilerplateSpec
} from 'remark-lint-no-scraper-boilerplate'
import {
  defaultOptions as titleHeadingMatchDefaults,
  detectTitleHeadingMismatch,
  optionsSpec as titleHeadingMatchSpec
} from 'remark-lint-title-heading-match'
import {createEslintRule, type ContentRule} from './eslint-rule.js'

// ESLint rules run synchronously, and filter lists load asynchronously: in
// ESLint, `no-ad-markup` has every option but `filterLists`, which ESLint's
// own option check then rejects by name.
const {filterLists: specOfFilterLists, ...noAdMarkupEslintSpec} = noAdMarkupSpec
const {filterLists: defaultFilterLists, ...noAdMarkupEslintDefaults} = noAdMarkupDefaults

/**
 * Every content rule, by id, as an ESLint rule over the detector of its
 * remark-lint package. To add a rule: import its detector, `optionsSpec` and
 * `defaultOptions`, and add one entry here.
 */
export const rules: Record<string, ContentRule> = {
  'no-ad-markup': createEslintRule<Omit<NoAdMarkupOptions, 'filterLists'>>({
    id: 'no-ad-markup',
    description: 'Disallow ad slots and ad code, affiliate links and banners, tracking pixels and ad marker comments',
    detect: (tree, text, options) => detectAdMarkup(tree, text, {...options, filterLists: []}),
    checkOptions: (options) => checkPatterns({...options, filterLists: []}),
    optionsSpec: noAdMarkupEslintSpec,
    defaultOptions: noAdMarkupEslintDefaults,
    repair: 'suggest'
  }),
  'no-duplicated-phrases': createEslintRule({
    id: 'no-duplicated-phrases',
    description: 'Disallow repeated words, phrases, sentences and paragraphs',
    detect: detectDuplicatedPhrases,
    optionsSpec: noDuplicatedPhrasesSpec,
    defaultOptions: noDuplicatedPhrasesDefaults,
    // The detector marks what is for a person to confirm (repeated sentences
    // and paragraphs, repeats next to numbers); the rest is safe to fix.
    repair: 'fix'
  }),
  'no-mojibake': createEslintRule({
    id: 'no-mojibake',
    description: 'Disallow encoding errors: mojibake, U+FFFD, C1 controls, double-escaped entities, printf escapes',
    detect: detectMojibake,
    optionsSpec: noMojibakeSpec,
    defaultOptions: noMojibakeDefaults,
    repair: 'fix'
  }),
  'no-scraper-boilerplate': createEslintRule({
    id: 'no-scraper-boilerplate',
    description: 'Disallow scraped page furniture: link farms, newsletter sign-up blocks, leftover prompts',
    detect: detectScraperBoilerplate,
    optionsSpec: noScraperBoilerplateSpec,
    defaultOptions: noScraperBoilerplateDefaults,
    repair: 'suggest'
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
