/**
 * fast-check arbitraries of hostile markdown for the property tests: prose in
 * several scripts with mojibake and other encoding defects, inline markup,
 * URLs, raw HTML, frontmatter, deep nesting, and random edits of all that.
 */
import fc from 'fast-check'

/** Words in many scripts, with combining marks, emoji and right-to-left text. */
const words = [
  'the', 'report', 'café', 'naïve', 'Straße', 'Übung', 'привет', 'мир', 'Ελλάδα', '日本語', '東京', '中文',
  'مرحبا', 'שלום', 'नमस्ते', 'ภาษาไทย', '한국어', 'e\u0301', '👍', '👩‍👩‍👧', '🇫🇷', 'Ǆ', 'ǅ', 'İstanbul', 'ﬁne'
]

/** Encoding defects and near misses that must not be flagged. */
const defects = [
  'â€”', 'â€™', 'â€œ', 'â€', 'Ã©', 'Ã', 'Ã¢â‚¬â„¢', 'ÃƒÂ©', 'ðŸ‘', 'caf√©', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'Ã‰TÃ‰',
  '\uFFFD', '\uFFFD\uFFFD', '\u0092', '\u0080', '\u009D', '&amp;amp;', '&amp;amp;amp;', '&amp;#8217;',
  '&amp;notanentity;', '30%%', '100%%%', '%%', '\u00A0', '\u200B', '\uFEFF', '\u0000', '\uD800', '\uDC00'
]

const urls = [
  'https://example.com/a?b=c&d=e', 'http://example.org/caf%C3%A9', 'www.example.net/path', 'user@example.com',
  'ftp://example.com/file', 'mailto:someone@example.com', 'javascript:globalThis.pwned=1'
]

const token = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...words)},
  {weight: 2, arbitrary: fc.constantFrom(...defects)},
  {weight: 1, arbitrary: fc.constantFrom(...urls)},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})}
)

/** A phrase, sometimes with a word said twice. */
const phrase = fc
  .array(token, {minLength: 1, maxLength: 8})
  .chain((parts) => fc.boolean().map((twice) => (twice ? [...parts, parts[parts.length - 1]!] : parts).join(' ')))

/** Inline content: a phrase wrapped in markup. */
const inline = fc.oneof(
  {weight: 4, arbitrary: phrase},
  {weight: 1, arbitrary: phrase.map((text) => '*' + text + '*')},
  {weight: 1, arbitrary: phrase.map((text) => '**' + text + '**')},
  {weight: 1, arbitrary: phrase.map((text) => '`' + text + '`')},
  {weight: 1, arbitrary: phrase.map((text) => '~~' + text + '~~')},
  {weight: 1, arbitrary: fc.tuple(phrase, fc.constantFrom(...urls)).map(([text, url]) => '[' + text + '](' + url + ')')},
  {weight: 1, arbitrary: fc.tuple(phrase, fc.constantFrom(...urls)).map(([text, url]) => '![' + text + '](' + url + ')')},
  {weight: 1, arbitrary: fc.constantFrom(...urls).map((url) => '<' + url + '>')},
  {weight: 1, arbitrary: phrase.map((text) => '<span title="' + text + '">' + text + '</span>')},
  {weight: 1, arbitrary: phrase.map((text) => text + '[^1]')}
)

const line = fc.array(inline, {minLength: 1, maxLength: 5}).map((parts) => parts.join(' '))

/** Raw HTML blocks, comments that control the linter, and script. */
const html = fc.oneof(
  line.map((text) => '<div class="note">\n' + text + '\n</div>'),
  line.map((text) => '<p>' + text + '</p>'),
  line.map((text) => '<script>globalThis.pwned = "' + text + '"</script>'),
  line.map((text) => '<img src="x" onerror="globalThis.pwned=1" alt="' + text + '">'),
  line.map((text) => '<!-- ' + text + ' -->'),
  fc.constantFrom('<!-- lint disable no-mojibake -->', '<!-- lint enable no-mojibake -->', '<!-- lint ignore -->'),
  line.map((text) => '<table><tr><td>' + text + '</td></tr></table>'),
  line.map((text) => '<div>' + text)
)

/** Blocks, nested up to a few levels. */
const {block} = fc.letrec<{block: string}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 5, arbitrary: fc.array(line, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))},
    fc.tuple(fc.integer({min: 1, max: 7}), line).map(([depth, text]) => '#'.repeat(depth) + ' ' + text),
    line.map((text) => text + '\n' + '='.repeat(3)),
    fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'markdown'), line, fc.boolean()).map(
      ([fence, lang, text, closed]) => fence + lang + '\n' + text + (closed ? '\n' + fence : '')
    ),
    line.map((text) => '    ' + text),
    fc.array(line, {minLength: 1, maxLength: 4}).map((cells) => '| ' + cells.join(' | ') + ' |\n|' + ' --- |'.repeat(cells.length) + '\n| ' + cells.reverse().join(' | ') + ' |'),
    html,
    fc.constantFrom('***', '---', '* * *'),
    fc.tuple(fc.constantFrom('x', '1', 'café'), fc.constantFrom(...urls)).map(([label, url]) => '[' + label + ']: ' + url),
    line.map((text) => '[^1]: ' + text),
    tie('block').map((inner) => inner.split('\n').map((text) => '> ' + text).join('\n')),
    fc.tuple(fc.constantFrom('- ', '* ', '1. ', '- [ ] '), tie('block')).map(([marker, inner]) =>
      inner.split('\n').map((text, index) => (index === 0 ? marker : ' '.repeat(marker.length)) + text).join('\n')
    )
  )
}))

/** Very deep nesting of block quotes or lists. */
const deep = fc.tuple(fc.integer({min: 20, max: 300}), fc.constantFrom('> ', '- ', '* > '), line).map(
  ([depth, marker, text]) => marker.repeat(depth) + text
)

/** YAML or TOML frontmatter, well-formed or not. */
const frontmatter = fc.oneof(
  fc.tuple(phrase, phrase).map(([title, description]) => '---\ntitle: ' + title + '\ndescription: "' + description + '"\ntags: [a, ' + title + ']\n---'),
  fc.tuple(phrase, phrase).map(([title, description]) => "+++\ntitle = '" + title + "'\ndescription = \"" + description + '"\n+++'),
  phrase.map((title) => '---\ntitle: "' + title + '\n  bad: [\n---'),
  phrase.map((title) => '---\n__proto__:\n  polluted: ' + title + '\nanchor: &a [*a]\n---'),
  fc.constant('---\n---'),
  fc.constant('---')
)

/** A whole document: optional frontmatter, blocks, line endings, byte-order mark. */
export const markdownDocument = fc
  .tuple(
    fc.option(frontmatter, {nil: undefined}),
    fc.array(fc.oneof({weight: 12, arbitrary: block}, {weight: 1, arbitrary: deep}), {maxLength: 12}),
    fc.constantFrom('\n\n', '\n'),
    fc.boolean(),
    fc.boolean()
  )
  .map(([front, blocks, separator, crlf, bom]) => {
    const text = [...(front === undefined ? [] : [front]), ...blocks].join(separator) + '\n'
    return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text)
  })

/** One random edit: insert, delete or duplicate text at a relative position. */
const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate'),
  at: fc.double({min: 0, max: 1, noNaN: true}),
  length: fc.integer({min: 0, max: 40}),
  text: fc.oneof(token, fc.constantFrom('\n', '\n\n', '> ', '- ', '```', '<div>', '</div>', '---\n', '|', '*', '[', ']('))
})

/** A document after a few random edits, which break its structure in odd places. */
export const mutatedMarkdownDocument = fc
  .tuple(markdownDocument, fc.array(edit, {minLength: 1, maxLength: 6}))
  .map(([document, edits]) => {
    let text = document
    for (const {kind, at, length, text: inserted} of edits) {
      const position = Math.floor(at * text.length)
      if (kind === 'insert') text = text.slice(0, position) + inserted + text.slice(position)
      else if (kind === 'delete') text = text.slice(0, position) + text.slice(position + length)
      else text = text.slice(0, position + length) + text.slice(position, position + length) + text.slice(position + length)
    }
    return text
  })
