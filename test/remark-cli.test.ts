/**
 * End-to-end: the real `remark` binary, the examples' `.remarkrc.json` and the
 * built preset, as a user runs them.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
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
})
