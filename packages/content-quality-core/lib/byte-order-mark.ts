import {VFile} from 'vfile'

/**
 * Make `String(file)` read as the tree does, without the leading byte-order
 * mark micromark drops, until `remarkShowByteOrderMark` puts it back.
 * remark-lint's comment markers (`unified-message-control`) count message
 * offsets in `String(file)` and compare them with the tree's, so in a file
 * that starts with a mark every message after the first line landed one
 * character late, and one at the end of a block fell into the gap after it
 * and was dropped. Every rule calls this before it reports, and remark-lint's
 * message control runs after the rules, so the markers judge messages right
 * in any configuration that holds one of the rules. `file.value` is never
 * changed.
 */
export function hideByteOrderMark(file: VFile): void {
  if (Object.hasOwn(file, 'toString') || VFile.prototype.toString.call(file).charCodeAt(0) !== 0xfe_ff) return
  Object.defineProperty(file, 'toString', {configurable: true, writable: true, value: withoutByteOrderMark})
}

/**
 * remark plugin that undoes `hideByteOrderMark` at the end of the run. Every
 * rule adds it when the processor is frozen, which puts it after the message
 * control that remark-lint adds then too (remark-lint comes before the rules).
 */
export function remarkShowByteOrderMark() {
  return function (_: unknown, file: VFile): undefined {
    if (Object.getOwnPropertyDescriptor(file, 'toString')?.value === withoutByteOrderMark) delete (file as Partial<VFile>).toString
  }
}

/**
 * The source text the tree's offsets refer to: micromark drops one leading
 * byte-order mark. Read from the file's value, not `String(file)`, which
 * may already be without it (`hideByteOrderMark`): a second mark is text.
 */
export function sourceOf(file: VFile): string {
  return withoutMark(VFile.prototype.toString.call(file))
}

/** `String(file)` without one leading byte-order mark. */
function withoutByteOrderMark(this: VFile, encoding?: string): string {
  return withoutMark(VFile.prototype.toString.call(this, encoding))
}

/** `text` without one leading byte-order mark. */
function withoutMark(text: string): string {
  return text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
}
