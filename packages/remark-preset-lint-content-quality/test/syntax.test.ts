import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Root} from 'mdast'
import {remark} from 'remark'
import {VFile} from 'vfile'
import remarkPresetLintContentQuality from '../lib/index.ts'
import remarkContentQualitySyntax from '../lib/syntax.ts'

/** The types of the top-level nodes the preset parses `text` into, as file `path`. */
function topLevel(text: string, path: string, processor: {parse: (file: VFile) => unknown} = remark().use(remarkPresetLintContentQuality)): string[] {
  const tree = processor.parse(new VFile({path, value: text})) as Root
  return tree.children.map((node) => node.type)
}

/** `ruleId line:column-line:column` of each message the preset gives on file `path`. */
async function messages(text: string, path: string): Promise<string[]> {
  const file = await remark().use(remarkPresetLintContentQuality).process(new VFile({path, value: text}))
  return file.messages.map((message) => {
    const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
    return `${message.ruleId} ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  })
}

const table = '| Part | Minimum | Recommended |\n| --- | --- | --- |\n| Memory | 8 GB | 8 GB |\n| Disk | 20 GB | 20 GB |\n'

describe('the preset’s syntax', () => {
  it('parses GFM by default: tables, task lists, strikethrough, footnotes', () => {
    assert.deepEqual(topLevel(table + '\n- [ ] a task\n\nOld ~~text~~.[^1]\n\n[^1]: A note.\n', 'page.md'), [
      'table',
      'list',
      'paragraph',
      'footnoteDefinition'
    ])
  })

  it('reads equal neighbouring table cells as cells, not as a repeated phrase', async () => {
    assert.deepEqual(await messages(table, 'page.md'), [])
  })

  it('turns GFM off with `gfm: false`, set after the preset as any plugin option is', () => {
    const processor = remark().use(remarkPresetLintContentQuality).use(remarkContentQualitySyntax, {gfm: false})
    assert.deepEqual(topLevel(table, 'page.md', processor), ['paragraph'])
  })

  it('rejects an option that is not a boolean', () => {
    const processor = remark().use(remarkPresetLintContentQuality).use(remarkContentQualitySyntax, {gfm: 'no' as never})
    assert.throws(() => processor.parse('x'), {
      message: 'Unexpected `gfm` option "no" of `remark-preset-lint-content-quality/syntax`, expected `true` or `false`'
    })
  })
})

describe('MDX, chosen by the file’s extension', () => {
  const page = [
    '---',
    'title: Brewing with a kettle',
    '---',
    "import {Tabs, Tab} from './tabs.js'",
    '',
    '# Brewing with a kettle',
    '',
    '<Tabs>',
    '  <Tab label="Linux">',
    '    # install the kettle tools',
    '    Fill the the kettle first.',
    '  </Tab>',
    '</Tabs>',
    '',
    '{/* a note note for editors */}',
    '',
    'Boil it â€” then pour.',
    ''
  ].join('\n')

  it('parses an `.mdx` file as MDX: ESM, JSX and expressions', () => {
    assert.deepEqual(topLevel(page, 'docs/brew.mdx'), ['yaml', 'mdxjsEsm', 'heading', 'mdxJsxFlowElement', 'mdxFlowExpression', 'paragraph'])
  })

  it('parses the same text in a `.md` file as markdown', () => {
    assert.deepEqual(topLevel(page, 'docs/brew.md').slice(0, 4), ['yaml', 'paragraph', 'heading', 'html'])
  })

  it('writes an `.mdx` file back as MDX and a `.md` file as markdown (no MDX escapes)', async () => {
    const text = 'Use a {placeholder} and 1 < 2.\n'
    const processor = remark().use(remarkPresetLintContentQuality)
    assert.equal(String(await processor.process(new VFile({path: 'a.md', value: text}))), text)
    const mdx = "import {Note} from './note.js'\n\n<Note>Pour it.</Note>\n"
    assert.equal(String(await processor.process(new VFile({path: 'a.mdx', value: mdx}))), mdx)
  })

  it('gives exactly the findings of the prose in an MDX page, none from the indented comment, ESM or expression', async () => {
    assert.deepEqual(await messages(page, 'docs/brew.mdx'), ['no-duplicated-phrases 11:13-11:17', 'no-mojibake 17:9-17:12'])
  })
})
