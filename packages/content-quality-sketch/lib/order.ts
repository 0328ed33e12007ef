/** What decides which of two pages came first. */
export interface Dated {
  path: string
  /** Frontmatter date, as milliseconds since 1970. */
  date: number | undefined
}

/**
 * Order pages by publication: by frontmatter date when both have one, a
 * dated page before an undated one, then by path (UTF-16 code units).
 */
export function comparePublication(left: Dated, right: Dated): number {
  const a = left.date ?? Number.POSITIVE_INFINITY
  const b = right.date ?? Number.POSITIVE_INFINITY
  if (a !== b) return a < b ? -1 : 1
  return left.path < right.path ? -1 : left.path > right.path ? 1 : 0
}
