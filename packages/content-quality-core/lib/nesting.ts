import type {Root} from 'mdast'
import type {Node, Parent} from 'unist'
import type {VFile} from 'vfile'

/**
 * The deepest nesting of a tree that is linted. remark-lint (its comment
 * handling), `unist-util-visit` and so every rule walk trees recursively and
 * overflow the stack at a few thousand levels; real documents nest a few
 * dozen at most.
 */
export const maximumNesting = 1000

/**
 * The first node of `tree` that lies deeper than `limit` levels (the root is
 * level 0), found without recursion; `undefined` when the tree is shallower.
 */
export function nodeDeeperThan(tree: Node, limit: number): Node | undefined {
  const stack: Array<[Node, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > limit) return node
    const children = (node as Partial<Parent>).children
    if (children) for (const child of children) stack.push([child, depth + 1])
  }
  return undefined
}

/**
 * remark plugin that rejects a document nested deeper than
 * `maximumNesting` levels with one fatal message, before anything walks it
 * recursively. Put it before `remark-lint`.
 */
export function remarkRejectDeepNesting() {
  return function (tree: Root, file: VFile): undefined {
    const node = nodeDeeperThan(tree, maximumNesting)
    if (!node) return
    file.fail(
      'Unexpected nesting deeper than ' + maximumNesting + ' levels, expected at most ' + maximumNesting +
        ' (the document is not linted: deeper trees overflow the stack of remark-lint and its rules)',
      {place: node.position, ruleId: 'nesting', source: 'content-quality'}
    )
  }
}
