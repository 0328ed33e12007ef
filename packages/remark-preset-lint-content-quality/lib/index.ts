import type {Preset} from 'unified'
import {remarkPlaceSplitText, remarkRejectDeepNesting} from 'content-quality-core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import remarkLintNoAdMarkup from 'remark-lint-no-ad-markup'
import remarkLintNoDuplicateDocument from 'remark-lint-no-duplicate-document'
import remarkLintNoDuplicatedPhrases from 'remark-lint-no-duplicated-phrases'
import remarkLintNoMojibake from 'remark-lint-no-mojibake'
import remarkLintNoScraperBoilerplate from 'remark-lint-no-scraper-boilerplate'
import remarkLintTitleHeadingMatch from 'remark-lint-title-heading-match'
import remarkContentQualitySyntax from './syntax.js'

/**
 * The content-quality preset: frontmatter parsing (YAML and TOML, so it is
 * never read as a heading), GFM, MDX for `.mdx` files, a guard that rejects absurdly deep nesting with
 * one clear message instead of a stack overflow, positions for the text
 * `remark-gfm` splits around bare URLs (so it is linted, not skipped),
 * remark-lint itself, and every content rule. `no-duplicate-document` does
 * nothing until it is configured with an `index` (listed again after the
 * preset: unified merges the options of a plugin used twice).
 */
const remarkPresetLintContentQuality: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml', 'toml']],
    remarkContentQualitySyntax,
    remarkRejectDeepNesting,
    remarkPlaceSplitText,
    remarkLint,
    remarkLintNoAdMarkup,
    remarkLintNoDuplicateDocument,
    remarkLintNoDuplicatedPhrases,
    remarkLintNoMojibake,
    remarkLintNoScraperBoilerplate,
    remarkLintTitleHeadingMatch
  ]
}

export default remarkPresetLintContentQuality
