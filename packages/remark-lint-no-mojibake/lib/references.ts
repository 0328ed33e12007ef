/**
 * Character references in prose, resolved as a browser renders them, so that
 * mojibake written partly as entities (`Î&sup3;` for `γ`) is seen whole.
 */
import {characterEntities} from 'character-entities'
import {windows1252} from './code-pages.js'

/** Text with its references resolved, and where each of its characters starts in the source. */
export interface ResolvedText {
  value: string
  /** Source offset of each character of `value`, and one past the end. */
  offsets: number[]
}

const referencePattern = /&(?:#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g

/** Resolve the named and numeric references of `text`; `undefined` when it has none. */
export function resolveReferences(text: string): ResolvedText | undefined {
  if (!text.includes('&')) return undefined
  let value = ''
  const offsets: number[] = []
  let cursor = 0
  const copy = (end: number): void => {
    for (; cursor < end; cursor++) {
      value += text[cursor]
      offsets.push(cursor)
    }
  }
  for (const match of text.matchAll(referencePattern)) {
    const [whole, decimal, hexadecimal, name] = match
    const character = name === undefined ? numericCharacter(decimal === undefined ? Number.parseInt(hexadecimal!, 16) : Number(decimal)) : namedCharacter(name)
    if (character === undefined) continue
    copy(match.index)
    for (const unit of character) {
      value += unit
      offsets.push(match.index)
    }
    cursor = match.index + whole.length
  }
  if (offsets.length === 0) return undefined
  copy(text.length)
  offsets.push(text.length)
  return {value, offsets}
}

function namedCharacter(name: string): string | undefined {
  return Object.hasOwn(characterEntities, name) ? characterEntities[name] : undefined
}

/** A numeric reference as HTML reads it: 0x80–0x9F are Windows-1252, invalid code points are kept as text. */
function numericCharacter(code: number): string | undefined {
  if (code >= 0x80 && code <= 0x9f) {
    const character = windows1252.high[code - 0x80]!
    return character === '\uFFFD' ? undefined : character
  }
  if (code === 0 || code > 0x10_ffff || (code >= 0xd8_00 && code <= 0xdf_ff)) return undefined
  return String.fromCodePoint(code)
}
