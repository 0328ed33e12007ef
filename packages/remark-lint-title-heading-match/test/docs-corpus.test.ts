/**
 * False-positive test: a corpus of title and heading pairs written in the
 * styles documentation sites use (test/fixtures/docs-corpus.json), in several
 * languages. None may be flagged, and most must agree on their score alone
 * rather than through abstaining.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import {lint} from '../../../test/lint.ts'
import remarkLintTitleHeadingMatch, {compareTitleAndHeading, defaultOptions, pickLanguage} from '../lib/index.ts'

interface Pair {
  style: string
  lang?: string
  title: string
  heading: string
  depth?: number
  body?: string
}

const corpus = JSON.parse(readFileSync(new URL('fixtures/docs-corpus.json', import.meta.url), 'utf8')) as Pair[]

/** The page a documentation site would hold for `pair`. */
function pageOf(pair: Pair): string {
  const frontmatter = ['---', 'title: ' + JSON.stringify(pair.title)]
  if (pair.lang) frontmatter.push('lang: ' + pair.lang)
  frontmatter.push('---', '')
  const body = pair.body ? ['', pair.body] : []
  return [...frontmatter, '#'.repeat(pair.depth ?? 1) + ' ' + pair.heading, ...body, ''].join('\n')
}

describe('title-heading-match: documentation corpus', () => {
  it('holds at least 150 pairs in several languages', () => {
    assert.ok(corpus.length >= 150, 'only ' + corpus.length + ' pairs')
    const languages = new Set(corpus.map((pair) => pair.lang ?? 'en'))
    assert.ok(languages.size >= 8, 'only ' + [...languages].join(', '))
  })

  for (const style of new Set(corpus.map((pair) => pair.style))) {
    const pairs = corpus.filter((pair) => pair.style === style)
    it('flags no ' + style + ' pair, with default options or with minimumWords 1', async () => {
      for (const options of [undefined, {minimumWords: 1}]) {
        for (const pair of pairs) {
          const plugin = options ? [remarkLintTitleHeadingMatch, options] : remarkLintTitleHeadingMatch
          const messages = await lint(pageOf(pair), [plugin as typeof remarkLintTitleHeadingMatch])
          assert.deepEqual(messages.map((message) => message.reason), [], JSON.stringify(pair))
        }
      }
    })
  }

  it('judges almost every pair instead of abstaining (with minimumWords 1)', () => {
    let judged = 0
    for (const pair of corpus) {
      const opening = pair.body ?? ''
      const language = pickLanguage(pair.lang, [pair.title, pair.heading, opening])
      const body = {opening, prose: () => opening}
      const verdict = compareTitleAndHeading(pair.title, pair.heading, body, language, {...defaultOptions, minimumWords: 1})
      if (verdict.kind === 'agree') judged++
    }
    assert.ok(judged / corpus.length >= 0.95, judged + ' of ' + corpus.length + ' judged')
  })
})
