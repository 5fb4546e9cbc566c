import { describe, expect, it } from 'vitest'
import { BoundedCache } from '../../worker/core/bounded-cache.ts'

describe('BoundedCache', () => {
  const cache = () => new BoundedCache<string>(3, 100, (v) => v.length)

  it('keeps what it is given until a bound would be passed', () => {
    const c = cache()
    c.set('a', 'x'.repeat(10))
    c.set('b', 'y'.repeat(10))
    expect(c.get('a')).toBe('x'.repeat(10))
    expect(c.get('b')).toBe('y'.repeat(10))
  })

  it('starts over when the entry bound is reached', () => {
    const c = cache()
    for (const k of ['a', 'b', 'c']) c.set(k, k)
    c.set('d', 'd')
    expect([c.get('a'), c.get('b'), c.get('c'), c.get('d')]).toEqual([undefined, undefined, undefined, 'd'])
  })

  it('starts over when the size held would pass its bound, counting keys too', () => {
    const c = cache()
    c.set('a', 'x'.repeat(60))
    c.set('b', 'y'.repeat(38)) // 61 + 39 = 100: still fits
    expect(c.get('a')).toBeDefined()
    c.set('c', 'z') // 102 would pass the bound
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([undefined, undefined, 'z'])
  })

  it('does not keep a single value larger than the whole budget, and keeps what it had', () => {
    const c = cache()
    c.set('a', 'small')
    c.set('huge', 'x'.repeat(200))
    expect(c.get('huge')).toBeUndefined()
    expect(c.get('a')).toBe('small')
  })
})
