/**
 * A deterministic markdown document of about `size` characters for the
 * benchmark: paragraphs of prose in several languages with links, emphasis,
 * code, HTML and every kind of defect the rules look for.
 */
const paragraphs = [
  'The committee met on Tuesday to review the **budget**, and the [minutes](https://example.com/minutes) were published the next day.',
  'Les membres du comité se sont réunis mardi ; le café était froid, mais l’ordre du jour a été respecté.',
  'Die Größe der Übung hängt vom Ergebnis ab — „so ist es“, sagte sie.',
  'Съешь же ещё этих мягких французских булок, да выпей чаю.',
  '日本語のテキストです。東京へようこそ。',
  'Run `printf "100%%"` to see the escape, then compare it with the output.',
  'the deal â€” 30%% off at the cafÃ© ended when itâ€™s sold out.',
  'The report claims that the firm that the firm continues its operations in the region.',
  'A stray replacement Bj\uFFFDrk and a Windows byte don\u0092t belong here, nor does Smith &amp;amp; Sons.',
  '<div class="ad-slot"><ins class="adsbygoogle" data-ad-client="ca-pub-0000"></ins></div>',
  'Also read: [Ten tips](https://example.com/tips) | [More news](https://example.com/news)'
]

/** Build a document of at least `size` characters; the same size gives the same text. */
export function benchmarkDocument(size: number): string {
  const parts = ['---\ntitle: Benchmark article\ndescription: A generated document\n---\n\n# Benchmark article\n']
  let length = parts[0]!.length
  let index = 0
  while (length < size) {
    // Vary each paragraph so that repeated-text checks see mostly unique text.
    const text = index % 7 === 0 ? '## Section ' + index : paragraphs[index % paragraphs.length]! + ' (' + index + ')'
    parts.push(text)
    length += text.length + 2
    index++
  }
  return parts.join('\n\n') + '\n'
}
