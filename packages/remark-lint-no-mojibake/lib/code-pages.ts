/**
 * Single-byte code pages that UTF-8 text is commonly mis-decoded with. Each
 * table lists the characters of bytes 0x80–0xFF in order (bytes 0x00–0x7F are
 * ASCII in all of them); U+FFFD marks a byte the code page leaves undefined.
 * `test/code-pages.test.ts` checks every table against iconv-lite.
 */
export interface CodePage {
  /** Name of the code page. */
  name: string
  /** Characters of bytes 0x80–0xFF. */
  high: string
  /**
   * Also read C1 controls as their own bytes: decoders give the bytes a code
   * page leaves undefined as C1 controls (Latin-1 read, "sloppy" Windows-125x).
   */
  c1AsBytes: boolean
  /**
   * Whether sequences cut short are read: decoders drop the bytes this page
   * leaves undefined, and its mojibake is common enough to see it happen.
   */
  readsLostBytes: boolean
  /** Other characters decoders give for some bytes, with those bytes. */
  aliases?: ReadonlyArray<[character: string, byte: number]>
}

/** Windows-1252, with Latin-1's reading of the bytes it leaves undefined. */
export const windows1252: CodePage = {
  name: 'Windows-1252',
  high:
    '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' +
    '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿' +
    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  c1AsBytes: true,
  readsLostBytes: true
}

/** Windows-1250 (Central European). */
const windows1250: CodePage = {
  name: 'Windows-1250',
  high:
    '€\uFFFD‚\uFFFD„…†‡\uFFFD‰Š‹ŚŤŽŹ\uFFFD‘’“”•–—\uFFFD™š›śťžź' +
    '\u00A0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00AD®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż' +
    'ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
  c1AsBytes: true,
  readsLostBytes: false
}

/** Windows-1251 (Cyrillic). */
const windows1251: CodePage = {
  name: 'Windows-1251',
  high:
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ' +
    '\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї' +
    'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  c1AsBytes: true,
  readsLostBytes: false
}

/** Mac OS Roman. */
const macRoman: CodePage = {
  name: 'MacRoman',
  high:
    'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
    '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄¤‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uFFFDÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
  c1AsBytes: false,
  readsLostBytes: false,
  // Some decoders (iconv-lite among them) read 0xBD as OHM SIGN, and Apple's give its logo for 0xF0.
  aliases: [
    ['\u2126', 0xbd],
    ['\uF8FF', 0xf0]
  ]
}

/** IBM code page 437 (the DOS console). */
export const cp437: CodePage = {
  name: 'CP437',
  high:
    'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0',
  c1AsBytes: false,
  readsLostBytes: false
}

/** The code pages tried, most common first. */
export const codePages: readonly CodePage[] = [windows1252, windows1250, windows1251, macRoman, cp437]

/**
 * The encoder of a code page: the byte of a UTF-16 code unit (ASCII is
 * itself), or -1 for characters the page cannot encode. A table covers the
 * code units up to the box drawings, where most of its characters are.
 */
export function encoderOf(page: CodePage): (code: number) => number {
  const table = new Int16Array(0x2600).fill(-1)
  const rest = new Map<number, number>()
  const set = (code: number, byte: number): void => {
    if (code < table.length) table[code] = byte
    else rest.set(code, byte)
  }
  for (let code = 0; code < 0x80; code++) set(code, code)
  for (let index = 0; index < 128; index++) {
    const code = page.high.charCodeAt(index)
    if (code !== 0xff_fd) set(code, 0x80 + index)
    if (page.c1AsBytes && index < 32) set(0x80 + index, 0x80 + index)
  }
  for (const [character, byte] of page.aliases ?? []) set(character.charCodeAt(0), byte)
  return (code) => (code < table.length ? table[code]! : (rest.get(code) ?? -1))
}
