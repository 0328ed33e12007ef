import type {Element} from 'hast'
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx'
import {h} from 'hastscript'

/** An MDX JSX element, as `remark-mdx` (or the preset, for `.mdx` files) parses it. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** Whether `node` is an MDX JSX element (`<ins className="adsbygoogle" />`). */
export function isJsxElement(node: {type: string}): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

/**
 * An MDX JSX element read as the HTML element it writes, without its
 * children: the tag name, and the attributes whose values are plain strings
 * (or none, as `hidden`), with HTML's property names (`className` or
 * `class` both give `className`, split into classes). Attributes written as
 * expressions (`style={{…}}`, `{...props}`) are left out: their value is
 * only known when the code runs, and a linter never runs a document's code.
 * A component (`<Ad />`, `<motion.div>`) is an element named as written; a
 * fragment (`<>`) has the empty name.
 */
export function jsxAsElement(node: JsxElement): Element {
  const properties: Record<string, string | boolean> = {}
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value
  }
  // hastscript maps attribute names to properties; the name is set after, as written, never read as a selector (`motion.div`).
  const element = h('div', properties)
  element.tagName = node.name ?? ''
  if (node.position) element.position = node.position
  return element
}
