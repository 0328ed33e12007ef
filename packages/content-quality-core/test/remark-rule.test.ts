import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {lint} from '../../../test/lint.ts'
import {createRemarkRule, readOptions, ruleDocumentationUrl, type Finding} from '../lib/index.ts'

/** A rule flagging every `x`, with `cause` at the first `y`, options `{strict: boolean}`. */
const ruleX = createRemarkRule({
  id: 'test-x',
  parseOptions: (raw) => readOptions(raw, {strict: {type: 'boolean'}}, {strict: false}),
  detect(_tree, source) {
    const findings: Finding[] = []
    const cause = source.indexOf('y')
    for (const match of source.matchAll(/x/g)) {
      findings.push({
        start: match.index,
        end: match.index + 1,
        message: 'Unexpected `x`, expected `z`',
        actual: 'x',
        expected: ['z'],
        ...(cause === -1 ? {} : {cause: {start: cause, end: cause + 1, message: 'First `y` here'}})
      })
    }
    return findings
  }
})

const throwing = createRemarkRule({
  id: 'test-throw',
  parseOptions: () => ({}),
  detect() {
    throw new Error('boom')
  }
})

describe('createRemarkRule', () => {
  it('turns findings into messages with places, actual, expected and cause', async () => {
    assert.deepEqual(await lint('y\n\nax\n', [ruleX]), [
      {
        ruleId: 'test-x',
        source: 'remark-lint',
        range: '3:2-3:3',
        reason: 'Unexpected `x`, expected `z`',
        actual: 'x',
        expected: ['z'],
        cause: '1:1 First `y` here'
      }
    ])
  })

  it('keeps columns exact after a byte-order mark', async () => {
    const [message] = await lint('\uFEFFax\n', [ruleX])
    assert.equal(message!.range, '1:2-1:3')
  })

  it('sets the documentation url', async () => {
    const {remark} = await import('remark')
    const file = await remark().use(ruleX).process('x')
    assert.equal(file.messages[0]!.url, ruleDocumentationUrl('test-x'))
    assert.equal(
      ruleDocumentationUrl('test-x'),
      'https://github.com/content-quality-lint/content-quality-lint/tree/main/packages/remark-lint-test-x#readme'
    )
  })

  it('makes messages fatal with the error severity', async () => {
    const [message] = await lint('x', [[ruleX, ['error']]])
    assert.equal(message!.fatal, true)
  })

  it('keeps an options error fatal even at warning severity', async () => {
    const messages = await lint('x', [[ruleX, ['warn', {strict: 1}]]])
    assert.deepEqual(messages, [
      {
        ruleId: 'test-x',
        source: 'remark-lint',
        range: '',
        reason: 'Unexpected value `1` for option `strict`, expected `true` or `false`',
        fatal: true
      }
    ])
  })

  it('reports a detector that throws instead of throwing', async () => {
    const messages = await lint('text', [throwing])
    assert.deepEqual(
      messages.map((message) => message.reason),
      ['Unexpected internal error in `test-throw`: boom']
    )
  })
})
