// The returned original's header fields are read by scanning lines in place (indexOf, char codes) for speed. That must
// read exactly what the plain line-by-line reading below reads (split into lines, the first value of a field wins,
// folded lines unfolded), on random text made of the characters where the two could differ.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields } from '../../worker/core/bounce-parser.ts'

/** The plain reading of a header block: RFC 5322 §2.2.3 unfolding, names trimmed and lowercased. */
function plainFields(block: string, wanted: Set<string>): Map<string, string> {
  const out = new Map<string, string>()
  let current: string | undefined
  for (const line of block.split(/\r?\n/)) {
    if ((line[0] === ' ' || line[0] === '\t') && current) {
      out.set(current, `${out.get(current)!} ${line.trim()}`)
      continue
    }
    const colon = line.indexOf(':')
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : ''
    current = wanted.has(name) && !out.has(name) ? name : undefined
    if (current) out.set(current, line.slice(colon + 1).trim())
  }
  return out
}

const pieces = (choices: string[]) => fc.array(fc.constantFrom(...choices), { maxLength: 60 }).map((p) => p.join(''))

describe('fields (a returned original header block)', () => {
  const wanted = new Set(['message-id', 'subject', 'date'])
  it('reads what the plain line-by-line reading reads', () => {
    const text = pieces([
      'Subject',
      'subject',
      'SUBJECT',
      'Date',
      'Message-ID',
      'Received',
      'x',
      ':',
      ': ',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\u2028',
      'é',
      'K',
      '\u212a',
    ])
    fc.assert(
      fc.property(text, (block) => {
        expect(fields(block, wanted)).toEqual(plainFields(block, wanted))
      }),
      { numRuns: 3000 },
    )
  })

  it('unfolds a folded Subject and keeps the first of two', () => {
    const block = 'Received: from a\n\tby b\nSubject: first\n  line two\nsubject: second\nDate: Sat, 29 Nov 2026 10:00:01 +0000'
    expect(Object.fromEntries(fields(block, wanted))).toEqual({ subject: 'first line two', date: 'Sat, 29 Nov 2026 10:00:01 +0000' })
  })
})
