/**
 * Single-byte code pages that UTF-8 text is commonly mis-decoded with. Each
 * table lists the characters of bytes 0x80–0xFF in order (bytes 0x00–0x7F are
 * ASCII in all of them); U+FFFD marks a byte the code page leaves undefined.
 * `test/code-pages.test.ts` checks every table against iconv-lite.
 */
export interface CodePage {
  /** Name used in messages and docs. */
  name: string
  /** Characters of bytes 0x80–0xFF. */
  high: string
  /**
   * Whether a single mis-decoded character, with nothing like it around, is
   * evidence enough. True only for the pages whose mojibake is distinctive
   * (Windows-1252 / Latin-1); in the others every byte is a common letter.
   */
  singlesAreEvidence: boolean
  /** Also read C1 controls as their own bytes (Latin-1 read, "sloppy" Windows-1252). */
  c1AsBytes: boolean
}

/** Windows-1252, with Latin-1's reading of the bytes it leaves undefined. */
export const windows1252: CodePage = {
  name: 'Windows-1252',
  high:
    '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  singlesAreEvidence: true,
  c1AsBytes: true
}

/** Windows-1251 (Cyrillic). */
const windows1251: CodePage = {
  name: 'Windows-1251',
  high:
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ' +
    '\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї' +
    'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  singlesAreEvidence: false,
  c1AsBytes: false
}

/** Mac OS Roman. */
const macRoman: CodePage = {
  name: 'MacRoman',
  high:
    'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
    '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄¤‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uFFFDÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
  singlesAreEvidence: false,
  c1AsBytes: false
}

/** IBM code page 437 (the DOS console). */
export const cp437: CodePage = {
  name: 'CP437',
  high:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0',
  singlesAreEvidence: false,
  c1AsBytes: false
}

/** The code pages tried, most common first. */
export const codePages: readonly CodePage[] = [windows1252, macRoman, windows1251, cp437]

/** Map each character of a code page to its byte; `undefined` for characters it cannot encode. */
export function encoderOf(page: CodePage): Map<number, number> {
  const encoder = new Map<number, number>()
  for (let index = 0; index < 128; index++) {
    const code = page.high.charCodeAt(index)
    if (code !== 0xff_fd) encoder.set(code, 0x80 + index)
    if (page.c1AsBytes && index < 32) encoder.set(0x80 + index, 0x80 + index)
  }
  return encoder
}
