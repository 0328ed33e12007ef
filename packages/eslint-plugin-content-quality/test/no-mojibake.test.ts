/**
 * `content-quality/no-mojibake` under ESLint's own `RuleTester`, on ESLint 9
 * and 10: valid and invalid documents, exact places, fixes, options.
 */
import {rules} from '../lib/index.ts'
import {eslintVersions, markdownTesterConfig} from './eslint-versions.ts'

const rule = rules['no-mojibake']!

for (const {name, RuleTester} of eslintVersions) {
  const tester = new RuleTester(markdownTesterConfig)

  tester.run('no-mojibake on ' + name, rule as never, {
    valid: [
      {filename: 'clean.md', code: '# Café in Köln\n\nA pause — then “quotes” and 30% off.\n'},
      {filename: 'code.md', code: 'Inline `cafÃ©` and:\n\n```txt\nitâ€™s 30%%\n```\n'},
      {filename: 'link.md', code: 'See <https://example.com/caf%C3%A9?a=1&amp;amp;b=2>.\n'},
      {filename: 'allowed.md', code: 'The band cafÃ© is spelled that way.\n', options: [{allow: ['Ã©']}]},
      {filename: 'off.md', code: 'Save 30%% now.\n', options: [{printfEscapes: false}]},
      {filename: 'toml.md', code: '+++\ntitle = "Fine"\n+++\n'}
    ],
    invalid: [
      {
        filename: 'capped.md',
        code: 'Deal 30%% off, 40%% off, 50%% off.\n',
        output: 'Deal 30% off, 40% off, 50%% off.\n',
        options: [{maxMessages: 2}],
        errors: [
          {message: 'Unexpected printf escape `%%`, expected `%`', line: 1, column: 8, endLine: 1, endColumn: 10},
          {message: 'Unexpected printf escape `%%`, expected `%`', line: 1, column: 18, endLine: 1, endColumn: 20},
          {
            message: 'Unexpected 1 more message from `no-mojibake` in this file, expected at most 2 (option `maxMessages`)',
            line: 1,
            column: 28,
            endLine: 1,
            endColumn: 30
          }
        ]
      },
      {
        filename: 'paragraph.md',
        code: 'The cafÃ© is open.\n',
        output: 'The café is open.\n',
        errors: [{message: 'Unexpected mojibake `Ã©`, expected `é`', line: 1, column: 8, endLine: 1, endColumn: 10}]
      },
      {
        filename: 'frontmatter.md',
        code: '---\ntitle: Itâ€™s here\n---\n\n# Title\n',
        output: '---\ntitle: It’s here\n---\n\n# Title\n',
        errors: [{message: 'Unexpected mojibake `â€™`, expected `’`', line: 2, column: 10, endLine: 2, endColumn: 13}]
      },
      {
        filename: 'two.md',
        code: 'Deal â€” 30%% off.\n',
        output: 'Deal — 30% off.\n',
        errors: [
          {message: 'Unexpected mojibake `â€”`, expected `—`', line: 1, column: 6, endLine: 1, endColumn: 9},
          {message: 'Unexpected printf escape `%%`, expected `%`', line: 1, column: 12, endLine: 1, endColumn: 14}
        ]
      },
      {
        filename: 'lost.md',
        code: 'Bj\uFFFDrk sang.\n',
        output: null,
        errors: [
          {
            message: 'Unexpected replacement character `U+FFFD`, expected the original text (it was lost in decoding)',
            line: 1,
            column: 3,
            endLine: 1,
            endColumn: 4
          }
        ]
      },
      {
        filename: 'crlf-bom.md',
        code: '\uFEFF# Title\r\n\r\nSmith &amp;amp; Sons\r\n',
        output: '\uFEFF# Title\r\n\r\nSmith &amp; Sons\r\n',
        errors: [
          {message: 'Unexpected double-escaped entity `&amp;amp;`, expected `&amp;`', line: 3, column: 7, endLine: 3, endColumn: 16}
        ]
      },
      {
        filename: 'html.md',
        code: '<p>The cafÃ© is open.</p>\n',
        output: '<p>The café is open.</p>\n',
        errors: [{message: 'Unexpected mojibake `Ã©`, expected `é`', line: 1, column: 11, endLine: 1, endColumn: 13}]
      },
      {
        filename: 'options.md',
        code: 'The cafÃ© is 30%% off.\n',
        options: [{mojibake: false}],
        output: 'The cafÃ© is 30% off.\n',
        errors: [{message: 'Unexpected printf escape `%%`, expected `%`', line: 1, column: 16, endLine: 1, endColumn: 18}]
      }
    ]
  })
}
