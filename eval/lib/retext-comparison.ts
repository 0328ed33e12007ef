/**
 * `retext-repeated-words` (through `remark-retext` and `retext-english`, as
 * its readme sets it up) on the pages labelled for `no-duplicated-phrases`,
 * scored against the same labels: the comparison the rule's README gives.
 */
import {readFileSync} from 'node:fs'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import {unified} from 'unified'
import {VFile} from 'vfile'
import remarkContentQualitySyntax from '../../packages/remark-preset-lint-content-quality/lib/syntax.ts'
import {corpusMessage, type CorpusMessage} from './corpus-message.ts'
import type {Label} from './labels.ts'
import {byFile, labelFor, scoreCorpus, type RuleFigures} from './score.ts'

/** The rule and retext-repeated-words, scored on the same labelled pages. */
export interface RetextComparison {
  pages: number
  rule: RuleFigures
  retext: RuleFigures
  /** Messages of each on those pages that no label covers (neither right nor wrong by the labels). */
  ruleUnjudged: number
  retextUnjudged: number
}

/**
 * Lint every page that has a `no-duplicated-phrases` label with
 * retext-repeated-words (frontmatter, GFM and MDX parsed as the preset
 * parses them), and score both its messages and the rule's `ruleMessages`
 * on those pages against the labels.
 */
export async function compareWithRetext(root: string, labels: Label[], ruleMessages: CorpusMessage[]): Promise<RetextComparison> {
  const own = labels.filter((label) => label.rule === 'no-duplicated-phrases')
  const pages = [...new Set(own.map((label) => label.path))].sort()
  const processor = remark()
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkContentQualitySyntax)
    .use(remarkRetext, unified().use(retextEnglish).use(retextRepeatedWords) as never)
  const retextMessages: CorpusMessage[] = []
  for (const path of pages) {
    const file = new VFile({path: root + '/' + path, value: readFileSync(root + '/' + path, 'utf8')})
    await processor.process(file)
    for (const message of file.messages) {
      // Scored as if it were the rule, against the rule's labels.
      if (message.source === 'retext-repeated-words') retextMessages.push({...corpusMessage(message, path), ruleId: 'no-duplicated-phrases'})
    }
  }
  const onPages = new Set(pages)
  const ruleOnPages = ruleMessages.filter((message) => message.ruleId === 'no-duplicated-phrases' && onPages.has(message.path))
  const byPath = byFile(own)
  const unjudged = (messages: CorpusMessage[]): number =>
    messages.filter((message) => !labelFor(message, byPath.get(message.path) ?? [])).length
  const score = (messages: CorpusMessage[]): RuleFigures =>
    scoreCorpus(messages, own, 0, 0).rules.find((rule) => rule.rule === 'no-duplicated-phrases')!
  return {
    pages: pages.length,
    rule: score(ruleOnPages),
    retext: score(retextMessages),
    ruleUnjudged: unjudged(ruleOnPages),
    retextUnjudged: unjudged(retextMessages)
  }
}
