/**
 * Every prefix of every example document, as an editor sees a file while it
 * is typed: the preset lints each without a failure, its messages inside the
 * text. Prefixes cut anywhere, also inside frontmatter, HTML, surrogate pairs
 * and CRLF pairs.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import {assertSane, lintWithPreset} from './preset.ts'

const examples = new URL('../examples/', import.meta.url)

describe('every prefix of every example', () => {
  for (const name of readdirSync(examples).filter((file) => file.endsWith('.md')).sort()) {
    it(name, async () => {
      const text = readFileSync(new URL(name, examples), 'utf8')
      for (const document of [text, text.replace(/\r?\n/g, '\r\n')]) {
        for (let end = 0; end <= document.length; end++) assertSane(await lintWithPreset(document.slice(0, end)))
      }
    })
  }
})
