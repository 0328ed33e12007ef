import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Element, Nodes} from 'hast'
import {maximumNesting} from '../lib/index.ts'
import {parseHtml} from '../lib/parse-html.ts'

/** How many elements deep the tree goes (a `<template>`'s content counted inside it), without recursion. */
function depthOf(tree: Nodes): number {
  let deepest = 0
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, above] = stack.pop()!
    const depth = node.type === 'element' ? above + 1 : above
    deepest = Math.max(deepest, depth)
    const children = node.type === 'element' && node.content ? [node.content] : 'children' in node ? node.children : []
    for (const child of children) stack.push([child, depth])
  }
  return deepest
}

describe('parseHtml', () => {
  it('parses a fragment with positions relative to the text, and cuts nothing in shallow HTML', () => {
    const {tree, cut} = parseHtml('<p>One <b>two</b></p>')
    const paragraph = tree.children[0] as Element
    assert.equal(paragraph.tagName, 'p')
    assert.deepEqual(paragraph.position, {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 22, offset: 21}})
    assert.equal(cut, undefined)
  })

  it('keeps `maximumNesting` nested elements and drops those deeper, naming the first one dropped', () => {
    const text = '<div>'.repeat(2000) + 'x' + '</div>'.repeat(2000) + '<p>After.</p>'
    const {tree, cut} = parseHtml(text)
    assert.equal(depthOf(tree), maximumNesting)
    assert.deepEqual(cut, {start: maximumNesting * 5, end: (maximumNesting + 1) * 5})
    const last = tree.children[tree.children.length - 1] as Element
    assert.equal(last.tagName, 'p')
  })

  it('drops nothing at exactly `maximumNesting` nested elements, and keeps the text of the deepest', () => {
    const text = '<span>'.repeat(maximumNesting) + 'x'
    const {tree, cut} = parseHtml(text)
    assert.equal(cut, undefined)
    assert.equal(depthOf(tree), maximumNesting)
  })

  it('counts the content of a `<template>` as nested in it', () => {
    const {tree, cut} = parseHtml('<template>' + '<i>'.repeat(2000) + '</template>')
    assert.notEqual(cut, undefined)
    assert.equal(depthOf(tree), maximumNesting)
  })

  it('names the nearest placed ancestor when the element dropped was made up by the parser (an implied `<tbody>`)', () => {
    const text = '<div>'.repeat(maximumNesting - 1) + '<table><tr><td>x</td></tr></table>'
    const {cut} = parseHtml(text)
    const table = (maximumNesting - 1) * 5
    assert.deepEqual(cut, {start: table, end: table + 7})
  })
})

