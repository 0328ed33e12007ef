import assert from 'node:assert/strict'
import path from 'node:path'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import {VFile} from 'vfile'
import {lint} from '../../../test/lint.ts'
import {
  createRemarkRule,
  defaultReportOptions,
  readOptions,
  reportOptionsSpec,
  ruleDocumentationUrl,
  type DetectorFile,
  type Finding
} from '../lib/index.ts'

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

/** A rule flagging every `w` with no fix, reading only the report options. */
const ruleW = createRemarkRule({
  id: 'test-w',
  parseOptions: (raw) => readOptions(raw, reportOptionsSpec, defaultReportOptions),
  detect: (_tree, source) =>
    [...source.matchAll(/w/g)].map((match) => ({start: match.index, end: match.index + 1, message: 'Unexpected `w`'})).reverse()
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

  it('creates its messages without capturing call stacks, and leaves `Error.stackTraceLimit` as it was', async () => {
    const limit = Error.stackTraceLimit
    const messages = await lint('ax x\n', [ruleX])
    assert.equal(messages.length, 2)
    assert.equal(Error.stackTraceLimit, limit)
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

  it('reports the first 200 findings in document order, then one message that counts the rest', async () => {
    const document = 'w '.repeat(250) + '\n'
    const messages = await lint(document, [ruleW])
    assert.equal(messages.length, 201)
    assert.deepEqual(
      messages.slice(198).map((message) => [message.range, message.reason, message.expected]),
      [
        ['1:397-1:398', 'Unexpected `w`', undefined],
        ['1:399-1:400', 'Unexpected `w`', undefined],
        ['1:401-1:402', 'Unexpected 50 more messages from `test-w` in this file, expected at most 200 (option `maxMessages`)', undefined]
      ]
    )
  })

  it('reports every finding up to the cap, and one more message for a single finding past it', async () => {
    assert.equal((await lint('w '.repeat(200), [ruleW])).length, 200)
    const messages = await lint('w '.repeat(4), [[ruleW, {maxMessages: 3}]])
    assert.deepEqual(
      messages.map((message) => message.range + ' ' + message.reason),
      [
        '1:1-1:2 Unexpected `w`',
        '1:3-1:4 Unexpected `w`',
        '1:5-1:6 Unexpected `w`',
        '1:7-1:8 Unexpected 1 more message from `test-w` in this file, expected at most 3 (option `maxMessages`)'
      ]
    )
  })

  it('counts thousands with separators, and rejects a `maxMessages` that is not a positive integer', async () => {
    const messages = await lint('w'.repeat(1500), [[ruleW, {maxMessages: 1}]])
    assert.equal(messages[1]!.reason, 'Unexpected 1,499 more messages from `test-w` in this file, expected at most 1 (option `maxMessages`)')
    for (const maxMessages of [0, 2.5, '10']) {
      const [message] = await lint('w\n', [[ruleW, {maxMessages}]])
      assert.equal(message!.fatal, true)
      assert.match(message!.reason, /^Unexpected value `.*` for option `maxMessages`, expected an integer from 1 to 1000000000/)
    }
  })

  it('counts toward the cap only findings that `lint disable` comments leave on', async () => {
    const document = '<!-- lint disable -->\n\n' + 'w '.repeat(250) + '\n\n<!-- lint enable -->\n\nw w w\n'
    const messages = await lint(document, [[ruleW, {maxMessages: 2}]])
    assert.deepEqual(
      messages.map((message) => message.range + ' ' + message.reason),
      ['7:1-7:2 Unexpected `w`', '7:3-7:4 Unexpected `w`', '7:5-7:6 Unexpected 1 more message from `test-w` in this file, expected at most 2 (option `maxMessages`)']
    )
  })

  it('passes the detector the absolute path and cwd of the file, and no path for a file without one', async () => {
    const seen: Array<DetectorFile | undefined> = []
    const ruleFile = createRemarkRule({
      id: 'test-file',
      parseOptions: () => ({}),
      detect(_tree, _source, _options, file) {
        seen.push(file)
        return []
      }
    })
    const processor = remark().use(ruleFile)
    const cwd = path.resolve('/site')
    await processor.process(new VFile({cwd, path: 'posts/a.md', value: 'a\n'}))
    await processor.process(new VFile({cwd, path: path.resolve('/elsewhere/b.md'), value: 'b\n'}))
    await processor.process(new VFile({cwd, value: 'c\n'}))
    assert.deepEqual(
      seen.map((file) => ({path: file?.path, cwd: file?.cwd})),
      [
        {path: path.join(cwd, 'posts/a.md'), cwd},
        {path: path.resolve('/elsewhere/b.md'), cwd},
        {path: undefined, cwd}
      ]
    )
  })

  it('lets the detector parse another page with the processor’s parser', async () => {
    const parsed: unknown[] = []
    const ruleParse = createRemarkRule({
      id: 'test-parse',
      parseOptions: () => ({}),
      detect(_tree, _source, _options, file) {
        const tree = file!.parse(new VFile({path: 'other.md', value: '---\ntitle: x\n---\n\n| a |\n| - |\n'}))
        parsed.push(tree.children.map((child) => child.type))
        return []
      }
    })
    await remark().use(remarkFrontmatter).use(remarkGfm).use(ruleParse).process(new VFile({path: 'a.md', value: 'a\n'}))
    await remark().use(ruleParse).process(new VFile({path: 'a.md', value: 'a\n'}))
    assert.deepEqual(parsed, [
      ['yaml', 'table'],
      ['thematicBreak', 'heading', 'paragraph']
    ])
  })

  it('still runs a detector of three parameters', async () => {
    assert.deepEqual((await lint('x\n', [ruleX])).map((message) => message.range), ['1:1-1:2'])
  })
})
