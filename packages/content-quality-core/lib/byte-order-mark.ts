import {VFile} from 'vfile'

/**
 * Make `String(file)` read as the tree does: without a leading byte-order
 * mark, which micromark drops. remark-lint's comment markers
 * (`unified-message-control`) count message offsets in `String(file)` and
 * compare them with the tree's, so in a file that starts with a mark every
 * message after the first line landed one character late, and one at the end
 * of a block fell into the gap after it and was dropped. Every rule calls
 * this before it reports, so the markers judge messages right in any
 * configuration that holds one of the rules (remark-lint's message control
 * runs after the rules).
 *
 * Only `String(file)` changes, and only by that mark: `file.value` is left as
 * it is, and what remark writes is its output, which never had the mark.
 */
export function hideByteOrderMark(file: VFile): void {
  if (Object.hasOwn(file, 'toString') || VFile.prototype.toString.call(file).charCodeAt(0) !== 0xfe_ff) return
  Object.defineProperty(file, 'toString', {
    configurable: true,
    writable: true,
    value: function (this: VFile, encoding?: string): string {
      const text = VFile.prototype.toString.call(this, encoding)
      return text.charCodeAt(0) === 0xfe_ff ? text.slice(1) : text
    }
  })
}
