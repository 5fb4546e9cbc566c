// How log writers escape a reply's bytes (worker/core/log-escapes.ts): rsyslog's "#ooo", Exim's "\ooo" and "\n",
// journald's byte arrays. Decoded only where the bytes are UTF-8 or control characters; anything else stays as written.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { journalText, readable } from '../../worker/core/log-escapes.ts'

describe('readable', () => {
  it.each([
    ['Empf\\303\\244nger unbekannt', 'Empfänger unbekannt'],
    ['Empf#303#244nger unbekannt', 'Empfänger unbekannt'],
    ['\\345\\217\\227\\344\\277\\241\\350\\200\\205', '受信者'],
    ['550-5.1.1 first#012550 5.1.1 second', '550-5.1.1 first 550 5.1.1 second'],
    ['550-5.1.1 first\\n550 5.1.1 second', '550-5.1.1 first 550 5.1.1 second'],
    ['a#011b', 'a b'],
  ])('%s', (escaped, text) => {
    expect(readable(escaped)).toBe(text)
  })

  it('leaves what is no escape of UTF-8 or of a control character as written', () => {
    for (const t of ['see ticket #200', 'ticket #123 and #456', 'C:\\100 percent', 'byte \\377 alone', 'half \\303 a character', 'plain text'])
      expect(readable(t)).toBe(t)
  })

  it('never throws and never lengthens a text, whatever it holds', () => {
    const piece = fc.constantFrom('#', '\\', '0', '1', '2', '3', '7', 'n', 't', 'a', ' ', 'ä', '#303', '#244', '\\303', '\\244', '#012')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const t = parts.join('')
        expect(readable(t).length).toBeLessThanOrEqual(t.length)
      }),
    )
  })
})

describe('journalText', () => {
  it('a string as it is; an array of bytes as UTF-8; anything else is no message', () => {
    expect(journalText('4ABC: to=<a@b>')).toBe('4ABC: to=<a@b>')
    expect(journalText([...new TextEncoder().encode('550 5.1.1 Empfänger')])).toBe('550 5.1.1 Empfänger')
    expect(journalText([0xff, 0x41])).toBe('\uFFFDA')
    expect(journalText(null)).toBeUndefined()
    expect(journalText(['a'])).toBeUndefined()
  })
})
