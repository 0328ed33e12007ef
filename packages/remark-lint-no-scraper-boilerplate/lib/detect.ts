import type {Element, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Html, List, Nodes, Parent, Root, RootContent} from 'mdast'
import {defaultReportOptions, htmlUnits, quote, type Finding, type HtmlUnit, type ReportOptions, type Visit} from 'content-quality-core'
import {toString as hastToString} from 'hast-util-to-string'
import {toString as mdastToString} from 'mdast-util-to-string'
import {getDomain} from 'tldts'
import {visit} from 'unist-util-visit'
import {furniturePrefixes, legalPhrases, linkFarmLabels, signUpPatterns} from './phrases.js'

/** Options of `no-scraper-boilerplate`. */
export interface Options extends ReportOptions {
  /** Extra link-farm labels, such as `"more from our network"`. */
  labels: string[]
  /** Extra furniture prefixes, such as `"download our app"`. */
  phrases: string[]
  /** Blocks of links to one site under "Also read" and the like. */
  linkFarms: boolean
  /** Newsletter sign-up boxes: a sign-up phrase near small print. */
  newsletters: boolean
  /** Lines such as "LATEST VIDEOS FROM …" and share, print and comment prompts. */
  furniture: boolean
}

/** Defaults: every check on, no extra phrases. */
export const defaultOptions: Options = {...defaultReportOptions, labels: [], phrases: [], linkFarms: true, newsletters: true, furniture: true}

/** Labelled link farms need this many items; unlabelled ones many more. */
const minLabelledItems = 3
const minUnlabelledItems = 10
/** Sign-up phrase and small print must be this close: blocks apart, characters apart. */
const newsletterBlocks = 4
const newsletterCharacters = 800
const maxFurnitureLength = 120

/** A list that may be a link farm, with what is known around it. */
interface LinkList {
  start: number
  end: number
  items: Array<{single: boolean; url: string | undefined; text: string}>
  /** The block right before it: its text, where it starts, whether it is a heading. */
  before: {text: string; start: number; heading: boolean} | undefined
}

/** A block of text in document order, for sign-up boxes and furniture. */
interface TextBlock {
  start: number
  end: number
  text: string
}

/**
 * Find page furniture that scraping left in a document: link farms ("Also
 * read:" and a list of links to one site), newsletter sign-up boxes, and
 * furniture lines such as "LATEST VIDEOS FROM …" or share prompts.
 */
export function detectScraperBoilerplate(tree: Root, source: string, options: Options = defaultOptions): Finding[] {
  const findings: Finding[] = []
  // One walk reads the markdown and finds the HTML; of each unit, only what the checks need is kept.
  const {markdown, read} = markdownReader(tree, options.linkFarms)
  const blocksByNode = new Map<RootContent, TextBlock[]>()
  for (const unit of htmlUnits(tree, source, read)) {
    if (options.linkFarms) markdown.lists.push(...htmlLists(unit, markdown.places))
    blocksByNode.set(unit.nodes[0]!, htmlBlocks(unit, source))
  }

  if (options.linkFarms) {
    const labels = [...linkFarmLabels, ...options.labels].map(normalize)
    for (const list of markdown.lists) {
      const finding = linkFarm(list, labels, markdown.lastHeading, source)
      if (finding) findings.push(finding)
    }
  }

  const sequences = blockSequences(markdown.sequences, blocksByNode)
  if (options.newsletters) {
    for (const blocks of sequences) findings.push(...newsletterBoxes(blocks, source))
  }
  if (options.furniture) {
    const prefixes = [...furniturePrefixes, ...options.phrases].map(normalize)
    for (const block of sequences.flat()) {
      const text = normalize(block.text)
      const prefix = text.length <= maxFurnitureLength ? prefixes.find((phrase) => startsWithWords(text, phrase)) : undefined
      if (prefix) findings.push(deletion(block.start, block.end, 'page furniture ' + quote(block.text.trim()), source))
    }
  }

  return withoutNested(findings)
}

/** Lower case, folded white space, no surrounding punctuation. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|(?<![\s:.…-])[\s:.…-]+$/gu, '')
}

function startsWithWords(text: string, phrase: string): boolean {
  return text === phrase || (text.startsWith(phrase) && /^[\s\p{P}]/u.test(text.slice(phrase.length)))
}

function deletion(start: number, end: number, what: string, source: string): Finding {
  return {
    start,
    end,
    message: 'Unexpected ' + what + ', expected no scraped page furniture',
    actual: source.slice(start, end),
    expected: ['']
  }
}

/** Judge a list: a labelled block of single links mostly to one site, or a long unlabelled one at the end. */
function linkFarm(list: LinkList, labels: string[], lastHeading: number, source: string): Finding | undefined {
  const {items, before} = list
  const single = items.filter((item) => item.single).length
  const sites = new Map<string, number>()
  for (const item of items) {
    const site = item.url ? siteOf(item.url) : undefined
    if (site) sites.set(site, (sites.get(site) ?? 0) + 1)
  }
  let site = ''
  let siteCount = 0
  for (const [name, count] of sites) if (count > siteCount) [site, siteCount] = [name, count]

  const label = before && labels.includes(normalize(before.text)) ? before : undefined
  let farm: boolean
  if (label) {
    farm = items.length >= minLabelledItems && single >= 0.8 * items.length && siteCount >= 0.6 * items.length
  } else {
    // No label: only a long run of article-like titles to one site, after the last heading, with no heading of its own.
    const titles = items.filter((item) => item.text.split(/\s+/).length >= 3).length
    farm =
      items.length >= minUnlabelledItems &&
      !before?.heading &&
      list.start > lastHeading &&
      single === items.length &&
      siteCount >= 0.8 * items.length &&
      titles >= 0.8 * items.length
  }
  if (!farm) return undefined
  const start = label ? label.start : list.start
  const what = 'link farm' + (label ? ' ' + quote(label.text.trim()) : '') + ' of ' + items.length + ' links to ' + quote(site)
  return deletion(start, list.end, what, source)
}

/** The site of a URL (its registrable domain); `undefined` for local links. */
function siteOf(url: string): string | undefined {
  if (!/^(?:https?:)?\/\//i.test(url)) return undefined
  return getDomain(url.replace(/^\/\//, 'https://')) ?? undefined
}

/** Where a markdown node stands among its siblings. */
type Places = Map<Nodes, {parent: Parent; index: number}>

/** What one walk over the markdown finds for the checks. */
interface Markdown {
  /** Where the last heading starts; -1 without headings. */
  lastHeading: number
  /** Markdown lists that may be link farms (HTML lists join them later). */
  lists: LinkList[]
  /**
   * The blocks of each parent whose children are a run of blocks (the root,
   * block quotes, list items, footnotes, MDX JSX elements such as
   * `<div className="share">`): paragraphs and headings with their text, and
   * `html` nodes, whose blocks are known once the HTML is read.
   */
  sequences: Array<Array<TextBlock | Html>>
  /** Where `html` nodes, and paragraphs holding them, stand among their siblings. */
  places: Places
}

const blockContainers = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition', 'mdxJsxFlowElement'])

/**
 * A reader of the blocks of the markdown, called by `htmlUnits` on each node
 * its walk meets: headings, lists (when `lists` is set), runs of blocks,
 * places of HTML. Paragraphs and headings are read whole (their text, their
 * inline HTML); their descendants, and tables, are not visited.
 */
function markdownReader(tree: Root, lists: boolean): {markdown: Markdown; read: Visit} {
  const rootSequence: Array<TextBlock | Html> = []
  const markdown: Markdown = {lastHeading: -1, lists: [], sequences: [rootSequence], places: new Map()}
  const sequenceOf = new Map<Nodes | Parent, Array<TextBlock | Html>>([[tree, rootSequence]])
  function read(node: RootContent, index: number, parent: Parent): boolean {
    if (blockContainers.has(node.type)) {
      const sequence: Array<TextBlock | Html> = []
      markdown.sequences.push(sequence)
      sequenceOf.set(node, sequence)
      return true
    }
    if (node.type === 'list') {
      const list = lists ? markdownList(node, blockBeforeAt(parent, index)) : undefined
      if (list) markdown.lists.push(list)
      return true
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'html') return node.type !== 'table'

    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return false
    if (node.type === 'heading') markdown.lastHeading = Math.max(markdown.lastHeading, start)
    const sequence = sequenceOf.get(parent)
    if (node.type === 'html') {
      markdown.places.set(node, {parent, index})
      sequence?.push(node)
      return false
    }
    sequence?.push({start, end, text: mdastToString(node, {includeHtml: false})})
    if (node.type === 'paragraph') {
      let inline = false
      for (const [place, child] of node.children.entries()) {
        if (child.type !== 'html') continue
        markdown.places.set(child, {parent: node, index: place})
        inline = true
      }
      if (inline) markdown.places.set(node, {parent, index})
    }
    return false
  }
  return {markdown, read}
}

/** The markdown block before the child at `index` of `parent`, as a possible label. */
function blockBeforeAt(parent: Parent, index: number): LinkList['before'] {
  const previous = index > 0 ? parent.children[index - 1] : undefined
  const start = previous?.position?.start.offset
  if (!previous || start === undefined || (previous.type !== 'paragraph' && previous.type !== 'heading')) return undefined
  return {text: mdastToString(previous, {includeHtml: false}), start, heading: previous.type === 'heading'}
}

/** The markdown block before an `html` node or a paragraph holding one. */
function blockBefore(node: Nodes, places: Places): LinkList['before'] {
  const place = places.get(node)
  return place ? blockBeforeAt(place.parent, place.index) : undefined
}

function markdownList(list: List, before: LinkList['before']): LinkList | undefined {
  const start = list.position?.start.offset
  const end = list.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const items = list.children.map(function (item) {
    const paragraph = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0]! : undefined
    const links: string[] = []
    if (paragraph) visit(paragraph, 'link', (link) => void links.push(link.url))
    const text = mdastToString(item, {includeHtml: false}).trim()
    const linkText = paragraph ? linkTextOf(paragraph) : ''
    return {single: links.length === 1 && text === linkText, url: links[0], text}
  })
  return {start, end, items, before}
}

function linkTextOf(paragraph: Nodes): string {
  let text = ''
  visit(paragraph, 'link', function (link) {
    text += mdastToString(link, {includeHtml: false})
  })
  return text.trim()
}

/** `<ul>` and `<ol>` in a unit of raw HTML; the block before is the text before the list or its wrappers. */
function htmlLists(unit: HtmlUnit, places: Places): LinkList[] {
  const lists: LinkList[] = []
  eachElement(unit.tree, function (element, ancestors) {
    if (element.tagName !== 'ul' && element.tagName !== 'ol') return
    const items = element.children
      .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
      .map(function (item) {
        const anchors: Element[] = []
        visit(item, 'element', (node: Element) => void (node.tagName === 'a' && anchors.push(node)))
        const href = anchors[0]?.properties.href
        const text = hastToString(item).replace(/\s+/g, ' ').trim()
        const single = anchors.length === 1 && hastToString(anchors[0]!).replace(/\s+/g, ' ').trim() === text
        return {single, url: typeof href === 'string' ? href : undefined, text}
      })
    // Climb wrappers that hold nothing but the list (`<div><ul>…</ul></div>`).
    let block: Element = element
    let index = ancestors.length - 1
    let previous: HastContent | undefined
    while (index >= 0) {
      const parent = ancestors[index]!
      const own: HastContent[] = (parent.children as HastContent[]).filter((child) => !isBlank(child))
      const at = own.indexOf(block as HastContent)
      if (at > 0) {
        previous = own[at - 1]
        break
      }
      if (parent.type !== 'element' || own.length > 1) break
      block = parent
      index--
    }
    const range = block.position
    if (range?.start.offset === undefined || range.end.offset === undefined) return
    let before: LinkList['before']
    if (previous && previous.position?.start.offset !== undefined) {
      const heading = previous.type === 'element' && /^h[1-6]$/.test(previous.tagName)
      before = {text: hastToString(previous), start: previous.position.start.offset, heading}
    } else if (!previous) {
      before = blockBefore(unit.nodes[0]!, places) ?? blockBefore(parentOf(unit.nodes[0]!, places), places)
    }
    lists.push({start: range.start.offset, end: range.end.offset, items, before})
  })
  return lists
}

/**
 * Call `enter` on each element of `tree` in document order with its
 * ancestors, the root first (as `visitParents` does, on one stack instead of
 * a new array for every node).
 */
function eachElement(tree: HastRoot, enter: (element: Element, ancestors: ReadonlyArray<HastRoot | Element>) => void): void {
  const ancestors: Array<HastRoot | Element> = []
  const below = (parent: HastRoot | Element): void => {
    ancestors.push(parent)
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      enter(child, ancestors)
      below(child)
    }
    ancestors.pop()
  }
  below(tree)
}

/** The parent of an inline `html` node (its paragraph), or the node itself at block level. */
function parentOf(node: Nodes, places: Places): Nodes {
  const parent = places.get(node)?.parent as Nodes | undefined
  return parent && parent.type === 'paragraph' ? parent : node
}

function isBlank(node: HastContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'comment'
}

/** Runs of sibling blocks with their text, each `html` node that starts a unit replaced by the unit's blocks. */
function blockSequences(sequences: Array<Array<TextBlock | Html>>, blocksByNode: Map<RootContent, TextBlock[]>): TextBlock[][] {
  const runs: TextBlock[][] = []
  for (const sequence of sequences) {
    const blocks: TextBlock[] = []
    for (const entry of sequence) {
      if (!('type' in entry)) blocks.push(entry)
      else blocks.push(...(blocksByNode.get(entry) ?? []))
    }
    if (blocks.length > 0) runs.push(blocks)
  }
  return runs
}

const textBlockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'strong', 'em', 'b', 'div', 'li'])

/**
 * The text blocks of an HTML unit: elements with text and no element of
 * their own inside, and loose text. A block never holds markdown: an element
 * that reaches over a markdown paragraph (`<div>`, a paragraph of the post,
 * a furniture line, `</div>`) is no block, and its text is read as loose
 * text, piece by piece.
 */
function htmlBlocks(unit: HtmlUnit, source: string): TextBlock[] {
  const layout = layoutOf(unit)
  const blocks: TextBlock[] = []
  visit(unit.tree, function (node) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (
      node.type === 'element' &&
      textBlockTags.has(node.tagName) &&
      !node.children.some((child) => child.type === 'element' && textBlockTags.has(child.tagName)) &&
      !holdsMarkdown(layout, start, end)
    ) {
      const text = hastToString(node)
      if (text.trim()) blocks.push({start, end, text})
      return 'skip'
    }
    if (node.type === 'text' && node.value.trim()) {
      const block = looseText(node.value, start, end, layout, source)
      if (block) blocks.push(block)
    }
    return undefined
  })
  return blocks
}

/** Where the `html` nodes of a unit and its markdown stand, each in document order, to look up by offset. */
interface UnitLayout {
  html: Array<[number, number]>
  markdown: Array<[number, number]>
  /** Whether some markdown of the unit has no place: it may stand anywhere. */
  unplacedMarkdown: boolean
}

function layoutOf(unit: HtmlUnit): UnitLayout {
  const layout: UnitLayout = {html: [], markdown: [], unplacedMarkdown: false}
  for (const node of unit.nodes) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      if (node.type !== 'html') layout.unplacedMarkdown = true
    } else if (node.type === 'html') {
      layout.html.push([start, end])
    } else {
      layout.markdown.push([start, end])
    }
  }
  return layout
}

/** Index of the first of `ranges` (siblings, in document order) that ends after `offset`; `ranges.length` when none does. */
function firstEndingAfter(ranges: Array<[number, number]>, offset: number): number {
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]![1] > offset) high = middle
    else low = middle + 1
  }
  return low
}

/** Whether `source[start, end)` reaches over markdown of the unit (anything but its `html` nodes). */
function holdsMarkdown(layout: UnitLayout, start: number, end: number): boolean {
  const next = layout.markdown[firstEndingAfter(layout.markdown, start)]
  return layout.unplacedMarkdown || (next !== undefined && next[0] < end)
}

/**
 * The block of loose text `value`, which the parser places from `start` to
 * `end`: the stretch of source inside one `html` node of the unit that holds
 * its words, without white space, a block quote's `>` or stray end tags
 * before it (a stray end tag moves `start` back to where the unit starts),
 * or white space after.
 * The white space of `value` can stand for markdown between two `html`
 * nodes (`<br>`, a furniture line, a paragraph of the post, `<br>`): when
 * the words stand in more than one `html` node, there is no block, so that
 * no range ever reaches over markdown. `value` (entities decoded) is the
 * text judged.
 */
function looseText(value: string, start: number, end: number, layout: UnitLayout, source: string): TextBlock | undefined {
  const text = value.trim()
  // What can stand before the words: white space, stray end tags, and the `>` of a block quote's lines.
  const before = text.startsWith('>') ? /^(?:\s|<\/[a-zA-Z][^>]*>)*/ : /^(?:\s|>|<\/[a-zA-Z][^>]*>)*/
  let stretch: [number, number] | undefined
  for (let index = firstEndingAfter(layout.html, start); index < layout.html.length && layout.html[index]![0] < end; index++) {
    const [nodeStart, nodeEnd] = layout.html[index]!
    let from = Math.max(start, nodeStart)
    let to = Math.min(end, nodeEnd)
    from += before.exec(source.slice(from, to))![0].length
    while (to > from && /\s/.test(source.charAt(to - 1))) to--
    if (to <= from) continue
    if (stretch) return undefined
    stretch = [from, to]
  }
  return stretch && {start: stretch[0], end: stretch[1], text}
}

/** Whether `text` has a sentence of small print (see `legalPhrases`). */
function isSmallPrint(text: string): boolean {
  return text.split('.').some((sentence) =>
    legalPhrases.some(([phrase, completion]) => {
      const match = phrase.exec(sentence)
      return match !== null && (!completion || completion.test(sentence.slice(match.index + match[0].length)))
    })
  )
}

/** A sign-up phrase and small print within a few blocks: from the sign-up block to the small print. */
function newsletterBoxes(blocks: TextBlock[], source: string): Finding[] {
  const findings: Finding[] = []
  let taken = -1
  for (const [index, block] of blocks.entries()) {
    if (block.start < taken || !isSmallPrint(block.text)) continue
    let first = -1
    for (let back = index; back >= 0 && back >= index - newsletterBlocks; back--) {
      const candidate = blocks[back]!
      if (candidate.start < taken || block.start - candidate.end > newsletterCharacters) break
      if (signUpPatterns.some((pattern) => pattern.test(candidate.text))) first = back
    }
    if (first === -1) continue
    const start = blocks[first]!.start
    findings.push(deletion(start, block.end, 'newsletter sign-up block', source))
    taken = block.end
  }
  return findings
}

/** Drop findings inside another one (a furniture line inside a sign-up block), sorted by position. */
function withoutNested(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Finding[] = []
  let reach = -1
  for (const finding of findings) {
    if (finding.end <= reach) continue
    kept.push(finding)
    reach = finding.end
  }
  return kept
}
