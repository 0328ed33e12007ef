import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {LabelError, parseLabels, readLabels, ruleIds} from '../lib/labels.ts'

const good = {path: 'spam/site/a.md', line: 3, rule: 'no-mojibake', kind: 'mojibake', label: 'error', reason: 'dash read as Windows-1252'}

function failure(value: unknown): string {
  try {
    parseLabels(JSON.stringify(value), 'no-mojibake.jsonl', 'no-mojibake')
  } catch (error) {
    assert.ok(error instanceof LabelError)
    return error.message
  }
  throw new Error('expected a LabelError')
}

describe('parseLabels', () => {
  it('reads one label a line and skips blank lines', () => {
    const text = JSON.stringify(good) + '\n\n' + JSON.stringify({...good, line: 4, column: 2, label: 'ok'}) + '\n'
    assert.deepEqual(parseLabels(text, 'x', 'no-mojibake'), [good, {...good, line: 4, column: 2, label: 'ok'}])
  })

  it('names the file and line of a bad label', () => {
    assert.equal(failure({...good, label: 'maybe'}), 'no-mojibake.jsonl:1: `label` must be error, ok or ambiguous')
    assert.equal(failure({...good, rule: 'no-ad-markup'}), 'no-mojibake.jsonl:1: `rule` must be `no-mojibake` in this file')
    assert.match(failure({...good, kind: 'word'}), /`kind` must be one of mojibake, /)
    assert.equal(failure({...good, line: 0}), 'no-mojibake.jsonl:1: `line` must be a positive integer')
    assert.equal(failure({...good, path: '../secret.md'}), 'no-mojibake.jsonl:1: `path` must be a corpus-relative path under spam/ or docs/')
    assert.equal(failure({...good, text: 'quoted'}), 'no-mojibake.jsonl:1: unknown field `text`')
    assert.equal(failure({...good, reason: ' '}), 'no-mojibake.jsonl:1: `reason` must be a non-empty string')
    assert.throws(() => parseLabels('{', 'x.jsonl', 'no-mojibake'), /x\.jsonl:1: not JSON/)
  })
})

describe('readLabels', () => {
  it('rejects a place labelled twice and a file for no rule', () => {
    const folder = mkdtempSync(join(tmpdir(), 'labels-'))
    writeFileSync(join(folder, 'no-mojibake.jsonl'), JSON.stringify(good) + '\n' + JSON.stringify({...good, label: 'ok'}) + '\n')
    assert.throws(() => readLabels(folder), /spam\/site\/a\.md:3 is labelled twice/)
    const other = mkdtempSync(join(tmpdir(), 'labels-'))
    writeFileSync(join(other, 'no-such-rule.jsonl'), '')
    assert.throws(() => readLabels(other), /no rule `no-such-rule`/)
  })
})

describe('eval/labels', () => {
  it('holds valid labels, counted as the README says', () => {
    const folder = new URL('../labels/', import.meta.url)
    const labels = readLabels(folder.pathname)
    const readme = readFileSync(new URL('README.md', folder), 'utf8')
    for (const rule of ruleIds) {
      const mine = labels.filter((label) => label.rule === rule)
      const count = (value: string): number => mine.filter((label) => label.label === value).length
      const row = `| \`${rule}\` | ${mine.length} | ${count('error')} | ${count('ok')} | ${count('ambiguous')} |`
      assert.ok(readme.includes(row), 'expected the README row ' + row)
    }
  })
})
