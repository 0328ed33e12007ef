/**
 * `content-quality/title-heading-match` under ESLint's own `RuleTester`, on
 * ESLint 9 and 10: the place is the heading, the message names both texts,
 * and there is no fix (either side could be the wrong one).
 */
import {rules} from '../lib/index.ts'
import {eslintVersions, markdownTesterConfig} from './eslint-versions.ts'

const rule = rules['title-heading-match']!

for (const {name, RuleTester} of eslintVersions) {
  const tester = new RuleTester(markdownTesterConfig)

  tester.run('title-heading-match on ' + name, rule as never, {
    valid: [
      {filename: 'same.md', code: '---\ntitle: Getting started with Orbit\n---\n\n# Getting started\n'},
      {filename: 'docs.md', code: '---\ntitle: Orbit\n---\n\nOrbit is a tool.\n\n## Installation\n'},
      {filename: 'no-frontmatter.md', code: '# Anything at all\n'},
      {
        filename: 'threshold.md',
        code: '---\ntitle: Budget mechanical keyboards compared\n---\n\n# Budget password managers compared\n',
        options: [{threshold: 0}]
      }
    ],
    invalid: [
      {
        filename: 'mismatch.md',
        code:
          '---\ntitle: The Best Budget Mechanical Keyboards of 2024\n---\n\n# The Best Budget Password Managers of 2024\n\nVaults and passwords.\n',
        output: null,
        errors: [
          {
            message:
              'Unexpected heading `The Best Budget Password Managers of 2024` under the title `The Best Budget Mechanical Keyboards of 2024` (agreement 0.00, threshold 0.30), expected a heading about the same subject (Frontmatter title `The Best Budget Mechanical Keyboards of 2024` at 2:8)',
            line: 5,
            column: 3,
            endLine: 5,
            endColumn: 44,
            suggestions: []
          }
        ]
      }
    ]
  })
}
