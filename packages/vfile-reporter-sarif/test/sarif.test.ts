import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'node:test'
import type {Log, Result} from 'sarif'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {sarif} from '../lib/index.ts'

const require = createRequire(import.meta.url)
/** Ajv for JSON Schema draft 4 (a CommonJS module whose export is the class). */
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default
/**
 * The SARIF 2.1.0 JSON schema (draft 4), as Microsoft's SARIF SDK ships it. Its
 * `language` pattern is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
const validate = new Ajv({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema)

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url))
const remarkBin = fileURLToPath(new URL('../../../node_modules/remark-cli/cli.js', import.meta.url))

/** Parse a log and check it against the schema. */
function valid(text: string): Log {
  const log = JSON.parse(text) as Log
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2))
  return log
}

/** `line:column-line:column` of a result's first location. */
function range(result: Result): string {
  const region = result.locations?.[0]?.physicalLocation?.region
  return `${region?.startLine}:${region?.startColumn}-${region?.endLine}:${region?.endColumn}`
}

describe('remark --report sarif on the examples', () => {
  const run = spawnSync(process.execPath, [remarkBin, '.', '--no-stdout', '--no-color', '--report', 'sarif'], {
    cwd: examples,
    encoding: 'utf8'
  })
  const log = valid(run.stderr)
  const [only] = log.runs
  const results = only!.results!
  const rules = only!.tool.driver.rules!

  it('writes one valid SARIF 2.1.0 run of the remark tool', () => {
    assert.equal(run.status, 0)
    assert.equal(log.version, '2.1.0')
    assert.equal(log.runs.length, 1)
    assert.equal(only!.tool.driver.name, 'remark')
    assert.equal(only!.columnKind, 'utf16CodeUnits')
  })

  it('gives every result a rule id, a rule with a help URL, a message and a region in a relative file', () => {
    assert.ok(results.length > 0)
    for (const result of results) {
      const rule = rules[result.ruleIndex!]
      assert.equal(rule?.id, result.ruleId)
      assert.match(result.ruleId!, /^remark-lint:[a-z-]+$/)
      assert.match(rule!.helpUri!, /^https:\/\/github\.com\/.+\/packages\/remark-lint-[a-z-]+#readme$/)
      assert.ok(result.message.text)
      const location = result.locations![0]!.physicalLocation!
      assert.match(location.artifactLocation!.uri!, /^[\w.-]+\.md$/)
      assert.ok(location.region!.startLine! >= 1 && location.region!.startColumn! >= 1)
    }
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length)
  })

  it('reports mojibake.md with exact regions, levels and fixes', () => {
    const mojibake = results.filter((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri === 'mojibake.md')
    assert.deepEqual(
      mojibake.map((result) => range(result) + ' ' + result.ruleId + ' ' + result.level),
      [
        '2:28-2:31 remark-lint:no-mojibake warning',
        '7:20-7:23 remark-lint:no-mojibake warning',
        '7:26-7:28 remark-lint:no-mojibake warning',
        '9:8-9:10 remark-lint:no-mojibake warning',
        '9:54-9:57 remark-lint:no-mojibake warning',
        '9:59-9:62 remark-lint:no-mojibake warning',
        '9:78-9:80 remark-lint:no-mojibake warning',
        '11:62-11:63 remark-lint:no-mojibake warning',
        '13:58-13:59 remark-lint:no-mojibake warning',
        '15:55-15:64 remark-lint:no-mojibake warning'
      ]
    )
    const printf = mojibake[2]!
    assert.equal(printf.message.text, 'Unexpected printf escape `%%`, expected `%`')
    assert.deepEqual(printf.fixes, [
      {
        description: {text: 'Replace with `%`'},
        artifactChanges: [
          {
            artifactLocation: {uri: 'mojibake.md'},
            replacements: [
              {deletedRegion: {startLine: 7, startColumn: 26, endLine: 7, endColumn: 28}, insertedContent: {text: '%'}}
            ]
          }
        ]
      }
    ])
    // The replacement character has no known fix.
    assert.equal(mojibake[7]!.fixes, undefined)
    assert.equal(results.filter((result) => result.locations![0]!.physicalLocation!.artifactLocation!.uri === 'clean.md').length, 0)
  })
})

describe('sarif()', () => {
  it('is checked by a schema that rejects broken logs', () => {
    assert.equal(validate({version: '2.1.0'}), false)
    assert.equal(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]}), false)
  })

  it('locates a cause in another file in that file', () => {
    const file = new VFile({path: 'posts/copy.md', cwd: '/repo', value: 'x'})
    const cause = new VFileMessage('Earlier page', {place: {start: {line: 4, column: 1}, end: {line: 4, column: 20}}})
    cause.file = '/repo/posts/first draft.md'
    file.message('Unexpected copy', {place: {line: 3, column: 1}, ruleId: 'no-duplicate-document', source: 'remark-lint', cause})
    const [result] = valid(sarif([file])).runs[0]!.results!
    assert.equal(result!.locations![0]!.physicalLocation!.artifactLocation!.uri, 'posts/copy.md')
    assert.deepEqual(result!.relatedLocations, [
      {
        id: 1,
        message: {text: 'Earlier page'},
        physicalLocation: {artifactLocation: {uri: 'posts/first%20draft.md'}, region: {startLine: 4, startColumn: 1, endLine: 4, endColumn: 20}}
      }
    ])
  })

  it('maps levels, causes, deletions and messages without a rule', () => {
    const file = new VFile({path: 'docs/a b.md', cwd: '/repo', value: 'x'})
    const fatal = file.message('Cannot parse', {place: {line: 3, column: 2}})
    fatal.fatal = true
    const duplicate = file.message('Unexpected repeated phrase', {
      place: {start: {line: 5, column: 1}, end: {line: 5, column: 9}},
      ruleId: 'no-duplicated-phrases',
      source: 'remark-lint',
      cause: new VFileMessage('First copy', {place: {start: {line: 2, column: 1}, end: {line: 2, column: 9}}})
    })
    duplicate.fatal = false
    duplicate.expected = ['']
    duplicate.url = 'https://example.com/rule'
    const info = file.info('Note this', {place: {line: 1, column: 1}, ruleId: 'x', source: 'y'})
    info.expected = []

    const log = valid(sarif([file], {name: 'content-quality', version: '0.1.0'}))
    const [run] = log.runs
    assert.equal(run!.tool.driver.name, 'content-quality')
    assert.equal(run!.tool.driver.version, '0.1.0')
    const [first, second, third] = run!.results!
    assert.deepEqual([first!.ruleId, first!.level, range(first!)], ['unknown', 'error', '3:2-undefined:undefined'])
    assert.equal(first!.locations![0]!.physicalLocation!.artifactLocation!.uri, 'docs/a%20b.md')
    assert.equal(second!.ruleId, 'remark-lint:no-duplicated-phrases')
    assert.equal(second!.level, 'warning')
    assert.deepEqual(second!.relatedLocations, [
      {
        id: 1,
        message: {text: 'First copy'},
        physicalLocation: {
          artifactLocation: {uri: 'docs/a%20b.md'},
          region: {startLine: 2, startColumn: 1, endLine: 2, endColumn: 9}
        }
      }
    ])
    assert.equal(second!.fixes![0]!.description!.text, 'Delete the text')
    assert.equal(second!.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent!.text, '')
    assert.equal(run!.tool.driver.rules![second!.ruleIndex!]!.helpUri, 'https://example.com/rule')
    assert.deepEqual([third!.ruleId, third!.level, third!.fixes], ['y:x', 'note', undefined])
  })

  it('keeps only fatal messages when silent, and writes an empty run for no messages', () => {
    const file = new VFile({path: 'a.md', value: ''})
    file.message('Warning').fatal = false
    assert.equal(valid(sarif([file], {silent: true})).runs[0]!.results!.length, 0)
    const log = valid(sarif([]))
    assert.deepEqual([log.runs[0]!.results, log.runs[0]!.tool.driver.rules], [[], []])
  })
})
