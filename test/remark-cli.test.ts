/**
 * End-to-end: the real `remark` binary, the examples' `.remarkrc.json` and the
 * built preset, as a user runs them.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, it} from 'node:test'

const root = fileURLToPath(new URL('..', import.meta.url))
const remarkBin = fileURLToPath(new URL('../node_modules/remark-cli/cli.js', import.meta.url))

/** Run `remark` from the repository root and return its exit code and report. */
function remark(...args: string[]) {
  const result = spawnSync(process.execPath, [remarkBin, '--no-color', '--no-stdout', ...args], {
    cwd: root,
    encoding: 'utf8'
  })
  return {code: result.status, report: result.stderr}
}

/** The `line:column-line:column` and rule of each warning line of a report. */
function warnings(report: string): string[] {
  return [...report.matchAll(/^(\d+:\d+-\d+:\d+)\s+warning\s.*?\s(\S+)\s+remark-lint$/gm)].map(
    (match) => match[1] + ' ' + match[2]
  )
}

describe('remark CLI with the preset', () => {
  it('reports every defect of examples/mojibake.md and fails with --frail', () => {
    const {code, report} = remark('--frail', 'examples/mojibake.md')
    assert.equal(code, 1)
    assert.deepEqual(warnings(report), [
      '2:28-2:31 no-mojibake',
      '7:20-7:23 no-mojibake',
      '7:26-7:28 no-mojibake',
      '9:8-9:10 no-mojibake',
      '9:54-9:57 no-mojibake',
      '9:59-9:62 no-mojibake',
      '9:78-9:80 no-mojibake',
      '11:62-11:63 no-mojibake',
      '13:58-13:59 no-mojibake',
      '15:55-15:64 no-mojibake'
    ])
    assert.match(report, /^7:20-7:23 +warning Unexpected mojibake `â€”`, expected `—`/m)
    assert.match(report, /^7:26-7:28 +warning Unexpected printf escape `%%`, expected `%`/m)
    assert.match(report, /⚠ 10 warnings/)
  })

  it('reports each ad unit and each block of page furniture of examples/ads-and-furniture.md once', () => {
    const {code, report} = remark('--frail', 'examples/ads-and-furniture.md')
    assert.equal(code, 1)
    assert.deepEqual(warnings(report), [
      '6:2-6:48 no-scraper-boilerplate',
      '8:5-8:75 no-ad-markup',
      '11:1-14:27 no-ad-markup',
      '16:1-21:17 no-scraper-boilerplate',
      '23:1-24:68 no-ad-markup',
      '26:1-30:66 no-scraper-boilerplate'
    ])
    assert.match(
      report,
      /^11:1-14:27 +warning Unexpected ad unit \(ad marker comments, Impact affiliate banner, tracking pixel from `kettleshop\.pxf\.io`\), expected no ad markup/m
    )
    assert.match(report, /⚠ 6 warnings/)
  })

  it('reports every repeat of examples/duplicated-phrases.md, with the first copy as cause', () => {
    const {code, report} = remark('--frail', 'examples/duplicated-phrases.md')
    assert.equal(code, 1)
    assert.deepEqual(warnings(report), [
      '7:66-7:70 no-duplicated-phrases',
      '10:32-10:45 no-duplicated-phrases',
      '11:33-11:40 no-duplicated-phrases',
      '13:78-14:60 no-duplicated-phrases',
      '20:1-22:1 no-duplicated-phrases'
    ])
    assert.match(report, /^10:32-10:45 +warning Unexpected repeated phrase `that barrels`, expected it once/m)
    assert.match(report, /^ +18:1-18:72 +info +First copy of the paragraph/m)
    assert.match(report, /⚠ 5 warnings/)
  })

  it('reports the title that disagrees with the heading of examples/title-heading-mismatch.md', () => {
    const {code, report} = remark('--frail', 'examples/title-heading-mismatch.md')
    assert.equal(code, 1)
    assert.deepEqual(warnings(report), ['8:4-8:75 title-heading-match'])
    assert.match(
      report,
      /^8:4-8:75 +warning Unexpected heading `Harbor Freight Sues Nordline Shipping Over Months of…` under the title `Brightway Hub Review: The All-in-One Smart Home…` \(agreement 0\.00, threshold 0\.30\)/m
    )
    assert.match(report, /^ +2:9-2:75 info +Frontmatter title `Brightway Hub Review: The All-in-One Smart Home…`/m)
    assert.match(report, /⚠ 1 warning/)
  })

  it('reports every example, and nothing in the clean one', () => {
    const {report} = remark('examples')
    assert.match(report, /examples\/clean\.md: no issues found/)
    assert.match(report, /⚠ 22 warnings/)
  })

  it('passes the clean example with --frail', () => {
    const {code, report} = remark('--frail', 'examples/clean.md')
    assert.equal(code, 0)
    assert.match(report, /examples\/clean\.md: no issues found/)
  })

  it('exits 0 without --frail even when it warns', () => {
    assert.equal(remark('examples').code, 0)
  })

  it('keeps the default reporter working on files with thousands of findings: 200 a rule, then one that counts the rest', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'content-quality-many-'))
    const words = path.join(folder, 'words.md')
    writeFileSync(words, 'the '.repeat(50_000) + '\n')
    const mojibake = path.join(folder, 'mojibake.md')
    writeFileSync(mojibake, Array.from({length: 5000}, (_, line) => 'Line ' + line + ' has a pause â€” here.').join('\n') + '\n')
    const junk = path.join(folder, 'junk.md')
    let seed = 7
    writeFileSync(
      junk,
      Uint8Array.from({length: 100_000}, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        return seed % 256
      })
    )
    const {code, report} = remark('--rc-path', 'examples/.remarkrc.json', words, mojibake, junk)
    assert.equal(code, 0, report.slice(-2000))
    const summaries = [...report.matchAll(/^\s*(\d+:\d+-\d+:\d+)\s+warning\s+(Unexpected [\d,]+ more messages from `[\w-]+`.*?\(option `maxMessages`\))/gm)]
    // The default reporter gives each file its name on a line, then its messages, then a blank line.
    const sections = report.split('\n\n')
    const section = (file: string) => sections.find((part) => part.startsWith(path.relative(root, file)))!
    assert.deepEqual(warnings(section(words)).length, 201)
    assert.match(section(words), /1:804-1:808\s+warning\s+Unexpected 49,799 more messages from `no-duplicated-phrases` in this file, expected at most 200/)
    assert.deepEqual(warnings(section(mojibake)).length, 201)
    assert.match(section(mojibake), /201:22-201:25\s+warning\s+Unexpected 4,800 more messages from `no-mojibake` in this file, expected at most 200/)
    // Whatever the junk holds, no rule gives more than 201 messages on it, and none fails.
    const junkWarnings = warnings(section(junk))
    for (const rule of new Set(junkWarnings.map((warning) => warning.split(' ')[1]))) {
      assert.ok(junkWarnings.filter((warning) => warning.endsWith(' ' + rule)).length <= 201, rule)
    }
    assert.doesNotMatch(report, /internal error/)
    assert.ok(summaries.length >= 2)
  })
})
