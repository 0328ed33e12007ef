/** The reason of a message on a page that repeats `original`. */
export function copyReason(original: string, jaccard: number, estimate: number): string {
  return (
    'Unexpected copy of `' + original + '` (Jaccard similarity ' + jaccard.toFixed(2) + ', estimated ' + estimate.toFixed(2) + '), expected a page of its own'
  )
}
