/**
 * Integration: the real server binary on a workspace whose `.remarkrc.json`
 * uses the preset and configures `no-duplicate-document` with an index: an
 * open copy of an indexed page gets the diagnostic, the original does not,
 * and a rewritten index is seen without restarting the server.
 */
import assert from 'node:assert/strict'
import {mkdirSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {after, describe, it} from 'node:test'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver-protocol/node.js'
import {makeSite, page, paragraphs, removeSites} from '../../remark-lint-no-duplicate-document/test/site.ts'
import {startSession} from './lsp-client.ts'

const packages = fileURLToPath(new URL('../../', import.meta.url))

after(removeSites)

/** The diagnostics of `no-duplicate-document`, without their finding ids. */
function ofRule(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === 'no-duplicate-document').map(({data: _, ...diagnostic}) => diagnostic)
}

describe('language server with no-duplicate-document', () => {
  it('warns on an open copy of an indexed page, not on the page itself, and sees a rewritten index', async () => {
    const site = makeSite()
    const original = page('Caring for a copper kettle', paragraphs.kettle, '2021-03-04')
    site.write('posts/kettle.md', original)
    site.write('posts/bicycle.md', page('A bicycle from a rusted frame', paragraphs.bicycle, '2022-06-10'))
    site.index(['posts/bicycle.md', 'posts/kettle.md'])
    mkdirSync(path.join(site.folder, 'node_modules'))
    for (const name of ['remark-preset-lint-content-quality', 'remark-lint-no-duplicate-document']) {
      symlinkSync(path.join(packages, name), path.join(site.folder, 'node_modules', name))
    }
    writeFileSync(
      path.join(site.folder, '.remarkrc.json'),
      JSON.stringify({plugins: ['remark-preset-lint-content-quality', ['remark-lint-no-duplicate-document', {index: 'duplicates-index.json'}]]})
    )

    const session = await startSession(pathToFileURL(site.folder + '/'))
    try {
      // A new page, not saved yet: the editor's text is linted.
      const draft = pathToFileURL(path.join(site.folder, 'posts/draft.md')).href
      const copy = page('Ten secrets of kettle maintenance', paragraphs.kettle)
      session.open(draft, copy)
      assert.deepEqual(ofRule((await session.diagnostics(draft, 1)).diagnostics), [
        {
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 35}},
          message: 'Unexpected copy of `posts/kettle.md` (Jaccard similarity 0.99, estimated 0.97), expected a page of its own',
          severity: DiagnosticSeverity.Warning,
          code: 'no-duplicate-document',
          source: 'remark-lint',
          codeDescription: {
            href: 'https://github.com/content-quality-lint/content-quality-lint/tree/main/packages/remark-lint-no-duplicate-document#readme'
          }
        }
      ])

      const kettle = pathToFileURL(path.join(site.folder, 'posts/kettle.md')).href
      session.open(kettle, original)
      assert.deepEqual((await session.diagnostics(kettle, 1)).diagnostics, [])

      // The index written again without the kettle page: the server reads it again.
      const index = site.index(['posts/bicycle.md'])
      utimesSync(index, new Date(), new Date(Date.now() + 10_000))
      session.change(draft, 2, copy + '\nOne more line.\n')
      assert.deepEqual(ofRule((await session.diagnostics(draft, 2)).diagnostics), [])
    } finally {
      assert.equal(await session.stop(), 0, 'the server answers `shutdown` and exits with 0')
    }
  })
})
