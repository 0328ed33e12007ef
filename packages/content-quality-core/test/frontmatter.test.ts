import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import {readFrontmatter} from '../lib/index.ts'

const parser = remark().use(remarkFrontmatter, ['yaml', 'toml'])

/** Read the frontmatter of `document` and show each string as `key=slice`. */
function strings(document: string): string[] {
  const frontmatter = readFrontmatter(parser.parse(document), document)
  return (frontmatter?.strings ?? []).map((item) => item.key + '=' + document.slice(item.start, item.end))
}

describe('readFrontmatter', () => {
  it('parses once a tree and source, and again for another source', () => {
    const document = '---\ntitle: Hello\n---\n\nText.\n'
    const tree = parser.parse(document)
    const first = readFrontmatter(tree, document)
    assert.equal(readFrontmatter(tree, document), first)
    const other = document.replace('Hello', 'Howdy')
    assert.deepEqual(readFrontmatter(tree, other)!.data, {title: 'Howdy'})
  })

  it('finds YAML strings at their exact offsets, quotes excluded', () => {
    assert.deepEqual(
      strings("---\ntitle: \"Hello\"\nsub: 'single'\nseo:\n  description: plain text\ntags: [a, b]\ncount: 3\n---\n"),
      ['title=Hello', 'sub=single', 'seo.description=plain text', 'tags[0]=a', 'tags[1]=b']
    )
  })

  it('finds TOML strings at their quoted literals, not in keys', () => {
    assert.deepEqual(strings('+++\ntitle = "title"\nname = \'literal\'\n[extra]\nnote = "x"\n+++\n'), [
      'title=title',
      'name=literal',
      'extra.note=x'
    ])
  })

  it('reads frontmatter with CRLF and CR line endings', () => {
    assert.deepEqual(strings('---\r\ntitle: Hello\r\n---\r\n'), ['title=Hello'])
    assert.deepEqual(strings('---\rtitle: Hello\rsub: x\r---\r'), ['title=Hello', 'sub=x'])
  })

  it('parses data and reports no errors for valid frontmatter', () => {
    const document = '---\ntitle: A\nlist: [1, 2]\n---\n'
    const frontmatter = readFrontmatter(parser.parse(document), document)
    assert.deepEqual(frontmatter?.data, {title: 'A', list: [1, 2]})
    assert.deepEqual(frontmatter?.errors, [])
    assert.equal(frontmatter?.kind, 'yaml')
    assert.equal(frontmatter?.bodyStart, 4)
  })

  it('reports broken YAML with the parser reason and offset', () => {
    const document = '---\ntitle: [unclosed\n---\n'
    const frontmatter = readFrontmatter(parser.parse(document), document)
    assert.equal(frontmatter?.data, undefined)
    assert.equal(frontmatter?.errors.length, 1)
    assert.match(frontmatter!.errors[0]!.reason, /flow sequence/i)
    assert.ok(frontmatter!.errors[0]!.start >= 4 && frontmatter!.errors[0]!.start <= document.length)
  })

  it('reports broken TOML with the parser reason at its line', () => {
    const document = '+++\ntitle = "ok"\nbroken = \n+++\n'
    const frontmatter = readFrontmatter(parser.parse(document), document)
    assert.equal(frontmatter?.errors.length, 1)
    assert.equal(document.slice(0, frontmatter!.errors[0]!.start).split('\n').length, 3)
  })

  it('returns undefined without frontmatter or positions', () => {
    assert.equal(readFrontmatter(parser.parse('# Title\n'), '# Title\n'), undefined)
    const tree = parser.parse('---\na: b\n---\n')
    delete tree.children[0]!.position
    assert.equal(readFrontmatter(tree, '---\na: b\n---\n'), undefined)
  })

  it('survives alias bombs', () => {
    const bomb = '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n'
    const frontmatter = readFrontmatter(parser.parse(bomb), bomb)
    assert.equal(frontmatter?.data, undefined)
    assert.match(frontmatter!.errors[0]!.reason, /alias/i)
  })
})
