import { describe, expect, it } from 'vitest'
import { lookupCode } from '../../worker/core/codes.ts'
import { nearestCodes, POPULAR_CODES } from '../../worker/core/suggestions.ts'

describe('nearestCodes', () => {
  it('offers the basic codes of the same class, nearest first', () => {
    const near = nearestCodes('599')
    expect(near[0]).toBe('556')
    expect(near.every((c) => c.startsWith('5') && c.length === 3)).toBe(true)
    const distances = nearestCodes('460').map((c) => Math.abs(Number(c) - 460))
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(nearestCodes('460')[0]).toBe('459')
  })

  it('offers the registered codes of the same subject for an unassigned enhanced code', () => {
    const near = nearestCodes('5.7.99')
    expect(near.length).toBeGreaterThan(0)
    expect(near.every((c) => c.startsWith('5.7.'))).toBe(true)
    expect(near).toContain('5.7.1')
  })

  it('offers only codes the registry uses in the asked class, and for a subject it lacks the nearest subjects’ X.n.0', () => {
    expect(nearestCodes('4.1.99').every((c) => c.startsWith('4.1.'))).toBe(true)
    const unknownSubject = nearestCodes('5.9.9')
    expect(unknownSubject[0]).toBe('5.7.0')
    expect(unknownSubject.every((c) => /^5\.\d\.0$/.test(c))).toBe(true)
    for (const code of [...nearestCodes('4.1.99'), ...unknownSubject, ...nearestCodes('2.8.1')]) expect(lookupCode(code), code).toBeDefined()
  })

  it('falls back to the most-searched codes, every one of them assigned', () => {
    expect(nearestCodes('hello')).toEqual(POPULAR_CODES.slice(0, 8))
    for (const code of [...nearestCodes('599'), ...nearestCodes('5.7.99'), ...POPULAR_CODES]) expect(lookupCode(code), code).toBeDefined()
  })
})
