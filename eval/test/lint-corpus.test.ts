import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import {lintCorpus, markdownFiles} from '../lib/lint-corpus.ts'

describe('lintCorpus', () => {
  it('lints every markdown and MDX file with the preset in workers, MDX as MDX, with corpus-relative paths', async () => {
    const root = mkdtempSync(join(tmpdir(), 'corpora-'))
    mkdirSync(join(root, 'spam/site'), {recursive: true})
    mkdirSync(join(root, 'docs/site'), {recursive: true})
    writeFileSync(join(root, 'spam/site/a.md'), '# Kettles\n\n| Size | Min | Max |\n| --- | --- | --- |\n| Cup | 8 GB | 8 GB |\n\nThe the kettle.\n')
    writeFileSync(join(root, 'docs/site/b.mdx'), "import {Note} from './note.js'\n\n<Note>\n  Fill the the kettle.\n</Note>\n\n{/* a note note */}\n")
    writeFileSync(join(root, 'docs/site/notes.txt'), 'the the')
    const files = markdownFiles(root)
    assert.deepEqual(
      files.map((file) => file.slice(root.length + 1)),
      ['docs/site/b.mdx', 'spam/site/a.md']
    )
    const messages = await lintCorpus(root, files, 2)
    assert.deepEqual(
      messages.map(({path, ruleId, line, column, endLine, endColumn}) => `${path} ${ruleId} ${line}:${column}-${endLine}:${endColumn}`),
      ['docs/site/b.mdx no-duplicated-phrases 4:11-4:15', 'spam/site/a.md no-duplicated-phrases 7:4-7:8']
    )
  })
})
