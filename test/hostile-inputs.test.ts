/**
 * Hostile inputs through the whole preset, as the remark CLI runs it: each
 * completes with sane output. `timeout` only guards against a hang; speed is
 * measured by `pnpm bench`, not here.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {assertSane, lintWithPreset} from './preset.ts'

const hangGuard = {timeout: 300_000}

/**
 * Assert that rule `ruleId` reported its first 200 messages and one that
 * counts the other `total - 200`, at the 201st; returns the 200 starts.
 */
function assertCapped(messages: Array<{ruleId: string | undefined; range: string | undefined; reason: string}>, ruleId: string, total: number): string[] {
  const own = messages.filter((message) => message.ruleId === ruleId)
  assert.equal(own.length, 201)
  assert.equal(
    own[200]!.reason,
    'Unexpected ' + (total - 200).toLocaleString('en-US') + ' more messages from `' + ruleId + '` in this file, expected at most 200 (option `maxMessages`)'
  )
  return startsOf(own.slice(0, 200), ruleId)
}

/** The `line:column` starts of the messages of one rule. */
function startsOf(messages: Array<{ruleId: string | undefined; range: string | undefined}>, ruleId: string): string[] {
  return messages.filter((message) => message.ruleId === ruleId).map((message) => message.range!.split('-')[0]!)
}

describe('hostile inputs', () => {
  it('10,000 nested block quotes: rejected with one clear message', hangGuard, async () => {
    await assert.rejects(lintWithPreset('> '.repeat(10_000) + 'deep â€” text\n', false), (error: Error) => {
      assert.match(error.message, /^Unexpected nesting deeper than 1000 levels, expected at most 1000/)
      return true
    })
  })

  it('900 nested block quotes: linted', hangGuard, async () => {
    const result = await lintWithPreset('> '.repeat(900) + 'deep â€” text\n', false)
    assertSane(result)
    assert.deepEqual(startsOf(result.messages, 'no-mojibake'), ['1:1806'])
  })

  it('a 1 MB single line', hangGuard, async () => {
    const unit = 'A word, a café, a pause â€” and more. '
    const count = Math.ceil(1_000_000 / unit.length)
    const result = await lintWithPreset(unit.repeat(count), false)
    assertSane(result)
    const starts = assertCapped(result.messages, 'no-mojibake', count)
    assert.equal(starts[199], '1:' + (199 * unit.length + unit.indexOf('â') + 1))
  })

  it('50,000 HTML blocks', hangGuard, async () => {
    const result = await lintWithPreset('<div class="box">A pause â€” here</div>\n\n'.repeat(50_000), false)
    assertSane(result)
    const starts = assertCapped(result.messages, 'no-mojibake', 50_000)
    assert.equal(starts[199], '399:26')
  })

  it('an unclosed 500 KB HTML block, then 20,000 small ones', hangGuard, async () => {
    // The `<div>` takes in every block after it: one unit, with the ad slot at the very end inside it.
    const opening = '<div class="wrapper">' + '<span>x</span>'.repeat(35_000) + '\n\n'
    const document = opening + 'Text.\n\n<p>y</p>\n\n'.repeat(20_000) + '<ins class="adsbygoogle" data-ad-slot="1"></ins>\n'
    const result = await lintWithPreset(document, false)
    assertSane(result)
    assert.deepEqual(startsOf(result.messages, 'no-ad-markup'), ['80003:1'])
  })

  it('2,000 nested `<div>` between two ad slots: no rule fails, both slots and the cut are reported', hangGuard, async () => {
    const slot = '<ins class="adsbygoogle" data-ad-slot="1"></ins>'
    const document = slot + '\n\n' + '<div>'.repeat(2000) + 'A pause â€” deep down.' + '</div>'.repeat(2000) + '\n\n' + slot + '\n'
    const result = await lintWithPreset(document, false)
    assertSane(result)
    assert.deepEqual(startsOf(result.messages, 'no-ad-markup'), ['1:1', '3:5001', '5:1'])
  })

  it('100,000 repeated words', hangGuard, async () => {
    const document = 'the '.repeat(100_000) + '\n'
    const result = await lintWithPreset(document, false)
    assertSane(result)
    assert.equal(startsOf(result.messages, 'no-mojibake').length, 0)
    assert.ok(result.messages.length <= 100_000, 'at most one message a word')
  })

  it('a 5 MB YAML frontmatter', hangGuard, async () => {
    const lines = Array.from({length: 100_000}, (_, index) => `key${index}: "value ${index}: the committee met, a pause â€” then the vote"`)
    const document = '---\n' + lines.join('\n') + '\n---\n\n# Title\n'
    assert.ok(document.length > 4_500_000)
    const result = await lintWithPreset(document, false)
    assertSane(result)
    const starts = assertCapped(result.messages, 'no-mojibake', 100_000)
    assert.equal(starts[199], '201:' + (lines[199]!.indexOf('â') + 1))
  })

  it('a YAML alias bomb ("billion laughs") in the frontmatter', hangGuard, async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for (let level = 1; level < 12; level++) {
      const name = String.fromCharCode(97 + level)
      const previous = String.fromCharCode(96 + level)
      levels.push(`${name}: &${name} [${Array.from({length: 9}, () => '*' + previous).join(', ')}]`)
    }
    const result = await lintWithPreset('---\n' + levels.join('\n') + '\n---\n\nA pause â€” here.\n', false)
    assertSane(result)
    assert.deepEqual(startsOf(result.messages, 'no-mojibake'), ['16:9'])
  })
})
