// The returned original's header fields and a status part's blocks are read by scanning lines in place (indexOf, char
// codes) for speed. Each must read exactly what the plain line-by-line readings below read (split into lines, one
// regex per line, the first value of a field wins, folded lines unfolded), on random text made of the characters
// where the two could differ.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields } from '../../worker/core/bounce-parser.ts'
import { fieldBlocks, READ_FIELDS } from '../../worker/core/delivery-status.ts'

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

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,76})[ \t]*:[ \t]*(.*)$/
const RECIPIENT_FIELDS = new Set(['final-recipient', 'action', 'status', 'diagnostic-code', 'remote-mta'])

/** The plain reading of a status part (RFC 3464 §2): blocks between blank lines, a repeated recipient field starting the next. */
function plainBlocks(text: string): Array<Map<string, string>> {
  const blocks: Array<Map<string, string>> = []
  let block = new Map<string, string>()
  let last: string | undefined
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      if (block.size) blocks.push(block)
      block = new Map()
      last = undefined
      continue
    }
    if ((raw[0] === ' ' || raw[0] === '\t') && last) {
      block.set(last, `${block.get(last)!} ${raw.trim()}`)
      continue
    }
    const m = FIELD.exec(raw)
    if (!m) {
      last = undefined
      continue
    }
    last = m[1]!.toLowerCase()
    if (block.has(last) && RECIPIENT_FIELDS.has(last) && block.has('final-recipient')) {
      blocks.push(block)
      block = new Map()
    }
    if (!block.has(last)) block.set(last, m[2]!.trim())
  }
  if (block.size) blocks.push(block)
  return blocks
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

describe('fieldBlocks (a status part)', () => {
  const kept = (blocks: Array<Map<string, string>>) => blocks.map((b) => [...b].filter(([k]) => READ_FIELDS.has(k)))

  it('makes the blocks the plain reading makes, with the same values of the fields read', () => {
    const text = pieces([
      'Final-Recipient: rfc822; a@example.org',
      'final-recipient : x',
      'Original-Recipient:',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 x',
      'X-Postfix-Queue-ID: Q1',
      'Remote-MTA: dns; mx',
      'A',
      'x',
      ':',
      ' ',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '\r',
      '\u00a0',
      '\u2028',
      'é',
      '-',
    ])
    fc.assert(
      fc.property(text, (status) => {
        expect(kept(fieldBlocks(status))).toEqual(kept(plainBlocks(status)))
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps the first of a repeated field with its folded lines, and skips fields it does not read', () => {
    const blocks = fieldBlocks(
      'Reporting-MTA: dns; mx.example.org\nX-Postfix-Queue-ID: 8D3F\n\tcontinued\n\nFinal-Recipient : rfc822; bob@example.com\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1\n  user unknown\nX-Other: 1\nX-Other: 2\n',
    )
    expect(blocks.map((b) => Object.fromEntries(b))).toEqual([
      { 'reporting-mta': 'dns; mx.example.org' },
      { 'final-recipient': 'rfc822; bob@example.com', status: '5.1.1', 'diagnostic-code': 'smtp; 550 5.1.1 user unknown' },
    ])
  })
})
