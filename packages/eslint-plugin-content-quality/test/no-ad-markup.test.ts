/**
 * `content-quality/no-ad-markup` under ESLint's own `RuleTester`, on ESLint 9
 * and 10: every repair is a suggestion (keep a link's words, or delete the
 * unit); `filterLists` is not an option here.
 */
import {rules} from '../lib/index.ts'
import {eslintVersions, markdownTesterConfig} from './eslint-versions.ts'

const rule = rules['no-ad-markup']!
const affiliate = 'Buy the [blue kettle](https://www.amazon.com/dp/B0?tag=kettles-20) today.\n'
const slot = '<ins class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>'

for (const {name, RuleTester} of eslintVersions) {
  const tester = new RuleTester(markdownTesterConfig)

  tester.run('no-ad-markup on ' + name, rule as never, {
    valid: [
      {filename: 'shop.md', code: 'Buy the [blue kettle](https://www.example-shop.com/kettle) today.\n'},
      {filename: 'html.md', code: '<details><summary>More</summary>\n\n<kbd>Ctrl</kbd> and <img src="a.png" width="640" height="480">\n\n</details>\n'},
      {filename: 'allowed.md', code: affiliate, options: [{allowHosts: ['amazon.com']}]}
    ],
    invalid: [
      {
        filename: 'affiliate.md',
        code: affiliate,
        output: null,
        errors: [
          {
            message: 'Unexpected Amazon affiliate link, expected its text without the link',
            line: 1,
            column: 9,
            endLine: 1,
            endColumn: 67,
            suggestions: [{desc: 'Replace with `blue kettle`', output: 'Buy the blue kettle today.\n'}]
          }
        ]
      },
      {
        filename: 'slot.md',
        code: 'Text.\n\n' + slot + '\n',
        output: null,
        errors: [
          {
            message: 'Unexpected AdSense slot, expected no ad markup',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 75,
            suggestions: [{desc: 'Delete `<ins class="adsbygoogle" data-ad-client…`', output: 'Text.\n\n\n'}]
          }
        ]
      }
    ]
  })
}
