import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import {lint} from '../../../test/lint.ts'
import remarkLintNoDuplicatedPhrases, {defaultAllow} from '../lib/index.ts'

describe('no-duplicated-phrases as a remark-lint rule', () => {
  it('reports with its rule id, exact places, actual, expected and cause', async () => {
    const paragraph = 'Cherry tomatoes thrive in a large pot with six hours of sun.'
    const document = 'Put the\nthe cat out.\n\n' + paragraph + '\n\n' + paragraph + '\n'
    assert.deepEqual(await lint(document, [remarkLintNoDuplicatedPhrases]), [
      {
        ruleId: 'no-duplicated-phrases',
        source: 'remark-lint',
        range: '1:8-2:4',
        reason: 'Unexpected repeated word `the`, expected it once',
        actual: '\nthe',
        expected: ['']
      },
      {
        ruleId: 'no-duplicated-phrases',
        source: 'remark-lint',
        range: '6:1-7:1',
        reason: 'Unexpected repeated paragraph `' + paragraph + '`, expected it once',
        actual: paragraph + '\n',
        expected: [''],
        suggestion: true,
        cause: '4:1 First copy of the paragraph'
      }
    ])
  })

  it('is silenced by disable comments', async () => {
    const document = [
      'the the',
      '',
      '<!-- lint disable no-duplicated-phrases -->',
      '',
      'the the',
      '',
      '<!-- lint enable no-duplicated-phrases -->',
      '',
      'of the of the',
      ''
    ].join('\n')
    const messages = await lint(document, [remarkLintNoDuplicatedPhrases])
    assert.deepEqual(
      messages.map((message) => message.range),
      ['1:4-1:8', '9:7-9:14']
    )
  })

  it('lists its default `allow` words in the README', () => {
    const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8').replace(/\s+/g, ' ')
    const listed = /The default `allow` list is (.*?)\./.exec(readme)?.[1]
    assert.deepEqual(listed?.split(/, /).map((word) => word.replaceAll('`', '')), defaultAllow)
  })

  it('passes options on', async () => {
    const messages = await lint('It was good good fun.\n', [[remarkLintNoDuplicatedPhrases, {allow: ['good']}]])
    assert.deepEqual(messages, [])
    assert.equal((await lint('It was good good fun.\n', [remarkLintNoDuplicatedPhrases])).length, 1)
  })

  const invalid: Array<[unknown, string]> = [
    [{maxWords: 0}, 'Unexpected value `0` for option `maxWords`, expected an integer from 1 to 10'],
    [{minSentenceWords: 2.5}, 'Unexpected value `2.5` for option `minSentenceWords`, expected an integer from 2 to 1000'],
    [{minParagraphWords: '8'}, 'Unexpected value `"8"` for option `minParagraphWords`, expected an integer from 2 to 10000'],
    [{allow: 'that'}, 'Unexpected value `"that"` for option `allow`, expected an array of strings'],
    [
      {maxWord: 3},
      'Unexpected option `maxWord`, expected one of `allow`, `maxWords`, `minSentenceWords`, `minParagraphWords`, `maxMessages`'
    ],
    [
      'that',
      'Unexpected options `"that"`, expected an object with `allow`, `maxWords`, `minSentenceWords`, `minParagraphWords`, `maxMessages`'
    ]
  ]
  for (const [options, reason] of invalid) {
    it('gives one fatal message for ' + JSON.stringify(options), async () => {
      const messages = await lint('the the\n', [[remarkLintNoDuplicatedPhrases, options]])
      assert.deepEqual(messages, [
        {ruleId: 'no-duplicated-phrases', source: 'remark-lint', range: '', reason, fatal: true}
      ])
    })
  }
})
