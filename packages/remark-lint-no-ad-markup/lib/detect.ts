import type {Comment, Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {Root, RootContent} from 'mdast'
import {toString} from 'hast-util-to-string'
import {
  defaultReportOptions,
  htmlUnits,
  isJsxElement,
  jsxAsElement,
  maximumNesting,
  OptionsError,
  quote,
  type Finding,
  type JsxElement,
  type ReportOptions
} from 'content-quality-core'
import {visit} from 'unist-util-visit'
import {classifyUrl, hostIn, remoteHost, urlSignatures, type UrlKind} from './classify-url.js'
import type {FilterLists, RequestType} from './filter-lists.js'
import {adMarkerComment, adScriptCode, adSlotClasses, adSlotIds, markerCloses, markerOpens} from './signatures.js'

/** Options of `no-ad-markup`. */
export interface Options extends ReportOptions {
  /** Extra hosts that serve ads (subdomains included). */
  adHosts: string[]
  /** Extra hosts whose links are affiliate links. */
  affiliateHosts: string[]
  /** Extra regular expressions (sources, case-insensitive) that affiliate URLs match. */
  affiliatePatterns: string[]
  /** Hosts never reported, whatever the signatures say (subdomains included). */
  allowHosts: string[]
  /** Leave links marked `rel="sponsored"` alone: they are disclosed. */
  allowSponsored: boolean
  /** Ad slots (AdSense, Google Publisher Tag, slot wrappers) and ad code: scripts, frames and images from ad servers. */
  adCode: boolean
  /** Comments that mark ads, such as `<!-- affiliate ads begin -->`. */
  adMarkers: boolean
  /** Affiliate links and banners, in HTML and markdown. */
  affiliateLinks: boolean
  /** Images of 0 or 1 pixel, or hidden, that load from another site. */
  trackingPixels: boolean
  /** Paths of Adblock Plus filter lists (EasyList, EasyPrivacy) to check URLs and elements against. */
  filterLists: string[]
}

/** Defaults: every check on, no extra signatures, no filter lists. */
export const defaultOptions: Options = {
  ...defaultReportOptions,
  adHosts: [],
  affiliateHosts: [],
  affiliatePatterns: [],
  allowHosts: [],
  allowSponsored: true,
  adCode: true,
  adMarkers: true,
  affiliateLinks: true,
  trackingPixels: true,
  filterLists: []
}

/** Options with the filter lists loaded (see `filter-lists.ts`). */
export type Settings = Options & {filters?: FilterLists}

/** Check that every `affiliatePatterns` entry is a regular expression; throws an `OptionsError`. */
export function checkPatterns(options: Options): Options {
  for (const source of options.affiliatePatterns) {
    try {
      // A user's pattern: only whether it compiles is checked here.
      new RegExp(source, 'i')
    } catch (error) {
      throw new OptionsError(
        'Unexpected value `' + source + '` for option `affiliatePatterns`, expected regular expressions (' +
          String((error as Error).message) + ')'
      )
    }
  }
  return options
}

/** One piece of ad markup: an element, a markdown link, a marker comment. */
interface Part {
  start: number
  end: number
  /** What it is, for the message: `AdSense slot`, `tracking pixel from \`x\``. */
  name: string
  /** What a fix keeps of it: the words of an affiliate text link; `undefined` keeps nothing. */
  keep?: string
  /** A link definition: deleting it would break its references, so there is no fix. */
  definition?: boolean
}

/** An ad marker comment and whether it opens or closes a marked block. */
interface Marker {
  start: number
  end: number
  role: 'open' | 'close' | 'single'
}

/** Ad parts that belong together, reported as one message. */
interface AdUnit {
  start: number
  end: number
  parts: Part[]
  marked: boolean
}

/**
 * Find embedded ads in a document: ad slots and ad code, affiliate links and
 * banners, tracking pixels and ad marker comments; with filter lists, also
 * what they block or hide. Parts that belong together (a block between
 * marker comments, a banner and its pixel, a slot and its script) are one
 * finding covering the whole unit.
 */
export function detectAdMarkup(tree: Root, source: string, options: Settings = defaultOptions): Finding[] {
  const signatures = urlSignatures(options)
  const parts: Part[] = []
  const markers: Marker[] = []
  // HTML too deep to read: one message, as ads can hide there.
  let cut: {start: number; end: number} | undefined

  // Markdown links and images are read in the same walk that finds the HTML.
  for (const unit of htmlUnits(tree, source, inspectMarkdown)) {
    if (unit.cut && !cut) cut = unit.cut
    const hidden = options.filters ? hiddenElements(unit.tree, options.filters) : undefined
    for (const child of unit.tree.children) inspectHtml(child, false)

    function inspectHtml(node: HastContent | ElementContent, sponsored: boolean): void {
      if (node.type === 'comment') {
        if (options.adMarkers) inspectComment(node)
      } else if (node.type === 'element') {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) return
        const inSponsored = sponsored || (node.tagName === 'a' && isSponsored(node) && options.allowSponsored)
        const part = htmlPart(node, inSponsored) ?? filterPart(node, hidden?.get(node))
        if (part) parts.push({start, end, ...part})
        for (const child of node.children) inspectHtml(child, inSponsored)
      }
    }
  }

  const findings = groupIntoUnits(parts, markers, source).map((unit) => toFinding(unit, source))
  if (cut && (options.adCode || options.adMarkers || options.affiliateLinks || options.trackingPixels)) findings.push(tooDeepFinding(cut, source))
  return findings.sort((a, b) => a.start - b.start)

  /** A markdown link, image or definition to an affiliate network or ad server, or an MDX JSX element. */
  function inspectMarkdown(node: RootContent): undefined {
    if (isJsxElement(node)) return inspectJsx(node)
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const kind = classifyUrl(node.url, signatures)
    const checked = kind?.kind === 'affiliate' ? options.affiliateLinks : kind ? options.adCode : true
    const name = kind ? kindName(kind, node.type === 'image' ? 'image' : 'link') : filterName(node.url, node.type === 'image' ? 'image' : 'other')
    if (!name || !checked) return
    if (node.type === 'definition') {
      parts.push({start, end, name: name + ' definition', definition: true})
    } else if (node.type === 'link' && !isImageOnly(node.children)) {
      const first = node.children[0]?.position?.start.offset
      const last = node.children[node.children.length - 1]?.position?.end.offset
      const keep = first !== undefined && last !== undefined ? source.slice(first, last) : ''
      parts.push({start, end, name, keep})
    } else {
      parts.push({start, end, name: node.type === 'link' ? name.replace(/ link$/, ' banner') : name})
    }
  }

  /** An MDX JSX element (`<ins className="adsbygoogle" />`), judged as the HTML element it writes; the walk goes on into its children. */
  function inspectJsx(node: JsxElement): undefined {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const element = jsxAsElement(node)
    const sponsored = element.tagName === 'a' && isSponsored(element) && options.allowSponsored
    const part = htmlPart(element, sponsored, node.children) ?? filterPart(element, undefined)
    if (part) parts.push({start, end, ...part})
  }

  function inspectComment(node: Comment): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || !adMarkerComment.test(node.value)) return
    const role = markerCloses.test(node.value) ? 'close' : markerOpens.test(node.value) ? 'open' : 'single'
    markers.push({start, end, role})
  }

  /** The built-in verdict on one element, from its tag, classes, id and URLs; `content` is what it holds (hast, or the mdast of a JSX element). */
  function htmlPart(element: Element, sponsored: boolean, content: Content[] = element.children): Omit<Part, 'start' | 'end'> | undefined {
    const properties = element.properties
    if (options.adCode) {
      for (const className of classNames(element)) {
        const slot = adSlotClasses.find(({pattern}) => pattern.test(className))
        if (slot) return {name: slot.name}
      }
      const id = typeof properties.id === 'string' ? properties.id : ''
      const slot = adSlotIds.find(({pattern}) => pattern.test(id))
      if (slot) return {name: slot.name}
      if (element.tagName === 'script') {
        const code = adScriptCode.find(({pattern}) => pattern.test(toString(element)))
        if (code) return {name: code.name}
      }
    }

    const url = urlOf(element)
    if (url === undefined) return undefined
    if (element.tagName === 'img' && options.trackingPixels && isPixel(element)) {
      const host = remoteHost(url)
      if (host && !hostIn(host, signatures.allowHosts)) {
        return {name: 'tracking pixel from ' + quote(host)}
      }
    }
    const kind = classifyUrl(url, signatures)
    if (kind?.kind === 'affiliate' && options.affiliateLinks && !sponsored) {
      if (element.tagName !== 'a') return {name: kindName(kind, 'image')}
      if (isImageOnly(content)) return {name: kindName(kind, 'banner')}
      return {name: kindName(kind, 'link'), keep: innerSource(content, source)}
    }
    if (kind?.kind === 'ad-server' && options.adCode && element.tagName !== 'a') {
      return {name: kindName(kind, element.tagName === 'script' ? 'script' : element.tagName === 'img' ? 'image' : 'frame')}
    }
    return undefined
  }

  /** The filter lists' verdict on an element the built-in signatures let pass. */
  function filterPart(element: Element, hiddenBy: string | undefined): Omit<Part, 'start' | 'end'> | undefined {
    if (hiddenBy) return {name: 'element hidden by filter ' + quote(hiddenBy)}
    const url = urlOf(element)
    if (url === undefined) return undefined
    const type = requestTypes[element.tagName] ?? 'other'
    const name = filterName(url, type)
    return name ? {name} : undefined
  }

  function filterName(url: string, type: RequestType): string | undefined {
    if (!options.filters) return undefined
    const host = remoteHost(url)
    if (!host || hostIn(host, signatures.allowHosts)) {
      return undefined
    }
    const filter = options.filters.matchUrl(url, type)
    return filter ? quote(host) + ' blocked by filter ' + quote(filter) : undefined
  }
}

const requestTypes: Record<string, RequestType> = {script: 'script', img: 'image', iframe: 'sub_frame', a: 'other'}

function hiddenElements(tree: HastRoot, filters: FilterLists): Map<Element, string> {
  const classes = new Set<string>()
  const ids = new Set<string>()
  const hrefs = new Set<string>()
  visit(tree, 'element', function (element: Element) {
    for (const className of classNames(element)) classes.add(className)
    if (typeof element.properties.id === 'string') ids.add(element.properties.id)
    if (typeof element.properties.href === 'string') hrefs.add(element.properties.href)
  })
  return filters.matchElements(tree, [...classes], [...ids], [...hrefs])
}

function classNames(element: Element): string[] {
  const value = element.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

/** The URL an element loads or links to. */
function urlOf(element: Element): string | undefined {
  const property = element.tagName === 'a' ? 'href' : 'src'
  const value = element.properties[property]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function isSponsored(element: Element): boolean {
  const rel = element.properties.rel
  return Array.isArray(rel) && rel.some((value) => String(value).toLowerCase() === 'sponsored')
}

/** An image of 0 or 1 pixel, by attribute or style, or hidden by style. */
function isPixel(element: Element): boolean {
  const {width, height, style} = element.properties
  if (isTiny(width) || isTiny(height)) return true
  const css = typeof style === 'string' ? style.toLowerCase().replace(/\s+/g, '') : ''
  return /(?:^|;)(?:display:none|visibility:hidden|(?:width|height):[01](?:px)?(?:;|$))/.test(css)
}

function isTiny(value: unknown): boolean {
  return value !== undefined && value !== null && /^\s*[01](?:px)?\s*$/.test(String(value))
}

/** A node of what a link holds: hast, mdast, or MDX JSX. */
type Content = {type: string; value?: string; children?: unknown[]; tagName?: string; name?: string | null; position?: Element['position']}

/** Whether a link's content is images only (a banner), not words. */
function isImageOnly(children: Content[]): boolean {
  let images = 0
  const walk = (nodes: Content[]): boolean =>
    nodes.every(function (node) {
      if (node.type === 'image' || (node.type === 'element' && node.tagName === 'img') || (isJsxElement(node) && node.name === 'img')) {
        images++
        return true
      }
      if (node.type === 'text') return (node.value ?? '').trim() === ''
      if (node.type === 'comment') return true
      return node.children ? walk(node.children as Content[]) : true
    })
  return walk(children) && images > 0
}

/** The source of an element's content: from its first child to its last. */
function innerSource(children: Content[], source: string): string {
  const from = children[0]?.position?.start.offset
  const to = children[children.length - 1]?.position?.end.offset
  return from !== undefined && to !== undefined ? source.slice(from, to) : ''
}

function kindName(kind: UrlKind, what: 'link' | 'banner' | 'image' | 'script' | 'frame'): string {
  return kind.kind === 'affiliate'
    ? kind.network + ' affiliate ' + what
    : 'ad ' + what + ' from ' + quote(kind.host)
}

/**
 * Group parts into units: everything between paired marker comments is one
 * unit; other parts join the unit before them when they lie inside it or
 * follow it on the next line (a banner and its pixel, a slot and its script),
 * except that two affiliate text links in a sentence stay apart.
 */
function groupIntoUnits(parts: Part[], markers: Marker[], source: string): AdUnit[] {
  const blocks: AdUnit[] = []
  let open: Marker | undefined
  const single = (marker: Marker): void => {
    parts.push({start: marker.start, end: marker.end, name: 'ad marker comment'})
  }
  for (const marker of markers.sort((a, b) => a.start - b.start)) {
    if (marker.role === 'open') {
      if (open) single(open)
      open = marker
    } else if (marker.role === 'close' && open) {
      blocks.push({start: open.start, end: marker.end, parts: [], marked: true})
      open = undefined
    } else {
      single(marker)
    }
  }
  if (open) single(open)

  parts.sort((a, b) => a.start - b.start || b.end - a.end)
  const units: AdUnit[] = []
  let next = 0
  let current: AdUnit | undefined
  for (const part of parts) {
    while (next < blocks.length && blocks[next]!.end <= part.start) next++
    const block = blocks[next]
    if (block && block.start <= part.start && part.end <= block.end) {
      block.parts.push(part)
      continue
    }
    if (current && belongsTo(part, current, source)) {
      current.parts.push(part)
      current.end = Math.max(current.end, part.end)
    } else {
      current = {start: part.start, end: part.end, parts: [part], marked: false}
      units.push(current)
    }
  }
  return [...blocks, ...units].sort((a, b) => a.start - b.start)
}

function belongsTo(part: Part, unit: AdUnit, source: string): boolean {
  if (part.start < unit.end) return true
  const gap = source.slice(unit.end, part.start)
  // Parts on the same or the next line belong together (any line ending).
  if (/[^ \t\r\n]/.test(gap) || gap.replace('\r\n', '\n').replace(/[ \t]/g, '').length > 1) return false
  const last = unit.parts[unit.parts.length - 1]!
  return last.keep === undefined || part.keep === undefined
}

/** The message for HTML nested too deep to read, at the start tag of the first element left out; no fix. */
function tooDeepFinding(cut: {start: number; end: number}, source: string): Finding {
  return {
    start: cut.start,
    end: cut.end,
    message:
      'Unexpected HTML nested deeper than ' + maximumNesting + ' elements, expected at most ' + maximumNesting +
      ' (this element and what it holds are not checked for ads)',
    actual: source.slice(cut.start, cut.end)
  }
}

function toFinding(unit: AdUnit, source: string): Finding {
  // Parts inside another part (the image of a banner) keep nothing of their own.
  const outer: Part[] = []
  let reach = -1
  for (const part of unit.parts) {
    if (part.end > reach) outer.push(part)
    reach = Math.max(reach, part.end)
  }
  const names = [...new Set([...(unit.marked ? ['ad marker comments'] : []), ...unit.parts.map((part) => part.name)])]
  const keep = unit.marked ? '' : outer.map((part) => part.keep ?? '').join('')
  const what = names.length === 1 ? names[0]! : 'ad unit (' + names.join(', ') + ')'
  const finding: Finding = {
    start: unit.start,
    end: unit.end,
    message: 'Unexpected ' + what + ', expected ' + (keep ? 'its text without the link' : 'no ad markup'),
    actual: source.slice(unit.start, unit.end)
  }
  if (!unit.parts.some((part) => part.definition)) finding.expected = [keep]
  return finding
}
