import type {Root as HastRoot} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'
import {maximumNesting} from './nesting.js'

type Parse5Node = DefaultTreeAdapterMap['node']

/** Raw HTML parsed as a fragment, and where it was cut for being too deep. */
export interface ParsedHtml {
  /** The fragment as hast, with positions relative to the parsed text. */
  tree: HastRoot
  /**
   * The start tag of the first element dropped for lying deeper than
   * `maximumNesting` elements; `undefined` when none was.
   */
  cut: {start: number; end: number} | undefined
}

/**
 * Parse raw HTML as a browser would (parse5, as a fragment, scripting off),
 * never throwing on bad markup. parse5 builds any depth, but turning its
 * tree into hast and every walk over hast recurse: elements deeper than
 * `maximumNesting` are dropped with what they hold (and `cut` says where),
 * so a document of 2,000 nested `<div>` is read to that depth instead of
 * overflowing the stack.
 */
export function parseHtml(text: string): ParsedHtml {
  const fragment = parseFragment(text, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const cut = cutDeeperThan(fragment, maximumNesting)
  return {tree: fromParse5(fragment, {file: new VFile(text)}) as HastRoot, cut}
}

/**
 * Drop the elements nested deeper than `depth` elements, without recursion;
 * the start tag of the first dropped, or of its nearest ancestor with a
 * place when the parser made it up (an implied `<tbody>`), so that a cut is
 * never silent.
 */
function cutDeeperThan(root: Parse5Node, depth: number): ParsedHtml['cut'] {
  let cut: ParsedHtml['cut']
  // Each node with the number of elements it stands in, and the start tag of the nearest element with a place.
  const stack: Array<{node: Parse5Node; depth: number; tag: ParsedHtml['cut']}> = [{node: root, depth: 0, tag: undefined}]
  while (stack.length > 0) {
    const {node, depth: level, tag: above} = stack.pop()!
    const children = childrenOf(node)
    const inside = 'tagName' in node ? level + 1 : level
    const tag = startTagOf(node) ?? above
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!
      if (inside < depth || !('tagName' in child)) {
        stack.push({node: child, depth: inside, tag})
        continue
      }
      const dropped = startTagOf(child) ?? tag ?? {start: 0, end: 0}
      if (cut === undefined || dropped.start < cut.start) cut = dropped
      children.splice(index, 1)
    }
  }
  return cut
}

/** Where the start tag of an element stands, if the parser placed it. */
function startTagOf(node: Parse5Node): ParsedHtml['cut'] {
  if (!('tagName' in node)) return undefined
  const tag = node.sourceCodeLocation?.startTag ?? node.sourceCodeLocation
  return tag ? {start: tag.startOffset, end: tag.endOffset} : undefined
}

/** The child nodes of a parse5 node; a `<template>` holds its content in a fragment of its own. */
function childrenOf(node: Parse5Node): Parse5Node[] {
  if ('content' in node && node.content) return node.content.childNodes
  return 'childNodes' in node ? node.childNodes : []
}
