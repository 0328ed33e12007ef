/**
 * Integration: the real server binary over stdio, driven by a real LSP client.
 */
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {describe, it} from 'node:test'
import remarkPresetLintContentQuality from 'remark-preset-lint-content-quality'
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentFormattingRequest,
  type CodeAction,
  type Diagnostic,
  type Range
} from 'vscode-languageserver-protocol/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {startSession, type ClientOptions, type Session} from './lsp-client.ts'

const fixtures = new URL('fixtures/', import.meta.url)
const article = readFileSync(new URL('no-config/article.md', fixtures), 'utf8')

/**
 * The rules whose defects `fixtures/no-config/article.md` contains. When a
 * rule for another kind of defect joins the preset, add a sample of that
 * defect to the article and its id here.
 */
const ruleIdsWithDefectsInArticle = [
  'no-mojibake',
  'no-duplicated-phrases',
  'title-heading-match',
  'no-ad-markup',
  'no-scraper-boilerplate'
]

/** Preset rules that report nothing until configured (an index, see `no-duplicate-document.test.ts`). */
const ruleIdsInertWithoutOptions = ['no-duplicate-document']

/** Ids of the rules the preset turns on: remark-lint rules are named `remark-lint:<id>`. */
const presetRuleIds = (remarkPresetLintContentQuality.plugins ?? [])
  .map((entry) => (Array.isArray(entry) ? entry[0] : entry) as {name?: string})
  .map((plugin) => plugin.name ?? '')
  .filter((name) => name.startsWith('remark-lint:'))
  .map((name) => name.slice('remark-lint:'.length))

/** The no-mojibake diagnostics of the article: exact ranges, messages and fixes. */
const articleMojibake: Diagnostic[] = [
  {
    range: {start: {line: 6, character: 65}, end: {line: 6, character: 68}},
    message: 'Unexpected mojibake `â€”`, expected `—`',
    severity: DiagnosticSeverity.Warning,
    code: 'no-mojibake',
    source: 'remark-lint',
    codeDescription: {
      href: 'https://github.com/content-quality-lint/content-quality-lint/tree/main/packages/remark-lint-no-mojibake#readme'
    },
  },
  {
    range: {start: {line: 12, character: 75}, end: {line: 12, character: 78}},
    message: 'Unexpected mojibake `â€™`, expected `’`',
    severity: DiagnosticSeverity.Warning,
    code: 'no-mojibake',
    source: 'remark-lint',
    codeDescription: {
      href: 'https://github.com/content-quality-lint/content-quality-lint/tree/main/packages/remark-lint-no-mojibake#readme'
    },
  }
]

/** Start a session on `fixtures/`, run `body`, and always stop the server, asserting a clean exit. */
async function withServer(body: (session: Session) => Promise<void>, args: string[] = [], client: ClientOptions = {}): Promise<void> {
  const session = await startSession(fixtures, args, client)
  try {
    await body(session)
  } finally {
    assert.equal(await session.stop(), 0, 'the server answers `shutdown` and exits with 0')
  }
}

/** The diagnostics of one rule, without the finding ids in `data` (checked on their own). */
function ofRule(diagnostics: Diagnostic[], id: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === id).map(withoutData)
}

function withoutData({data: _, ...diagnostic}: Diagnostic): Diagnostic {
  return diagnostic
}

/** A diagnostic without its finding id and with its related places in another document. */
function movedTo(uri: string): (diagnostic: Diagnostic) => Diagnostic {
  return function (diagnostic) {
    const moved = withoutData(diagnostic)
    if (moved.relatedInformation) moved.relatedInformation = moved.relatedInformation.map((related) => ({...related, location: {...related.location, uri}}))
    return moved
  }
}

/** Ask for the code actions of `diagnostics` at `range`. */
function codeActionsOf(session: Session, uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return session.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range, context: {diagnostics}}) as Promise<CodeAction[]>
}

describe('content-quality-language-server', () => {
  it('covers every rule of the preset with a defect in the article', () => {
    assert.ok(presetRuleIds.includes('no-mojibake'))
    for (const id of presetRuleIds) {
      assert.ok(ruleIdsWithDefectsInArticle.includes(id) || ruleIdsInertWithoutOptions.includes(id), id + ' has no defect in the article')
    }
  })

  it('lints a document without configuration with the preset, fixes mojibake with a code action, honours .remarkrc', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/article.md', fixtures).href
      session.open(uri, article)
      const {diagnostics} = await session.diagnostics(uri, 1)

      assert.deepEqual(ofRule(diagnostics, 'no-mojibake'), articleMojibake)
      assert.deepEqual(
        [...new Set(diagnostics.map((diagnostic) => diagnostic.code))].sort(),
        ruleIdsWithDefectsInArticle.filter((id) => presetRuleIds.includes(id)).sort(),
        'each preset rule reports its defect, nothing else is reported'
      )
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.codeDescription?.href.endsWith('/remark-lint-' + diagnostic.code + '#readme'), true)
      }

      // Every diagnostic carries the id of its finding, unique in the document.
      const ids = diagnostics.map((diagnostic) => (diagnostic.data as {id: string}).id)
      assert.ok(ids.every((id) => /^1:\d+$/.test(id)))
      assert.equal(new Set(ids).size, ids.length)

      // Ask for fixes at the first mojibake, as an editor does at the cursor.
      const target = diagnostics.find((diagnostic) => diagnostic.code === 'no-mojibake')!
      const actions = await codeActionsOf(session, uri, target.range, [target])
      assert.equal(actions.length, 1)
      const [action] = actions
      assert.equal(action!.title, 'Replace `â€”` with `—`')
      assert.equal(action!.kind, 'quickfix')
      assert.equal(action!.isPreferred, true)
      const edits = action!.edit!.changes![uri]!
      assert.deepEqual(edits, [{range: target.range, newText: '—'}])

      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, article), edits)
      assert.match(fixed, /dried out — replace it first/)
      session.change(uri, 2, fixed)
      const after = await session.diagnostics(uri, 2)
      assert.deepEqual(ofRule(after.diagnostics, 'no-mojibake'), [articleMojibake[1]])
      assert.equal(after.diagnostics.length, diagnostics.length - 1)

      // The same text where `.remarkrc.json` turns `no-mojibake` off.
      const offUri = new URL('rule-off/article.md', fixtures).href
      session.open(offUri, article)
      const off = await session.diagnostics(offUri, 1)
      assert.deepEqual(ofRule(off.diagnostics, 'no-mojibake'), [])
      assert.deepEqual(
        off.diagnostics.map(withoutData),
        diagnostics.filter((diagnostic) => diagnostic.code !== 'no-mojibake').map(movedTo(offUri)),
        'the other rules of the preset still run'
      )
    })
  })

  it('lints an `mdx` document as MDX: prose inside components, not ESM or expressions', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/page.mdx', fixtures).href
      const page = "import {Note} from './note.js'\n\n<Note>\n  Fill the the kettle.\n</Note>\n\n{/* a note note */}\n\nBoil it â€” then pour.\n"
      session.open(uri, page, 'mdx')
      const {diagnostics} = await session.diagnostics(uri, 1)
      assert.deepEqual(
        diagnostics.map(({code, range}) => `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`),
        ['no-duplicated-phrases 3:10-3:14', 'no-mojibake 8:8-8:11']
      )
    })
  })

  it('lints only the newest text after a burst of 500 changes, and publishes its diagnostics', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/burst.md', fixtures).href
      const textAt = (version: number) => '# Notes\n\n' + 'word '.repeat(version % 37) + 'cafÃ© number ' + version + '\n'
      session.open(uri, textAt(1))
      for (let version = 2; version <= 501; version++) session.change(uri, version, textAt(version))

      const final = await session.diagnostics(uri, 501)
      const column = 'word '.length * (501 % 37)
      assert.deepEqual(
        ofRule(final.diagnostics, 'no-mojibake').map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.message]),
        [
          [
            'no-mojibake',
            {start: {line: 2, character: column + 3}, end: {line: 2, character: column + 5}},
            'Unexpected mojibake `Ã©`, expected `é`'
          ]
        ]
      )

      // A fresh document with the final text gets the same diagnostics.
      const copyUri = new URL('no-config/burst-copy.md', fixtures).href
      session.open(copyUri, textAt(501))
      assert.deepEqual((await session.diagnostics(copyUri, 1)).diagnostics.map(withoutData), final.diagnostics.map(withoutData))

      // Versions only go up, nothing older arrived after the final diagnostics, and the
      // versions in between were not linted one by one (each check publishes).
      const forBurst = session.published.filter((params) => params.uri === uri)
      assert.equal(forBurst.at(-1), final)
      const versions = forBurst.map((params) => params.version!)
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b))
      assert.ok(forBurst.length <= 10, forBurst.length + ' checks for 500 edits: ' + versions.join(', '))
    })
  })

  it('offers a deleting fix for `expected: [\'\']`', async () => {
    await withServer(async (session) => {
      const uri = new URL('deleting/note.md', fixtures).href
      const text = 'Great news!! Read on.\n'
      session.open(uri, text)
      const {diagnostics} = await session.diagnostics(uri, 1)
      assert.deepEqual(
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.data]),
        [['no-double-bang', {start: {line: 0, character: 10}, end: {line: 0, character: 12}}, {id: '1:0'}]]
      )
      const actions = await codeActionsOf(session, uri, diagnostics[0]!.range, diagnostics)
      assert.equal(actions.length, 1)
      assert.equal(actions[0]!.title, 'Remove `!!`')
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), actions[0]!.edit!.changes![uri]!)
      assert.equal(fixed, 'Great news Read on.\n')
      session.change(uri, 2, fixed)
      assert.deepEqual((await session.diagnostics(uri, 2)).diagnostics, [])
    })
  })

  it('never rewrites a document unless started with --format', async () => {
    /** Open an unformatted document and ask the server to format it. */
    async function formatting(session: Session) {
      const uri = new URL('no-config/unformatted.md', fixtures).href
      session.open(uri, 'Title\n=====\n\nSome *text*.\n')
      await session.diagnostics(uri, 1)
      return session.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: {uri},
        options: {tabSize: 2, insertSpaces: true}
      })
    }

    await withServer(async (session) => {
      assert.equal(session.initializeResult.capabilities.documentFormattingProvider, false)
      assert.equal(await formatting(session), null)
    })
    await withServer(
      async (session) => {
        assert.equal(session.initializeResult.capabilities.documentFormattingProvider, true)
        assert.deepEqual((await formatting(session))?.map((edit) => edit.newText), ['# Title\n\nSome *text*.\n'])
        // A byte-order mark the client keeps in its text stays.
        const marked = new URL('no-config/marked.md', fixtures).href
        session.open(marked, '\uFEFFTitle\n=====\n')
        await session.diagnostics(marked, 1)
        const edits = await session.connection.sendRequest(DocumentFormattingRequest.type, {textDocument: {uri: marked}, options: {tabSize: 2, insertSpaces: true}})
        assert.deepEqual(edits?.map((edit) => edit.newText), ['\uFEFF# Title\n'])
      },
      ['--format']
    )
  })

  it('survives a 5 MB document, binary junk, broken frontmatter and plugins that fail to load', async () => {
    await withServer(async (session) => {
      const large = new URL('no-config/large.md', fixtures).href
      const paragraph = 'A long paragraph about kettles, with the cafÃ© mentioned once. '.repeat(20) + '\n\n'
      session.open(large, paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)))
      const largeDiagnostics = (await session.diagnostics(large, 1, 120_000)).diagnostics
      // 200 messages, then one that counts the rest.
      const mojibake = ofRule(largeDiagnostics, 'no-mojibake')
      const total = Math.ceil(5_000_000 / paragraph.length) * 20
      assert.equal(mojibake.length, 201)
      assert.equal(
        mojibake[200]!.message,
        'Unexpected ' + (total - 200).toLocaleString('en-US') + ' more messages from `no-mojibake` in this file, expected at most 200 (option `maxMessages`)'
      )

      const junk = new URL('no-config/junk.md', fixtures).href
      let seed = 42
      const bytes = Array.from({length: 20_000}, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        return seed % 256
      })
      session.open(junk, String.fromCharCode(...bytes))
      await session.diagnostics(junk, 1)

      const frontmatter = new URL('no-config/frontmatter.md', fixtures).href
      session.open(frontmatter, '---\ntitle: [unclosed\n  - : :\n---\n\n# Heading\n')
      await session.diagnostics(frontmatter, 1)

      const missing = new URL('missing-plugin/article.md', fixtures).href
      session.open(missing, article)
      const [missingError] = (await session.diagnostics(missing, 1)).diagnostics
      assert.equal(missingError?.severity, DiagnosticSeverity.Error)
      assert.match(missingError!.message, /Cannot find module `remark-lint-this-rule-does-not-exist`/)

      const throwing = new URL('throwing-plugin/article.md', fixtures).href
      session.open(throwing, article)
      const [throwingError] = (await session.diagnostics(throwing, 1)).diagnostics
      assert.equal(throwingError?.severity, DiagnosticSeverity.Error)
      assert.match(throwingError!.message, /Cannot parse file `throwing-plugin\/.remarkrc.json`[^]*Cannot import `throws-on-import.js`[^]*This plugin is broken on purpose/)

      // Still alive and linting.
      const after = new URL('no-config/after.md', fixtures).href
      session.open(after, 'The cafÃ©.\n')
      assert.equal(ofRule((await session.diagnostics(after, 1)).diagnostics, 'no-mojibake').length, 1)
    })
  })

  it('takes a fix from its own findings by id, whatever range the client echoes, and by rule and message when `data` is dropped', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/echo.md', fixtures).href
      // `é` is 2 bytes: a client that counts bytes echoes the range one column late.
      const text = 'Our favourite café deal â€” 30 kettles off.\n'
      session.open(uri, text)
      const [diagnostic] = ofRule((await session.diagnostics(uri, 1)).diagnostics, 'no-mojibake')
      const sent = (await session.diagnostics(uri, 1)).diagnostics.find((each) => each.code === 'no-mojibake')!
      assert.deepEqual(diagnostic!.range, {start: {line: 0, character: 24}, end: {line: 0, character: 27}})
      const fixOf = async (echoed: Diagnostic) => {
        const actions = await codeActionsOf(session, uri, echoed.range, [echoed])
        assert.equal(actions.length, 1)
        return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), actions[0]!.edit!.changes![uri]!)
      }
      const byteRange = {start: {line: 0, character: 25}, end: {line: 0, character: 32}}
      assert.equal(await fixOf({...sent, range: byteRange}), 'Our favourite café deal — 30 kettles off.\n')
      assert.equal(await fixOf({...withoutData(sent), range: byteRange}), 'Our favourite café deal — 30 kettles off.\n')
      // A diagnostic the server never sent gets nothing; neither does one of an older version.
      assert.deepEqual(await codeActionsOf(session, uri, byteRange, [{...sent, data: {id: '1:99'}}]), [])
      session.change(uri, 2, text + '\nMore text.\n')
      await session.diagnostics(uri, 2)
      assert.deepEqual(await codeActionsOf(session, uri, sent.range, [sent]), [])
    })
  })

  it('counts positions in UTF-8 bytes when the client offers them, and answers `offsetEncoding` to a client that asked with it', async () => {
    const text = 'Our favourite café deal â€” 30 kettles off.\n'
    for (const capabilities of [{general: {positionEncodings: ['utf-8', 'utf-16']}}, {offsetEncoding: ['utf-8', 'utf-16']}]) {
      await withServer(
        async (session) => {
          assert.equal(session.initializeResult.capabilities.positionEncoding, 'utf-8')
          assert.equal((session.initializeResult as {offsetEncoding?: string}).offsetEncoding, 'offsetEncoding' in capabilities ? 'utf-8' : undefined)
          const uri = new URL('no-config/bytes.md', fixtures).href
          session.open(uri, text)
          const [diagnostic] = ofRule((await session.diagnostics(uri, 1)).diagnostics, 'no-mojibake')
          assert.deepEqual(diagnostic!.range, {start: {line: 0, character: 25}, end: {line: 0, character: 33}})
        },
        [],
        {capabilities}
      )
    }
    await withServer(async (session) => {
      assert.equal(session.initializeResult.capabilities.positionEncoding, 'utf-16')
      assert.equal('offsetEncoding' in session.initializeResult, false)
    })
  })

  it('counts a byte-order mark the client keeps in its text on the first line', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/bom.md', fixtures).href
      session.open(uri, '\uFEFFDeal â€” here.\n\nAnd â€” there.\n')
      assert.deepEqual(
        ofRule((await session.diagnostics(uri, 1)).diagnostics, 'no-mojibake').map((diagnostic) => diagnostic.range.start),
        [{line: 0, character: 6}, {line: 2, character: 4}]
      )
    })
  })

  it('offers a repeated paragraph\'s deletion without preferring it (a suggestion), with the first copy as related information', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/repeated.md', fixtures).href
      const paragraph = 'The kettle switches itself off when the water boils, so it never runs dry on the stove.'
      // Pasted right after itself.
      session.open(uri, paragraph + '\n\n' + paragraph + '\n')
      const [diagnostic] = (await session.diagnostics(uri, 1)).diagnostics.filter((each) => each.code === 'no-duplicated-phrases')
      assert.deepEqual(diagnostic!.relatedInformation, [
        {location: {uri, range: {start: {line: 0, character: 0}, end: {line: 0, character: paragraph.length}}}, message: 'First copy of the paragraph'}
      ])
      const actions = await codeActionsOf(session, uri, diagnostic!.range, [diagnostic!])
      assert.deepEqual(
        actions.map((action) => [action.title.slice(0, 20), action.isPreferred]),
        [['Remove `The kettle s', undefined]]
      )
    })
  })

  it('logs a configuration error in one short line, once while it lasts', async () => {
    await withServer(async (session) => {
      const throwing = new URL('throwing-plugin/article.md', fixtures).href
      session.open(throwing, article)
      await session.diagnostics(throwing, 1)
      session.change(throwing, 2, article + '\nMore.\n')
      await session.diagnostics(throwing, 2)
      const lines = session.logs.filter((line) => line.includes('throwing-plugin'))
      assert.equal(lines.length, 1, 'logged once for the same error')
      assert.match(lines[0]!, /^content-quality-language-server: throwing-plugin\/article\.md: Cannot process file: Cannot parse file `throwing-plugin\/\.remarkrc\.json`: .*This plugin is broken on purpose/)
      assert.doesNotMatch(lines[0]!, /\n|\bat /, 'one line, no stack')
    })
  })

  it('leaves documents without a configuration alone with `requireConfig`, pushed or asked for', async () => {
    const uri = new URL('no-config/article.md', fixtures).href
    await withServer(async (session) => {
      session.open(uri, article)
      assert.ok((await session.diagnostics(uri, 1)).diagnostics.length > 0)
      await session.connection.sendNotification('workspace/didChangeConfiguration', {settings: {contentQuality: {requireConfig: true}}})
      session.change(uri, 2, article)
      assert.deepEqual((await session.diagnostics(uri, 2)).diagnostics, [])
      // A document with its own configuration is still linted.
      const offUri = new URL('rule-off/article.md', fixtures).href
      session.open(offUri, article)
      assert.ok((await session.diagnostics(offUri, 1)).diagnostics.length > 0)
    })
    await withServer(
      async (session) => {
        session.open(uri, article)
        assert.deepEqual((await session.diagnostics(uri, 1)).diagnostics, [])
      },
      [],
      {capabilities: {workspace: {configuration: true}}, settings: {requireConfig: true}}
    )
  })

  it('leaves alone a file `.remarkignore` lists, as the CLI does', async () => {
    await withServer(async (session) => {
      const skipped = new URL('ignored/skipped.md', fixtures).href
      const linted = new URL('ignored/linted.md', fixtures).href
      session.open(skipped, 'The cafÃ©.\n')
      session.open(linted, 'The cafÃ©.\n')
      assert.deepEqual((await session.diagnostics(skipped, 1)).diagnostics, [])
      assert.equal(ofRule((await session.diagnostics(linted, 1)).diagnostics, 'no-mojibake').length, 1)
    })
  })

  it('clears the diagnostics of a closed document', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/closed.md', fixtures).href
      session.open(uri, 'The cafÃ©.\n')
      assert.equal((await session.diagnostics(uri, 1)).diagnostics.length, 1)
      const before = session.published.length
      session.close(uri)
      await session.diagnostics(uri, undefined)
      assert.deepEqual(session.published.slice(before), [{uri, diagnostics: []}])
    })
  })

  it('never publishes a check of text that was closed and reopened meanwhile, though its version is the same', async () => {
    await withServer(async (session) => {
      const uri = new URL('slow/note.md', fixtures).href
      // The first check takes a second (`SLOW`); the document is closed and reopened with other text during it.
      session.open(uri, 'SLOW. The cafÃ© is open.\n')
      await new Promise((resolve) => setTimeout(resolve, 200))
      session.close(uri)
      session.open(uri, 'Hello.\n')
      const reopened = await session.diagnostics(uri, 1)
      assert.deepEqual(reopened.diagnostics, [])
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const published = session.published.filter((params) => params.uri === uri)
      assert.deepEqual(published.map((params) => params.diagnostics.length), [0, 0], 'the close, then the reopened text; never the old text')
      assert.deepEqual(await codeActionsOf(session, uri, {start: {line: 0, character: 0}, end: {line: 0, character: 6}}, []), [])
    })
  })

  it('gives a check of the same text new finding ids, so an old diagnostic never fixes another finding', async () => {
    await withServer(async (session) => {
      const uri = new URL('no-config/article.md', fixtures).href
      session.open(uri, article)
      const first = (await session.diagnostics(uri, 1)).diagnostics
      // The configuration may have changed: the same text is checked again.
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: new URL('no-config/.remarkrc.json', fixtures).href, type: 1}]})
      await waitFor(() => session.published.filter((params) => params.uri === uri).length === 2)
      const second = session.published.filter((params) => params.uri === uri)[1]!.diagnostics
      assert.deepEqual(second.map(withoutData), first.map(withoutData))
      const ids = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => (diagnostic.data as {id: string}).id)
      assert.equal(ids(first).filter((id) => ids(second).includes(id)).length, 0)
      const old = first.find((diagnostic) => diagnostic.code === 'no-mojibake')!
      assert.deepEqual(await codeActionsOf(session, uri, old.range, [old]), [])
      // An id of another rule's finding is not trusted either.
      const current = second.find((diagnostic) => diagnostic.code === 'no-mojibake')!
      const other = second.find((diagnostic) => diagnostic.code === 'no-scraper-boilerplate')!
      assert.deepEqual(await codeActionsOf(session, uri, current.range, [{...current, data: other.data}]), [])
      assert.equal((await codeActionsOf(session, uri, current.range, [current])).length, 1)
    })
  })

  it('reports fatal messages with a place in the document there, and logs only configuration errors', async () => {
    await withServer(async (session) => {
      // A rule set to `error`: its findings are errors, nothing in the log.
      const severe = new URL('severity/note.md', fixtures).href
      session.open(severe, 'The cafÃ© is open.\n')
      const [error] = (await session.diagnostics(severe, 1)).diagnostics
      assert.deepEqual([error!.code, error!.severity, error!.range.start], ['no-mojibake', DiagnosticSeverity.Error, {line: 0, character: 7}])
      // MDX that does not parse: at its place, with the parser's reason.
      const mdx = new URL('no-config/broken.mdx', fixtures).href
      session.open(mdx, '# Title\n\nText {1 +\n', 'mdx')
      const [parse] = (await session.diagnostics(mdx, 1)).diagnostics
      assert.equal(parse!.severity, DiagnosticSeverity.Error)
      assert.match(parse!.message, /^Cannot process file: \S/)
      assert.notDeepEqual(parse!.range.start, {line: 0, character: 0})
      assert.deepEqual(session.logs.filter((line) => line.startsWith('content-quality-language-server')), [])
    })
  })

  it('logs one line for a configuration error, however many documents it breaks', async () => {
    await withServer(async (session) => {
      for (const name of ['one.md', 'two.md', 'three.md']) {
        const uri = new URL('throwing-plugin/' + name, fixtures).href
        session.open(uri, 'Text.\n')
        await session.diagnostics(uri, 1)
      }
      assert.deepEqual(
        session.logs.filter((line) => line.includes('broken on purpose')).map((line) => line.slice(0, 59)),
        ['content-quality-language-server: throwing-plugin/one.md: Ca']
      )
    })
  })

  it('keeps to what the client can do: no registration it cannot take, no quick fixes without code action literals', async () => {
    await withServer(
      async (session) => {
        assert.equal(session.initializeResult.capabilities.codeActionProvider, false)
        const uri = new URL('no-config/plain.md', fixtures).href
        session.open(uri, 'The cafÃ©.\n')
        await session.diagnostics(uri, 1)
        assert.deepEqual(session.requests, ['workspace/configuration'])
      },
      [],
      {capabilities: {workspace: {configuration: true}, textDocument: {codeAction: {}}}}
    )
    await withServer(
      async (session) => {
        assert.deepEqual(session.initializeResult.capabilities.codeActionProvider, {codeActionKinds: ['quickfix']})
        const uri = new URL('no-config/plain.md', fixtures).href
        session.open(uri, 'The cafÃ©.\n')
        await session.diagnostics(uri, 1)
        assert.deepEqual(session.requests.sort(), [
          'client/registerCapability workspace/didChangeConfiguration',
          'client/registerCapability workspace/didChangeWatchedFiles',
          'workspace/configuration'
        ])
      },
      [],
      {capabilities: {workspace: {configuration: true, didChangeConfiguration: {dynamicRegistration: true}, didChangeWatchedFiles: {dynamicRegistration: true}}}}
    )
  })

  it('follows workspace folders as they change, ignoring folders that are not files', async () => {
    await withServer(
      async (session) => {
        await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
          event: {removed: [{uri: 'vscode-vfs://github/example/repository', name: 'remote'}], added: [{uri: new URL('throwing-plugin/', fixtures).href, name: 'inner'}]}
        })
        const uri = new URL('throwing-plugin/folder.md', fixtures).href
        session.open(uri, 'Text.\n')
        await session.diagnostics(uri, 1)
        // Named from the innermost folder now.
        assert.deepEqual(session.logs.filter((line) => line.startsWith('content-quality-language-server')).map((line) => line.slice(0, 44)), [
          'content-quality-language-server: folder.md: '
        ])
      },
      [],
      {capabilities: {workspace: {workspaceFolders: true}}}
    )
  })
})

/** Resolve when `condition` holds (checked every 10 ms), or fail after 20 s. */
async function waitFor(condition: () => boolean): Promise<void> {
  for (const start = Date.now(); !condition(); ) {
    if (Date.now() - start > 20_000) assert.fail('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
