import type {ClientCapabilities, Position, Range} from 'vscode-languageserver/node'
import {location} from 'vfile-location'

/** How the characters of a `Position` are counted: UTF-16 code units (the LSP default) or UTF-8 bytes. */
export type PositionEncoding = 'utf-16' | 'utf-8'

/** Capabilities as clients send them: `offsetEncoding` is clangd's older name, which Neovim 0.7 sends. */
type OfferingCapabilities = ClientCapabilities & {offsetEncoding?: unknown}

/**
 * The encoding to count positions in: UTF-8 when the client offers it
 * (`general.positionEncodings` of LSP 3.17, or `offsetEncoding`), since then
 * it counts as the editor's buffer does; UTF-16 otherwise, as LSP requires.
 */
export function negotiateEncoding(capabilities: OfferingCapabilities): PositionEncoding {
  // The LSP 3.17 list, when there is one, is the client's word; clangd's field only stands in for it.
  const offered = capabilities.general?.positionEncodings ?? capabilities.offsetEncoding
  return Array.isArray(offered) && offered.includes('utf-8') ? 'utf-8' : 'utf-16'
}

/** A point as vfile messages give it: 1-based line and column, columns in UTF-16 code units. */
export interface Point {
  line: number
  column: number
}

/**
 * Positions in one text, counted in one encoding. Points of remark messages
 * do not count a leading byte-order mark (micromark drops it); a client's
 * text may still hold one, so it is counted here on the first line.
 */
export class TextPositions {
  private readonly place
  private readonly bom: number

  constructor(
    private readonly text: string,
    private readonly encoding: PositionEncoding
  ) {
    this.place = location(text)
    this.bom = text.charCodeAt(0) === 0xfe_ff ? 1 : 0
  }

  /** The offset (UTF-16, in the text as the client has it) of a message point; clamped to the text. */
  offsetOf(point: Point): number {
    const line = Math.max(1, point.line)
    const column = Math.max(1, point.column) + (line === 1 ? this.bom : 0)
    const offset = this.place.toOffset({line, column})
    if (offset !== undefined) return offset
    // A column past the end of its line, or a line past the end: the end of that line (before its
    // line ending, `\r\n` included), or of the text.
    const next = this.place.toOffset({line: line + 1, column: 1})
    if (next === undefined) return this.text.length
    return Math.max(0, next - (this.text.slice(next - 2, next) === '\r\n' ? 2 : 1))
  }

  /** The LSP position of `offset`. */
  positionOf(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    const point = this.place.toPoint(clamped)
    if (!point) return {line: 0, character: 0}
    const line = point.line - 1
    const inLine = point.column - 1
    if (this.encoding === 'utf-16') return {line, character: inLine}
    return {line, character: Buffer.byteLength(this.text.slice(clamped - inLine, clamped), 'utf8')}
  }

  /** The LSP range from offset `start` to offset `end`. */
  rangeOf(start: number, end: number): Range {
    return {start: this.positionOf(start), end: this.positionOf(Math.max(start, end))}
  }

  /** The range of the whole text. */
  whole(): Range {
    return this.rangeOf(0, this.text.length)
  }
}
