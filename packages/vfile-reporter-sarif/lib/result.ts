import type {Fix, Location, Region, Result} from 'sarif'
import type {VFileMessage} from 'vfile-message'

type Point = {line: number; column: number}
type Place = Point | {start: Point; end: Point}

/**
 * One SARIF result for a message: `<source>:<ruleId>` as rule id, level
 * `error` for fatal messages, `warning` for warnings and `note` for the rest,
 * the location in `uri`, a related location from `cause` (in `causeUri`,
 * by default the same file) and one fix per `expected` replacement.
 */
export function toResult(message: VFileMessage, uri: string, causeUri = uri): Result {
  const result: Result = {
    ruleId: ruleIdOf(message),
    level: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
    message: {text: message.reason},
    locations: [locationOf(uri, message.place)]
  }

  const cause = message.cause as {reason?: unknown; place?: Place} | undefined
  if (cause && typeof cause.reason === 'string' && cause.place) {
    result.relatedLocations = [{...locationOf(causeUri, cause.place), id: 1, message: {text: cause.reason}}]
  }

  const region = regionOf(message.place)
  if (message.expected && message.expected.length > 0 && region) {
    result.fixes = message.expected.map(
      (text): Fix => ({
        description: {text: text === '' ? 'Delete the text' : 'Replace with `' + text + '`'},
        artifactChanges: [
          {artifactLocation: {uri}, replacements: [{deletedRegion: region, insertedContent: {text}}]}
        ]
      })
    )
  }

  return result
}

/** `remark-lint:no-mojibake` for a message from rule `no-mojibake` of `remark-lint`. */
function ruleIdOf(message: VFileMessage): string {
  return [message.source, message.ruleId].filter(Boolean).join(':') || 'unknown'
}

function locationOf(uri: string, place: Place | undefined): Location {
  const region = regionOf(place)
  return {physicalLocation: {artifactLocation: {uri}, ...(region ? {region} : {})}}
}

/** A SARIF region (1-based lines and columns, end column exclusive, as in unist). */
function regionOf(place: Place | undefined): Region | undefined {
  if (!place) return undefined
  if ('start' in place) {
    return {
      startLine: place.start.line,
      startColumn: place.start.column,
      endLine: place.end.line,
      endColumn: place.end.column
    }
  }
  return {startLine: place.line, startColumn: place.column}
}
