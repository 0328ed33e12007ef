/**
 * `content-quality/no-duplicated-phrases` under ESLint's own `RuleTester`, on
 * ESLint 9 and 10: immediate repeats are fixes; a repeat next to a number
 * and a paragraph pasted right after itself are suggestions that delete the
 * later copy; a paragraph said again further on is left alone.
 */
import {rules} from '../lib/index.ts'
import {eslintVersions, markdownTesterConfig} from './eslint-versions.ts'

const rule = rules['no-duplicated-phrases']!
const paragraph = 'Drain the barrel before the first frost so the tap does not crack.'

for (const {name, RuleTester} of eslintVersions) {
  const tester = new RuleTester(markdownTesterConfig)

  tester.run('no-duplicated-phrases on ' + name, rule as never, {
    valid: [
      {filename: 'clean.md', code: 'It is what it is is not a repeat, and that that is fine.\n'},
      {filename: 'names.md', code: 'We flew to Bora Bora, very, very happy.\n'},
      {filename: 'code.md', code: 'Run `the the` and:\n\n```\nthe the\n```\n'},
      {filename: 'allow.md', code: 'A yada yada moment.\n', options: [{allow: ['yada']}]},
      {filename: 'far.md', code: paragraph + '\n\nAnother thought.\n\n' + paragraph + '\n'}
    ],
    invalid: [
      {
        filename: 'word.md',
        code: 'Put the the lid on.\n',
        output: 'Put the lid on.\n',
        errors: [{message: 'Unexpected repeated word `the`, expected it once', line: 1, column: 8, endLine: 1, endColumn: 12}]
      },
      {
        filename: 'number.md',
        code: 'The shelf is 30 cm cm wide.\n',
        output: null,
        errors: [
          {
            message: 'Unexpected repeated word `cm`, expected it once',
            line: 1,
            column: 19,
            endLine: 1,
            endColumn: 22,
            suggestions: [{desc: 'Delete ` cm`', output: 'The shelf is 30 cm wide.\n'}]
          }
        ]
      },
      {
        filename: 'paragraph.md',
        code: paragraph + '\n\n' + paragraph + '\n',
        output: null,
        errors: [
          {
            message:
              'Unexpected repeated paragraph `Drain the barrel before the first frost so the tap does…`, expected it once (First copy of the paragraph at 1:1)',
            line: 3,
            column: 1,
            endLine: 4,
            endColumn: 1,
            suggestions: [
              {
                desc: 'Delete `Drain the barrel before the first frost…`',
                output: paragraph + '\n\n'
              }
            ]
          }
        ]
      }
    ]
  })
}
