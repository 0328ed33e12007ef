import {location, type Location} from 'vfile-location'

/** The last document asked for, and its lines. */
let last: {source: string; place: Location} | undefined

/**
 * Line and column of offsets in `source`, and back (`vfile-location`). Every
 * rule of a run asks for the same document in turn: its line index is built
 * once, not once a rule.
 */
export function documentLocation(source: string): Location {
  if (last === undefined || last.source !== source) last = {source, place: location(source)}
  return last.place
}
