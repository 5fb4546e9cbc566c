import { afterEach, beforeEach, expect, it } from 'vitest'
import { stubFetch, type Stub } from './fixtures.ts'
import { cleanup, mount, settled, text, waitFor } from './helpers.ts'

let stub: Stub
beforeEach(() => {
  stub = stubFetch()
})
afterEach(() => {
  stub.restore()
  cleanup()
})

const items = (u: URL) => u.searchParams.getAll('compare').length + u.searchParams.getAll('code').length

it('batches 50 cards into at most 2 requests and dedupes identical ones', async () => {
  // 45 distinct pairs, 5 of them twice, plus 5 single codes: 55 cards, 50 distinct items.
  const pairs = Array.from({ length: 45 }, (_, i) => `<smtp-code-compare eager a="${200 + i}" b="550"></smtp-code-compare>`)
  const dupes = pairs.slice(0, 5)
  const codes = ['421', '450', '451', '452', '535'].map((c) => `<smtp-code eager code="${c}"></smtp-code>`)
  const box = mount([...pairs, ...dupes, ...codes].join(''))
  const roots = await Promise.all([...box.children].map((c) => settled(c)))
  expect(stub.calls.length).toBeLessThanOrEqual(2)
  expect(stub.calls.every((u) => u.pathname === '/v1/batch' && items(u) <= 50)).toBe(true)
  expect(stub.calls.reduce((n, u) => n + items(u), 0)).toBe(50)
  // Each card got its own answer, including the duplicates.
  expect(text(roots[0]!, '[part~=summary]')).toEqual(['200 and 550 differ'])
  expect(text(roots[45]!, '[part~=summary]')).toEqual(['200 and 550 differ'])
  expect(text(roots[54]!, '[part~=summary]')).toEqual(['Summary of 535'])
})

it('splits more than 50 distinct items into requests of at most 50', async () => {
  const box = mount(Array.from({ length: 70 }, (_, i) => `<smtp-code eager code="${200 + i}"></smtp-code>`).join(''))
  await Promise.all([...box.children].map((c) => settled(c)))
  expect(stub.calls.map(items).sort()).toEqual([20, 50])
})

it('serves a repeat from the page cache without a new request', async () => {
  const first = mount('<smtp-code-compare eager a="252" b="535"></smtp-code-compare>')
  await settled(first.firstElementChild)
  const second = mount('<smtp-code-compare eager a="252" b="535"></smtp-code-compare>')
  await settled(second.firstElementChild)
  expect(stub.calls).toHaveLength(1)
})

it('fetches nothing until the card nears the viewport, unless eager', async () => {
  const box = mount(
    '<div style="height:5000px"></div><smtp-code-compare a="252" b="535"><a href="/compare/252-vs-535">252 vs 535</a></smtp-code-compare>' +
      '<smtp-code-compare eager a="421" b="450"></smtp-code-compare>',
  )
  const [lazy, eager] = box.querySelectorAll('smtp-code-compare')
  await settled(eager!)
  await new Promise((r) => setTimeout(r, 150))
  expect(stub.calls.map((u) => u.pathname)).toEqual(['/v1/compare/421/450'])
  expect((lazy as HTMLElement & { state: { s: string } }).state.s).toBe('idle')
  lazy!.scrollIntoView()
  await settled(lazy!)
  expect(stub.calls.map((u) => u.pathname)).toEqual(['/v1/compare/421/450', '/v1/compare/252/535'])
  window.scrollTo(0, 0)
})

it('reports a network failure as an error, and a later card may retry', async () => {
  stub.restore()
  const real = globalThis.fetch
  globalThis.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch
  const box = mount('<smtp-code eager code="554"></smtp-code>')
  const root = await settled(box.firstElementChild)
  expect(root.querySelector('[role=alert]')!.textContent).toContain('The SMTP code service could not be reached.')
  globalThis.fetch = real
  stub = stubFetch()
  const again = mount('<smtp-code eager code="554"></smtp-code>')
  const root2 = await settled(again.firstElementChild)
  await waitFor(() => text(root2, '[part~=summary]').length)
  expect(stub.calls).toHaveLength(1)
})
