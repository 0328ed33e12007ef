/** Scripts told apart when deciding whether two texts can be compared at all. */
const scripts: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  // Japanese mixes kanji and kana, Chinese uses the same Han characters: one group.
  ['Han and kana', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u]
]

/**
 * The main scripts of `text`: each script that writes at least a third of
 * its letters (`other` for scripts not listed); empty when it has no letters.
 */
function mainScripts(text: string): Set<string> {
  const counts = new Map<string, number>()
  let letters = 0
  for (const character of text.normalize('NFKC')) {
    if (!/\p{L}/u.test(character)) continue
    const name = scripts.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other'
    counts.set(name, (counts.get(name) ?? 0) + 1)
    letters++
  }
  return new Set([...counts].filter(([, count]) => count * 3 >= letters).map(([name]) => name))
}

/** Whether two texts share a main script, so that their words can be compared. */
export function shareScript(a: string, b: string): boolean {
  const scriptsOfB = mainScripts(b)
  return [...mainScripts(a)].some((name) => scriptsOfB.has(name))
}
