/**
 * Input read from disk by the real `remark` CLI with the preset: invalid
 * UTF-8, a byte-order mark, CRLF, NUL bytes, UTF-16, random bytes and absurd
 * nesting are linted with exact positions or rejected with a clear message,
 * never a crash.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const remarkBin = fileURLToPath(new URL('../node_modules/remark-cli/cli.js', import.meta.url))
const directory = mkdtempSync(join(tmpdir(), 'content-quality-cli-'))
after(() => rmSync(directory, {recursive: true, force: true}))

/** `â€”`, the mojibake of an em dash, as UTF-8 bytes. */
const mojibake = Buffer.from('â€”')

/** Write `bytes` to a file, lint it with the preset and return the exit code, the report lines and the raw report. */
function lintBytes(name: string, ...parts: Array<string | Buffer>) {
  const path = join(directory, name)
  writeFileSync(path, Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part))))
  const result = spawnSync(
    process.execPath,
    [remarkBin, '--no-color', '--no-stdout', '--no-config', '--use', './packages/remark-preset-lint-content-quality/dist/index.js', path],
    {cwd: root, encoding: 'utf8'}
  )
  const lines = [...result.stderr.matchAll(/^(\d+:\d+-\d+:\d+)\s+(warning|error)\s+(.*\S)\s+(\S+)\s+(\S+)$/gm)].map(
    (match) => `${match[1]} ${match[2]} ${match[4]} ${match[3]!.slice(0, 30)}`
  )
  return {code: result.status, lines, report: result.stderr}
}

/** Assert a report has no sign of a crash. */
function assertNoCrash(report: string): void {
  assert.doesNotMatch(report, /\n\s+at |Internal error|Maximum call stack|TypeError|RangeError/, report)
}

describe('remark CLI on hostile bytes', () => {
  it('invalid UTF-8: replacement characters reported where the bytes were, later columns exact', () => {
    const {code, lines, report} = lintBytes('invalid.md', 'caf\xE9 \xE2\x80 and A pause ', mojibake, ' here\n\xC3\n')
    assertNoCrash(report)
    assert.equal(code, 0)
    assert.deepEqual(lines, [
      '1:4-1:5 warning no-mojibake Unexpected replacement charact',
      '1:6-1:7 warning no-mojibake Unexpected replacement charact',
      '1:20-1:23 warning no-mojibake Unexpected mojibake `â€”`, exp',
      '2:1-2:2 warning no-mojibake Unexpected replacement charact'
    ])
  })

  it('a byte-order mark and CRLF line endings: columns count neither', () => {
    const {code, lines, report} = lintBytes('bom-crlf.md', '\xEF\xBB\xBFA pause ', mojibake, ' here\r\n\r\nline ', mojibake, '\r\n')
    assertNoCrash(report)
    assert.equal(code, 0)
    assert.deepEqual(lines, [
      '1:9-1:12 warning no-mojibake Unexpected mojibake `â€”`, exp',
      '3:6-3:9 warning no-mojibake Unexpected mojibake `â€”`, exp'
    ])
  })

  it('a byte-order mark: a message at the end of a later block is kept, `lint disable` still hides its part', () => {
    const {code, lines, report} = lintBytes(
      'bom-end.md',
      '\xEF\xBB\xBFFirst line.\n\nA broken end \xEF\xBF\xBD\n\n<!-- lint disable no-mojibake -->\n\nhidden \xEF\xBF\xBD\n'
    )
    assertNoCrash(report)
    assert.equal(code, 0)
    assert.deepEqual(lines, ['3:14-3:15 warning no-mojibake Unexpected replacement charact'])
  })

  it('NUL bytes: linted, columns after them exact', () => {
    const {code, lines, report} = lintBytes('nul.md', 'nul\x00 here ', mojibake, ' x\n\n\x00\x00\x00\n')
    assertNoCrash(report)
    assert.equal(code, 0)
    assert.deepEqual(lines, ['1:11-1:14 warning no-mojibake Unexpected mojibake `â€”`, exp'])
  })

  it('UTF-16 with its byte-order mark: read as UTF-8, its undecodable bytes reported', () => {
    const {code, lines, report} = lintBytes('utf16.md', '\xFF\xFEh\x00i\x00\n\x00')
    assertNoCrash(report)
    assert.equal(code, 0)
    assert.deepEqual(lines, ['1:1-1:3 warning no-mojibake Unexpected replacement charact'])
  })

  it('random bytes: linted without a crash', () => {
    let seed = 42
    const bytes = Buffer.from(Array.from({length: 20_000}, () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >> 16) & 0xff))
    const {code, report} = lintBytes('random.md', bytes)
    assertNoCrash(report)
    assert.equal(code, 0)
    assert.match(report, /⚠ \d+ warnings/)
  })

  it('10,000 nested block quotes: rejected with one clear error and exit code 1', () => {
    const {code, lines, report} = lintBytes('deep.md', '> '.repeat(10_000) + 'x\n')
    assertNoCrash(report)
    assert.equal(code, 1)
    assert.deepEqual(lines, ['1:2001-1:20002 error nesting Unexpected nesting deeper than'])
    assert.match(report, /expected at most 1000 \(the document is not linted/)
  })
})
