import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCodeQuery } from '../../worker/core/codes.ts'
import { parsePair, parseSearch } from '../../worker/core/search.ts'

describe('parseCodeQuery takes what people type', () => {
  it.each([
    ['error 550', '550'],
    ['smtp 550', '550'],
    ['SMTP error 535 5.7.8', '535-5.7.8'],
    ['SMTP Error: 535 5.7.8', '535-5.7.8'],
    ['550 error', '550'],
    ['"550 5.1.1"', '550-5.1.1'],
    ['５５０', '550'],
    ['５．７．８', '5.7.8'],
    ['5.7.8-535', '535-5.7.8'],
    ['5.7.8 535', '535-5.7.8'],
    ['x.7.8', '5.7.8'],
    ['X.1.1', 'X.1.1'],
    ['x.01.10', '5.1.10'],
    ['X.7.0', 'X.7.0'],
    ['535 X.7.8', '535-5.7.8'],
    ['451 X.7.1', '451-4.7.1'],
    ['5.01.1', '5.1.1'],
  ])('%j → %s', (q, canonical) => {
    const r = parseCodeQuery(q)
    expect(r.ok && r.canonical).toBe(canonical)
  })

  it('a registry row used in several classes stands for each of them', () => {
    const r = parseCodeQuery('X.7.0')
    expect(r.ok && r.codes.map((c) => c.code)).toEqual(['2.7.0', '4.7.0', '5.7.0'])
  })
})

describe('parseSearch', () => {
  it.each([
    ['252 vs 535', '252', '535'],
    ['252 and 535', '252', '535'],
    ['252-VS-535', '252', '535'],
    ['252vs535', '252', '535'],
    ['252 versus 535', '252', '535'],
    ['252/535', '252', '535'],
    ['252, 535', '252', '535'],
    ['252 535', '252', '535'],
    ['smtp 252 vs 535', '252', '535'],
    ['５５０ｖｓ５５３', '550', '553'],
    ['X.7.0 vs 5.7.8', 'X.7.0', '5.7.8'],
  ])('%j is a comparison of %s and %s', (q, a, b) => {
    expect(parseSearch(q)).toEqual({ kind: 'compare', a, b })
  })

  it('a reply with words is a reply, a code is a code', () => {
    expect(parseSearch('550 5.1.1 User unknown')).toEqual({ kind: 'reply', text: '550 5.1.1 User unknown' })
    expect(parseSearch('  535 5.7.8 ')).toEqual({ kind: 'code', canonical: '535-5.7.8' })
    expect(parseSearch('')).toEqual({ kind: 'empty' })
  })

  it('old comparison slugs still read as pairs', () => {
    expect(parsePair('252-cannot-verify-user-vs-535-authentication-credentials-invalid')).toEqual({ a: '252', b: '535' })
    expect(parsePair('1.1.1-vs-535')).toBeUndefined()
  })

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void parseSearch(s)))
  })
})
