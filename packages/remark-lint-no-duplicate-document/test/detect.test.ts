import assert from 'node:assert/strict'
import {renameSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {after, describe, it} from 'node:test'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {defaultOptions, detectDuplicateDocument, loadIndex, parseOptions} from '../lib/index.ts'
import {lintFile, type Message} from './lint-file.ts'
import {makeSite, page, paragraphs, removeSites, type Site} from './site.ts'

after(removeSites)

const original = page('Caring for a copper kettle', paragraphs.kettle, '2021-03-04')
/** The same text under another title, undated: published after the original. */
const copy = page('Ten secrets of kettle maintenance', paragraphs.kettle)
const index = {index: 'duplicates-index.json'}

/** The message on a copy of `original`: at the heading, the first block. */
function copyOf(name: string, similarity: string, estimate: string, range = '1:1-1:36'): Message {
  return {
    ruleId: 'no-duplicate-document',
    source: 'remark-lint',
    range,
    reason: 'Unexpected copy of `' + name + '` (Jaccard similarity ' + similarity + ', estimated ' + estimate + '), expected a page of its own'
  }
}

/** A fatal options message. */
function fatal(reason: string): Message {
  return {ruleId: 'no-duplicate-document', source: 'remark-lint', range: '', reason, fatal: true}
}

/** A site with the original and its copy, both indexed. */
function kettleSite(): Site {
  const site = makeSite()
  site.write('posts/kettle.md', original)
  site.write('posts/secrets.md', copy)
  site.index(['posts/kettle.md', 'posts/secrets.md'])
  return site
}

describe('no-duplicate-document', () => {
  it('reports a copy of an earlier page under another title, once, at its first block', async () => {
    const site = kettleSite()
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [copyOf('posts/kettle.md', '0.99', '0.97')])
  })

  it('reports a copy that is not in the index yet (a new page), and one whose path is absolute', async () => {
    const site = makeSite()
    site.write('posts/kettle.md', original)
    site.index(['posts/kettle.md'])
    assert.deepEqual(await lintFile(site.folder, 'drafts/new.md', copy, index), [copyOf('posts/kettle.md', '0.99', '0.97')])
    assert.deepEqual(await lintFile(site.folder, path.join(site.folder, 'drafts/new.md'), copy, index), [
      copyOf('posts/kettle.md', '0.99', '0.97')
    ])
  })

  it('never reports a page as a copy of itself, nor the earliest page', async () => {
    const site = kettleSite()
    assert.deepEqual(await lintFile(site.folder, 'posts/kettle.md', original, index), [])
  })

  it('orders undated pages by path: the first by path is the original', async () => {
    const site = makeSite()
    site.write('a.md', page('Copper kettles', paragraphs.kettle))
    site.write('b.md', copy)
    site.index(['a.md', 'b.md'])
    assert.deepEqual(await lintFile(site.folder, 'a.md', page('Copper kettles', paragraphs.kettle), index), [])
    assert.deepEqual(await lintFile(site.folder, 'b.md', copy, index), [copyOf('a.md', '0.99', '0.98')])
  })

  it('reports a dated page that copies one dated earlier, not the earlier one', async () => {
    const site = makeSite()
    site.write('posts/kettle.md', original)
    const later = page('Ten secrets of kettle maintenance', paragraphs.kettle, '2024-01-01')
    site.write('posts/a-later.md', later)
    site.index(['posts/kettle.md', 'posts/a-later.md'])
    const message = copyOf('posts/kettle.md', '0.99', '0.97', '5:1-5:36')
    assert.deepEqual(await lintFile(site.folder, 'posts/a-later.md', later, index), [message])
    assert.deepEqual(await lintFile(site.folder, 'posts/kettle.md', original, index), [])
  })

  it('names only the earliest page a copy repeats, as the command does', async () => {
    const site = kettleSite()
    site.write('posts/again.md', page('Kettle care, once more', paragraphs.kettle, '2023-01-01'))
    site.index(['posts/kettle.md', 'posts/secrets.md', 'posts/again.md'])
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [copyOf('posts/kettle.md', '0.99', '0.97')])
  })

  it('orders pages by their absolute paths, as the command does, wherever the index is', async () => {
    const site = makeSite()
    const text = page('Copper kettles', paragraphs.kettle)
    site.write('b/y.md', text)
    site.write('c/z.md', text)
    // The index in b/: its paths are `y.md` and `../c/z.md`, but b/y.md comes first.
    site.index(['b/y.md', 'c/z.md'], {}, 'b/index.json')
    const options = {index: 'b/index.json'}
    assert.deepEqual(await lintFile(site.folder, 'b/y.md', text, options), [])
    assert.deepEqual(await lintFile(site.folder, 'c/z.md', text, options), [copyOf('y.md', '1.00', '1.00', '1:1-1:17')])
  })

  it('never reports a page as a copy of itself through a link to its folder', async () => {
    const site = makeSite()
    site.write('site/-intro.md', copy)
    site.index(['site/-intro.md'], {}, 'site/index.json')
    symlinkSync(path.join(site.folder, 'site'), path.join(site.folder, 'link'))
    assert.deepEqual(await lintFile(site.folder, 'link/-intro.md', copy, {index: 'site/index.json'}), [])
    assert.deepEqual(await lintFile(site.folder, 'site/-intro.md', copy, {index: 'link/index.json'}), [])
  })

  it('skips a page of the index that is now shorter than `minimumWords`', async () => {
    const site = kettleSite()
    site.write('posts/kettle.md', page('Caring for a copper kettle', [paragraphs.kettle[0]!.split(' ').slice(0, 40).join(' ')], '2021-03-04'))
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [])
  })

  it('skips a page that was deleted, or renamed (its entry names the old path)', async () => {
    const site = kettleSite()
    site.remove('posts/kettle.md')
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [])

    const renamed = kettleSite()
    renamed.remove('posts/secrets.md')
    renameSync(path.join(renamed.folder, 'posts/kettle.md'), path.join(renamed.folder, 'posts/copper-kettle.md'))
    assert.deepEqual(await lintFile(renamed.folder, 'posts/copper-kettle.md', original, index), [])
  })

  it('compares with the page as it is on disk now, not as it was indexed', async () => {
    const site = kettleSite()
    site.write('posts/kettle.md', page('Caring for a copper kettle', paragraphs.bicycle, '2021-03-04'))
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [])
  })

  it('skips an indexed page that cannot be read: an MDX page that does not parse, a folder', async () => {
    const site = makeSite()
    site.write('posts/kettle.mdx', original)
    site.write('posts/folder.md', original)
    site.index(['posts/kettle.mdx', 'posts/folder.md'])
    site.write('posts/kettle.mdx', original + '\n<Broken\n')
    site.remove('posts/folder.md')
    site.write('posts/folder.md/inside.md', original)
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [])
  })

  it('leaves alone a page that shares only one paragraph', async () => {
    const site = kettleSite()
    const sharing = page('A bicycle and a kettle', [...paragraphs.bicycle, paragraphs.kettle[1]!])
    assert.deepEqual(await lintFile(site.folder, 'posts/z-sharing.md', sharing, index), [])
  })

  it('leaves alone pages with fewer words than the index’s `minimumWords`', async () => {
    const site = makeSite()
    const short = page('Descaling', [paragraphs.kettle[1]!], '2021-03-04')
    const shortCopy = page('How to descale', [paragraphs.kettle[1]!])
    site.write('short.md', short)
    site.index(['short.md'])
    assert.deepEqual(await lintFile(site.folder, 'short-copy.md', shortCopy, index), [])
    site.index(['short.md'], {minimumWords: 40})
    assert.deepEqual(await lintFile(site.folder, 'short-copy.md', shortCopy, index), [copyOf('short.md', '0.96', '0.97', '1:1-1:17')])
  })

  it('uses the index’s threshold', async () => {
    const site = makeSite()
    site.write('posts/kettle.md', original)
    site.index(['posts/kettle.md'], {threshold: 0.995})
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, index), [])
  })

  it('resolves the paths of pages against the folder of the index, and names them as the index does', async () => {
    const site = makeSite()
    site.write('content/posts/kettle.md', original)
    site.index(['content/posts/kettle.md'], {}, 'content/duplicates-index.json')
    assert.deepEqual(await lintFile(site.folder, 'content/posts/secrets.md', copy, {index: 'content/duplicates-index.json'}), [
      copyOf('posts/kettle.md', '0.99', '0.97')
    ])
  })

  it('honours `<!-- lint disable no-duplicate-document -->`', async () => {
    const site = kettleSite()
    const disabled = '<!-- lint disable no-duplicate-document -->\n\n' + copy
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', disabled, index), [])
  })

  it('does nothing without an `index`, nor on a file without a path (it may be any page of the index)', async () => {
    const site = kettleSite()
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, undefined), [])
    assert.deepEqual(await lintFile(site.folder, 'posts/secrets.md', copy, {maxMessages: 3}), [])
    assert.deepEqual(await lintFile(site.folder, undefined, copy, index), [])
  })

  it('gives one fatal message for bad options', async () => {
    const site = kettleSite()
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, {index: 5}), [fatal('Unexpected value `5` for option `index`, expected a string')])
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, {idx: 'x.json'}), [
      fatal('Unexpected option `idx`, expected one of `index`, `maxMessages`')
    ])
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, {index: ''}), [
      fatal('Unexpected empty value for option `index`, expected the path of an index file')
    ])
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, 'duplicates-index.json'), [
      fatal('Unexpected options `"duplicates-index.json"`, expected an object with `index`, `maxMessages`')
    ])
  })

  it('gives one fatal message naming an index that is missing, not a file, or corrupt', async () => {
    const site = kettleSite()
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, {index: 'missing.json'}), [
      fatal(
        'Cannot read duplicates index `missing.json`: there is no such file; write it with `content-quality-duplicates --write-index missing.json` (option `index`)'
      )
    ])
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, {index: 'posts'}), [
      fatal('Cannot read duplicates index `posts`: it is not a file (option `index`)')
    ])
    site.write('broken.json', '{"format": "content-quality-duplicates-index", ')
    const [broken, ...rest] = await lintFile(site.folder, 'a.md', copy, {index: 'broken.json'})
    assert.equal(rest.length, 0)
    assert.equal(broken!.fatal, true)
    assert.match(broken!.reason, /^Cannot read duplicates index `broken\.json`: it is not JSON \(.+\) \(option `index`\)$/)
    site.write('other.json', '{"pages": []}')
    assert.deepEqual(await lintFile(site.folder, 'a.md', copy, {index: 'other.json'}), [
      fatal(
        'Cannot read duplicates index `other.json`: expected an object with `format: "content-quality-duplicates-index"`, as `content-quality-duplicates --write-index` writes (option `index`)'
      )
    ])
  })

  it('keeps a fatal message at warning severity', async () => {
    const site = kettleSite()
    const messages = await lintFile(site.folder, 'a.md', copy, {index: 'missing.json'})
    assert.equal(messages.length, 1)
    assert.equal(messages[0]!.fatal, true)
  })
})

describe('loadIndex', () => {
  it('reads an index once while the file is unchanged, and again when it is written again', async () => {
    const site = kettleSite()
    const first = await loadIndex('duplicates-index.json', site.folder)
    assert.equal(await loadIndex(path.join(site.folder, 'duplicates-index.json'), '/'), first, 'the same file, unchanged')
    assert.equal(first.index.pages.length, 2)
    assert.equal(first.folder, site.folder)
    site.index(['posts/kettle.md'])
    // A rewrite within the resolution of modification times still changes the size here; set the time too.
    const file = path.join(site.folder, 'duplicates-index.json')
    utimesSync(file, new Date(), new Date(Date.now() + 5000))
    const second = await loadIndex('duplicates-index.json', site.folder)
    assert.notEqual(second, first)
    assert.equal(second.index.pages.length, 1)
  })

  it('sees a corrupt index become valid', async () => {
    const site = kettleSite()
    const file = path.join(site.folder, 'duplicates-index.json')
    const valid = (await import('node:fs')).readFileSync(file, 'utf8')
    writeFileSync(file, '{')
    await assert.rejects(loadIndex('duplicates-index.json', site.folder), /it is not JSON/)
    writeFileSync(file, valid)
    assert.equal((await loadIndex('duplicates-index.json', site.folder)).index.pages.length, 2)
  })
})

describe('detectDuplicateDocument', () => {
  it('takes the file as its fourth argument, and finds the copy as offsets of the first block', async () => {
    const site = kettleSite()
    const parser = remark().use(remarkFrontmatter).freeze()
    const tree = parser.parse(copy) as Root
    const options = await parseOptions(index, site.folder)
    const file = {path: path.join(site.folder, 'posts/new.md'), cwd: site.folder, parse: (page: VFile) => parser.parse(page) as Root}
    assert.deepEqual(detectDuplicateDocument(tree, copy, options, file), [
      {start: 0, end: 35, message: copyOf('posts/kettle.md', '0.99', '0.97').reason}
    ])
    assert.deepEqual(detectDuplicateDocument(tree, copy, options), [])
    assert.deepEqual(detectDuplicateDocument(tree, copy, defaultOptions, file), [])
  })
})
