/**
 * The table of example pairs in readme.md ("How the score works") is checked:
 * every score and verdict must be what the rule computes.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import type {Root, Table} from 'mdast'
import {remark} from 'remark'
import remarkGfm from 'remark-gfm'
import {toString} from 'mdast-util-to-string'
import {agreementOf, defaultOptions} from '../lib/index.ts'

const readme = readFileSync(new URL('../readme.md', import.meta.url), 'utf8')
const tree = remark().use(remarkGfm).parse(readme) as Root
const section = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'How the score works')
const table = tree.children.slice(section).find((node): node is Table => node.type === 'table')
const rows = (table?.children ?? []).slice(1).map((row) => row.children.map((cell) => toString(cell)))

describe('title-heading-match: readme score table', () => {
  it('has pairs that agree and pairs that disagree', () => {
    assert.ok(section > 0, 'no "How the score works" section')
    assert.deepEqual(table?.children[0]?.children.map((cell) => toString(cell)), ['Title', 'Heading', 'Score', 'Verdict'])
    assert.ok(rows.length >= 10)
    assert.ok(rows.some((row) => row[3] === 'agree') && rows.some((row) => row[3] === 'disagree'))
  })

  for (const [title, heading, score, verdict] of rows) {
    it(title + ' / ' + heading, () => {
      const computed = agreementOf(title!, heading!)
      assert.equal(computed.toFixed(2), score)
      assert.equal(computed >= defaultOptions.threshold ? 'agree' : 'disagree', verdict)
    })
  }
})
