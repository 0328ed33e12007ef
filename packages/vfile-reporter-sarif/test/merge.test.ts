import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Log} from 'sarif'
import {VFile} from 'vfile'
import {mergeSarif, sarif} from '../lib/index.ts'

/** A file with a message of each rule in `rules` (`[ruleId, line]`). */
function file(filePath: string, rules: Array<[string, number]>): VFile {
  const result = new VFile({cwd: '/site', path: filePath})
  for (const [ruleId, line] of rules) {
    const message = result.message('Unexpected `' + ruleId + '`', {
      place: {start: {line, column: 1}, end: {line, column: 4}},
      ruleId,
      source: 'remark-lint'
    })
    message.url = 'https://example.com/' + ruleId
    message.expected = ['x']
  }
  return result
}

/** Files in the order they are reported (sorted by path), with rules first seen in different files. */
function files(): VFile[] {
  return [
    file('a.md', [['no-mojibake', 1]]),
    file('b/c.md', [['no-ad-markup', 2], ['no-mojibake', 3]]),
    file('b/é.md', [['no-duplicated-phrases', 1]]),
    file('z.md', [['no-ad-markup', 1], ['no-ad-markup', 5]]),
    file('clean.md', []),
    // After `z.md` by path, but before it by URI (`%C3%A9.md`).
    file('é.md', [['no-mojibake', 2]])
  ].sort((left, right) => (left.path < right.path ? -1 : 1))
}

describe('mergeSarif', () => {
  it('merges the logs of any split of the files into the log of all of them', () => {
    const all = files()
    const whole = sarif(all)
    const splits = [
      [[3, 1, 5], [0, 2, 4]],
      [[4], [5], [3], [2], [1], [0]],
      [[0, 1, 2, 3, 4, 5]],
      [[], [5, 2, 0], [4, 3, 1]]
    ]
    for (const split of splits) {
      const logs = split.map((indices) => sarif(indices.map((index) => all[index]!)))
      assert.equal(mergeSarif(logs), whole)
    }
  })

  it('deduplicates rules and remaps the rule index of each result', () => {
    const all = files()
    const merged = JSON.parse(mergeSarif([sarif([all[2]!, all[4]!]), sarif([all[0]!, all[1]!])])) as Log
    const [run] = merged.runs
    const rules = run!.tool.driver.rules!
    assert.deepEqual(
      rules.map((rule) => rule.id),
      ['remark-lint:no-mojibake', 'remark-lint:no-ad-markup', 'remark-lint:no-duplicated-phrases']
    )
    assert.deepEqual(
      run!.results!.map((result) => [result.locations![0]!.physicalLocation!.artifactLocation!.uri, result.ruleIndex]),
      [
        ['a.md', 0],
        ['b/c.md', 1],
        ['b/c.md', 0],
        ['b/%C3%A9.md', 2],
        ['z.md', 1],
        ['z.md', 1]
      ]
    )
  })

  it('keeps one run per tool', () => {
    const all = files()
    const logs = [sarif([all[0]!], {name: 'one'}), sarif([all[1]!], {name: 'two'}), sarif([all[2]!], {name: 'one'})]
    const merged = JSON.parse(mergeSarif(logs)) as Log
    assert.deepEqual(
      merged.runs.map((run) => [run.tool.driver.name, run.results!.length]),
      [
        ['one', 2],
        ['two', 2]
      ]
    )
    assert.equal(mergeSarif(logs), mergeSarif([sarif([all[0]!, all[2]!], {name: 'one'}), sarif([all[1]!], {name: 'two'})]))
  })

  it('deduplicates artifacts by URI and remaps their indices', () => {
    const log = (uri: string, other: string): Log => ({
      version: '2.1.0',
      runs: [
        {
          tool: {driver: {name: 'tool', rules: [{id: 'r'}]}},
          artifacts: [{location: {uri: other}}, {location: {uri}}],
          results: [
            {
              ruleId: 'r',
              ruleIndex: 0,
              message: {text: 'm'},
              locations: [{physicalLocation: {artifactLocation: {uri, index: 1}}}]
            }
          ]
        }
      ]
    })
    const merged = JSON.parse(mergeSarif([JSON.stringify(log('b.md', 'c.md')), JSON.stringify(log('a.md', 'b.md'))])) as Log
    const [run] = merged.runs
    assert.deepEqual(
      run!.artifacts!.map((artifact) => artifact.location!.uri),
      ['a.md', 'b.md', 'c.md']
    )
    assert.deepEqual(
      run!.results!.map((result) => result.locations![0]!.physicalLocation!.artifactLocation),
      [
        {uri: 'a.md', index: 0},
        {uri: 'b.md', index: 1}
      ]
    )
  })

  it('orders a URI that is not percent-encoded as written, without throwing', () => {
    const log = (uri: string): string =>
      JSON.stringify({
        version: '2.1.0',
        runs: [{tool: {driver: {name: 't', rules: []}}, results: [{message: {text: uri}, locations: [{physicalLocation: {artifactLocation: {uri}}}]}]}]
      })
    const merged = JSON.parse(mergeSarif([log('b%.md'), log('a.md')])) as Log
    assert.deepEqual(
      merged.runs[0]!.results!.map((result) => result.message.text),
      ['a.md', 'b%.md']
    )
  })

  it('gives a log without runs for no logs', () => {
    assert.equal(mergeSarif([]), JSON.stringify({version: '2.1.0', runs: []}, null, 2) + '\n')
  })
})
