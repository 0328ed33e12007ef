import type {Nodes as HastNodes, Parents as HastParents} from 'hast'
import type {Nodes as MdastNodes, Parents as MdastParents} from 'mdast'

/**
 * Call `enter` on every node of a tree in document order (preorder), with
 * its index and parent; `tree` itself comes first, without either. When
 * `enter` returns `false`, the node's children are skipped. Unlike
 * `unist-util-visit`, it makes no closure, name or ancestor array per node:
 * rules walk whole documents several times, and on a megabyte of markdown
 * that garbage costs more than the walk itself.
 */
export function walk(tree: MdastNodes, enter: (node: MdastNodes, index: number | undefined, parent: MdastParents | undefined) => boolean | undefined): void
export function walk(tree: HastNodes, enter: (node: HastNodes, index: number | undefined, parent: HastParents | undefined) => boolean | undefined): void
export function walk(tree: object, enter: (node: never, index: number | undefined, parent: never) => boolean | undefined): void {
  const call = enter as Enter
  if (call(tree as Tree, undefined, undefined) !== false) walkChildren(tree as Tree, call)
}

interface Tree {
  children?: Tree[]
}

type Enter = (node: Tree, index: number | undefined, parent: Tree | undefined) => boolean | undefined

function walkChildren(parent: Tree, enter: Enter): void {
  const children = parent.children
  if (!children) return
  for (let index = 0; index < children.length; index++) {
    if (enter(children[index]!, index, parent) !== false) walkChildren(children[index]!, enter)
  }
}
