import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkLint from 'remark-lint'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {VFile as File} from 'vfile'
import {lint} from '../../../test/lint.ts'
import {createRemarkRule, defaultReportOptions, readOptions, reportOptionsSpec} from '../lib/index.ts'

/** A rule flagging every `w`, reading only the report options. */
const ruleW = createRemarkRule({
  id: 'check',
  parseOptions: (raw) => readOptions(raw, reportOptionsSpec, defaultReportOptions),
  detect: (_tree, source) => [...source.matchAll(/w/g)].map((match) => ({start: match.index, end: match.index + 1, message: 'Unexpected `w`'}))
})

/** The same rule written without `createRemarkRule`: it reports at the tree's points and leaves the file alone. */
function plainRuleW() {
  return function (tree: Root, file: VFile) {
    const paragraph = tree.children.at(-1)!
    const end = paragraph.position!.end
    file.message('Unexpected `w`', {place: {line: end.line, column: end.column - 1}, ruleId: 'check', source: 'remark-lint'})
  }
}

/** The ranges and reasons of the messages of `document` linted with `plugins`. */
async function ranges(document: string, plugins: Parameters<typeof lint>[1]): Promise<string[]> {
  return (await lint(document, plugins)).map((message) => message.range + ' ' + message.reason)
}

describe('byte-order mark and remark-lint comment markers', () => {
  it('keeps a message at the end of a block after the first line of a file with a byte-order mark', async () => {
    const document = '\uFEFFFirst line.\n\nlast w\n'
    // remark-lint alone drops it: it counts the mark, so the message falls in the gap after the paragraph.
    assert.deepEqual(await ranges(document, [plainRuleW]), [])
    assert.deepEqual(await ranges(document.slice(1), [plainRuleW]), ['3:6 Unexpected `w`'])
    // A rule made with `createRemarkRule` hides the mark from `String(file)`: kept, and kept for the other rule too.
    assert.deepEqual(await ranges(document, [ruleW]), ['3:6-3:7 Unexpected `w`'])
    assert.deepEqual(await ranges(document, [plainRuleW, ruleW]), ['3:6 Unexpected `w`', '3:6-3:7 Unexpected `w`'])
  })

  it('hides one mark only: a second one is text, as micromark reads it (found by the property test)', async () => {
    assert.deepEqual(await ranges('\uFEFF\uFEFFw w\n', [ruleW]), ['1:2-1:3 Unexpected `w`', '1:4-1:5 Unexpected `w`'])
    assert.deepEqual(await ranges('\uFEFF\uFEFFw\n\nlast w\n', [ruleW, ruleW]), ['1:2-1:3 Unexpected `w`', '3:6-3:7 Unexpected `w`'])
  })

  it('leaves `lint disable` comments working, to the character', async () => {
    const document = '\uFEFFw\n\n<!-- lint disable check -->\n\nw\n\n<!-- lint enable check -->\n\nlast w\n'
    assert.deepEqual(await ranges(document, [ruleW]), ['1:1-1:2 Unexpected `w`', '9:6-9:7 Unexpected `w`'])
  })

  it('counts disabled findings out of the cap in a file with a byte-order mark', async () => {
    const document = '\uFEFF<!-- lint disable -->\n\n' + 'w '.repeat(5) + '\n\n<!-- lint enable -->\n\nw w\n'
    assert.deepEqual(await ranges(document, [[ruleW, {maxMessages: 1}]]), [
      '7:1-7:2 Unexpected `w`',
      '7:3-7:4 Unexpected 1 more message from `check` in this file, expected at most 1 (option `maxMessages`)'
    ])
  })

  it('changes only `String(file)`, only by the mark, and only while the markers judge: after the run the file is as it was', async () => {
    const processor = remark().use(remarkLint).use(ruleW)
    const file = new File({value: '\uFEFFSome w.\n'})
    // `run`, not `process`: `process` puts the stringified tree in `value`.
    await processor.run(processor.parse(file), file)
    assert.equal(file.value, '\uFEFFSome w.\n')
    assert.equal(String(file), '\uFEFFSome w.\n')
    assert.equal(Object.hasOwn(file, 'toString'), false)
    assert.equal(file.messages.length, 1)
    // Bytes are decoded without the mark by vfile itself; they are left as they are.
    const bytes = new TextEncoder().encode('\uFEFFSome w.\n')
    const binary = new File({value: bytes})
    await processor.run(processor.parse(binary), binary)
    assert.equal(binary.value, bytes)
    assert.equal(binary.messages.length, 1)

    const processed = await processor.process(new File({value: '\uFEFFSome w\n=====\n'}))
    assert.equal(processed.value, '# Some w\n')
    assert.equal(String(processed), '# Some w\n')

    const plain = new File({value: 'Some w.\n'})
    await processor.run(processor.parse(plain), plain)
    assert.equal(Object.hasOwn(plain, 'toString'), false, 'a file without a mark is left alone')
  })
})
