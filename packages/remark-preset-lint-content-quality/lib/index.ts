import type {Preset} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import remarkLint from 'remark-lint'
import remarkLintNoAdMarkup from 'remark-lint-no-ad-markup'
import remarkLintNoDuplicatedPhrases from 'remark-lint-no-duplicated-phrases'
import remarkLintNoMojibake from 'remark-lint-no-mojibake'
import remarkLintNoScraperBoilerplate from 'remark-lint-no-scraper-boilerplate'
import remarkLintTitleHeadingMatch from 'remark-lint-title-heading-match'

/**
 * The content-quality preset: frontmatter parsing (YAML and TOML, so it is
 * never read as a heading), remark-lint itself, and every content rule.
 */
const remarkPresetLintContentQuality: Preset = {
  plugins: [
    [remarkFrontmatter, ['yaml', 'toml']],
    remarkLint,
    remarkLintNoAdMarkup,
    remarkLintNoDuplicatedPhrases,
    remarkLintNoMojibake,
    remarkLintNoScraperBoilerplate,
    remarkLintTitleHeadingMatch
  ]
}

export default remarkPresetLintContentQuality
