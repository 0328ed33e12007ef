/**
 * Bare URLs and e-mail addresses in prose: not text to be read as words. A
 * scheme starts only where no scheme character precedes it, so a run such as
 * `a+b+c+…` is tried once, not at every letter (linear, as `recheck` proves).
 */
const urlPattern =
  /(?<![\w+.-])[a-z][a-z\d+.-]{1,20}:\/\/[^\s<>"'`]+|\bwww\.[^\s<>"'`]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi

/** What each of `urlPattern`'s alternatives holds: `://`, `www.` or `@`. */
const mayHoldUrl = /:\/\/|www\.|@/i

/**
 * Split `[start, end)` of `source` into the parts that are not inside bare
 * URLs or e-mail addresses.
 */
export function rangesOutsideUrls(source: string, start: number, end: number): Array<[number, number]> {
  const text = source.slice(start, end)
  // Most text holds no URL: what every match needs is looked for first, without look-behinds.
  if (!mayHoldUrl.test(text)) return text.length > 0 ? [[start, end]] : []
  const ranges: Array<[number, number]> = []
  let cursor = 0
  for (const match of text.matchAll(urlPattern)) {
    if (match.index > cursor) ranges.push([start + cursor, start + match.index])
    cursor = match.index + match[0].length
  }
  if (cursor < text.length) ranges.push([start + cursor, end])
  return ranges
}
