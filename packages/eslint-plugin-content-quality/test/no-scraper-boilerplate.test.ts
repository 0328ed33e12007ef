/**
 * `content-quality/no-scraper-boilerplate` under ESLint's own `RuleTester`, on
 * ESLint 9 and 10: deleting a block is a suggestion, never an automatic fix.
 */
import {rules} from '../lib/index.ts'
import {eslintVersions, markdownTesterConfig} from './eslint-versions.ts'

const rule = rules['no-scraper-boilerplate']!
const farm = [
  'Also read:',
  '',
  '- [One](https://news.example/one)',
  '- [Two](https://news.example/two)',
  '- [Three](https://news.example/three)'
].join('\n')

for (const {name, RuleTester} of eslintVersions) {
  const tester = new RuleTester(markdownTesterConfig)

  tester.run('no-scraper-boilerplate on ' + name, rule as never, {
    valid: [
      {filename: 'see-also.md', code: '## See also\n\n- [remark](https://github.com/remarkjs/remark)\n- [unified](https://unifiedjs.com)\n'},
      {filename: 'off.md', code: 'Intro.\n\n' + farm + '\n', options: [{linkFarms: false}]}
    ],
    invalid: [
      {
        filename: 'farm.md',
        code: 'Intro.\n\n' + farm + '\n',
        output: null,
        errors: [
          {
            message: 'Unexpected link farm `Also read:` of 3 links to `news.example`, expected no scraped page furniture',
            line: 3,
            column: 1,
            endLine: 7,
            endColumn: 38,
            suggestions: [{desc: 'Delete `Also read:\\n\\n- [One](https://news.exampl…`', output: 'Intro.\n\n\n'}]
          }
        ]
      }
    ]
  })
}
