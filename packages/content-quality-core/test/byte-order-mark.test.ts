import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkLint from 'remark-lint'
import {VFile} from 'vfile'
import {lint} from '../../../test/lint.ts'
import {createRemarkRule, defaultReportOptions, readOptions, remarkHideByteOrderMark, reportOptionsSpec} from '../lib/index.ts'

/** A rule flagging every `w`, reading only the report options. */
const ruleW = createRemarkRule({
  id: 'check',
  parseOptions: (raw) => readOptions(raw, reportOptionsSpec, defaultReportOptions),
  detect: (_tree, source) => [...source.matchAll(/w/g)].map((match) => ({start: match.index, end: match.index + 1, message: 'Unexpected `w`'}))
})

/** The ranges of the messages of `document` linted with `ruleW` (options `options`), with or without the plugin. */
async function ranges(document: string, hide: boolean, options: object = {}): Promise<string[]> {
  const messages = await lint(document, hide ? [[ruleW, options], remarkHideByteOrderMark] : [[ruleW, options]])
  return messages.map((message) => message.range + ' ' + message.reason)
}

describe('remarkHideByteOrderMark', () => {
  it('keeps a message at the end of a block after the first line of a file with a byte-order mark', async () => {
    const document = '\uFEFFFirst line.\n\nlast w\n'
    // remark-lint alone drops it: it counts the mark, so the message falls in the gap after the paragraph.
    assert.deepEqual(await ranges(document, false), [])
    assert.deepEqual(await ranges(document, true), ['3:6-3:7 Unexpected `w`'])
    // Without the mark, both agree.
    assert.deepEqual(await ranges(document.slice(1), false), ['3:6-3:7 Unexpected `w`'])
  })

  it('leaves `lint disable` comments working, to the character', async () => {
    const document = '\uFEFFw\n\n<!-- lint disable check -->\n\nw\n\n<!-- lint enable check -->\n\nlast w\n'
    assert.deepEqual(await ranges(document, true), ['1:1-1:2 Unexpected `w`', '9:6-9:7 Unexpected `w`'])
  })

  it('counts disabled findings out of the cap in a file with a byte-order mark', async () => {
    const document = '\uFEFF<!-- lint disable -->\n\n' + 'w '.repeat(5) + '\n\n<!-- lint enable -->\n\nw w\n'
    assert.deepEqual(await ranges(document, true, {maxMessages: 1}), [
      '7:1-7:2 Unexpected `w`',
      '7:3-7:4 Unexpected 1 more message from `check` in this file, expected at most 1 (option `maxMessages`)'
    ])
  })

  it('puts the file back as it was, and does nothing to a file without a mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFSome w.\n')
    const processor = remark().use(remarkLint).use(ruleW).use(remarkHideByteOrderMark)
    const file = new VFile({value: bytes})
    // `run`, not `process`: `process` puts the stringified tree in `value`.
    await processor.run(processor.parse(file), file)
    assert.equal(file.value, bytes)
    assert.equal(file.messages.length, 1)
    const plain = new VFile({value: 'Some w.\n'})
    await processor.run(processor.parse(plain), plain)
    assert.equal(plain.value, 'Some w.\n')
    assert.deepEqual(
      plain.messages.map((message) => String(message.place && 'start' in message.place ? message.place.start.column : '')),
      ['6']
    )
  })
})
