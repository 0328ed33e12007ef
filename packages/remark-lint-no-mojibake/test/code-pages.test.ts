import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import iconv from 'iconv-lite'
import {codePages} from '../lib/code-pages.ts'

const iconvNames: Record<string, string> = {
  'Windows-1252': 'win1252',
  'Windows-1250': 'win1250',
  MacRoman: 'macroman',
  'Windows-1251': 'win1251',
  CP437: 'cp437'
}

describe('code page tables', () => {
  for (const page of codePages) {
    it(page.name + ' matches iconv-lite byte for byte', () => {
      const bytes = Buffer.from(Array.from({length: 128}, (_, index) => 0x80 + index))
      let reference = iconv.decode(bytes, iconvNames[page.name]!)
      // iconv-lite reads MacRoman 0xBD as OHM SIGN; Apple's table and Python's
      // mac_roman, which make most MacRoman mojibake, read it as Greek omega.
      if (page.name === 'MacRoman') reference = reference.replace('\u2126', '\u03A9')
      assert.equal(page.high.length, 128)
      assert.equal(page.high, reference)
    })
  }
})
