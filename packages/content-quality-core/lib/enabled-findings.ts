import type {Root} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import {messageControl} from 'unified-message-control'
import {VFile} from 'vfile'
import type {Location} from 'vfile-location'
import type {Finding} from './finding.js'

/**
 * The nodes remark-lint reads comment markers from (`remark-message-control`):
 * HTML comments, and comments in MDX expressions.
 */
const markerNodes = ['comment', 'html', 'mdxFlowExpression', 'mdxTextExpression']

/**
 * The findings of rule `id` that `<!-- lint disable id -->` and the other
 * comment markers leave on, judged as remark-lint judges the messages it
 * reports (`unified-message-control`, with remark-lint's name and source).
 * Run before the message cap, so that the messages kept are ones the reader
 * will see: otherwise 200 findings in a disabled part would hide the rest.
 * Each finding is judged by where it starts, as its message would be.
 */
export function enabledFindings(tree: Root, text: string, id: string, findings: Finding[], place: Location): Finding[] {
  const probes = findings.map(function (finding, index) {
    const point = place.toPoint(finding.start)
    return {source: 'remark-lint', ruleId: id, line: point?.line, column: point?.column, index}
  })
  const file = new VFile({value: text})
  // Only these fields are read, and the list is filtered in place.
  file.messages = probes as never
  messageControl(tree, {file, marker: commentMarker, name: 'lint', source: 'remark-lint', test: markerNodes})
  return (file.messages as unknown as typeof probes).map((probe) => findings[probe.index]!)
}
