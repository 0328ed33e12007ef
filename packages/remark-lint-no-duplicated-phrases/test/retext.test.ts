/**
 * Compare with retext-repeated-words on the fixtures of the README's table
 * “Case by case”: each row's text is linted with both tools, and each tool's
 * column must say what it does. (The table of figures on real pages above it
 * is checked by `pnpm eval --check`.)
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import type {Root, Table} from 'mdast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import {unified} from 'unified'
import {lint} from '../../../test/lint.ts'
import remarkLintNoDuplicatedPhrases from '../lib/index.ts'

interface Row {
  text: string
  repeat: boolean
  thisRule: boolean
  retext: boolean
}

/** The rows of the README's case-by-case comparison table; `\n` in a fixture stands for a line break. */
function comparisonRows(): Row[] {
  const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')
  const tree = remark().use(remarkGfm).parse(readme) as Root
  const heading = tree.children.findIndex(
    (node) => node.type === 'heading' && node.children[0]?.type === 'text' && node.children[0].value === 'Case by case'
  )
  const table = tree.children.slice(heading).find((node): node is Table => node.type === 'table')
  assert.ok(heading !== -1 && table, 'the README has a comparison table')
  assert.deepEqual(cellsOf(table.children[0]!), ['Text', 'Repeat', 'This rule', 'retext-repeated-words'])
  return table.children.slice(1).map((row) => {
    const code = row.children[0]?.children[0]
    assert.ok(code?.type === 'inlineCode', 'each fixture is in code')
    const [repeat, thisRule, retext] = cellsOf(row)
      .slice(1)
      .map((cell) => {
        assert.ok(cell === 'yes' || cell === 'no', 'unexpected verdict ' + cell)
        return cell === 'yes'
      })
    return {text: code.value.replaceAll('\\n', '\n') + '\n', repeat: repeat!, thisRule: thisRule!, retext: retext!}
  })
}

function cellsOf(row: Table['children'][number]): string[] {
  return row.children.map((cell) => cell.children.map((child) => ('value' in child ? child.value : '')).join(''))
}

/** Whether retext-repeated-words, run through remark-retext, reports anything. */
async function retextFlags(text: string): Promise<boolean> {
  const file = await remark()
    .use(remarkGfm)
    .use(remarkRetext, unified().use(retextEnglish).use(retextRepeatedWords) as never)
    .process(text)
  return file.messages.some((message) => message.source === 'retext-repeated-words')
}

/** Whether this rule reports anything. */
async function thisRuleFlags(text: string): Promise<boolean> {
  return (await lint(text, [remarkLintNoDuplicatedPhrases])).length > 0
}

describe('no-duplicated-phrases compared with retext-repeated-words', async () => {
  const rows = comparisonRows()

  it('has fixtures of every kind', () => {
    assert.ok(rows.length >= 20)
    assert.ok(rows.some((row) => row.repeat && row.retext))
    assert.ok(rows.some((row) => !row.repeat && row.retext))
    assert.ok(rows.some((row) => !row.repeat && !row.retext))
  })

  for (const row of rows) {
    it(JSON.stringify(row.text.trim()), async () => {
      assert.equal(await thisRuleFlags(row.text), row.thisRule, 'this rule')
      assert.equal(await retextFlags(row.text), row.retext, 'retext-repeated-words')
    })
  }

  it('catches repeats retext-repeated-words misses', async () => {
    const missed = []
    for (const row of rows) if (row.repeat && !(await retextFlags(row.text))) missed.push(row.text)
    assert.ok(missed.length >= 6)
    for (const text of missed) assert.ok(await thisRuleFlags(text), text)
  })

  it('stays quiet wherever retext-repeated-words rightly does', async () => {
    const quiet = []
    for (const row of rows) if (!row.repeat && !(await retextFlags(row.text))) quiet.push(row.text)
    assert.ok(quiet.length >= 10)
    for (const text of quiet) assert.equal(await thisRuleFlags(text), false, text)
  })
})
